"""Rules load, and broken rules give one exact line each, naming file, line and fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.rulebook import lint_examples, load_rulebook
from tests.conftest import SEED_VERDICTS

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).parent / "data" / "bad_rules"
CASES = sorted(BAD.glob("*/*.yaml"))


def test_shipped_rules_load_and_lint_clean() -> None:
    rulebook = load_rulebook(ROOT / "rules")
    assert {c.id for c in rulebook.checks} >= set(SEED_VERDICTS)
    assert all(r.citations for r in rulebook.references)
    assert lint_examples(rulebook) == []


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_broken_rule_gives_one_exact_line(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copy(case, tmp_path / "rules" / case.parent.name / case.name)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["rules", "lint", "rules"])
    assert result.exit_code == 2
    assert result.stderr == case.with_suffix(".stderr").read_text(encoding="utf-8")
    assert "Traceback" not in result.output


def test_every_error_across_files_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    for case in CASES[:3]:
        shutil.copy(case, tmp_path / "rules" / case.parent.name / case.name)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["rules", "lint", "rules"])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 3


def test_missing_rules_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["rules", "lint", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "rules folder not found" in result.stderr


def test_a_later_folder_overrides_by_id(tmp_path: Path) -> None:
    own = tmp_path / "newsroom"
    (own / "references").mkdir(parents=True)
    (own / "references" / "cap.yaml").write_text(
        "references:\n"
        "  - id: unscr-2397-refined-cap\n"
        "    title: A newsroom's own reading of the cap\n"
        "    value: 2000000\n"
        "    unit: bbl/yr\n"
        "    citations: [{text: A newsroom memo}]\n",
        encoding="utf-8",
    )
    rulebook = load_rulebook([ROOT / "rules", own])
    cap = rulebook.reference("unscr-2397-refined-cap")
    assert cap.title == "A newsroom's own reading of the cap"
    assert len([r for r in rulebook.references if r.id == cap.id]) == 1
    assert len(rulebook.checks) == len(load_rulebook(ROOT / "rules").checks)


def test_rules_list_and_schema() -> None:
    listed = CliRunner().invoke(main, ["rules", "list", str(ROOT / "rules")])
    assert listed.exit_code == 0
    assert "oil-deliveries-vs-cap" in listed.stdout
    assert "unscr-2397-refined-cap" in listed.stdout
    schema = CliRunner().invoke(main, ["rules", "schema", "check"])
    assert schema.exit_code == 0
    assert '"additionalProperties": false' in schema.stdout


def test_rules_test_fails_when_an_expected_verdict_is_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    check = tmp_path / "rules" / "checks" / "troops-within-kursk-force.yaml"
    text = check.read_text(encoding="utf-8")
    check.write_text(text.replace("verdict: consistent", "verdict: inconsistent", 1), "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["rules", "test"])
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "FAIL rules/checks/troops-within-kursk-force.yaml: example 'twelve thousand in fifty "
        "thousand': expected inconsistent, got consistent"
    )
