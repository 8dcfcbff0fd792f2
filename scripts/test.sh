#!/usr/bin/env bash
# Runs every Ballast test: the suite on SQLite, the same suite on a throwaway PostgreSQL, the benchmark
# suite's smoke run on both (one lane, counted as one test), then the browser journeys in headless
# Chromium. Installs what a fresh Debian machine lacks. Prints one closing line "N passed, N failed"
# and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null || { echo "install failed"; exit 1; }
fi

echo "== build"
dotnet tool restore >/dev/null
dotnet build Ballast.slnx -c Release -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

run() { # lane, project, extra env…
  local lane=$1 project=$2; shift 2
  echo "== $lane"
  env "$@" dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$lane.trx" --results-directory "$results" 2>&1 | tee "$results/$lane.log" | grep -E -A2 "^\s+Failed |Error Message|Passed!|Failed!|error" || true
}

run sqlite tests/Ballast.Tests BALLAST_TEST_PROVIDER=sqlite

# A throwaway PostgreSQL cluster, started for this run and stopped at the end.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA=$(mktemp -d /tmp/ballast-pg-XXXXXX); PGPORT=${BALLAST_PG_PORT:-55432}
chown postgres:postgres "$PGDATA"; chmod 700 "$PGDATA"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c max_connections=300" start >/dev/null
trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1; rm -rf "$PGDATA"' EXIT
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE ROLE ballast LOGIN PASSWORD 'ballast' CREATEDB" >/dev/null

run postgres tests/Ballast.Tests BALLAST_TEST_PROVIDER=postgres \
  "BALLAST_TEST_PG=Host=127.0.0.1;Port=$PGPORT;Username=ballast;Password=ballast"

# The benchmark suite at the tiny scale on both engines, as a smoke check (about a minute per engine): the lane
# fails when a request the runner makes fails (a status other than 200, a refused import, a dead server),
# never on timings.
echo "== bench"
bench=failed
BALLAST_BENCH_PG="Host=127.0.0.1;Port=$PGPORT;Username=ballast;Password=ballast" timeout 600 \
  dotnet run -c Release --no-build --project bench/Ballast.Bench -- run --engine both --scale tiny \
  --duration 1 --clients 4 --samples 3 --repeat 1 --out "$results/bench" >"$results/bench.log" 2>&1 && bench=passed
grep -E "FAILED|^results in" "$results/bench.log" || true

if [ -d tests/Ballast.BrowserTests ]; then
  run browser tests/Ballast.BrowserTests BALLAST_TEST_PROVIDER=sqlite
fi

# Count from the result files, so a lane that crashed before reporting counts as a failure.
passed=0; failed=0
for lane in sqlite postgres browser; do
  [ "$lane" = browser ] && [ ! -d tests/Ballast.BrowserTests ] && continue
  trx="$results/$lane.trx"
  if [ ! -f "$trx" ]; then failed=$((failed + 1)); echo "lane $lane produced no results"; continue; fi
  p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*'); f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
  t=$(grep -o 'total="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
  echo "lane $lane: $p passed, $f failed (of $t)"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  [ "${t:-0}" -gt 0 ] || failed=$((failed + 1))
done
echo "lane bench: $bench (log: $results/bench.log)"
if [ "$bench" = passed ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
