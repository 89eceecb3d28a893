"""The ledger: incremental runs, evidence from earlier articles, changes and relays, on
SQLite and on a real PostgreSQL server, and several writers at once.

The articles are written for these tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.ledger import open_ledger

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"

FIRST = """---
title: Rail convoys head west
outlet: The Valley Gazette
date: 2024-11-10
---
Border officials said 12,000 North Korean soldiers had crossed into Russia by rail.
"""
SECOND = """---
title: Fewer troops than thought
outlet: The Coastal Times
date: 2024-11-25
---
Officials in Seoul now say 11,000 North Korean soldiers were sent to Russia.
"""
RELAY_A = """---
title: A count from the front
outlet: Harbour Radio
date: 2024-11-26
---
Harbour Radio, citing the Kyiv Defence Bureau, said 11,000 North Korean soldiers were sent.
"""
RELAY_B = """---
title: Same count, second outlet
outlet: The Plains Herald
date: 2024-11-27
---
The Plains Herald, citing the Kyiv Defence Bureau, reported that 11,000 North Korean
soldiers were sent.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def check(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["check", "--rules", str(RULES), *map(str, args)], catch_exceptions=False
    )
    return result.exit_code, result.stderr


def findings(out: Path) -> dict[str, dict[str, Any]]:
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    return {f["check"]: f for f in data["findings"]}


def test_a_new_article_is_held_against_earlier_ones(ledger_spec: str, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    write(articles, "first.md", FIRST)
    code, err = check(articles, "--ledger", ledger_spec, "--out", tmp_path / "o1", "--jobs", "1")
    assert code == 0, err
    assert "1 read, 0 already in the ledger" in err

    write(articles, "second.md", SECOND)
    out = tmp_path / "o2"
    code, err = check(
        articles,
        "--ledger",
        ledger_spec,
        "--out",
        out,
        "--format",
        "json,md",
        "--fail-on",
        "inconsistent",
    )
    assert code == 1, err  # the troop counts no longer agree
    assert "1 read, 1 already in the ledger; 1 earlier article(s)" in err
    found = findings(out)
    across = found["troops-across-sources"]
    assert across["verdict"] == "inconsistent"
    # The earlier article's figure is evidence, with its quote and who said it.
    quotes = {(f["article_path"], f["text"], f["attribution"]) for f in across["figures"]}
    assert (
        str(articles / "first.md"),
        "12,000 North Korean soldiers",
        "Border officials",
    ) in quotes
    change = found["changed-since-last-report:troops_sent"]
    assert change["verdict"] == "unverified"
    assert (
        "from 12,000 to 11,000 since the last report (The Valley Gazette)"
        in (change["explanation"])
    )
    brief = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    assert brief["changes"]["against"].startswith("ledger run ")
    assert "12,000 to 11,000" in (out / "brief.md").read_text(encoding="utf-8")

    with open_ledger(ledger_spec) as ledger:
        counts = ledger.counts()
    assert counts["article"] == 2
    assert counts["run"] == 2
    assert counts["finding"] == 2 * len(found) - 1  # the first run had no change finding

    # Unchanged: nothing read, nothing written.
    (out / "brief.json").unlink()
    code, err = check(articles, "--ledger", ledger_spec, "--out", out)
    assert code == 0, err
    assert "0 read, 2 already in the ledger" in err
    assert "nothing new to check" in err
    assert not (out / "brief.json").exists()


def test_two_outlets_relaying_one_origin_count_once(ledger_spec: str, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    write(articles, "a.md", RELAY_A)
    code, err = check(articles, "--ledger", ledger_spec, "--out", tmp_path / "o1")
    assert code == 0, err
    write(articles, "b.md", RELAY_B)
    out = tmp_path / "o2"
    code, err = check(articles, "--ledger", ledger_spec, "--out", out, "--format", "json")
    assert code == 0, err
    found = findings(out)
    relay = found["relayed-origin:troops_sent"]
    assert relay["reason"] == "single-source"
    assert "Harbour Radio, The Plains Herald relay one origin" in relay["explanation"]
    assert len(relay["figures"]) == 2
    # The cross-source check sees one source, not two.
    assert found["troops-across-sources"]["reason"] == "single-source"


def test_an_edited_article_is_read_again(tmp_path: Path) -> None:
    ledger = str(tmp_path / "l.sqlite")
    articles = tmp_path / "articles"
    path = write(articles, "first.md", FIRST)
    assert check(articles, "--ledger", ledger, "--out", tmp_path / "o", "--format", "json")[0] == 0
    path.write_text(FIRST.replace("12,000", "12,500"), encoding="utf-8")
    code, err = check(articles, "--ledger", ledger, "--out", tmp_path / "o", "--format", "json")
    assert code == 0, err
    assert "1 read, 0 already in the ledger; 1 earlier article(s)" in err
    with open_ledger(ledger) as opened:
        assert opened.counts()["article"] == 2  # both versions are kept, by content hash


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("{tmp}", "the ledger is a directory"),
        ("{tmp}/not-a-ledger.sqlite", "cannot open the ledger"),
        ("postgresql://nobody:secret@/none?host=/nonexistent&port=1", "cannot connect"),
    ],
)
def test_a_bad_ledger_is_one_line_and_exit_2(tmp_path: Path, spec: str, message: str) -> None:
    (tmp_path / "not-a-ledger.sqlite").write_bytes(b"this is not a database\n" * 100)
    articles = tmp_path / "articles"
    write(articles, "first.md", FIRST)
    out = tmp_path / "out"
    code, err = check(articles, "--ledger", spec.format(tmp=tmp_path), "--out", out)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert message in err
    assert "secret" not in err
    assert not out.exists()


