"""Score figure extraction against hand-labelled articles (by default ``tests/data/corpus``).

Each article (``.txt``, ``.md`` or ``.html``, read as ``factcheck check`` reads it) has its
labels in a YAML file beside it (``NN-name.txt`` → ``NN-name.yaml``), or all articles' labels
are in one file given with ``--labels`` (``articles: {FILE NAME: LABELS}``). An article's
labels are ``published`` and ``language`` (they override the article's own), ``complete``
(every figure of the article is labelled, so unlabelled figures are false positives),
``figures`` (each names a piece of the article's text and the fields expected of the figure
there) and ``not_figures`` (pieces that must not be reported as counts). See
``docs/evaluation.md``.

A label's key is checked only when present; ``null`` means "the extractor must say nothing".
Per field, recall is correct / labelled and precision is correct / labelled-and-detected
(for ``detect``: matched extracted figures / all extracted figures that are not dates, in
``complete`` files only).

Speed is the best of ``--repeat`` passes over every article (one thread). With quantulum3
installed (``pip install -e '.[bench]'``) the same run times it on the same sentences and
scores it against the same labels; without it, the report says the comparison was skipped.

Run ``python bench/score.py [--corpus DIR] [--labels FILE] [-v]`` for a Markdown report.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime
import math
import os
import platform
import re
import socket
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError
from factcheck.extract import find_figures, split_sentences
from factcheck.hedges import load_hedges
from factcheck.ingest import ARTICLE_SUFFIXES, load_article
from factcheck.model import Article, Figure

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
HEDGES = ROOT / "rules" / "hedges.yaml"
FIELDS = ("detect", "value+unit+hedge", "unit", "counts", "qualifier", "attribution", "period")
# the fields on which quantulum3 and factcheck are compared (figures other than dates)
VERSUS = ("detect", "value", "value+unit", "value+unit+hedge")
REL = 1e-6


class CorpusError(Exception):
    """A labelled corpus that cannot be scored: one line naming the file and what to do."""


@dataclass
class Tally:
    labelled: int = 0  # labels that check this field
    detected: int = 0  # of those, labels whose figure was found
    correct: int = 0
    false_pos: int = 0  # detect only: unlabelled extracted figures in complete files

    def scores(self) -> tuple[float, float, float]:
        found = self.detected + self.false_pos
        p = self.correct / found if found else 1.0
        r = self.correct / self.labelled if self.labelled else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f1

    def as_dict(self) -> dict[str, float | int]:
        return dict(zip(("precision", "recall", "f1"), self.scores(), strict=True)) | {
            "labelled": self.labelled,
            "correct": self.correct,
            "false_pos": self.false_pos,
        }


@dataclass
class Miss:
    article: str
    text: str
    field: str
    expected: object
    got: object


@dataclass(frozen=True)
class Labelled:
    """One article of the corpus with its labels."""

    name: str
    article: Article
    labels: Mapping[str, Any]


@dataclass(frozen=True)
class Found:
    """A quantity an extractor reports, in the article's offsets: what both scorers compare."""

    start: int
    end: int
    value: float | None  # the number as written
    low: float
    high: float
    unit: str
    is_date: bool = False


@dataclass
class Report:
    articles: int = 0
    labelled: int = 0
    sentences: int = 0
    seconds: float = 0.0
    passes: int = 1
    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    not_figure_hits: list[tuple[str, str, str]] = field(default_factory=list)
    not_figures: int = 0
    unlabelled: list[tuple[str, str]] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    versus: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "labelled": self.labelled,
            "sentences": self.sentences,
            "seconds": self.seconds,
            "passes": self.passes,
            "sentences_per_second": self.sentences / self.seconds if self.seconds else math.inf,
            "fields": {name: t.as_dict() for name, t in self.tallies.items()},
            "not_figures": self.not_figures,
            "not_figure_hits": self.not_figure_hits,
            "unlabelled": self.unlabelled,
            "misses": self.misses,
            "versus": self.versus,
        }


# -- reading a corpus ------------------------------------------------------------------------


def _yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CorpusError(f"{path}: cannot read the labels ({e.strerror})") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise CorpusError(f"{path}{where}: not valid YAML; fix the labels file") from None


