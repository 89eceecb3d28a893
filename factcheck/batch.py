"""``factcheck check`` with a ledger, ``--since`` or ``--jobs``: many articles, incrementally.

1. List the article files (``--since REF``: only those git says were added or changed).
2. Hash each file; the ledger answers which it already holds (same bytes, same rules):
   those are not read again.
3. Read and extract the rest across ``--jobs`` processes, in chunks; each worker returns
   an article without its text and its figures, matched to concepts. The parent never
   holds an article's text; each article's figures go to a spool on disk
   (:mod:`factcheck.spool`) as they arrive.
4. Hold them against the ledger's figures for the concepts the checks use, read a page
   at a time, counting a relayed origin once. Only the figures that can decide a verdict
   are kept in memory (:class:`~factcheck.ledger.history.Deciding`): always the
   ledger's, and the new articles' too above :data:`BIG_BRIEF` of them, where each
   finding then says what it was held against. Evaluate, and note the figures that
   changed since the last report (:mod:`factcheck.ledger.history`).
5. Render the brief (the new articles, and the earlier ones whose figures a finding
   quotes; the appendix read back from the spool); above :data:`BIG_BRIEF` articles only
   JSON and Markdown unless ``--format`` asks for more. Then record the articles, figures
   and the run in the ledger, in one transaction.

With nothing new to read the run stops after step 2: nothing is evaluated or written.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import multiprocessing
import os
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO

from factcheck import __version__, i18n
from factcheck.errors import ArticleError, FactcheckError
from factcheck.extract import find_figures
from factcheck.ingest import ARTICLE_SUFFIXES, load_article
from factcheck.ledger.codec import file_hash
from factcheck.ledger.history import Deciding, changed_since_last_report, origin, relays
from factcheck.model import Article, Brief, Figure, Finding, Verdict
from factcheck.resolve import Evidence, match_concept
from factcheck.rulebook import Rulebook, load_rulebook
from factcheck.spool import Joined, Spool

__all__ = ["BIG_BRIEF", "Batch", "Progress", "article_files", "run_batch"]

BIG_BRIEF = 100  # above this many articles, PDF and HTML only when --format asks for them


@dataclass(frozen=True, slots=True)
class Batch:
    """What a batch run did. ``brief`` is None when there was nothing new to check."""

    brief: Brief | None
    written: tuple[Path, ...]
    files: int  # article files considered (after --since)
    known: int  # of those, already in the ledger
    read: int  # read and extracted in this run
    evidence: int  # earlier articles whose figures were held against the new ones
    run_id: str | None = None
    skipped_formats: tuple[str, ...] = ()
    quoted: int = 0  # of the earlier articles, those the brief quotes (their figures decide)

    def count(self, verdict: Verdict) -> int:
        return 0 if self.brief is None else sum(f.verdict is verdict for f in self.brief.findings)


class Progress:
    """A progress bar on a terminal; a line every tenth of the way in CI or a log."""

    def __init__(self, stream: TextIO | None = None, *, bar: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if bar is None:
            ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
            bar = not ci and self.stream.isatty()
        self.bar = bar
        self.total = 0
        self.done = 0
        self._what = ""
        self._t0 = 0.0
        self._next_line = 0

    def start(self, total: int, what: str) -> None:
        self.total, self.done, self._what = total, 0, what
        self._t0 = time.monotonic()
        self._next_line = max(1, total // 10)
        self._draw()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.bar or self.done >= self._next_line or self.done == self.total:
            self._draw()
            while self._next_line <= self.done:
                self._next_line += max(1, self.total // 10)

    def finish(self) -> None:
        if self.bar and self.total:
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self) -> None:
        if not self.total:
            return
        elapsed = time.monotonic() - self._t0
        if self.bar:
            width = 30
            filled = width * self.done // self.total
            self.stream.write(
                f"\r{self._what} [{'#' * filled}{'.' * (width - filled)}] "
                f"{self.done}/{self.total} {elapsed:.0f}s"
            )
        elif self.done:
            self.stream.write(f"{self._what}: {self.done}/{self.total} ({elapsed:.1f}s)\n")
        self.stream.flush()


# --- listing and reading --------------------------------------------------------------------


def article_files(paths: Sequence[Path]) -> list[Path]:
    """The article files named or found under ``paths`` (as :func:`load_articles` finds them)."""
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            if not path.is_file():
                load_article(path)  # raises the one-line error for a missing file
            files.append(path)
            continue
        found = False
        for p in path.rglob("*"):
            if (
                p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.is_file()
            ):
                files.append(p)
                found = True
        if not found:
            raise ArticleError(
                "no articles found in directory",
                str(path),
                hint="put articles in it: give .txt, .md, .markdown, .html or .htm files",
            )
    return sorted(dict.fromkeys(files))


class _Failed(FactcheckError):
    """An error a worker reported, already formatted as its one line."""

    def __init__(self, line: str) -> None:
        super().__init__(line)
        self.formatted = line

    def format(self) -> str:
        return self.formatted


_worker_rulebook: Rulebook | None = None
_worker_date: datetime.date | None = None


def _init_worker(rules: Sequence[str], language: str, date: str | None) -> None:
    global _worker_rulebook, _worker_date
    _worker_rulebook = load_rulebook([Path(r) for r in rules]).localized(language)
    _worker_date = datetime.date.fromisoformat(date) if date else None


_Read = tuple[str, Article, tuple[Figure, ...]] | tuple[str, str]


def _read(item: tuple[str, str]) -> _Read:
    """One article: (hash, text-free article, figures matched to concepts), or (hash, error)."""
    path, digest = item
    assert _worker_rulebook is not None
    rulebook = _worker_rulebook
    try:
        article = load_article(Path(path), date=_worker_date)
        figures = tuple(
            replace(f, concept=match_concept(f, rulebook.concepts))
            for f in find_figures(article, rulebook.hedges)
        )
    except FactcheckError as e:
        return digest, e.format()
    return digest, replace(article, text=""), figures


def _read_all(
    todo: Sequence[tuple[str, str]],
    *,
    rules: Sequence[Path],
    language: str,
    date: datetime.date | None,
    jobs: int,
    progress: Progress,
) -> Iterator[tuple[str, Article, tuple[Figure, ...]]]:
    init = ([str(r) for r in rules], language, date.isoformat() if date else None)
    progress.start(len(todo), "reading articles")
    try:
        if jobs <= 1 or len(todo) < 8:
            _init_worker(*init)
            results: Iterator[_Read] = map(_read, todo)
            yield from _checked(results, progress)
            return
        chunk = max(1, min(64, len(todo) // (jobs * 8)))
        context = multiprocessing.get_context("spawn")
        with context.Pool(jobs, initializer=_init_worker, initargs=init) as pool:
            yield from _checked(pool.imap(_read, todo, chunksize=chunk), progress)
    finally:
        progress.finish()


def _checked(
    results: Iterator[_Read], progress: Progress
) -> Iterator[tuple[str, Article, tuple[Figure, ...]]]:
    for result in results:
        progress.advance()
        if len(result) == 2:
            raise _Failed(str(result[1]))
        yield result


# --- the run --------------------------------------------------------------------------------


def _concepts_used(rulebook: Rulebook) -> set[str]:
    return {i.concept for c in rulebook.checks for i in c.inputs if i.concept}


def _run_id(digest: str, checked: Sequence[str], rulebook: Rulebook, language: str) -> str:
    h = hashlib.sha256()
    for part in (digest, language, *sorted(c.id for c in rulebook.checks), *sorted(checked)):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


_ORDER = {Verdict.INCONSISTENT: 0, Verdict.UNVERIFIED: 1, Verdict.CONSISTENT: 2}


def run_batch(
    paths: Sequence[Path],
    *,
    rules_dir: Sequence[Path],
    out_dir: Path,
    formats: Sequence[str],
    formats_chosen: bool = False,
    ledger: str | None = None,
    since: str | None = None,
    jobs: int | None = None,
    date: datetime.date | None = None,
    title: str | None = None,
    language: str = "en",
    checks: Sequence[str] = (),
    tags: Sequence[str] = (),
    reviews: Path | None = None,
    paper: str = "A4",
    previous: Sequence[Mapping[str, Any]] | None = None,
    previous_name: str | None = None,
    tagged: bool = False,
    progress: Progress | None = None,
) -> Batch:
    """Check the new articles under ``paths`` against the ledger; see the module's doc."""
    from factcheck.ledger import open_ledger
    from factcheck.ledger.gitdiff import changed_since

    progress = progress or Progress()
    full = load_rulebook(rules_dir)
    rulebook = full.select(checks, tags)
    files = article_files(paths)
    if since is not None:
        changed = {p.resolve() for p in changed_since(since, paths)}
        files = [f for f in files if f.resolve() in changed]
    hashes = {f: file_hash(f) for f in files}
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(open_ledger(ledger)) if ledger else None
        known = store.known(list(dict.fromkeys(hashes.values()))) if store else {}
        todo: dict[str, str] = {}  # hash → path, first path of each content
        for f, h in hashes.items():
            if known.get(h) != full.digest:
                todo.setdefault(h, str(f))
        if not todo:
            return Batch(None, (), len(files), len(files), 0, 0)
        spool = Spool()  # the brief reads its appendix from it: it goes when the brief does
        wanted = _concepts_used(rulebook)
        localized = full.localized(language)
        # Above BIG_BRIEF new articles their figures are pruned like the ledger's: the
        # findings quote those that decide the verdict; the appendix still lists all.
        pool = _Pool(localized, prune_new=len(todo) > BIG_BRIEF)
        new_articles: dict[str, Article] = {}
        checked: list[str] = []  # their file hashes, for the ledger's run
        for h, article, figs in _read_all(
            [(p, h) for h, p in todo.items()],
            rules=rules_dir,
            language=language,
            date=date,
            jobs=jobs or os.cpu_count() or 1,
            progress=progress,
        ):
            if article.id in new_articles:  # the same text under two names counts once
                continue
            new_articles[article.id] = article
            checked.append(h)
            spool.append((h, article, figs))
            for fig in figs:
                # a new figure citing an origin may be a relay of any concept's figure
                if fig.concept in wanted or (fig.concept and origin(fig)):
                    pool.add(fig, article, new=True)
        if store:
            for fig, stale, article in store.evidence(
                wanted, exclude=todo.keys(), rules_digest=full.digest
            ):
                if fig.article_id in new_articles:
                    continue
                if stale:
                    fig = replace(fig, concept=match_concept(fig, localized.concepts))
                if fig.concept in wanted:
                    pool.add(fig, article, new=False)
        brief = _brief(
            rulebook,
            pool,
            new_articles,
            spool.figures,
            title=title,
            language=language,
            paper=paper,
        )
        if reviews is not None:
            from factcheck.reviews import apply_reviews, load_reviews

            decided = load_reviews(reviews, [c.id for c in full.checks])
            brief = replace(brief, findings=apply_reviews(brief.findings, decided))
        from factcheck.ci.changes import changes, finding_key
        from factcheck.render.json import findings_to_json

        current = findings_to_json(brief, locale=language)
        last = store.last_run() if store else None
        if previous is None and last is not None:
            previous, previous_name = last[1], f"ledger run {last[0]}"
        if previous is not None:
            found = changes(previous, current, against=previous_name)
            brief = replace(brief, changes=found.to_json())
        chosen = tuple(formats)
        skipped: tuple[str, ...] = ()
        if not formats_chosen and len(brief.articles) > BIG_BRIEF:
            skipped = tuple(f for f in chosen if f in ("pdf", "html"))
            chosen = tuple(f for f in chosen if f not in skipped) or ("json",)
        from factcheck.render import write_all

        written = write_all(brief, out_dir, chosen, locale=language, tagged=tagged)
        run_id = None
        if store:
            run_id = _run_id(full.digest, checked, rulebook, language)
            store.record(
                run_id=run_id,
                dated=brief.generated_at.isoformat(),
                rules_digest=full.digest,
                articles=spool,
                checked=checked,
                findings=[(finding_key(f, current), f) for f in current],
            )
        used = {a.id for a in brief.articles} - new_articles.keys()
        return Batch(
            brief,
            tuple(written),
            len(files),
            len(files) - len(todo),
            len(new_articles),
            pool.earlier_sources,
            run_id,
            skipped,
            quoted=len(used),
        )