def test_four_concurrent_runs_record_everything_once(ledger_spec: str, tmp_path: Path) -> None:
    """Four processes on one ledger: each has two articles of its own and two shared."""
    shared = [
        FIRST,
        SECOND,
    ]
    folders = []
    for job in range(4):
        folder = tmp_path / f"job{job}"
        for i, text in enumerate(shared):
            write(folder, f"shared{i}.md", text)
        for i in range(2):
            count = 9_000 + 100 * (job * 2 + i)
            write(
                folder,
                f"own{i}.md",
                f"---\noutlet: Desk {job}-{i}\ndate: 2024-12-0{job + 1}\n---\n"
                f"Analysts said {count:,} North Korean soldiers were sent to Russia.\n",
            )
        folders.append(folder)
    env = {**os.environ, "CI": "true"}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "factcheck",
                "check",
                str(folder),
                "--rules",
                str(RULES),
                "--ledger",
                ledger_spec,
                "--out",
                str(tmp_path / f"out{n}"),
                "--format",
                "json",
                "--jobs",
                "1",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, folder in enumerate(folders)
    ]
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
    for p in procs:
        for stream in (p.stdout, p.stderr):
            if stream:
                stream.close()
    assert [code for code, _ in results] == [0, 0, 0, 0], results
    per_run = [len(findings(tmp_path / f"out{n}")) for n in range(4)]
    with open_ledger(ledger_spec) as ledger:
        counts = ledger.counts()
    assert counts["article"] == 2 + 4 * 2  # the shared ones once
    assert counts["run"] == 4
    assert counts["finding"] == sum(per_run)
    # Every article's figures once: one troop count per article.
    assert counts["figure"] >= counts["article"]
    spec = ledger_spec
    with open_ledger(spec) as ledger:
        rows = ledger._query("SELECT hash, count(*) FROM figure GROUP BY hash, seq")
    assert all(n == 1 for _, n in rows)


def test_a_big_ledger_is_held_against_but_only_deciding_figures_are_quoted(
    tmp_path: Path,
) -> None:
    """25 earlier reports: the new article is checked against all of them, the brief
    quotes the few that decide, and every verdict is the one a run over all 26 gives."""
    earlier = tmp_path / "earlier"
    for i in range(25):
        count = 10_000 + 100 * i
        write(
            earlier,
            f"report-{i:02d}.md",
            f"---\ntitle: Report {i}\noutlet: Desk {i}\ndate: 2024-11-{i + 1:02d}\n---\n"
            f"Officials said about {count:,} North Korean soldiers were sent to Russia.\n",
        )
    ledger = str(tmp_path / "ledger.sqlite")
    code, err = check(earlier, "--ledger", ledger, "--out", tmp_path / "o1", "--jobs", "1")
    assert code == 0, err
    new = write(tmp_path / "new", "latest.md", FIRST.replace("2024-11-10", "2024-11-30"))
    code, err = check(
        new, "--ledger", ledger, "--out", tmp_path / "o2", "--format", "json", "--jobs", "1"
    )
    assert code == 0, err
    assert "25 earlier article(s) held against them" in err
    quoted = int(err.split("held against them (", 1)[1].split(" quoted)", 1)[0])
    assert 1 <= quoted <= 8
    brief = json.loads((tmp_path / "o2" / "brief.json").read_text(encoding="utf-8"))
    assert len(brief["articles"]) == 1 + quoted

    # Without the ledger, the same 26 articles in one run: the same verdicts.
    code, err = check(earlier, new, "--out", tmp_path / "o3", "--format", "json")
    assert code == 0, err
    everything = findings(tmp_path / "o3")
    pruned = {k: v for k, v in findings(tmp_path / "o2").items() if ":" not in k}
    assert {k: v["verdict"] for k, v in pruned.items()} == {
        k: everything[k]["verdict"] for k in pruned
    }
    across = pruned["troops-across-sources"]
    assert across["verdict"] == everything["troops-across-sources"]["verdict"]
    assert len(across["figures"]) < len(everything["troops-across-sources"]["figures"])
