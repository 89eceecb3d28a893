"""The ready-made CI files: valid for their platform, and every factcheck command in them runs.

The GitHub workflow and GitLab CI schemas are the ones check-jsonschema ships (from
SchemaStore and GitLab). Each ``factcheck`` command line is taken from the ``run:`` and
``script:`` entries, the shell's article list replaced by the example articles, and run
in a scratch folder laid out like a newsroom repository (``rules/``, ``articles/``).
"""

from __future__ import annotations

import importlib.resources
import json
import re
import shlex
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
CI = ROOT / "examples" / "ci"
FILES = {"github-workflow.yml": "github-workflows", "gitlab-ci.yml": "gitlab-ci"}


def _load(name: str) -> dict[str, Any]:
    data = yaml.safe_load((CI / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    if True in data:  # PyYAML reads the key `on` as YAML 1.1's true; GitHub reads "on"
        data["on"] = data.pop(True)
    return data


def _schema(name: str) -> dict[str, Any]:
    vendor = importlib.resources.files("check_jsonschema.builtin_schemas.vendor")
    schema: dict[str, Any] = json.loads(vendor.joinpath(f"{name}.json").read_text("utf-8"))
    return schema


def _scripts(name: str) -> list[str]:
    """Every shell script in the file: GitHub steps' ``run``, GitLab jobs' script lists."""
    data = _load(name)
    if name.startswith("github"):
        return [s["run"] for job in data["jobs"].values() for s in job["steps"] if "run" in s]
    return [
        line
        for job in data.values()
        if isinstance(job, dict)
        for key in ("before_script", "script", "after_script")
        for line in job.get(key, [])
    ]


def commands(name: str) -> list[list[str]]:
    """The factcheck command lines, continuation lines joined, split as the shell would."""
    found = []
    for script in _scripts(name):
        for line in script.replace("\\\n", " ").splitlines():
            words = shlex.split(line)
            if words and words[0] == "factcheck":
                found.append(words[1:])
    return found


@pytest.mark.parametrize(("name", "schema"), FILES.items())
def test_ci_file_is_valid_for_its_platform(name: str, schema: str) -> None:
    validator = jsonschema.validators.validator_for(_schema(schema))(_schema(schema))
    errors = list(validator.iter_errors(_load(name)))
    assert not errors, f"{name}: {errors[0].message}"


@pytest.mark.parametrize("name", FILES)
def test_ci_file_uploads_the_reports(name: str) -> None:
    text = (CI / name).read_text(encoding="utf-8")
    for wanted in ("reports/junit.xml", "reports/factcheck.sarif", "reports/summary.md", "brief/"):
        assert wanted in text
    assert commands(name), f"{name} runs no factcheck command"


@pytest.mark.parametrize("name", FILES)
def test_every_factcheck_command_runs(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "rules").symlink_to(ROOT / "rules")
    monkeypatch.chdir(tmp_path)
    for variable in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(variable, raising=False)
    articles = sorted(str(p) for p in (ROOT / "examples" / "articles").iterdir())
    for argv in commands(name):
        args: list[str] = []
        for word in argv:
            if word == "${articles[@]}":
                args.extend(articles)
            else:
                assert not re.search(r"\$\w|\$\{", word), f"unexpected shell value {word!r}"
                args.append(word)
        result = CliRunner().invoke(main, args)
        # 1: --fail-on matched, as it does on the examples (they hold inconsistent findings).
        assert result.exit_code in (0, 1), result.stderr
        assert "error" not in result.stderr.lower()
        for option in ("--junit", "--sarif", "--summary"):
            if option in args:
                assert (tmp_path / args[args.index(option) + 1]).is_file()
        if "--out" in args:
            assert (tmp_path / args[args.index("--out") + 1] / "brief.pdf").is_file()


@pytest.mark.parametrize("name", FILES)
def test_docs_show_the_example_files_as_they_are(name: str) -> None:
    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    assert f"```yaml\n{(CI / name).read_text(encoding='utf-8')}```" in docs
