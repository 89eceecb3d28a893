"""Score figure extraction against the hand-labelled corpus in ``tests/data/corpus``.

Each ``NN-name.txt`` has a ``NN-name.yaml`` beside it: ``published`` and ``language`` for the
Article, ``complete`` (every figure of the article is labelled, so unlabelled figures are false
positives), ``figures`` (each names a piece of the article's text and the fields expected of the
figure there) and ``not_figures`` (pieces that must not be reported as counts).

A label's key is checked only when present; ``null`` means "the extractor must say nothing".
Per field, recall is correct / labelled and precision is correct / labelled-and-detected
(for ``detect``: matched extracted figures / all extracted figures that are not dates, in
``complete`` files only).

Run ``python bench/score.py [CORPUS_DIR]`` for a Markdown table.
"""

from __future__ import annotations

import datetime
import hashlib
import math
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from factcheck.extract import find_figures, split_sentences
from factcheck.hedges import load_hedges
from factcheck.model import Article, Figure

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
HEDGES = ROOT / "rules" / "hedges.yaml"
FIELDS = ("detect", "value+unit+hedge", "unit", "counts", "qualifier", "attribution", "period")
REL = 1e-6


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


@dataclass
class Miss:
    article: str
    text: str
    field: str
    expected: object
    got: object


@dataclass
class Report:
    articles: int = 0
    labelled: int = 0
    sentences: int = 0
    seconds: float = 0.0
    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    not_figure_hits: list[tuple[str, str, str]] = field(default_factory=list)
    not_figures: int = 0
    unlabelled: list[tuple[str, str]] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    quantulum_seconds: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "labelled": self.labelled,
            "sentences": self.sentences,
            "seconds": self.seconds,
            "sentences_per_second": self.sentences / self.seconds if self.seconds else math.inf,
            "fields": {
                name: dict(zip(("precision", "recall", "f1"), t.scores(), strict=True))
                | {"labelled": t.labelled, "correct": t.correct, "false_pos": t.false_pos}
                for name, t in self.tallies.items()
            },
            "not_figures": self.not_figures,
            "not_figure_hits": self.not_figure_hits,
            "unlabelled": self.unlabelled,
            "misses": self.misses,
            "quantulum_seconds": self.quantulum_seconds,
        }


def make_article(path: Path, text: str, labels: Mapping[str, Any]) -> Article:
    published = labels.get("published")
    if isinstance(published, str):
        published = datetime.date.fromisoformat(published)
    return Article(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:12],
        path=str(path),
        title=None,
        outlet=None,
        published=published,
        date_source="option" if published else None,
        url=None,
        language=str(labels.get("language") or "en"),
        text=text,
    )


def _span(text: str, piece: str, occurrence: int) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.find(piece, at + 1)
        if at < 0:
            raise ValueError(f"{piece!r} (occurrence {occurrence}) is not in the article")
    return at, at + len(piece)


def _overlap(f: Figure, span: tuple[int, int]) -> int:
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


def _numbers_ok(f: Figure, want: Mapping[str, Any]) -> tuple[bool, object]:
    unit = want.get("unit")
    low, high = _bound(f.interval.low), _bound(f.interval.high)
    got = (None if f.value is None else float(f.value), low, high)
    if want.get("precision"):
        v = _number(want["value"], unit)
        ok = f.value is not None and _close(float(f.value), v) and low <= v <= high
        return ok, got
    ok = True
    if "value" in want and unit != "date":
        if want["value"] is None:
            ok &= f.value is None
        else:
            ok &= f.value is not None and _close(float(f.value), _number(want["value"], unit))
    if "low" in want:
        ok &= _close(low, -math.inf if want["low"] is None else _number(want["low"], unit))
    if "high" in want:
        ok &= _close(high, _number(want["high"], unit))
    return ok, got


def _word_ok(got: str | None, want: object) -> bool:
    if want is None:
        return got is None
    return got is not None and str(want).lower() in got.lower()


