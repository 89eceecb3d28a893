"""Editors' decisions on findings: shown beside the verdict; a broken file is one line each."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"


def run(tmp_path: Path, reviews: str) -> tuple[int, str, Path]:
    path = tmp_path / "reviews.yaml"
    path.write_text(reviews, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["check", str(EXAMPLES), "--rules", str(ROOT / "rules"), "--out", str(out),
         "--format", "json,md", "--reviews", str(path)],
    )  # fmt: skip
    return result.exit_code, result.stderr, out


def test_review_is_shown_beside_the_verdict(tmp_path: Path) -> None:
    code, err, out = run(
        tmp_path,
        "reviews:\n"
        "  - {check: oil-deliveries-vs-cap, decision: accepted, verdict: inconsistent,\n"
        "     reason: Checked against the resolution., by: Night desk, date: 2024-11-23}\n"
        "  - {check: oil-cap-as-stated, decision: disputed, verdict: inconsistent,\n"
        "     reason: Stated cap looked wrong., by: Copy desk, date: 2024-11-23}\n",
    )
    assert code == 0, err
    findings = {f["check"]: f for f in json.loads((out / "brief.json").read_text())["findings"]}
    assert findings["oil-deliveries-vs-cap"]["review"]["decision"] == "accepted"
    assert findings["troops-across-sources"]["review"] is None
    md = (out / "brief.md").read_text()
    assert "**Editor's review:** Accepted by Night desk on 2024-11-23" in md
    # The cap finding is consistent now: the review of an inconsistent verdict is stale.
    assert "(this review was of an earlier verdict, inconsistent)" in md


def test_broken_reviews_file(tmp_path: Path) -> None:
    code, err, out = run(
        tmp_path,
        "reviews:\n"
        "  - {check: oil-deliveries-vs-kap, decision: accepted,\n"
        "     reason: x, by: y, date: 2024-11-23}\n"
        "  - {check: oil-cap-as-stated, decision: maybe, reason: x, by: y, date: 2024-11-23}\n",
    )
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert "no check 'oil-deliveries-vs-kap'; did you mean 'oil-deliveries-vs-cap'?" in lines[0]
    assert "'maybe' is not one of: accepted, disputed" in lines[1]
    assert lines[1].startswith(f"{tmp_path / 'reviews.yaml'}:4:")
    assert not out.exists()
