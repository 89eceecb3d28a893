"""YAML read strictly, with the line and column of every node kept for messages.

PyYAML's ``compose`` gives nodes with marks. We build plain Python values from them
ourselves so that we can refuse what PyYAML accepts silently: duplicate keys, and YAML
1.1 booleans such as ``no``, ``on`` or ``y`` standing where a word was meant.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.errors import RuleError

__all__ = ["Located", "Marks", "load_yaml"]

Marks = dict[tuple[str | int, ...], tuple[int, int]]

_TRUE_FALSE = {"true", "false"}


class Located:
    """A loaded document and the (line, column) of each value, by its path."""

    def __init__(self, path: str, data: Any, marks: Marks) -> None:
        self.path = path
        self.data = data
        self.marks = marks

    def where(self, at: tuple[str | int, ...]) -> tuple[int, int]:
        """The mark of ``at`` or of its nearest ancestor."""
        while at not in self.marks and at:
            at = at[:-1]
        return self.marks.get(at, (1, 1))

    def error(self, at: tuple[str | int, ...], message: str, hint: str | None = None) -> RuleError:
        line, column = self.where(at)
        return RuleError(message, self.path, line, column, hint)


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node: Node, at: tuple[str | int, ...], doc: Located, ctor: SafeConstructor) -> Any:
    doc.marks[at] = _mark(node)
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise doc.error(at, "a key must be a plain word")
            key = str(key_node.value)
            if key in result:
                line, column = _mark(key_node)
                raise RuleError(
                    f"duplicate key {key!r}", doc.path, line, column, "keep one of them"
                )
            result[key] = _build(value_node, (*at, key), doc, ctor)
            doc.marks[(*at, key)] = _mark(key_node)
        return result
    if isinstance(node, SequenceNode):
        return [_build(item, (*at, i), doc, ctor) for i, item in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    if node.tag == "tag:yaml.org,2002:bool" and node.value.lower() not in _TRUE_FALSE:
        line, column = _mark(node)
        raise RuleError(
            f"{node.value!r} would be read as a boolean",
            doc.path,
            line,
            column,
            f'write true or false, or quote it: "{node.value}"',
        )
    if node.tag == "tag:yaml.org,2002:timestamp":
        return str(node.value)  # dates stay text; the schema says what they mean
    return ctor.construct_object(node, deep=True)


def load_yaml(path: Path, display: str | None = None) -> Located:
    """Load one YAML document; a syntax error becomes a one-line RuleError."""
    where = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RuleError(f"cannot read rule file: {e}", where) from None
    doc = Located(where, None, {})
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = e.problem or e.context or "invalid YAML"
        raise RuleError(f"invalid YAML: {problem}", where, line, column) from None
    except yaml.YAMLError as e:
        raise RuleError(f"invalid YAML: {e}", where) from None
    if node is None:
        raise RuleError("the file is empty", where, hint="remove it or add a rule")
    doc.data = _build(node, (), doc, SafeConstructor())
    return doc
