"""A real PostgreSQL server for the ledger tests, started and stopped by the tests.

The server runs from a temporary data folder with a Unix socket in a temporary folder and
no TCP listener. initdb refuses to run as root, so as root it runs as ``nobody`` (through
``runuser``). Where the server cannot be started the tests that need it fail with the
reason in CI (``CI=true``) and are skipped with the reason elsewhere.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = ["ledger_spec", "postgres_server"]

PG_BIN_DIRS = [Path(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]


def _bin(name: str) -> str | None:
    for folder in PG_BIN_DIRS:
        if (folder / name).is_file():
            return str(folder / name)
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL server for the ledger tests: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL server for the ledger tests: {reason}")


class Server:
    def __init__(self, socket_dir: Path, port: int) -> None:
        self.socket_dir = socket_dir
        self.port = port

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://factcheck@/{database}?host={self.socket_dir}&port={self.port}"

    def new_database(self) -> str:
        import psycopg

        name = "ledger_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        _unavailable("initdb and pg_ctl not found (scripts/setup.sh installs postgresql)")
    assert initdb
    assert pg_ctl
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[dev]')")
    root = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if not runuser:
            _unavailable("running as root and runuser is missing, so initdb cannot run")
        assert runuser
        prefix = [runuser, "-u", "nobody", "--"]
        root.chmod(0o755)
        shutil.chown(root, "nobody")
        shutil.chown(sockets, "nobody")
    port = _free_port()
    log = root / "server.log"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*prefix, *args], capture_output=True, text=True, check=False, timeout=120
        )

    init = run(initdb, "-D", str(data), "-U", "factcheck", "--auth=trust", "-E", "UTF8")
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(f"initdb failed: {init.stderr.strip()[-300:]}")
    options = f"-k {sockets} -p {port} -c listen_addresses='' -c fsync=off"
    start = run(pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "start")
    if start.returncode != 0:
        text = log.read_text(errors="replace")[-300:] if log.exists() else start.stderr
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(f"pg_ctl start failed: {text.strip()}")
    try:
        yield Server(sockets, port)
    finally:
        run(pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_spec(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty ledger: a SQLite file, or a fresh database on the test server."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger" / "ledger.sqlite")
    server: Server = request.getfixturevalue("postgres_server")
    return server.new_database()
