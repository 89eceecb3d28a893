"""Benchmark factcheck on examples/articles and print a Markdown table (``make bench``).

Measures CLI start-up, extraction throughput, resolve + evaluate, rendering per format and
the peak memory of a PDF run. Nothing here asserts on timing: the figures are for reading.
Run from anywhere; paths are taken from the project root. ``--out FILE`` (default
bench/results.md) also saves the output; ``--out -`` only prints it.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import io
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from score import score as score_corpus  # bench/score.py, beside this file

from factcheck.evaluate import evaluate
from factcheck.extract import find_figures, paragraph_sentences
from factcheck.ingest import load_articles
from factcheck.model import Brief
from factcheck.pipeline import build_brief
from factcheck.resolve import gather_evidence
from factcheck.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"
ONE_ARTICLE = ARTICLES / "01-oil-shipments.md"
RULES = ROOT / "rules"
Row = tuple[str, str]

WEASYPRINT_PROBE = """
import sys, tempfile
from click.testing import CliRunner
from factcheck.cli import main
with tempfile.TemporaryDirectory() as out:
    result = CliRunner().invoke(main, ["check", sys.argv[1], "--format", "json", "--out", out])
sys.stdout.write(f"{result.exit_code} {'weasyprint' in sys.modules}")
"""


def cli() -> list[str]:
    """The installed ``factcheck`` script beside this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("factcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]


def median_time(func: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_quiet(args: list[str]) -> None:
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def machine() -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    weasy = metadata.version("weasyprint")  # a dependency of factcheck
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    return (
        f"{platform.platform()}; {cpu}, {os.cpu_count()} cores; "
        f"Python {platform.python_version()}; WeasyPrint {weasy}; {today}"
    )


def startup() -> list[Row]:
    fc = cli()
    help_t = median_time(lambda: run_quiet([*fc, "--help"]), 5)
    figs_t = median_time(lambda: run_quiet([*fc, "figures", str(ONE_ARTICLE), "--json"]), 5)
    probe_args = [sys.executable, "-c", WEASYPRINT_PROBE, str(ARTICLES)]
    probe = subprocess.run(probe_args, cwd=ROOT, capture_output=True, text=True, check=True)
    code, imported = probe.stdout.split()
    answer = ("yes" if imported == "True" else "no") + ("" if code == "0" else f" (exit {code})")
    return [
        ("CLI start-up: `factcheck --help` (median of 5)", ms(help_t)),
        (f"CLI: `factcheck figures {ONE_ARTICLE.name} --json` (median of 5)", ms(figs_t)),
        ("`weasyprint` imported by `factcheck check --format json`", answer),
    ]


def extraction() -> list[Row]:
    articles = load_articles([ARTICLES])
    hedges = load_rulebook(RULES).hedges
    sentences = sum(len(paragraph_sentences(a.text)) for a in articles)
    figures = sum(len(find_figures(a, hedges)) for a in articles)  # also warms up

    def one_pass() -> None:
        for a in articles:
            find_figures(a, hedges)

    single = median_time(one_pass, 3)
    reps = max(1, math.ceil(2.0 / single))
    start = time.perf_counter()
    for _ in range(reps):
        one_pass()
    per_pass = (time.perf_counter() - start) / reps
    rows = [
        (
            f"Extraction: {len(articles)} articles, {sentences} sentences, {figures} figures",
            f"{ms(per_pass)} per pass ({reps} passes)",
        ),
        ("Extraction throughput", f"{sentences / per_pass:,.0f} sentences/s"),
        ("Extraction throughput (figures)", f"{figures / per_pass:,.0f} figures/s"),
    ]
    return rows


def corpus_extraction() -> list[Row]:
    """Throughput and F1 on the labelled corpus, and quantulum3 on the same sentences."""
    result = score_corpus(quantulum=True, passes=5)
    n, seconds = result["sentences"], result["seconds"]
    f1 = result["fields"]["value+unit+hedge"]["f1"]
    rows = [
        (
            f"Extraction on the labelled corpus: {result['articles']} articles, {n} sentences "
            "(best of 5)",
            f"{n / seconds:,.0f} sentences/s; value+unit+hedge F1 {f1:.3f}",
        )
    ]
    versus = result["versus"]
    if "skipped" in versus:
        return [*rows, ("quantulum3 on the same sentences", f"skipped: {versus['skipped']}")]
    theirs = versus["fields"]["value+unit+hedge"]["quantulum3"]["f1"]
    return [
        *rows,
        (
            f"quantulum3 {versus['version']} on the same sentences (best of 5)",
            f"{n / versus['seconds']:,.0f} sentences/s ({versus['ratio']:.1f}× slower); "
            f"value+unit+hedge F1 {theirs:.3f} on the figures that are not dates",
        ),
    ]


def resolve_evaluate() -> tuple[list[Row], Brief]:
    articles = load_articles([ARTICLES])
    rulebook = load_rulebook(RULES)
    figures = tuple(f for a in articles for f in find_figures(a, rulebook.hedges))
    resolve_t = median_time(lambda: gather_evidence(articles, figures, rulebook), 5)
    evidence = gather_evidence(articles, figures, rulebook)
    evaluate_t = median_time(lambda: evaluate(rulebook, evidence), 5)
    brief_t = median_time(lambda: build_brief(articles, rulebook), 5)
    brief = build_brief(articles, rulebook)
    return [
        (f"Resolve ({len(figures)} figures → concepts, median of 5)", ms(resolve_t)),
        (f"Evaluate ({len(brief.findings)} findings, median of 5)", ms(evaluate_t)),
        ("`build_brief` total, extraction included (median of 5)", ms(brief_t)),
    ], brief


def pdf_pages(data: bytes) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:
        return "? pages (pypdf not installed)"
    return f"{len(PdfReader(io.BytesIO(data)).pages)} pages"


def rendering(brief: Brief) -> list[Row]:
    from factcheck.render import html, json, markdown, pdf

    renderers: dict[str, Callable[..., str | bytes]] = {
        "json": json.render,
        "md": markdown.render,
        "html": html.render,
        "pdf": pdf.render,
    }
    rows: list[Row] = []
    for name, render in renderers.items():
        t = median_time(functools.partial(render, brief, locale="en"), 3)
        out = render(brief, locale="en")
        size = len(out if isinstance(out, bytes) else out.encode("utf-8"))
        extra = f", {pdf_pages(out)}" if isinstance(out, bytes) else ""
        rows.append((f"Render {name} (median of 3)", f"{ms(t)}; {size / 1024:.1f} KiB{extra}"))
    return rows


def pdf_overhead(brief: Brief) -> list[Row]:
    """Our PDF step against bare WeasyPrint laying out the very same HTML, in one run."""
    import weasyprint

    from factcheck.render import TEMPLATES_DIR, html, pdf

    page = html.render(brief, print_fonts=True)
    base = TEMPLATES_DIR.resolve().as_uri() + "/"

    def bare() -> object:
        return weasyprint.HTML(string=page, base_url=base).write_pdf()

    ours = median_time(functools.partial(pdf.render, brief, locale="en"), 3)
    plain = median_time(bare, 3)
    return [
        ("Bare WeasyPrint on the same HTML (median of 3)", ms(plain)),
        ("factcheck PDF ÷ bare WeasyPrint", f"{ours / plain:.2f}×"),
    ]


def peak_memory() -> list[Row]:
    """Max RSS of ``factcheck check examples/articles --format pdf``, as a whole process."""
    with tempfile.TemporaryDirectory() as out:
        args = [*cli(), "check", str(ARTICLES), "--format", "pdf", "--out", out]
        start = time.perf_counter()
        quiet = subprocess.DEVNULL
        proc = subprocess.Popen(args, cwd=ROOT, stdout=quiet, stderr=quiet)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    kib = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss
    note = "" if proc.returncode == 0 else f" (exit {proc.returncode})"
    return [
        ("`factcheck check --format pdf`: wall time (one run)", ms(wall) + note),
        ("`factcheck check --format pdf`: peak memory (maxrss)", f"{kib / 1024:.1f} MiB"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"), help="or '-'")
    args = parser.parse_args()
    # The labelled corpus first, in a process that has done nothing else yet: timed after
    # the other steps it read up to a third slower (a bigger heap for the collector).
    corpus = corpus_extraction()
    rows = startup() + extraction() + corpus
    brief_rows, brief = resolve_evaluate()
    rows += brief_rows + rendering(brief) + pdf_overhead(brief) + peak_memory()
    head = f"# factcheck benchmark\n\nMachine: {machine()}\n\n| Measure | Result |\n|---|---|\n"
    text = head + "".join(f"| {name} | {value} |\n" for name, value in rows)
    sys.stdout.write(text)
    if args.out != "-":
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