def _labels_for(path: Path, shared: Mapping[str, Any] | None, labels_file: Path | None) -> Any:
    if shared is not None:
        if path.name not in shared:
            raise CorpusError(
                f"{path}: no labels for this article in {labels_file}; "
                f"add '{path.name}:' under 'articles:' or move the article out of the folder"
            )
        return shared[path.name]
    beside = path.with_suffix(".yaml")
    if not beside.exists():
        raise CorpusError(
            f"{path}: no labels file {beside.name} beside it; write one "
            "(see docs/evaluation.md) or pass --labels FILE"
        )
    return _yaml(beside)


def load_corpus(corpus_dir: Path, labels_file: Path | None = None) -> list[Labelled]:
    """Every article of ``corpus_dir`` with its labels (read as ``factcheck check`` reads it)."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: not a folder; pass a folder of articles with --corpus")
    shared: Mapping[str, Any] | None = None
    if labels_file is not None:
        data = _yaml(labels_file)
        articles = data.get("articles") if isinstance(data, dict) else None
        if not isinstance(articles, dict):
            raise CorpusError(f"{labels_file}: expected 'articles:' mapping file names to labels")
        shared = articles
    paths = sorted(
        p for p in corpus_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
    )
    if not paths:
        raise CorpusError(f"{corpus_dir}: no articles (.txt, .md, .html) in this folder")
    result = []
    for path in paths:
        labels = _labels_for(path, shared, labels_file) or {}
        if not isinstance(labels, dict):
            raise CorpusError(f"{path}: its labels must be a mapping (published, figures, ...)")
        try:
            article = load_article(path)
        except FactcheckError as e:
            raise CorpusError(f"{path}: {e}") from None
        published = labels.get("published")
        if isinstance(published, str):
            try:
                published = datetime.date.fromisoformat(published)
            except ValueError:
                raise CorpusError(f"{path}: published {published!r} is not YYYY-MM-DD") from None
        changes: dict[str, Any] = {}
        if isinstance(published, datetime.date):
            changes |= {"published": published, "date_source": "option"}
        if labels.get("language"):
            changes["language"] = str(labels["language"])
        result.append(Labelled(path.name, dataclasses.replace(article, **changes), labels))
    return result


def _span(name: str, text: str, piece: str, occurrence: int) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.find(piece, at + 1)
        if at < 0:
            raise CorpusError(
                f"{name}: label text {piece!r} (occurrence {occurrence}) is not in the article; "
                "copy the piece exactly as the article writes it"
            )
    return at, at + len(piece)


# -- comparing a figure with its label ---------------------------------------------------------


def _overlap(f: Figure | Found, span: tuple[int, int]) -> int:
    return min(f.end, span[1]) - max(f.start, span[0])


def _number(x: object, unit: str | None) -> float:
    """A label's number; dates are ISO strings turned into day numbers."""
    if x is None:
        return math.inf
    if isinstance(x, datetime.date):
        return float(x.toordinal())
    if isinstance(x, str) and unit == "date":
        return float(datetime.date.fromisoformat(x).toordinal())
    assert isinstance(x, int | float | str), x
    return float(x)


