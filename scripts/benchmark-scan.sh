#!/usr/bin/env bash
# The scan benchmark (issue: rule engine speed). Builds a demo registry of 1.2 million citizens
# (once, kept in build/bench/), loads the same campaign into a temporary PostgreSQL server, and
# reports in one run the whole scan's wall time and peak memory on SQLite and on PostgreSQL, next
# to a plain one-query-per-rule SQL baseline (tests/benchmark/baseline-*.sql) on the same data.
#   scripts/benchmark-scan.sh [CITIZENS]        (after scripts/signwatch-dev.sh has built once)
# SIGNWATCH_BENCH_RUNS (default 5) runs of each scan, reported as best and median (the machine's
# speed varies from minute to minute); SIGNWATCH_BENCH_SKIP_BASELINE=1 leaves the slow baselines out;
# SIGNWATCH_BENCH_LIMIT (default 900) stops a run after that many seconds.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
citizens="${1:-1200000}"
as_of=2024-08-01T00:00:00Z
cli="$here/build/bin/signwatch-cli"
[ -x "$cli" ] || { echo "build first: scripts/signwatch-dev.sh test (or run)" >&2; exit 2; }
mkdir -p build/bench
db="build/bench/demo-$citizens.sqlite"
if [ ! -f "$db" ]; then
  echo "== demo registry: $citizens citizens into $db"
  "$cli" demo --citizens "$citizens" --seed 2023 --out "sqlite:$db" 2>/dev/null
fi

. "$here/scripts/temp-postgres.sh"
# autovacuum off: the VACUUM below does its work at once, and nothing runs beside the scans.
TEMP_PG_OPTIONS="-c shared_buffers=1GB -c work_mem=64MB -c max_parallel_workers_per_gather=2 -c autovacuum=off" \
  start_temp_postgres
psql "$TEMP_PG_URL" -qc "CREATE DATABASE bench" >/dev/null
pg_url="${TEMP_PG_URL%/postgres}/bench"
echo "== demo registry: $citizens citizens into PostgreSQL"
"$cli" demo --citizens "$citizens" --seed 2023 --out "$pg_url" 2>/dev/null
# A registry in service has been vacuumed by autovacuum long since; a freshly loaded one has not,
# and its index-only scans would still read the table for every row. (Measured here: the first
# VACUUM after the load froze the rows but left most pages unmarked; the second marks them.)
psql "$pg_url" -qc "VACUUM (FREEZE, ANALYZE)" >/dev/null
psql "$pg_url" -qc "VACUUM" >/dev/null

limit="${SIGNWATCH_BENCH_LIMIT:-900}" # seconds a single run may take before it is stopped
runs="${SIGNWATCH_BENCH_RUNS:-5}"      # runs of each scan; the baselines run once

measure() { # label, runs, command…: wall seconds (best and median of the runs) and peak memory
  local label=$1 count=$2; shift 2
  local log walls=() peak=0 wall kb
  log=$(mktemp)
  for _ in $(seq "$count"); do
    if ! timeout "$limit" /usr/bin/time -f '%e %M' -o "$log" "$@" >/dev/null 2>&1; then
      printf '%-44s   > %d s (stopped, or failed)\n' "$label" "$limit"
      rm -f "$log"
      return
    fi
    read -r wall kb < "$log"
    walls+=("$wall")
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  rm -f "$log"
  local sorted; sorted=$(printf '%s\n' "${walls[@]}" | sort -n)
  local best median
  best=$(head -n1 <<< "$sorted")
  median=$(sed -n "$(( (count + 1) / 2 ))p" <<< "$sorted")
  if [ "$count" -gt 1 ]; then
    printf '%-44s %6.2f s best, %6.2f s median of %d %6d MB\n' "$label" "$best" "$median" "$count" "$((peak / 1024))"
  else
    printf '%-44s %6.2f s %29s\n' "$label" "$best" ""
  fi
}

echo
echo "Scan of $citizens citizens as of $as_of on $(nproc) cores; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
"$cli" scan --db "sqlite:$db" --as-of "$as_of" --out build/bench/sqlite.jsonl 2>/dev/null # warm the page cache
measure "signwatch-cli scan, SQLite" "$runs" "$cli" scan --db "sqlite:$db" --as-of "$as_of" --out build/bench/sqlite.jsonl
"$cli" scan --db "$pg_url" --as-of "$as_of" --out build/bench/postgres.jsonl 2>/dev/null
measure "signwatch-cli scan, PostgreSQL" "$runs" "$cli" scan --db "$pg_url" --as-of "$as_of" --out build/bench/postgres.jsonl
if [ -z "${SIGNWATCH_BENCH_SKIP_BASELINE:-}" ]; then
  measure "plain SQL baseline, SQLite (sqlite3)" 1 sqlite3 "$db" ".read tests/benchmark/baseline-sqlite.sql"
  measure "plain SQL baseline, PostgreSQL (psql)" 1 psql "$pg_url" -q -v ON_ERROR_STOP=1 -v T="'$as_of'" -f tests/benchmark/baseline-postgres.sql
fi
echo "(peak memory of PostgreSQL's own server processes is not included)"
if cmp -s build/bench/sqlite.jsonl build/bench/postgres.jsonl; then
  echo "findings: $(wc -l < build/bench/sqlite.jsonl) lines, identical on both engines"
else
  echo "findings DIFFER between the engines" >&2
  exit 1
fi
