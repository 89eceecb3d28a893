#!/usr/bin/env bash
# Set up what factcheck needs on this machine: the system libraries WeasyPrint loads
# (Pango, HarfBuzz's subsetter), then a virtual environment in .venv with the project
# installed. Safe to run again: it does only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_libs() {
    # WeasyPrint needs Pango (which brings GObject and HarfBuzz) at import time.
    ! ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' ||
    ! ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so.0'
}

if need_libs; then
    packages="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"
    if [ "$(id -u)" = 0 ]; then
        echo "setup: installing $packages" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq --no-install-recommends $packages >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        echo "setup: installing $packages (sudo)" >&2
        sudo apt-get update -qq >/dev/null
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
    else
        echo "setup: error: WeasyPrint needs $packages; install them (apt-get install $packages) and run again" >&2
        exit 2
    fi
fi

# The ledger tests start a PostgreSQL server of their own (initdb, pg_ctl); install it
# where it is missing. Without it those tests skip locally and fail in CI, saying why.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        echo "setup: installing postgresql (for the ledger tests)" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        echo "setup: installing postgresql (for the ledger tests; sudo)" >&2
        sudo apt-get update -qq >/dev/null
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    else
        echo "setup: warning: postgresql is not installed; the PostgreSQL ledger tests will skip" >&2
    fi
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "setup: error: factcheck needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
    exit 2
fi
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
stamp=.venv/.factcheck-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
    .venv/bin/python -m pip install -q -e '.[dev]' 2>&1 | grep -v '^WARNING: Location' || true
    .venv/bin/python -c 'import factcheck, weasyprint' >/dev/null
    touch "$stamp"
fi