def _qualifier_ok(got: str | None, want: object) -> bool:
    if want is None:
        return got is None
    return got is not None and " ".join(got.lower().split()) == str(want).lower()


def _check(f: Figure, want: Mapping[str, Any]) -> dict[str, tuple[bool, object, object]]:
    """Each labelled field: (correct, expected, got)."""
    result: dict[str, tuple[bool, object, object]] = {}
    nums, got = _numbers_ok(f, want)
    unit_ok = "unit" not in want or f.unit == str(want["unit"])
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


def _labels(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8")) or {}
    assert isinstance(data, dict), path
    return data


def _time_quantulum(sentences: Sequence[str]) -> float | None:
    try:
        from quantulum3 import parser  # type: ignore[import-not-found]
    except ImportError:
        return None
    t0 = time.perf_counter()
    for s in sentences:
        parser.parse(s)
    return time.perf_counter() - t0


def score(corpus_dir: Path = CORPUS, *, quantulum: bool = False) -> dict[str, Any]:
    """Extract every article of ``corpus_dir`` and score it against its labels."""
    hedges = load_hedges(HEDGES)
    report = Report()
    all_sentences: list[str] = []
    for path in sorted(corpus_dir.glob("*.txt")):
        labels = _labels(path)
        text = path.read_text(encoding="utf-8")
        article = make_article(path, text, labels)
        sentences = [s for _, s in split_sentences(text)]
        all_sentences.extend(sentences)
        t0 = time.perf_counter()
        found = find_figures(article, hedges)
        report.seconds += time.perf_counter() - t0
        report.sentences += len(sentences)
        report.articles += 1
        matched: set[int] = set()
        spans: list[tuple[int, int]] = []
        for want in labels.get("figures") or []:
            report.labelled += 1
            span = _span(text, str(want["text"]), int(want.get("occurrence", 1)))
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
                        report.misses.append(Miss(path.name, want["text"], name, "found", None))
                    continue
                tally.detected += 1
                ok, expected, got = checks.get(name, (True, None, None))
                if ok:
                    tally.correct += 1
                else:
                    report.misses.append(Miss(path.name, want["text"], name, expected, got))
        for piece in labels.get("not_figures") or []:
            report.not_figures += 1
            bad = [
                f
                for f in found
                if _overlap(f, _span(text, str(piece), 1)) > 0 and f.unit == "1" and f.counts
            ]
            report.not_figure_hits.extend((path.name, str(piece), f.text) for f in bad)
        if labels.get("complete"):
            for f in found:
                if id(f) in matched or f.unit == "date":
                    continue
                if any(_overlap(f, s) > 0 for s in spans):
                    continue
                report.tallies["detect"].false_pos += 1
                report.unlabelled.append((path.name, f.text))
    if quantulum:
        report.quantulum_seconds = _time_quantulum(all_sentences)
    return report.as_dict()


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
        f"Throughput: {result['sentences_per_second']:.0f} sentences/s "
        f"({result['seconds'] * 1000:.1f} ms for {result['sentences']} sentences)",
    ]
    q = result["quantulum_seconds"]
    if q is None:
        lines.append("quantulum3: not installed, no comparison")
    else:
        ratio = q / result["seconds"] if result["seconds"] else math.inf
        lines.append(f"quantulum3: {q * 1000:.1f} ms on the same sentences ({ratio:.1f}× slower)")
    return "\n".join(lines) + "\n"


def details(result: Mapping[str, Any]) -> str:
    lines = ["", "## Misses", ""]
    for m in result["misses"]:
        lines.append(f"- {m.article} {m.text!r} [{m.field}] expected {m.expected!r} got {m.got!r}")
    lines += ["", "## Unlabelled figures (false positives)", ""]
    lines += [f"- {a}: {t!r}" for a, t in result["unlabelled"]]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    corpus = Path(args[0]) if args else CORPUS
    result = score(corpus, quantulum=True)
    sys.stdout.write(markdown(result))
    if verbose:
        sys.stdout.write(details(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
