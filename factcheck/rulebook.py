"""Load and validate ``rules/``: hedges, concepts, references and checks.

Every file is read with line marks (``yamlio``), checked against its JSON Schema in
``factcheck/schema/`` and then for meaning: ids unique, every reference cited, every
input naming a known concept or reference, every unit known, every assertion a valid
expression over known names. All errors across all files are collected and raised
together as :class:`RuleErrors`, one line each.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from factcheck import expr
from factcheck.errors import FactcheckError, RuleError, RuleErrors
from factcheck.hedges import build_hedges, parse_tolerance
from factcheck.interval import Interval
from factcheck.model import (
    Check,
    CheckInput,
    Citation,
    Concept,
    Hedge,
    Reference,
    Verdict,
)
from factcheck.units import Quantity, UnitError, parse_unit
from factcheck.yamlio import Located, load_yaml

__all__ = [
    "Rulebook",
    "default_rules_dir",
    "lint_examples",
    "lint_translations",
    "load_rulebook",
    "schema",
    "validate",
]

#: Per language, the words of one rule: ``{"ru": {"title": …, "verdicts": {…}}}``.
Translations = Mapping[str, Mapping[str, Any]]

_SCHEMA_DIR = Path(__file__).parent / "schema"
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True, slots=True)
class Rulebook:
    root: str
    hedges: tuple[Hedge, ...]
    concepts: tuple[Concept, ...]
    references: tuple[Reference, ...]
    checks: tuple[Check, ...]
    digest: str = ""  # SHA-256 of every rule file, by path: which rules made a brief
    # ("check" | "concept" | "reference", id) → the rule's ``translations:`` block
    translations: Mapping[tuple[str, str], Translations] = field(default_factory=dict)

    def languages(self) -> tuple[str, ...]:
        """Every language some rule is translated into."""
        return tuple(sorted({lang for t in self.translations.values() for lang in t}))

    def localized(self, lang: str) -> Rulebook:
        """The same rules worded in ``lang`` where they are translated (English elsewhere).

        Only words change (titles, subjects, explanations, verdict wording, the labels of
        inputs and ``let:`` values, notes); ids, units, cues and assertions are the same in
        every language.
        """
        if not any(lang in t for t in self.translations.values()):
            return self

        def words(kind: str, rid: str) -> Mapping[str, Any]:
            return self.translations.get((kind, rid), {}).get(lang, {})

        concepts = tuple(
            replace(c, title=words("concept", c.id).get("title", c.title)) for c in self.concepts
        )
        references = tuple(
            replace(
                r,
                title=words("reference", r.id).get("title", r.title),
                note=str(words("reference", r.id).get("note", r.note) or "").strip() or None,
            )
            for r in self.references
        )
        checks = []
        for c in self.checks:
            w = words("check", c.id)
            labels = w.get("labels", {})
            verdicts = w.get("verdicts", {})
            checks.append(
                replace(
                    c,
                    title=w.get("title", c.title),
                    subject=w.get("subject", c.subject),
                    explain=str(w.get("explain", c.explain)).strip(),
                    wording={
                        v: str(verdicts.get(v.value, text)).strip() for v, text in c.wording.items()
                    },
                    inputs=tuple(
                        replace(i, label=labels[i.name]) if i.name in labels else i
                        for i in c.inputs
                    ),
                    labels={
                        name: str(labels.get(name, c.labels.get(name, ""))).strip()
                        for name, _ in c.let
                        if name in labels or name in c.labels
                    },
                )
            )
        return replace(self, concepts=concepts, references=references, checks=tuple(checks))

    def concept(self, cid: str) -> Concept:
        return next(c for c in self.concepts if c.id == cid)

    def reference(self, rid: str) -> Reference:
        return next(r for r in self.references if r.id == rid)

    def select(self, ids: Sequence[str] = (), tags: Sequence[str] = ()) -> Rulebook:
        """Only the checks named by id or carrying one of the tags (all when none given)."""
        if not ids and not tags:
            return self
        known = {c.id for c in self.checks}
        unknown = [i for i in ids if i not in known]
        if unknown:
            hint = _suggest(unknown[0], sorted(known)) or "see factcheck rules list"
            raise FactcheckError(f"unknown check {unknown[0]!r}", self.root, hint=hint)
        checks = tuple(c for c in self.checks if c.id in ids or set(c.tags) & set(tags))
        if not checks:
            raise FactcheckError(
                f"no check has the tag {', '.join(tags)}",
                self.root,
                hint="see factcheck rules list",
            )
        return replace(self, checks=checks)


@functools.cache
def _schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(
        (_SCHEMA_DIR / f"{name}.yaml").read_text(encoding="utf-8")
    )
    return loaded


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema that validates one kind of rule file: check, concepts, references, hedges."""
    return dict(_schema(name))


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(_schema(name))


