"""The worked example of docs/rules.md, run as written: a new subject with no Python."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"```yaml\n# file: (?P<path>\S+)\n(?P<body>.*?)```", re.DOTALL)


def test_worked_example_adds_a_subject_without_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    blocks = list(FENCE.finditer((ROOT / "docs" / "rules.md").read_text(encoding="utf-8")))
    assert len(blocks) == 3
    for block in blocks:
        (tmp_path / block["path"]).write_text(block["body"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["rules", "lint"]).exit_code == 0
    tested = runner.invoke(main, ["rules", "test"])
    assert tested.exit_code == 0, tested.stderr
    article = tmp_path / "story.md"
    article.write_text(
        "---\ndate: 2024-11-25\n---\nOfficials say North Korea has now shipped some 20,000 "
        "containers of munitions to Russia.\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["check", str(article), "--format", "md", "--out", "out"])
    assert result.exit_code == 0, result.stderr
    brief = (tmp_path / "out" / "brief.md").read_text(encoding="utf-8")
    assert "Consistent: Containers of munitions shipped, against official estimates" in brief
    assert "US State Department, June 2024" in brief
