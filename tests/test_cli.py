"""The CLI contract scripts and CI rely on: outputs, exit codes, one-line errors."""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
RULES = ROOT / "rules"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_check_writes_every_format(tmp_path: Path) -> None:
    code, _, err = invoke("check", str(EXAMPLES), "--rules", str(RULES), "--out", str(tmp_path))
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "brief.html",
        "brief.json",
        "brief.md",
        "brief.pdf",
    ]
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF-")
    assert "3 article(s), 14 finding(s)" in err


def test_fail_on_inconsistent_exits_1(tmp_path: Path) -> None:
    args = ["check", str(EXAMPLES), "--rules", str(RULES), "--out", str(tmp_path)]
    code, _, _ = invoke(*args, "--format", "json", "--fail-on", "inconsistent")
    assert code == 1
    data = json.loads((tmp_path / "brief.json").read_text())
    assert any(f["verdict"] == "inconsistent" for f in data["findings"])
    code, _, _ = invoke(*args, "--format", "json")
    assert code == 0


def test_json_contract(tmp_path: Path) -> None:
    invoke(
        "check", str(EXAMPLES), "--rules", str(RULES), "--out", str(tmp_path), "--format", "json"
    )
    data = json.loads((tmp_path / "brief.json").read_text())
    finding = data["findings"][0]
    assert {"check", "title", "verdict", "explanation", "figures", "references"} <= set(finding)
    for fig in (g for f in data["findings"] for g in f["figures"]):
        assert {"article", "quote", "value", "low", "high", "unit", "attribution"} <= set(fig)
    for r in (r for f in data["findings"] for r in f["references"]):
        assert r["citation"]


def test_figures_json(tmp_path: Path) -> None:
    code, out, _ = invoke("figures", str(EXAMPLES / "01-oil-shipments.md"), "--json")
    assert code == 0
    figures = json.loads(out)
    keys = {"text", "value", "low", "high", "unit", "counts", "concept", "qualifier"}
    keys |= {"attribution", "sentence", "start", "end"}
    assert all(keys <= set(f) for f in figures)
    over = next(f for f in figures if f["text"].startswith("more than 1 million"))
    assert (over["low"], over["high"], over["concept"]) == (1_000_000, None, "oil_delivered")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing.txt"], "missing.txt"),
        (["check", "tests/data/articles/binary.txt"], "binary.txt"),
        (["check", "tests/data/articles/bad-front-matter-key.md"], "did you mean 'title'?"),
        (["check", "examples/articles", "--rules", "tests/data"], "rules"),
        (["figures", "missing.txt"], "missing.txt"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out"
    code, _, err = invoke(*args, *(["--out", str(out)] if args[0] == "check" else []))
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert message in err
    assert "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke("check", str(EXAMPLES), "--format", "pdf,docx", "--out", str(tmp_path))
    assert code == 2
    assert "unknown format docx" in err


def test_json_only_run_never_imports_weasyprint(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from factcheck.cli import main\n"
        f"r = CliRunner().invoke(main, ['check', {str(EXAMPLES)!r}, '--rules', {str(RULES)!r},"
        f" '--out', {str(tmp_path)!r}, '--format', 'json,md'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print('weasyprint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_rules_test_passes_on_shipped_rules() -> None:
    code, out, err = invoke("rules", "test", str(RULES))
    assert code == 0, err
    assert out.strip().endswith("0 failed")


def test_summary_for_a_pull_request(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier job output\n", encoding="utf-8")
    code, _, err = invoke(
        "check", str(EXAMPLES), "--rules", str(RULES), "--out", str(tmp_path / "out"),
        "--format", "json", "--summary", str(summary),
    )  # fmt: skip
    assert code == 0, err
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier job output\n### Fact-check brief: 3 articles")
    assert "| ❌ Inconsistent | 1 |" in text
    assert "`oil-deliveries-vs-cap`" in text
    assert "`troops-across-sources`" not in text  # consistent findings are only counted


def test_same_articles_give_the_same_bytes(tmp_path: Path) -> None:
    args = ["check", str(EXAMPLES), "--rules", str(RULES)]
    assert invoke(*args, "--out", str(tmp_path / "a"))[0] == 0
    assert invoke(*args, "--out", str(tmp_path / "b"))[0] == 0
    for name in ("brief.json", "brief.md", "brief.html", "brief.pdf"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_cli_reference_is_current() -> None:
    from tests.cli_docs import DOC, render

    expected, got = DOC.read_text(encoding="utf-8"), render()
    diff = "".join(difflib.unified_diff(expected.splitlines(True), got.splitlines(True)))
    assert not diff, f"docs/cli.md is out of date; run `make docs`:\n{diff}"


def test_select_checks_by_id_or_tag_and_fail_by_severity(tmp_path: Path) -> None:
    args = ["check", str(EXAMPLES), "--rules", str(RULES), "--out", str(tmp_path), "--format"]
    code, _, err = invoke(*args, "json", "--tag", "troops")
    assert code == 0
    checks = {f["check"] for f in json.loads((tmp_path / "brief.json").read_text())["findings"]}
    assert checks == {
        "troops-across-sources",
        "troops-within-kursk-force",
        "troops-vs-official-estimates",
        "pay-per-soldier-vs-wages",
    }
    code, _, err = invoke(*args, "json", "--check", "oil-cap-az-stated")
    assert code == 2
    assert "did you mean 'oil-cap-as-stated'?" in err
    # Equipment is low severity: unverified there does not fail a medium-or-worse gate.
    code, _, _ = invoke(
        *args, "json", "--check", "equipment-howitzers-mlrs", "--fail-on", "unverified"
    )
    assert code == 1
    code, _, _ = invoke(
        *args, "json", "--check", "equipment-howitzers-mlrs", "--fail-on", "unverified",
        "--severity", "medium",
    )  # fmt: skip
    assert code == 0
