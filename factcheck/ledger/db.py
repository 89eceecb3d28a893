"""The ledger's storage: one small SQL layer over SQLite (default) and PostgreSQL.

Both dialects run the same statements, written with ``?`` placeholders (rewritten to
``%s`` for psycopg) and ``INSERT … ON CONFLICT``, which both understand. Only the DDL of
the run sequence differs. The schema is versioned in ``schema_version``; migrations are
applied in order inside one write transaction, so several jobs opening a new ledger at
once create it once.

Writes are one transaction per run. SQLite runs in WAL mode with a busy timeout and takes
the write lock up front (``BEGIN IMMEDIATE``), so concurrent writers queue instead of
failing half-way; PostgreSQL relies on its transactions, unique keys and an advisory lock
around migrations.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.ledger.codec import article_from_row, article_row, figure_from_json, figure_json
from factcheck.model import Article, Figure

__all__ = ["DEFAULT_LEDGER", "Ledger", "LedgerError", "Recorded", "open_ledger"]

DEFAULT_LEDGER = ".factcheck/ledger.sqlite"
BUSY_TIMEOUT_S = 60
_CHUNK = 500  # hashes per IN (...) query
_PAGE = 2000  # figure rows per page when reading evidence
_ADVISORY_KEY = 0x66_63_6C_67  # "fclg": serialises migrations on a shared PostgreSQL ledger

_ARTICLE_COLUMNS = (
    "article_id",
    "path",
    "title",
    "outlet",
    "published",
    "date_source",
    "url",
    "language",
)


class LedgerError(FactcheckError):
    """The ledger cannot be opened, read or written."""


def _migrations(dialect: str) -> list[tuple[int, list[str]]]:
    seq = (
        "BIGSERIAL PRIMARY KEY" if dialect == "postgresql" else "INTEGER PRIMARY KEY AUTOINCREMENT"
    )
    return [
        (
            1,
            [
                """CREATE TABLE article (
                    hash TEXT PRIMARY KEY,
                    article_id TEXT NOT NULL,
                    path TEXT NOT NULL,
                    title TEXT,
                    outlet TEXT,
                    published TEXT,
                    date_source TEXT,
                    url TEXT,
                    language TEXT NOT NULL,
                    rules_digest TEXT NOT NULL,
                    figures INTEGER NOT NULL
                )""",
                """CREATE TABLE figure (
                    hash TEXT NOT NULL REFERENCES article (hash) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    concept TEXT,
                    data TEXT NOT NULL,
                    PRIMARY KEY (hash, seq)
                )""",
                "CREATE INDEX figure_concept ON figure (concept)",
                f"""CREATE TABLE run (
                    seq {seq},
                    id TEXT NOT NULL UNIQUE,
                    dated TEXT NOT NULL,
                    rules_digest TEXT NOT NULL,
                    articles TEXT NOT NULL,
                    findings TEXT NOT NULL
                )""",
                """CREATE TABLE finding (
                    run TEXT NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    check_id TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    data TEXT NOT NULL,
                    PRIMARY KEY (run, key)
                )""",
            ],
        ),
    ]


LATEST = max(v for v, _ in _migrations("sqlite"))


@dataclass(frozen=True, slots=True)
class Recorded:
    """What one run added to the ledger."""

    run: str
    new_run: bool  # False when an identical run was already recorded
    articles: int  # article rows written (others were already there)
    findings: int


def _redact(url: str) -> str:
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


def is_url(spec: str) -> bool:
    return spec.startswith(("postgresql://", "postgres://"))


class Ledger:
    """An open ledger. Use :func:`open_ledger`; close it (or use it in a ``with``)."""

    def __init__(self, conn: Any, dialect: str, where: str) -> None:
        self._conn = conn
        self.dialect = dialect
        self.where = where

    # --- plumbing -----------------------------------------------------------------------------

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _sql(self, statement: str) -> str:
        return statement.replace("?", "%s") if self.dialect == "postgresql" else statement

    def _error(self, e: Exception, doing: str) -> LedgerError:
        detail = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        return LedgerError(f"cannot {doing} the ledger ({detail})", self.where)

    def _query(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            cur = self._conn.cursor()
            cur.execute(self._sql(statement), tuple(params))
            rows: list[tuple[Any, ...]] = cur.fetchall()
            cur.close()
            return rows
        except _db_errors() as e:
            raise self._error(e, "read") from None

    @contextmanager
    def _write(self) -> Iterator[Any]:
        """One write transaction; the cursor it yields runs ``?``-style statements."""
        try:
            if self.dialect == "sqlite":
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield _Cursor(self, self._conn.cursor())
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            else:
                with self._conn.transaction():
                    yield _Cursor(self, self._conn.cursor())
        except _db_errors() as e:
            raise self._error(e, "write to") from None

    def migrate(self) -> None:
        with self._write() as cur:
            if self.dialect == "postgresql":  # before any DDL: concurrent creators queue here
                cur.execute("SELECT pg_advisory_xact_lock(?)", (_ADVISORY_KEY,))
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER PRIMARY KEY, note TEXT NOT NULL)"
            )
            cur.execute("SELECT max(version) FROM schema_version")
            have = cur.fetchone()[0] or 0
            if have > LATEST:
                raise LedgerError(
                    f"the ledger has schema version {have}, newer than this factcheck knows "
                    f"({LATEST})",
                    self.where,
                    hint="upgrade factcheck",
                )
            for version, statements in _migrations(self.dialect):
                if version <= have:
                    continue
                for statement in statements:
                    cur.execute(statement)
                cur.execute(
                    "INSERT INTO schema_version (version, note) VALUES (?, ?)",
                    (version, f"factcheck ledger schema {version}"),
                )

    # --- reading ------------------------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self._query("SELECT max(version) FROM schema_version")[0][0] or 0)

    def known(self, hashes: Sequence[str]) -> dict[str, str]:
        """Of these file hashes, the ones in the ledger, each with its rules digest."""
        found: dict[str, str] = {}
        for i in range(0, len(hashes), _CHUNK):
            chunk = hashes[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for h, digest in self._query(
                f"SELECT hash, rules_digest FROM article WHERE hash IN ({marks})", chunk
            ):
                found[h] = digest
        return found

    def evidence(
        self, concepts: Iterable[str], *, exclude: Iterable[str] = (), rules_digest: str = ""
    ) -> Iterator[tuple[Figure, bool, Article]]:
        """Earlier figures for these concepts, each with its article (text-free), row by row.

        Figures recorded under other rules are given whatever their concept, flagged True,
        so the caller matches them again. ``exclude``: file hashes left out. The rows are
        read a page at a time (by key, so each page is one index seek), so a ledger of any
        size is held against a new article in the memory of one page.
        """
        wanted = sorted(set(concepts))
        skip = set(exclude)
        marks = ",".join("?" * len(wanted)) or "NULL"
        cols = ", ".join(f"a.{c}" for c in _ARTICLE_COLUMNS)
        statement = (
            f"SELECT f.hash, f.seq, f.data, a.rules_digest <> ?, {cols} FROM figure f "
            "JOIN article a ON a.hash = f.hash "
            f"WHERE (f.concept IN ({marks}) OR a.rules_digest <> ?) "
            "AND (f.hash > ? OR (f.hash = ? AND f.seq > ?)) "
            f"ORDER BY f.hash, f.seq LIMIT {_PAGE}"
        )
        after: tuple[str, int] = ("", -1)
        article: Article | None = None
        article_hash = ""
        while True:
            rows = self._query(
                statement, (rules_digest, *wanted, rules_digest, after[0], after[0], after[1])
            )
            for h, seq, data, stale, *meta in rows:
                after = (h, seq)
                if h in skip:
                    continue
                if article is None or h != article_hash:  # rows come article by article
                    article = article_from_row(dict(zip(_ARTICLE_COLUMNS, meta, strict=True)))
                    article_hash = h
                yield figure_from_json(json.loads(data)), bool(stale), article
            if len(rows) < _PAGE:
                return

    def last_run(self) -> tuple[str, list[dict[str, Any]]] | None:
        """The id and findings (as brief.json has them) of the latest run recorded."""
        rows = self._query("SELECT id, findings FROM run ORDER BY seq DESC LIMIT 1")
        if not rows:
            return None
        return str(rows[0][0]), json.loads(rows[0][1])

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, figures, runs, findings."""
        return {
            table: int(self._query(f"SELECT count(*) FROM {table}")[0][0])
            for table in ("article", "figure", "run", "finding")
        }

    # --- writing ------------------------------------------------------------------------------

    def record(
        self,
        *,
        run_id: str,
        dated: str,
        rules_digest: str,
        articles: Iterable[tuple[str, Article, Sequence[Figure]]],
        checked: Sequence[str],
        findings: Sequence[tuple[str, dict[str, Any]]],
    ) -> Recorded:
        """Store the new articles with their figures, and the run with its findings.

        ``articles``: (file hash, article, figures) of the articles read in this run;
        ``checked``: the file hashes the run covered; ``findings``: (key, brief.json
        finding). All in one transaction: a run is recorded whole or not at all.
        """
        written = 0
        cols = ", ".join(("hash", *_ARTICLE_COLUMNS, "rules_digest", "figures"))
        marks = ",".join("?" * (len(_ARTICLE_COLUMNS) + 3))
        with self._write() as cur:
            for h, article, figs in articles:
                cur.execute("SELECT rules_digest FROM article WHERE hash = ?", (h,))
                row = cur.fetchone()
                if row is not None and row[0] == rules_digest:
                    continue  # another run recorded it meanwhile
                meta = article_row(article)
                values = (h, *(meta[c] for c in _ARTICLE_COLUMNS), rules_digest, len(figs))
                if row is not None:
                    cur.execute("DELETE FROM figure WHERE hash = ?", (h,))
                    sets = ", ".join(f"{c} = ?" for c in (*_ARTICLE_COLUMNS, "rules_digest"))
                    cur.execute(
                        f"UPDATE article SET {sets}, figures = ? WHERE hash = ?",
                        (*values[1:], h),
                    )
                else:
                    cur.execute(
                        f"INSERT INTO article ({cols}) VALUES ({marks}) "
                        "ON CONFLICT (hash) DO NOTHING",
                        values,
                    )
                cur.executemany(
                    "INSERT INTO figure (hash, seq, concept, data) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (hash, seq) DO NOTHING",
                    [
                        (h, i, f.concept, json.dumps(figure_json(f), ensure_ascii=False))
                        for i, f in enumerate(figs)
                    ],
                )
                written += 1
            cur.execute("SELECT 1 FROM run WHERE id = ?", (run_id,))
            new_run = cur.fetchone() is None
            if new_run:
                cur.execute(
                    "INSERT INTO run (id, dated, rules_digest, articles, findings) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                    (
                        run_id,
                        dated,
                        rules_digest,
                        json.dumps(sorted(checked)),
                        json.dumps([f for _, f in findings], ensure_ascii=False),
                    ),
                )
                cur.executemany(
                    "INSERT INTO finding (run, key, check_id, verdict, data) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (run, key) DO NOTHING",
                    [
                        (run_id, key, f["check"], f["verdict"], json.dumps(f, ensure_ascii=False))
                        for key, f in findings
                    ],
                )
        return Recorded(run_id, new_run, written, len(findings) if new_run else 0)


