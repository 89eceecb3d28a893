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