def _close(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= REL * max(1.0, abs(a), abs(b))


def _bound(d: Decimal) -> float:
    return math.inf if d.is_infinite() else float(d)


def _numbers_match(value: float | None, low: float, high: float, want: Mapping[str, Any]) -> bool:
    unit = want.get("unit")
    if want.get("precision"):
        v = _number(want["value"], unit)
        return value is not None and _close(value, v) and low <= v <= high
    ok = True
    if "value" in want and unit != "date":
        if want["value"] is None:
            ok &= value is None
        else:
            ok &= value is not None and _close(value, _number(want["value"], unit))
    if "low" in want:
        ok &= _close(low, -math.inf if want["low"] is None else _number(want["low"], unit))
    if "high" in want:
        labelled = _number(want["high"], unit)
        # "more than half of the shells": a label with no top, where the extractor bounds a
        # part by its whole (1, or 100 percent)
        whole = _WHOLES.get(str(unit)) if want["high"] is None else None
        ok &= _close(high, labelled) or (whole is not None and _close(high, whole))
    return ok


_WHOLES = {"×": 1.0, "%": 100.0}


def _value_matches(value: float | None, low: float, high: float, want: Mapping[str, Any]) -> bool:
    """The number as written, hedges and precision aside; for a range, its two ends."""
    unit = want.get("unit")
    if want.get("value") is not None:
        return value is not None and _close(value, _number(want["value"], unit))
    bounds = {k: want[k] for k in ("low", "high", "unit") if k in want}  # "dozens": [24, ∞)
    return _numbers_match(value, low, high, bounds)


def _found(f: Figure) -> Found:
    value = None if f.value is None else float(f.value)
    low, high = _bound(f.interval.low), _bound(f.interval.high)
    return Found(f.start, f.end, value, low, high, f.unit, f.unit == "date")


def _numbers_ok(f: Figure, want: Mapping[str, Any]) -> tuple[bool, object]:
    g = _found(f)
    return _numbers_match(g.value, g.low, g.high, want), (g.value, g.low, g.high)


def _word_ok(got: str | None, want: object) -> bool:
    """The labelled word is part of ``got``, whichever apostrophe each writes and without an
    article before it ("L'UE" is "UE"); a list of words means any one of them."""
    if want is None:
        return got is None
    if got is None:
        return False
    words = want if isinstance(want, list) else [want]
    got = _folded(got)
    for word in words:
        name = _LEADING_ARTICLE.sub("", _folded(str(word)))
        if name in got:
            return True
        # a work labelled, its maker found: "Bericht der Vereinten Nationen", "Vereinten
        # Nationen" (the extractor names who made a work; see factcheck.extract.attribution)
        if (m := _WORK_OF.match(name)) and _LEADING_ARTICLE.sub("", m.group("maker")) in got:
            return True
    return False


# an article opening a labelled name: "the ", "l'", "der "
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|an?|le|la|les|une?|der|die|das|des|dem|den)\s+|l')")
_WORK_OF = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:reports?|study|analysis|assessment|statement|data|estimates?"
    r"|bericht|berichte|studie|analyse|angaben|rapport|communiqué|étude|données)"
    r"\s+(?:of|by|from|der|des|von|vom|du|de\s+la|de|d')\s*(?P<maker>\S.*)$"
)


def _folded(text: str) -> str:
    """Lower case, with a typographic apostrophe as a plain one ("Korea’s" is "Korea's")."""
    return text.lower().replace("\u2019", "'")


# the codes other labellers wrote for units this project names otherwise
_UNIT_CODES = {"d": "day", "days": "day", "1/d": "1/day", "years": "yr", "weeks": "week"}


def _unit_code(labelled: str) -> str:
    """The project's code for a labelled unit: "d" (as a labeller may write a day) is "day"."""
    return _UNIT_CODES.get(labelled, labelled)


def _qualifier_ok(got: str | None, want: object) -> bool:
    """The hedge words read are the labelled ones, or begin with them ("estimated figure of"
    with "estimated"): where a hedge's words end is a labeller's call, its bounds are not.
    An elided "de" ("plus d’un million") is "de"."""
    if want is None:
        return got is None
    if got is None:
        return False
    labelled = _hedge_words(str(want))
    return _hedge_words(got)[: len(labelled)] == labelled


def _hedge_words(text: str) -> list[str]:
    return re.sub(r"\b([dl])['’]", r"\1e ", text.lower()).split()


def _check(f: Figure, want: Mapping[str, Any]) -> dict[str, tuple[bool, object, object]]:
    """Each labelled field: (correct, expected, got)."""
    result: dict[str, tuple[bool, object, object]] = {}
    nums, got = _numbers_ok(f, want)
    unit_ok = "unit" not in want or f.unit == _unit_code(str(want["unit"]))
    qual_ok = "qualifier" not in want or _qualifier_ok(f.qualifier, want["qualifier"])
    expected = {k: want[k] for k in ("value", "low", "high", "unit", "qualifier") if k in want}
    result["value+unit+hedge"] = (
        nums and unit_ok and qual_ok,
        expected,
        {"numbers": got, "unit": f.unit, "qualifier": f.qualifier},
    )
    if "unit" in want:
        result["unit"] = (unit_ok, want["unit"], f.unit)
    if "qualifier" in want:
        result["qualifier"] = (qual_ok, want["qualifier"], f.qualifier)
    for key, actual in (("counts", f.counts), ("attribution", f.attribution), ("period", f.period)):
        if key in want:
            result[key] = (_word_ok(actual, want[key]), want[key], actual)
    return result