class _Pool:
    """The figures a run holds against its checks, the new articles' and the ledger's.

    The ledger's are pruned to those that can decide a verdict as they are read
    (:class:`~factcheck.ledger.history.Deciding`), and so are the new ones with
    ``prune_new``; figures that cite an origin are all kept, since :func:`relays` needs
    every one of them. Per concept it counts what was held, for the findings to say.
    """

    def __init__(self, rulebook: Rulebook, *, prune_new: bool) -> None:
        self.new = Deciding(rulebook) if prune_new else None
        self.new_all: list[Figure] = []
        self.earlier = Deciding(rulebook)
        self.citing: list[Figure] = []
        self.citing_articles: dict[str, Article] = {}
        # Counts, not sets of ids: an article's figures come one after the other (the
        # workers return an article whole; the ledger gives them ordered by article).
        self._checks: dict[str, list[str]] = {}  # concept → the checks that use it
        for check in rulebook.checks:
            for concept in {i.concept for i in check.inputs if i.concept}:
                self._checks.setdefault(concept, []).append(check.id)
        self.held: dict[str, int] = {}  # figures per check
        self.sources: dict[str, int] = {}  # articles per check
        self._last: dict[str, str] = {}  # per check, the article of its last figure
        self.earlier_sources = 0  # earlier articles whose figures were held against
        self._last_earlier = ""

    def add(self, f: Figure, article: Article, *, new: bool) -> None:
        for check_id in self._checks.get(f.concept or "", ()):
            self.held[check_id] = self.held.get(check_id, 0) + 1
            if self._last.get(check_id) != f.article_id:
                self._last[check_id] = f.article_id
                self.sources[check_id] = self.sources.get(check_id, 0) + 1
        if not new and f.article_id != self._last_earlier:
            self._last_earlier = f.article_id
            self.earlier_sources += 1
        if origin(f):
            self.citing.append(f)
            self.citing_articles.setdefault(f.article_id, article)
        else:
            self.route(f, article, new=new)

    def route(self, f: Figure, article: Article | None, *, new: bool) -> None:
        if not new:
            self.earlier.add(f, article)
        elif self.new is None:
            self.new_all.append(f)
        else:
            self.new.add(f, article)

    def new_figures(self) -> list[Figure]:
        return self.new_all if self.new is None else self.new.figures()

    def held_against(self, finding: Finding) -> tuple[int, int] | None:
        """(figures, articles) a check's finding was held against, when it quotes fewer."""
        n = self.held.get(finding.check_id, 0)
        if n <= len(finding.figures):
            return None
        return n, self.sources.get(finding.check_id, 0)


