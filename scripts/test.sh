#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine (as root), starts a throwaway
# PostgreSQL server, and runs the whole suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=0
command -v chromium >/dev/null 2>&1 || need_apt=1
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt=1
if [ "$need_apt" = 1 ]; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium postgresql
fi
python3 -m pip install -q -r requirements-dev.txt

eval "$(bash scripts/start-postgres.sh)"
export APPRAISAL_TEST_PG_URL
python3 -m pytest -q "$@"