def _best(found: Sequence[Figure], span: tuple[int, int], want: Mapping[str, Any]) -> Figure | None:
    hits = [f for f in found if _overlap(f, span) > 0]
    if not hits:
        return None
    wants_date = want.get("unit") == "date"
    return max(
        hits,
        key=lambda f: ((f.unit == "date") == wants_date, _overlap(f, span), f.start - f.end),
    )


# -- timing ------------------------------------------------------------------------------------


def _best_of(passes: int, run: Callable[[], object]) -> float:
    """The fastest of ``passes`` runs, in seconds."""
    best = math.inf
    for _ in range(max(1, passes)):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def machine() -> str:
    """The platform, CPU model, core count and Python version the figures were taken on."""
    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"{platform.platform()}; {cpu}, {os.cpu_count()} cores; "
        f"Python {platform.python_version()}; one thread"
    )


# -- quantulum3 --------------------------------------------------------------------------------

# quantulum3's unit names → ours ("dollar per month" → "USD/month")
_Q_UNITS = {
    "dimensionless": "1",
    "count": "1",
    "dozen": "1",
    "percentage": "%",
    "per cent": "%",
    "barrel": "bbl",
    "tonne": "t",
    "ton": "t",
    "short ton": "t",
    "kilogram": "kg",
    "litre": "L",
    "gallon": "gal",
    "cubic metre": "m3",
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "russian ruble": "RUB",
    "ruble": "RUB",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "yr",
    "hour": "h",
    "millimetre": "mm",
    "kilometre": "km",
    "metre": "m",
}


def _q_unit(name: str) -> str:
    name = name.lower()
    if name in _Q_UNITS:
        return _Q_UNITS[name]
    if name.startswith("per "):  # "per day": a count per day
        name = "dimensionless " + name
    parts = [_Q_UNITS.get(p.strip(), p.strip()) for p in name.split(" per ")]
    return "/".join(parts)


@contextlib.contextmanager
def _offline() -> Iterator[list[str]]:
    """Any attempt to open a network connection inside the block fails and is recorded."""
    attempts: list[str] = []
    connect, getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def refuse(*args: object, **kwargs: object) -> Any:
        attempts.append(repr(args[1:] or args)[:80])
        raise OSError("network access refused during the benchmark")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse
    try:
        yield attempts
    finally:
        socket.socket.connect = connect  # type: ignore[method-assign]
        socket.getaddrinfo = getaddrinfo


def _quantulum() -> tuple[Any, str] | str:
    """quantulum3's parser and version, or why it cannot be used."""
    try:
        with warnings.catch_warnings():
            # it warns at import that its optional classifier (scikit-learn) is missing
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return "quantulum3 is not installed (pip install -e '.[bench]')"
    return parser, metadata.version("quantulum3")


def _tally_versus(
    corpus: Sequence[Labelled], found: Mapping[str, Sequence[Found]]
) -> dict[str, Tally]:
    """Detect, value, value+unit and value+unit+hedge over the labels that are not dates."""
    tallies = {name: Tally() for name in VERSUS}
    for item in corpus:
        text, labels = item.article.text, item.labels
        figures = [f for f in found[item.name] if not f.is_date]
        matched: set[int] = set()
        date_spans, spans = [], []
        for want in labels.get("figures") or []:
            span = _span(item.name, text, str(want["text"]), int(want.get("occurrence", 1)))
            if want.get("unit") == "date":
                date_spans.append(span)
                continue
            spans.append(span)
            hits = [f for f in figures if _overlap(f, span) > 0]
            best = max(hits, key=lambda f: (_overlap(f, span), f.start - f.end), default=None)
            for name in VERSUS:
                tallies[name].labelled += 1
            if best is None:
                continue
            matched.add(id(best))
            value_ok = _value_matches(best.value, best.low, best.high, want)
            unit_ok = "unit" not in want or best.unit == _unit_code(str(want["unit"]))
            numbers_ok = _numbers_match(best.value, best.low, best.high, want)
            for name, ok in (
                ("detect", True),
                ("value", value_ok),
                ("value+unit", value_ok and unit_ok),
                ("value+unit+hedge", numbers_ok and unit_ok),
            ):
                tallies[name].detected += 1
                tallies[name].correct += ok
        if labels.get("complete"):
            for f in figures:
                if id(f) in matched or any(_overlap(f, s) > 0 for s in spans + date_spans):
                    continue  # a figure on a labelled date is neither right nor wrong here
                tallies["detect"].false_pos += 1
    return tallies


