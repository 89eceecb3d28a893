"""What changed since the last brief, over findings as brief.json holds them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.ci.changes import changes, finding_key, load_findings
from factcheck.errors import FactcheckError
from factcheck.render.json import brief_to_json
from tests.conftest import make_brief


@pytest.fixture
def findings() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = brief_to_json(make_brief())["findings"]
    return data


def _by_check(found: list[dict[str, Any]], check: str) -> dict[str, Any]:
    return next(f for f in found if f["check"] == check)


def test_same_findings_change_nothing(findings: list[dict[str, Any]]) -> None:
    result = changes(findings, copy.deepcopy(findings))
    assert not result
    assert result.unchanged == len(findings)
    assert result.to_json()["added"] == result.to_json()["changed"] == []


def test_added_removed_and_verdict_changed(findings: list[dict[str, Any]]) -> None:
    first, second, *rest = findings
    now = copy.deepcopy([second, *rest])
    now[0]["verdict"] = "consistent" if second["verdict"] != "consistent" else "inconsistent"
    extra = {**copy.deepcopy(first), "check": "a-new-check", "title": "A new check"}
    now.append(extra)
    result = changes(findings, now, against="brief-before.json")
    assert [c.key for c in result.added] == ["a-new-check"]
    assert [c.key for c in result.removed] == [first["check"]]
    assert [(c.key, c.what) for c in result.changed] == [(second["check"], ("verdict",))]
    assert result.changed[0].previous_verdict == second["verdict"]
    assert result.unchanged == len(rest)
    data = result.to_json()
    assert data["against"] == "brief-before.json"
    assert data["changed"][0]["previous_verdict"] == second["verdict"]


def test_a_new_figure_value_is_a_change_of_values(findings: list[dict[str, Any]]) -> None:
    with_figures = next(f for f in findings if f["figures"])
    now = copy.deepcopy(findings)
    moved = _by_check(now, with_figures["check"])
    moved["figures"][0]["high"] = 99_999
    moved["explanation"] = "rewritten"
    result = changes(findings, now)
    assert [(c.key, c.what) for c in result.changed] == [(with_figures["check"], ("values",))]
    assert result.changed[0].explanation == (moved["reason_text"] or "rewritten")


def test_reworded_explanation_alone_is_no_change(findings: list[dict[str, Any]]) -> None:
    now = copy.deepcopy(findings)
    for f in now:
        f["explanation"] = f["explanation"].upper()
        f["wording"] = "other words"
    assert not changes(findings, now)


def test_two_findings_of_one_check_are_told_apart_by_their_articles(
    findings: list[dict[str, Any]],
) -> None:
    base = next(f for f in findings if f["figures"])
    a = copy.deepcopy(base)
    b = copy.deepcopy(base)
    for fig in a["figures"]:
        fig["article_path"] = "news/a.md"
    for fig in b["figures"]:
        fig["article_path"] = "news/b.md"
    pair = [a, b]
    assert finding_key(a, pair) == f"{base['check']} [news/a.md]"
    assert finding_key(a, [a]) == base["check"]
    b_changed = copy.deepcopy(b)
    b_changed["verdict"] = "unverified" if b["verdict"] != "unverified" else "consistent"
    result = changes(pair, [a, b_changed])
    assert [c.key for c in result.changed] == [f"{base['check']} [news/b.md]"]


def test_previous_brief_file_errors_are_one_line(tmp_path: Path) -> None:
    cases = {
        "missing.json": None,
        "broken.json": '{"findings": [\n  {"check": "x",}\n]}',
        "other.json": '{"summary": {}}',
    }
    for name, text in cases.items():
        if text is not None:
            (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(FactcheckError) as caught:
            load_findings(tmp_path / name)
        line = caught.value.format()
        assert "\n" not in line
        assert name in line
    with pytest.raises(FactcheckError) as caught:
        load_findings(tmp_path / "broken.json")
    assert caught.value.line == 2


def test_previous_brief_file_is_read(tmp_path: Path, findings: list[dict[str, Any]]) -> None:
    path = tmp_path / "brief.json"
    path.write_text(json.dumps({"findings": findings}), encoding="utf-8")
    assert load_findings(path) == findings