def _suggest(word: str, options: list[str]) -> str | None:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None


def validate(doc: Located, schema: str) -> list[RuleError]:
    """Every way ``doc`` breaks the named schema, one located error each."""
    return list(_schema_errors(doc, schema))


def _schema_errors(doc: Located, schema: str) -> Iterator[RuleError]:
    validator = _validator(schema)
    for err in sorted(validator.iter_errors(doc.data), key=lambda e: list(map(str, e.path))):
        yield _explain(doc, err)


def _explain(doc: Located, err: ValidationError) -> RuleError:
    at = tuple(err.absolute_path)
    schema = err.schema if isinstance(err.schema, dict) else {}
    choices = [str(v) for v in err.validator_value] if isinstance(err.validator_value, list) else []
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        known = list(schema.get("properties", {}))
        extra = [k for k in err.instance if k not in known]
        key = extra[0] if extra else "?"
        hint = _suggest(key, known) or (f"known keys: {', '.join(known)}" if known else "remove it")
        return doc.error((*at, key), f"unknown key {key!r}", hint)
    if err.validator == "required":
        missing = str(err.message).split("'")[1] if "'" in err.message else "?"
        return doc.error(at, f"missing key {missing!r}", f"add '{missing}:'")
    if err.validator == "enum":
        options = ", ".join(choices)
        return doc.error(
            at, f"{err.instance!r} is not one of: {options}", _suggest(str(err.instance), choices)
        )
    if err.validator == "type":
        name = at[-1] if at else "value"
        return doc.error(at, f"{name!r} should be of type {err.validator_value}")
    if err.validator == "pattern":
        return doc.error(at, f"{err.instance!r} is not a valid id", "use lower case, digits and -")
    if err.validator in ("minItems", "minProperties", "minLength"):
        name = at[-1] if at else "value"
        return doc.error(at, f"{name!r} is empty", "give at least one")
    return doc.error(at, err.message)


def _decimal(value: Any, doc: Located, at: tuple[str | int, ...]) -> Decimal:
    try:
        return Decimal(str(value).replace(",", "").replace("_", ""))
    except InvalidOperation:
        raise doc.error(at, f"{value!r} is not a number") from None


def _unit(text: str, doc: Located, at: tuple[str | int, ...]) -> str:
    try:
        parse_unit(text)
    except UnitError as e:
        raise doc.error(at, str(e)) from None
    return text


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