def _versus(
    corpus: Sequence[Labelled], ours: Mapping[str, Sequence[Found]], seconds: float, passes: int
) -> dict[str, Any]:
    """quantulum3 on the same sentences: speed, and its scores against the same labels."""
    loaded = _quantulum()
    if isinstance(loaded, str):
        return {"skipped": loaded}
    parser, version = loaded
    sentences = [
        (item.name, s)
        for item in corpus
        for s in split_sentences(item.article.text, item.article.language)
    ]
    with _offline() as attempts:
        parser.parse("A warm-up of 12 words.")  # loads its unit tables, outside the timing
        found: dict[str, list[Found]] = {item.name: [] for item in corpus}
        for name, (start, sentence) in sentences:
            for q in parser.parse(sentence):
                v = float(q.value)
                u = float(q.uncertainty or 0)
                a, b = q.span
                unit = _q_unit(q.unit.name)
                found[name].append(Found(start + a, start + b, v, v - u, v + u, unit))
        q_seconds = _best_of(passes, lambda: [parser.parse(s) for _, (_, s) in sentences])
    ours_t = _tally_versus(corpus, ours)
    theirs_t = _tally_versus(corpus, found)
    return {
        "version": version,
        "seconds": q_seconds,
        "network_attempts": attempts,
        "fields": {
            name: {"factcheck": ours_t[name].as_dict(), "quantulum3": theirs_t[name].as_dict()}
            for name in VERSUS
        },
        "ratio": q_seconds / seconds if seconds else math.inf,
    }


# -- scoring -----------------------------------------------------------------------------------


def score(
    corpus_dir: Path = CORPUS,
    *,
    labels_file: Path | None = None,
    quantulum: bool = False,
    passes: int = 1,
) -> dict[str, Any]:
    """Extract every article of ``corpus_dir`` and score it against its labels.

    ``passes``: how many times to time the extraction of the whole corpus (the best counts).
    ``quantulum``: also time and score quantulum3 on the same sentences, when installed.
    """
    hedges = load_hedges(HEDGES)
    report = Report(passes=max(1, passes))
    corpus = load_corpus(corpus_dir, labels_file)
    extracted = {item.name: find_figures(item.article, hedges) for item in corpus}  # warms up

    def one_pass() -> None:
        for item in corpus:
            find_figures(item.article, hedges)

    report.seconds = _best_of(passes, one_pass)
    for item in corpus:
        path, labels, text = item.name, item.labels, item.article.text
        found = extracted[path]
        report.sentences += len(split_sentences(text, item.article.language))
        report.articles += 1
        matched: set[int] = set()
        spans: list[tuple[int, int]] = []
        for want in labels.get("figures") or []:
            report.labelled += 1
            span = _span(path, text, str(want["text"]), int(want.get("occurrence", 1)))
            spans.append(span)
            fig = _best(found, span, want)
            checks: dict[str, tuple[bool, object, object]] = {}
            if fig is not None:
                matched.add(id(fig))
                checks = _check(fig, want)
            fields = ["detect", "value+unit+hedge"] + [
                k for k in ("unit", "counts", "qualifier", "attribution", "period") if k in want
            ]
            for name in fields:
                tally = report.tallies[name]
                tally.labelled += 1
                if fig is None:
                    if name == "detect":
                        report.misses.append(Miss(path, want["text"], name, "found", None))
                    continue
                tally.detected += 1
                ok, expected, got = checks.get(name, (True, None, None))
                if ok:
                    tally.correct += 1
                else:
                    report.misses.append(Miss(path, want["text"], name, expected, got))
        for piece in labels.get("not_figures") or []:
            report.not_figures += 1
            where = _span(path, text, str(piece), 1)
            # a figure that starts in it, not one whose noun names it ("150 KN-23 missiles")
            bad = [
                f for f in found if where[0] <= f.start < where[1] and f.unit == "1" and f.counts
            ]
            report.not_figure_hits.extend((path, str(piece), f.text) for f in bad)
        if labels.get("complete"):
            for f in found:
                if id(f) in matched or f.unit == "date":
                    continue
                if any(_overlap(f, s) > 0 for s in spans):
                    continue
                report.tallies["detect"].false_pos += 1
                report.unlabelled.append((path, f.text))
    if quantulum:
        ours = {name: [_found(f) for f in figs] for name, figs in extracted.items()}
        report.versus = _versus(corpus, ours, report.seconds, passes)
    return report.as_dict()


