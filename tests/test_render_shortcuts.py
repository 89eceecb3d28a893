"""The fast paths of rendering give what the plain ones give: md_escape, brief.json."""

from __future__ import annotations

import json
import re

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.render import md_escape
from factcheck.render.json import dumps

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#$])")
_LINE_START = re.compile(r"^( ?)(?:([+\-=])|(\d+)([.)]))")


def _full_escape(value: str) -> str:
    """The escape written out step by step, with no shortcut."""
    text = re.sub(r"\s+", " ", value)
    text = _SPECIAL.sub(r"\\\1", text)
    text = _LINE_START.sub(
        lambda m: f"{m[1]}\\{m[2]}" if m[2] else f"{m[1]}{m[3]}\\{m[4]}",
        text,
    )
    return text.replace("@", "@\u2060")


_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\t", "\u00a0", "-", "+", "=", "1.", "12)", "@", "*", "_", "#", "a", "Б"]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=12).map("".join))
@example("1. Troops")
@example(" - list")
@example("about 12,000 soldiers")
@example("Ukrainian intelligence, citing  officials")
def test_the_shortcut_changes_nothing(text: str) -> None:
    assert md_escape(text) == _full_escape(text)


def test_plain_text_is_returned_as_it_is() -> None:
    assert md_escape("Russia shipped more than 1 million barrels.") == (
        "Russia shipped more than 1 million barrels."
    )
    assert md_escape("5 tankers") == "5 tankers"
    assert md_escape("5. tankers") == "5\\. tankers"


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15).filter(
        lambda x: x == 0 or abs(x) >= 1e-4
    )
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_brief_json_bytes_are_the_standard_librarys(data: object) -> None:
    assert dumps(data) == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_what_orjson_refuses_is_still_written() -> None:
    big = {"value": 10**30, "text": "é"}
    assert dumps(big) == '{\n  "text": "é",\n  "value": 1000000000000000000000000000000\n}\n'
    assert json.loads(dumps({"x": 1.5e-05}))["x"] == 1.5e-05  # the same value, spelt otherwise


def test_brief_json_written_in_pieces_is_the_same_text() -> None:
    """A big brief is written piece by piece (lazy lists of figures): the same bytes."""
    from pathlib import Path

    from factcheck.ingest import load_articles
    from factcheck.pipeline import build_brief
    from factcheck.render import json as json_render
    from factcheck.rulebook import load_rulebook
    from tests.conftest import make_brief

    root = Path(__file__).resolve().parents[1]
    examples = build_brief(
        load_articles([root / "examples" / "articles"]), load_rulebook(root / "rules")
    )
    for brief in (examples, make_brief()):
        for locale in ("en", "ru"):
            whole = json_render.render(brief, locale=locale)
            assert "".join(json_render.iter_render(brief, locale=locale)) == whole


def _lazified(value: object, every: int, count: list[int]) -> object:
    """``value`` with some of its lists (every ``every``-th met) made lazy."""
    from factcheck.render.json import _Lazy

    if isinstance(value, dict):
        return {k: _lazified(v, every, count) for k, v in value.items()}
    if isinstance(value, list):
        count[0] += 1
        items = [_lazified(v, every, count) for v in value]
        return _Lazy(items, lambda x: x) if count[0] % every == 0 else items
    return value


@given(_JSON, st.integers(min_value=1, max_value=3))
def test_pieces_of_any_json_join_up(data: object, every: int) -> None:
    from factcheck.render.json import iter_dumps

    assert "".join(iter_dumps(_lazified(data, every, [0]))) == dumps(data)


def test_brief_md_written_in_pieces_is_the_same_text() -> None:
    from pathlib import Path

    from factcheck.ingest import load_articles
    from factcheck.pipeline import build_brief
    from factcheck.render import markdown
    from factcheck.rulebook import load_rulebook
    from tests.conftest import make_brief

    root = Path(__file__).resolve().parents[1]
    rules = load_rulebook(root / "rules")
    examples = build_brief(load_articles([root / "examples" / "articles"]), rules)
    for brief in (examples, make_brief()):
        for locale in ("en", "uk"):
            whole = markdown.render(brief, locale=locale)
            assert "".join(markdown.iter_render(brief, locale=locale)) == whole


@given(
    st.lists(st.sampled_from(["", "\n", "\n\n", "\n\n\n", "a", "b\n", "\nc", " \n"]), max_size=12)
)
def test_blank_lines_collapse_the_same_in_pieces(pieces: list[str]) -> None:
    from factcheck.render.markdown import _BLANK_LINES, _collapsed

    whole = _BLANK_LINES.sub("\n\n", "".join(pieces)).strip("\n") + "\n"
    assert "".join(_collapsed(pieces)) == whole