class _Loader:
    """Reads several rule folders in order; a later folder overrides an id of an earlier one.

    Within one folder an id defined twice is an error.
    """

    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = list(roots)
        self.errors: list[RuleError] = []
        self.translations: dict[tuple[str, str], Translations] = {}

    def files(self, kind: str) -> Iterator[tuple[int, Path]]:
        for n, root in enumerate(self.roots):
            for path in _yaml_files(root / kind):
                yield n, path

    def display(self, path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def read(self, path: Path, schema: str) -> Located | None:
        try:
            doc = load_yaml(path, self.display(path))
        except RuleError as e:
            self.errors.append(e)
            return None
        errors = list(_schema_errors(doc, schema))
        self.errors.extend(errors)
        return None if errors else doc

    # -- hedges ----------------------------------------------------------------------
    def hedges(self) -> tuple[Hedge, ...]:
        """The hedge table of the last folder that has one."""
        paths = [root / "hedges.yaml" for root in self.roots if (root / "hedges.yaml").exists()]
        if not paths:
            self.errors.append(
                RuleError(
                    "no hedges.yaml", self.display(self.roots[-1]), hint="copy rules/hedges.yaml"
                )
            )
            return ()
        path = paths[-1]
        doc = self.read(path, "hedges")
        if doc is None:
            return ()
        try:
            return build_hedges(doc)
        except RuleError as e:
            self.errors.append(e)
            return ()

    # -- concepts ----------------------------------------------------------------
    def concepts(self) -> tuple[Concept, ...]:
        out: dict[str, Concept] = {}
        seen: dict[tuple[int, str], str] = {}
        for n, path in self.files("concepts"):
            doc = self.read(path, "concepts")
            if doc is None:
                continue
            for i, item in enumerate(doc.data["concepts"]):
                at = ("concepts", i)
                cid = item["id"]
                line = doc.where(at)[0]
                if (n, cid) in seen:
                    self.errors.append(
                        doc.error(
                            (*at, "id"), f"concept {cid!r} is already defined in {seen[n, cid]}"
                        )
                    )
                    continue
                seen[n, cid] = f"{doc.path}:{line}"
                try:
                    unit = _unit(item["unit"], doc, (*at, "unit"))
                except RuleError as e:
                    self.errors.append(e)
                    continue
                self.translations[("concept", cid)] = item.get("translations", {})
                out[cid] = Concept(
                    id=cid,
                    title=item["title"],
                    unit=unit,
                    counts=tuple(item.get("counts", ())),
                    any=tuple(item.get("any", ())),
                    all=tuple(item.get("all", ())),
                    none=tuple(item.get("none", ())),
                    window=int(item.get("window", 12)),
                    stated=bool(item.get("stated", False)),
                    path=doc.path,
                    line=line,
                )
        return tuple(out.values())

    # -- references ----------------------------------------------------------------
    def references(self) -> tuple[Reference, ...]:
        out: dict[str, Reference] = {}
        seen: set[tuple[int, str]] = set()
        for n, path in self.files("references"):
            doc = self.read(path, "references")
            if doc is None:
                continue
            for i, item in enumerate(doc.data["references"]):
                at = ("references", i)
                try:
                    ref = self._reference(doc, at, item)
                except RuleError as e:
                    self.errors.append(e)
                    continue
                if (n, ref.id) in seen:
                    self.errors.append(
                        doc.error((*at, "id"), f"reference {ref.id!r} is defined twice")
                    )
                    continue
                seen.add((n, ref.id))
                out[ref.id] = ref
                self.translations[("reference", ref.id)] = item.get("translations", {})
        return tuple(out.values())

    def _reference(
        self, doc: Located, at: tuple[str | int, ...], item: dict[str, Any]
    ) -> Reference:
        unit = _unit(item["unit"], doc, (*at, "unit"))
        has_value = "value" in item
        has_range = "low" in item or "high" in item
        if has_value == has_range:
            raise doc.error(at, "give either value, or low and high", "e.g. value: 500000")
        if has_value:
            v = _decimal(item["value"], doc, (*at, "value"))
            interval = Interval.exact(v)
            if "tolerance" in item:
                tol = parse_tolerance(item["tolerance"], doc.path, doc.where((*at, "tolerance"))[0])
                interval = Interval.around(v, tol)
        else:
            if "low" not in item or "high" not in item:
                raise doc.error(at, "a range needs both low and high")
            low = _decimal(item["low"], doc, (*at, "low"))
            high = _decimal(item["high"], doc, (*at, "high"))
            if low > high:
                raise doc.error((*at, "low"), "low is above high")
            interval = Interval(low, high)
        citations = tuple(
            Citation(c["text"].strip(), c.get("url"), c.get("accessed")) for c in item["citations"]
        )
        return Reference(
            id=item["id"],
            title=item["title"],
            quantity=Quantity(interval, unit),
            citations=citations,
            note=str(item["note"]).strip() if item.get("note") else None,
            confidence=item.get("confidence"),
            path=doc.path,
            line=doc.where(at)[0],
        )

    # -- checks ----------------------------------------------------------------------
    def checks(
        self, concepts: tuple[Concept, ...], refs: tuple[Reference, ...]
    ) -> tuple[Check, ...]:
        out: dict[str, Check] = {}
        concept_ids = [c.id for c in concepts]
        ref_ids = [r.id for r in refs]
        seen: set[tuple[int, str]] = set()
        for n, path in self.files("checks"):
            doc = self.read(path, "check")
            if doc is None:
                continue
            errors_before = len(self.errors)
            check = self._check(doc, path, concept_ids, ref_ids)
            if len(self.errors) > errors_before or check is None:
                continue
            if (n, check.id) in seen:
                self.errors.append(doc.error(("id",), f"check {check.id!r} is defined twice"))
                continue
            seen.add((n, check.id))
            out[check.id] = check
        return tuple(out.values())

    def _check(
        self, doc: Located, path: Path, concept_ids: list[str], ref_ids: list[str]
    ) -> Check | None:
        data = doc.data
        if data["id"] != path.stem:
            self.errors.append(
                doc.error(
                    ("id",),
                    f"check id {data['id']!r} does not match the file name",
                    f"rename the file to {data['id']}.yaml or the id to {path.stem!r}",
                )
            )
        inputs = []
        for name, spec in data["inputs"].items():
            at = ("inputs", name)
            if ("concept" in spec) == ("reference" in spec):
                self.errors.append(doc.error(at, f"input {name!r} needs a concept or a reference"))
                continue
            if "concept" in spec and spec["concept"] not in concept_ids:
                self.errors.append(
                    doc.error(
                        (*at, "concept"),
                        f"unknown concept {spec['concept']!r}",
                        _suggest(spec["concept"], concept_ids),
                    )
                )
            if "reference" in spec and spec["reference"] not in ref_ids:
                self.errors.append(
                    doc.error(
                        (*at, "reference"),
                        f"unknown reference {spec['reference']!r}",
                        _suggest(spec["reference"], ref_ids),
                    )
                )
            if "unit" in spec:
                try:
                    _unit(spec["unit"], doc, (*at, "unit"))
                except RuleError as e:
                    self.errors.append(e)
            inputs.append(
                CheckInput(
                    name=name,
                    concept=spec.get("concept"),
                    reference=spec.get("reference"),
                    take=spec.get("take", "combined"),
                    value=spec.get("value", "interval"),
                    unit=spec.get("unit"),
                    label=spec.get("label"),
                )
            )
        names = [i.name for i in inputs]
        lets = []
        for name, text in data.get("let", {}).items():
            self._expression(doc, ("let", name), text, names)
            if name in names:
                self.errors.append(doc.error(("let", name), f"{name!r} is already an input"))
            names.append(name)
            lets.append((name, text))
        self._expression(doc, ("assert",), data["assert"], names)
        let_names = [name for name, _ in lets]
        input_names = [i.name for i in inputs]
        for name in data.get("labels", {}):
            if name in input_names:
                self.errors.append(
                    doc.error(
                        ("labels", name),
                        f"{name!r} is an input, and labels: is for let: values",
                        f"give an input's label beside it: {name}: {{concept: ..., label: ...}}",
                    )
                )
            elif name not in let_names:
                self.errors.append(
                    doc.error(
                        ("labels", name),
                        f"unknown let: value {name!r} in labels",
                        _suggest(name, let_names)
                        or (f"known: {', '.join(let_names)}" if let_names else "add it under let:"),
                    )
                )
        explains: list[tuple[tuple[str | int, ...], str]] = [(("explain",), data["explain"])]
        translations = data.get("translations", {})
        for lang, words in translations.items():
            if "explain" in words:
                explains.append((("translations", lang, "explain"), words["explain"]))
            for name in words.get("labels", {}):
                if name not in names:
                    self.errors.append(
                        doc.error(
                            ("translations", lang, "labels", name),
                            f"unknown input or let: value {name!r} in labels",
                            _suggest(name, names),
                        )
                    )
        for place, text in explains:
            for m in _PLACEHOLDER.finditer(text):
                if m.group(1) not in names:
                    self.errors.append(
                        doc.error(
                            place,
                            f"unknown name {{{m.group(1)}}} in explain",
                            _suggest(m.group(1), names) or f"known: {', '.join(names)}",
                        )
                    )
        self.translations[("check", data["id"])] = translations
        show = []
        for name, unit in data.get("show", {}).items():
            if name not in names:
                self.errors.append(doc.error(("show", name), f"unknown name {name!r} in show"))
            try:
                show.append((name, _unit(unit, doc, ("show", name))))
            except RuleError as e:
                self.errors.append(e)
        tolerance = None
        if "tolerance" in data:
            try:
                tolerance = parse_tolerance(
                    data["tolerance"], doc.path, doc.where(("tolerance",))[0]
                )
            except RuleError as e:
                self.errors.append(e)
        return Check(
            id=data["id"],
            title=data["title"],
            subject=data["subject"],
            tags=tuple(data.get("tags", ())),
            severity=data.get("severity", "medium"),
            inputs=tuple(inputs),
            let=tuple(lets),
            assertion=data["assert"],
            tolerance=tolerance,
            explain=data["explain"].strip(),
            wording={Verdict(k): v.strip() for k, v in data["verdicts"].items()},
            show=tuple(show),
            labels={name: str(text).strip() for name, text in data.get("labels", {}).items()},
            examples=tuple(data["examples"]),
            path=doc.path,
            line=1,
        )

    def _expression(
        self, doc: Located, at: tuple[str | int, ...], text: str, names: list[str]
    ) -> None:
        problem = expr.check_syntax(text, names)
        if problem:
            self.errors.append(doc.error(at, problem.message, problem.hint))


def default_rules_dir() -> Path:
    """``./rules`` where it exists, else the rules shipped beside the package."""
    here = Path("rules")
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[1] / "rules"


def load_rulebook(roots: Path | Sequence[Path]) -> Rulebook:
    """Read every rule under the folders, in order; a later folder overrides an earlier one's
    concept, reference or check of the same id. Raise :class:`RuleErrors` listing every problem.
    """
    folders = [roots] if isinstance(roots, Path) else list(roots)
    for root in folders:
        if not root.is_dir():
            raise FactcheckError(
                "rules folder not found", str(root), hint="pass --rules DIR, a folder with checks/"
            )
    loader = _Loader(folders)
    hedges = loader.hedges()
    concepts = loader.concepts()
    references = loader.references()
    checks = loader.checks(concepts, references)
    if not checks and not loader.errors:
        where = loader.display(folders[-1] / "checks")
        loader.errors.append(RuleError("no checks found", where, hint="add a check file"))
    if loader.errors:
        raise RuleErrors(loader.errors)
    shown = ", ".join(loader.display(r) for r in folders)
    kept = {("check", c.id) for c in checks} | {("concept", c.id) for c in concepts}
    kept |= {("reference", r.id) for r in references}
    translations = {k: v for k, v in loader.translations.items() if k in kept and v}
    return Rulebook(
        shown, hedges, concepts, references, checks, _digest(folders), translations=translations
    )


def _digest(folders: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for n, root in enumerate(folders):
        for path in sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml")):
            h.update(f"{n}:{path.relative_to(root).as_posix()}\0".encode())
            h.update(path.read_bytes())
            h.update(b"\0")
    return h.hexdigest()


def lint_examples(rulebook: Rulebook) -> list[str]:
    """Each check needs a consistent and an inconsistent example."""
    problems = []
    for check in rulebook.checks:
        verdicts = {str(e.get("verdict")) for e in check.examples}
        for needed in (Verdict.CONSISTENT, Verdict.INCONSISTENT):
            if needed.value not in verdicts:
                problems.append(
                    f"{check.path}: error: no {needed.value} example; add one under examples:"
                )
    return problems


_CHECK_FIELDS = ("title", "subject", "explain", "verdicts")
_VERDICTS = tuple(v.value for v in Verdict)


def _labelled(check: Check) -> list[str]:
    """The names a translation of ``check`` should label: every ``let:`` value (its name is
    shown beside it) and every input the English labels."""
    return [name for name, _ in check.let] + [i.name for i in check.inputs if i.label]


def lint_translations(rulebook: Rulebook) -> list[str]:
    """Warnings, not errors: a rule without a language other rules of its kind have, a
    translation that leaves out some of the rule's words (those stay in English), or a
    ``let:`` value with no English label when other checks label theirs."""
    warnings = []
    english_labels = any(c.labels for c in rulebook.checks)
    kinds: list[tuple[str, Sequence[Concept | Reference | Check]]] = [
        ("check", rulebook.checks),
        ("concept", rulebook.concepts),
        ("reference", rulebook.references),
    ]
    for kind, rules in kinds:
        langs = sorted(
            {lang for (k, _), t in rulebook.translations.items() if k == kind for lang in t}
        )
        for rule in rules:
            have = rulebook.translations.get((kind, rule.id), {})
            where = f"{rule.path}:{rule.line}" if rule.line else rule.path
            missing = [lang for lang in langs if lang not in have]
            if missing:
                warnings.append(
                    f"{where}: warning: {kind} {rule.id!r} has no {', '.join(missing)} "
                    "translation (other rules have one); its words stay in English there; "
                    "add them under translations:"
                )
            if not isinstance(rule, Check):
                continue
            unlabelled = [name for name, _ in rule.let if name not in rule.labels]
            if english_labels and unlabelled:
                warnings.append(
                    f"{where}: warning: check {rule.id!r} has no label for "
                    f"{', '.join(unlabelled)} (other checks label their values); the brief "
                    "shows the name there; add it under labels:"
                )
            for lang, words in sorted(have.items()):
                left = [f for f in _CHECK_FIELDS if f not in words]
                left += [
                    f"verdicts.{v}"
                    for v in _VERDICTS
                    if "verdicts" in words and v not in words["verdicts"]
                ]
                left += [
                    f"labels.{name}"
                    for name in _labelled(rule)
                    if name not in words.get("labels", {})
                ]
                if left:
                    warnings.append(
                        f"{where}: warning: the {lang} translation of check {rule.id!r} "
                        f"lacks {', '.join(left)}; add it under translations: {lang}:"
                    )
    return warnings
