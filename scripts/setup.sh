#!/usr/bin/env bash
# Set up what factcheck needs on this machine: the system libraries WeasyPrint loads
# (Pango, HarfBuzz's subsetter), then a virtual environment in .venv with the project
# installed. Safe to run again: it does only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# apt_install WHY PACKAGE...: install Debian packages as root, or through sudo; fails
# (returning 1) where neither is possible.
apt_install() {
    local why=$1
    shift
    if [ "$(id -u)" = 0 ]; then
        echo "setup: installing $* ($why)" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        echo "setup: installing $* ($why; sudo)" >&2
        sudo apt-get update -qq >/dev/null
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    else
        return 1
    fi
}

need_libs() {
    # WeasyPrint needs Pango (which brings GObject and HarfBuzz) at import time.
    ! ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' ||
    ! ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so.0'
}

if need_libs; then
    packages="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"
    if ! apt_install "for WeasyPrint" $packages; then
        echo "setup: error: WeasyPrint needs $packages; install them (apt-get install $packages) and run again" >&2
        exit 2
    fi
fi

# The bundled DejaVu fonts cover Latin and Cyrillic; a Korean name quoted in an article
# needs a Hangul font, which the PDF renderer finds through fontconfig.
if ! { [ -f /usr/share/fonts/truetype/nanum/NanumGothic.ttf ] || fc-list :lang=ko 2>/dev/null | grep -q .; }; then
    apt_install "a Hangul font for Korean names in the PDF" fonts-nanum ||
        echo "setup: warning: no Korean font; Korean names in a PDF brief show as boxes (apt-get install fonts-nanum)" >&2
fi

# The ledger tests start a PostgreSQL server of their own (initdb, pg_ctl); install it
# where it is missing. Without it those tests skip locally and fail in CI, saying why.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    apt_install "for the ledger tests" postgresql ||
        echo "setup: warning: postgresql is not installed; the PostgreSQL ledger tests will skip" >&2
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
