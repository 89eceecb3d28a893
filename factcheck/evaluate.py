"""Checks × Evidence → Findings: three-valued verdicts over intervals.

For each check: gather its inputs (a concept's figures, combined across articles into
the values every source allows, or kept per source; a reference's cited value), work
out its ``let`` values in order, evaluate its assertion. True for every allowed value
is *consistent*, false for every one is *inconsistent*, anything else is *unverified*
with the reason: no figure, one source only, a total and a rate with no common period,
sources that disagree, or values on both sides of the line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from factcheck import expr
from factcheck.fmt import format_quantity
from factcheck.i18n import _
from factcheck.interval import Interval, Truth
from factcheck.model import (
    Check,
    CheckInput,
    Computed,
    Figure,
    Finding,
    Reason,
    Reference,
    Verdict,
)
from factcheck.resolve import Evidence
from factcheck.rulebook import Rulebook
from factcheck.units import Quantity, UnitError, parse_unit

__all__ = ["evaluate", "evaluate_check"]

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


class _Unverified(Exception):
    def __init__(self, reason: Reason, text: str) -> None:
        super().__init__(text)
        self.reason = reason
        self.text = text


@dataclass
class _Gathered:
    inputs: tuple[CheckInput, ...]
    values: dict[str, object]
    figures: list[Figure]
    references: list[Reference]
    missing: list[CheckInput]


def _usable(f: Figure) -> bool:
    return f.interval != Interval.everything()


def _figure_quantity(f: Figure, unit: str, *, stated: bool) -> Quantity:
    """The figure in ``unit``: the values its wording allows, or the number as written."""
    if stated and f.value is not None:
        return Quantity(Interval.exact(f.value), f.unit).to(unit)
    return f.quantity.to(unit)


def _gather(check: Check, ev: Evidence, rulebook: Rulebook) -> _Gathered:
    g = _Gathered(check.inputs, {}, [], [], [])
    for inp in check.inputs:
        if inp.reference:
            ref = ev.references[inp.reference]
            g.references.append(ref)
            g.values[inp.name] = ref.quantity.to(inp.unit) if inp.unit else ref.quantity
            continue
        assert inp.concept is not None
        concept = rulebook.concept(inp.concept)
        figures = [f for f in ev.by_concept.get(inp.concept, ()) if _usable(f)]
        if not figures:
            g.missing.append(inp)
            continue
        g.figures.extend(figures)
        unit = inp.unit or concept.unit
        stated = inp.value == "stated" or concept.stated
        quantities = [(f, _figure_quantity(f, unit, stated=stated)) for f in figures]
        if inp.take == "all":
            g.values[inp.name] = expr.Sources(tuple((f.article_id, q) for f, q in quantities))
            continue
        combined = Interval.intersect_all(q.interval for _, q in quantities)
        if combined is None:
            listed = "; ".join(
                f"{format_quantity(q)} ({ev.label(f.article_id)})" for f, q in quantities
            )
            raise _Unverified(
                Reason.SOURCES_DISAGREE,
                _("the sources disagree on %(what)s: %(figures)s")
                % {"what": _label(inp, rulebook), "figures": listed},
            )
        g.values[inp.name] = Quantity(combined, unit)
    return g


def _label(inp: CheckInput, rulebook: Rulebook) -> str:
    if inp.label:
        return inp.label
    if inp.concept:
        return _in_running_text(rulebook.concept(inp.concept).title)
    return inp.name


def _in_running_text(title: str) -> str:
    """A title inside a sentence: "Oil delivered" → "oil delivered", but a name stays one
    ("North Korean soldiers", "Russia's output", "UN cap": the first word is a name when
    the next is capitalised too, or it has an apostrophe or is all capitals)."""
    words = title.split()
    if not words:
        return title
    first = words[0]
    named = (len(words) > 1 and words[1][:1].isupper()) or "'" in first or "’" in first
    if named or (len(first) > 1 and first.isupper()):
        return title
    return title[:1].lower() + title[1:]


def _time_power(q: object) -> int | None:
    if not isinstance(q, Quantity):
        return None
    return dict(q.parsed.dims).get("time", 0)


def _missing(g: _Gathered, rulebook: Rulebook) -> _Unverified:
    labels = ", ".join(_label(i, rulebook) for i in g.missing)
    periods = [
        i for i in g.missing if i.concept and parse_unit(rulebook.concept(i.concept).unit).is_time
    ]
    # A rate and a total of the same thing, from the articles, that a period would join.
    found = [i for i in g.inputs if i.concept and i.name in g.values]
    rates = [i for i in found if (_time_power(g.values[i.name]) or 0) < 0]
    totals = [i for i in found if _time_power(g.values[i.name]) == 0]
    if periods and rates and totals:
        rate_labels = ", ".join(_label(i, rulebook) for i in rates)
        return _Unverified(
            Reason.NO_COMMON_PERIOD,
            _(
                "a total and a rate (%(rates)s) cannot be compared without %(missing)s, "
                "and no article gives it"
            )
            % {"rates": rate_labels, "missing": labels},
        )
    return _Unverified(Reason.NO_FIGURE, _("no figure found for %(what)s") % {"what": labels})


def _show(name: str, value: object, check: Check, ev: Evidence) -> str:
    if isinstance(value, expr.Sources):
        return "; ".join(f"{format_quantity(q)} ({ev.label(a)})" for a, q in value.items)
    if isinstance(value, Quantity):
        return format_quantity(_shown(name, value, check))
    if isinstance(value, Truth):
        if value is Truth.TRUE:
            return _("yes")
        return _("no") if value is Truth.FALSE else _("undecided")
    return str(value)


def _explain(check: Check, values: Mapping[str, object], ev: Evidence) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        return _show(name, values[name], check, ev) if name in values else m.group(0)

    return _PLACEHOLDER.sub(sub, check.explain)


def evaluate_check(check: Check, ev: Evidence, rulebook: Rulebook) -> Finding:
    """Apply one check to the evidence."""
    figures: list[Figure] = []
    references: list[Reference] = []
    computed: list[Computed] = []
    values: dict[str, object] = {}
    verdict, reason, reason_text = Verdict.UNVERIFIED, None, None
    try:
        g = _gather(check, ev, rulebook)
        figures, references, values = g.figures, g.references, g.values
        if g.missing:
            raise _missing(g, rulebook)
        for name, text in check.let:
            value = expr.evaluate(text, values, check.tolerance)
            values[name] = value
            if isinstance(value, Quantity):
                shown = _shown(name, value, check)
                computed.append(Computed(name, text, shown, check.labels.get(name)))
        truth = Truth.of(expr.evaluate(check.assertion, values, check.tolerance))
        if truth is Truth.TRUE:
            verdict = Verdict.CONSISTENT
        elif truth is Truth.FALSE:
            verdict = Verdict.INCONSISTENT
        else:
            reason = Reason.UNDECIDED
            reason_text = _("the figures allow values on both sides of the line")
    except _Unverified as e:
        reason, reason_text = e.reason, e.text
    except expr.NeedsMoreSources:
        reason = Reason.SINGLE_SOURCE
        reason_text = _("one source only: no other article gives this figure to hold it against")
    except UnitError as e:
        reason = Reason.UNIT_MISMATCH
        reason_text = _("the rule combines units that do not go together (%(detail)s)") % {
            "detail": e
        }
    explanation = _explain(check, values, ev)
    if _PLACEHOLDER.search(explanation):
        explanation = reason_text or explanation
    seen: set[str] = set()
    unique = [f for f in figures if not (f.key in seen or seen.add(f.key))]  # type: ignore[func-returns-value]
    return Finding(
        check_id=check.id,
        title=check.title,
        subject=check.subject,
        verdict=verdict,
        figures=tuple(sorted(unique, key=lambda f: (f.article_id, f.start))),
        references=tuple(references),
        computed=tuple(computed),
        explanation=explanation,
        wording=check.wording[verdict],
        reason=reason,
        reason_text=reason_text,
        assertion=check.assertion,
        severity=check.severity,
        tags=check.tags,
    )


def _shown(name: str, value: Quantity, check: Check) -> Quantity:
    unit = dict(check.show).get(name)
    if unit:
        try:
            return value.to(unit)
        except UnitError:
            return value
    return value


_ORDER = {Verdict.INCONSISTENT: 0, Verdict.UNVERIFIED: 1, Verdict.CONSISTENT: 2}


def evaluate(rulebook: Rulebook, ev: Evidence) -> tuple[Finding, ...]:
    """Every check of the rulebook: inconsistent first, then unverified, then consistent;
    in rule order within each."""
    findings = [evaluate_check(c, ev, rulebook) for c in rulebook.checks]
    return tuple(sorted(findings, key=lambda f: _ORDER[f.verdict]))