class _Cursor:
    """A cursor that takes ``?`` placeholders on both dialects."""

    def __init__(self, ledger: Ledger, cur: Any) -> None:
        self._ledger = ledger
        self._cur = cur

    def execute(self, statement: str, params: Sequence[Any] = ()) -> None:
        self._cur.execute(self._ledger._sql(statement), tuple(params))

    def executemany(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._cur.executemany(self._ledger._sql(statement), rows)

    def fetchone(self) -> Any:
        return self._cur.fetchone()


def _db_errors() -> tuple[type[Exception], ...]:
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    try:
        import psycopg
    except ImportError:
        return errors
    return (*errors, psycopg.Error)


def open_ledger(spec: str) -> Ledger:
    """Open (creating and migrating as needed) the ledger at a path or a PostgreSQL URL."""
    if is_url(spec):
        where = _redact(spec)
        try:
            import psycopg
        except ImportError:
            raise LedgerError(
                "a PostgreSQL ledger needs psycopg",
                where,
                hint="pip install 'factcheck[postgres]'",
            ) from None
        try:
            conn: Any = psycopg.connect(spec, autocommit=True, connect_timeout=10)
        except psycopg.Error as e:
            detail = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise LedgerError(
                f"cannot connect to the ledger ({detail})",
                where,
                hint="check the URL, and that the server is running",
            ) from None
        ledger = Ledger(conn, "postgresql", where)
    else:
        path = Path(spec)
        if path.is_dir():
            raise LedgerError(
                "the ledger is a directory", spec, hint="give a file, e.g. ledger.sqlite"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise LedgerError(f"cannot open the ledger ({e})", spec) from None
        ledger = Ledger(conn, "sqlite", spec)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as e:
            conn.close()
            raise LedgerError(
                f"cannot open the ledger ({e})",
                spec,
                hint="give a new file name, or the path of a factcheck ledger",
            ) from None
    try:
        ledger.migrate()
    except BaseException:
        ledger.close()
        raise
    return ledger