def _brief(
    rulebook: Rulebook,
    pool: _Pool,
    new_articles: Mapping[str, Article],
    appendix: Sequence[Figure],
    *,
    title: str | None,
    language: str,
    paper: str,
) -> Brief:
    from factcheck.evaluate import evaluate
    from factcheck.pipeline import brief_time

    with i18n.using(language):
        local = rulebook.localized(language)
        lookup = {**pool.citing_articles, **new_articles}
        kept, relayed = relays(local, pool.citing, lookup, new_ids=frozenset(new_articles))
        for f in kept:
            pool.route(f, lookup.get(f.article_id), new=f.article_id in new_articles)
        new_figures = pool.new_figures()
        earlier = pool.earlier.figures()
        articles = {**pool.earlier.articles(), **pool.citing_articles, **new_articles}
        # Every earlier figure was held against the new ones, but only those that can
        # decide a verdict are evidence: the brief stays the size of the new articles.
        by_concept: dict[str, list[Figure]] = {}
        for f in (*new_figures, *earlier):
            if f.concept:
                by_concept.setdefault(f.concept, []).append(f)
        evidence = Evidence(
            figures=(),
            by_concept={k: tuple(v) for k, v in by_concept.items()},
            references={r.id: r for r in local.references},
            articles=articles,
        )
        found: list[Finding] = [
            replace(f, held_against=pool.held_against(f)) for f in evaluate(local, evidence)
        ]
        found += changed_since_last_report(local, new_figures, earlier, articles)
        found += relayed
        default_title = i18n._("Fact-check brief")
    findings = tuple(sorted(found, key=lambda f: _ORDER[f.verdict]))
    used = {fig.article_id for f in findings for fig in f.figures} - set(new_articles)
    shown = [*new_articles.values(), *(articles[a] for a in sorted(used) if a in articles)]
    quoted = sorted(
        {fig.key: fig for f in findings for fig in f.figures if fig.article_id in used}.values(),
        key=lambda fig: (fig.article_id, fig.start),
    )
    return Brief(
        title=title or default_title,
        generated_at=brief_time(shown),
        language=language,
        articles=tuple(shown),
        figures=Joined(appendix, quoted) if quoted else appendix,
        findings=findings,
        rules=rulebook.root,
        version=__version__,
        rules_digest=rulebook.digest,
        hedges=rulebook.hedges,
        paper=paper,
    )