# -- reporting ---------------------------------------------------------------------------------


def _versus_lines(result: Mapping[str, Any]) -> list[str]:
    v = result["versus"]
    if v is None:
        return []
    if "skipped" in v:
        return ["", f"quantulum3 comparison skipped: {v['skipped']}."]
    n, ours = result["sentences"], result["seconds"]
    labelled = v["fields"]["detect"]["factcheck"]["labelled"]
    net = v["network_attempts"]
    lines = [
        "",
        f"### factcheck and quantulum3 {v['version']} on the same {n} sentences",
        "",
        f"Best of {result['passes']} passes each, one thread.",
        "",
        "| extractor | ms per pass | sentences/s |",
        "|---|---:|---:|",
        f"| factcheck | {ours * 1000:.1f} | {n / ours:,.0f} |",
        f"| quantulum3 {v['version']} | {v['seconds'] * 1000:.1f} | {n / v['seconds']:,.0f} |",
        "",
        f"factcheck is {v['ratio']:.1f}× as fast as quantulum3.",
        "",
        f"Against the same {labelled} labelled figures that are not dates (quantulum3 reads no "
        "hedges, so its interval is its value ± its stated uncertainty; its units are mapped "
        "to ours by name; a figure it reports on a labelled date counts neither way):",
        "",
        "| field | factcheck P | R | F1 | quantulum3 P | R | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, pair in v["fields"].items():
        a, b = pair["factcheck"], pair["quantulum3"]
        lines.append(
            f"| {name} | {a['precision']:.3f} | {a['recall']:.3f} | {a['f1']:.3f} "
            f"| {b['precision']:.3f} | {b['recall']:.3f} | {b['f1']:.3f} |"
        )
    lines += [
        "",
        "quantulum3 tried to reach the network: "
        + (f"yes, {len(net)} times (refused)" if net else "no (connections were refused)"),
    ]
    return lines


def markdown(result: Mapping[str, Any]) -> str:
    lines = [
        f"Corpus: {result['articles']} articles, {result['labelled']} labelled figures, "
        f"{result['sentences']} sentences.",
        "",
        "| field | labelled | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, s in result["fields"].items():
        lines.append(
            f"| {name} | {s['labelled']} | {s['precision']:.3f} | {s['recall']:.3f} "
            f"| {s['f1']:.3f} |"
        )
    hits = result["not_figure_hits"]
    lines += [
        "",
        f"not_figures reported as counts: {len(hits)} of {result['not_figures']}",
        *(f"- {a}: {piece!r} → {text!r}" for a, piece, text in hits),
        "",
        f"Throughput: {result['sentences_per_second']:,.0f} sentences/s "
        f"({result['seconds'] * 1000:.1f} ms for {result['sentences']} sentences, "
        f"best of {result['passes']} passes)",
    ]
    lines += _versus_lines(result)
    return "\n".join(lines) + "\n"


def details(result: Mapping[str, Any]) -> str:
    lines = ["", "## Misses", ""]
    for m in result["misses"]:
        lines.append(f"- {m.article} {m.text!r} [{m.field}] expected {m.expected!r} got {m.got!r}")
    lines += ["", "## Unlabelled figures (false positives)", ""]
    lines += [f"- {a}: {t!r}" for a, t in result["unlabelled"]]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", nargs="?", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help="folder of articles (default: our corpus)")
    parser.add_argument("--labels", type=Path, help="one YAML file with every article's labels")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes, best counts (5)")
    parser.add_argument("--no-quantulum", action="store_true", help="skip the comparison")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    corpus = args.corpus or args.corpus_dir or CORPUS
    try:
        result = score(
            corpus, labels_file=args.labels, quantulum=not args.no_quantulum, passes=args.repeat
        )
    except CorpusError as e:
        sys.stderr.write(f"error: {e}\n")
        return 2
    sys.stdout.write(f"Machine: {machine()}\n\n" + markdown(result))
    if args.verbose:
        sys.stdout.write(details(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
