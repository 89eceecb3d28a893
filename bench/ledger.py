"""Benchmark: a 10,000-article corpus checked with a ledger on two cores, then again unchanged.

Generates the corpus in a temporary folder (our own template sentences, figures varied per
article), runs ``factcheck check CORPUS --ledger L --jobs 2`` as a child process, then runs
the same command on the unchanged corpus, then once more with one new article added (the
newsroom's case: a commit adds an article to a large ledger). Reports each run's wall
time and the peak RSS of the children (``resource.getrusage(RUSAGE_CHILDREN)``: the
largest of the CLI and its workers), and with ``--sizes`` each at several corpus sizes,
to show how memory grows with the corpus. Targets: first run under 60 s, second under 2 s.

    .venv/bin/python bench/ledger.py                    # 10,000 articles; print the table
    .venv/bin/python bench/ledger.py --sizes 2500,5000,10000 --results bench/results.md
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import machine

ROOT = Path(__file__).resolve().parent.parent
FACTCHECK = [sys.executable, "-m", "factcheck"]

OUTLETS = ["Harbour Desk", "The Valley Gazette", "Plains Herald", "Morning Wire", "Coast Radio"]
MONTHS = ["September", "October", "November"]
SOURCES = ["border officials", "analysts in Seoul", "a defence ministry", "satellite watchers"]


def article(i: int, rng: random.Random) -> str:
    """One short article in the habits of wire copy; every figure varies with i."""
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    troops = rng.randrange(8_000, 15_000, 500)
    barrels = rng.randrange(200_000, 1_500_000, 10_000)
    voyages = rng.randint(10, 60)
    shells = rng.randrange(1, 9) * 500_000
    pay = rng.randrange(1_000, 3_000, 100)
    source = rng.choice(SOURCES)
    return (
        f"---\ntitle: Dispatch {i}\noutlet: {rng.choice(OUTLETS)}\n"
        f"date: 2024-{MONTHS.index(month) + 9:02d}-{day:02d}\n---\n"
        f"# Dispatch {i}\n\n"
        f"According to {source}, {troops:,} North Korean soldiers have been sent to Russia. "
        f"Tankers made {voyages} voyages to the port of Rajin this year. "
        f"Trackers counted {barrels:,} barrels of oil delivered since March 2024. "
        f"North Korea is said to have shipped {shells:,} artillery shells. "
        f"Each soldier is paid ${pay:,} a month, the report adds. "
        f"The figures could not be confirmed independently.\n"
    )


def generate(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n):
        sub = folder / f"{i // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"dispatch-{i:05d}.md").write_text(article(i, rng), encoding="utf-8")


def run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS of the children so far (MiB), stderr's last lines."""
    t0 = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if done.returncode not in (0, 1):
        raise SystemExit(f"factcheck failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    mib = peak / 2**20 if sys.platform == "darwin" else peak / 1024
    return wall, mib, done.stderr


def measure(n: int, jobs: int, env: dict[str, str]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-ledger-bench-") as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        generate(corpus, n)
        ledger = str(Path(tmp) / "ledger.sqlite")
        args = [
            *FACTCHECK,
            "check",
            str(corpus),
            "--ledger",
            ledger,
            "--jobs",
            str(jobs),
            "--out",
            str(out),
            "--rules",
            str(ROOT / "rules"),
        ]
        # Each measurement in a fresh child so RUSAGE_CHILDREN is this run's peak.
        first = _in_child(args, env)
        size = sum(p.stat().st_size for p in out.iterdir())
        formats = ", ".join(sorted(p.suffix[1:] for p in out.iterdir()))
        second = _in_child(args, env)
        # The newsroom's case: one new article against the whole ledger.
        latest = corpus / "latest"
        latest.mkdir()
        (latest / "latest.md").write_text(article(n, random.Random(n)), encoding="utf-8")
        third = _in_child(args, env)
        quoted = re.search(r"\((\d+) quoted\)", third[2])
        findings = re.search(r"(\d+) finding\(s\)", first[2])
        rows += [
            (f"{n:,} articles, first run, --jobs {jobs}: wall time", f"{first[0]:.1f} s"),
            (f"{n:,} articles, first run: peak RSS (largest process)", f"{first[1]:.0f} MiB"),
            (
                f"{n:,} articles, first run: brief written",
                f"{formats}; {size / 2**20:.1f} MiB; "
                f"{findings.group(1) if findings else '?'} findings",
            ),
            (f"{n:,} articles, second run, unchanged: wall time", f"{second[0]:.2f} s"),
            (f"{n:,} articles, second run: peak RSS", f"{second[1]:.0f} MiB"),
            (
                f"one new article against the {n:,} in the ledger: wall time, peak RSS",
                f"{third[0]:.2f} s, {third[1]:.0f} MiB; "
                f"{quoted.group(1) if quoted else '?'} earlier articles quoted",
            ),
        ]
    return rows


def _in_child(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run ``args`` from a forked child, so getrusage(RUSAGE_CHILDREN) sees only this run."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        wall, mib, err = run(args, env)
        os.write(write, f"{wall}\n{mib}\n{err}".encode())
        os._exit(0)
    os.close(write)
    data = b""
    while chunk := os.read(read, 65536):
        data += chunk
    os.close(read)
    os.waitpid(pid, 0)
    wall_s, mib_s, err = data.decode().split("\n", 2)
    return float(wall_s), float(mib_s), err


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000", help="corpus sizes, comma-separated")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--results", type=Path, help="replace the ledger section of this file")
    ns = parser.parse_args()
    env = {**os.environ, "CI": "true"}  # line-oriented progress, as in CI
    rows: list[tuple[str, str]] = []
    for n in (int(s) for s in ns.sizes.split(",")):
        rows += measure(n, ns.jobs, env)
    table = "\n".join(["| Measure | Result |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])
    section = (
        "## Ledger: many articles, incremental runs (`bench/ledger.py`)\n\n"
        f"Machine: {machine()}\n\n{table}\n"
    )
    print(section)  # noqa: T201
    if ns.results:
        text = ns.results.read_text(encoding="utf-8") if ns.results.exists() else ""
        head = text.split("## Ledger:", 1)[0].rstrip()
        ns.results.write_text(f"{head}\n\n{section}" if head else section, encoding="utf-8")


if __name__ == "__main__":
    main()
