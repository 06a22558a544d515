#!/usr/bin/env bash
# The scan benchmark (issue 16: the full scan against an analyst's plain SQL). On demo registries of
# 1.2 million citizens, the default one (about 10,800 findings) and one with fifteen times the
# violations (`demo --violation-rate 15`, about 162,000 findings), it times `signwatch-cli scan`
# (findings written to a file) and the plain one-query-per-rule SQL of tests/benchmark/baseline-*.sql
# (rows written to a file by sqlite3 / psql), on SQLite and on PostgreSQL; on PostgreSQL both a
# registry freshly loaded and ANALYZEd (never vacuumed: index-only scans still read the table) and
# the same registry vacuumed. It reports best and median wall time and the client's peak memory,
# and checks that the scan gives the same findings on both engines and that the baseline finds the
# same (rule, subject) pairs as the scan.
#   scripts/benchmark-scan.sh [CITIZENS]        (after scripts/signwatch-dev.sh has built once)
# Environment:
#   SIGNWATCH_BENCH_DIR      where the registries are kept and reused (default build/bench): the
#                            SQLite files and a PostgreSQL cluster (pg/), loaded once
#   SIGNWATCH_BENCH_RATES    violation rates to measure (default "1 15")
#   SIGNWATCH_BENCH_ENGINES  engines to measure (default "sqlite postgres")
#   SIGNWATCH_BENCH_RUNS     runs of each scan and of each baseline (default 5), best and median
#                            reported (the machine's speed varies from minute to minute)
#   SIGNWATCH_BENCH_SKIP_BASELINE=1  the scans only
#   SIGNWATCH_BENCH_LIMIT    seconds after which a run is stopped (default 900)
#   SIGNWATCH_BENCH_PREPARE_ONLY=1   make the registries, measure nothing
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
citizens="${1:-1200000}"
as_of=2024-08-01T00:00:00Z
cli="$here/build/bin/signwatch-cli"
[ -x "$cli" ] || { echo "build first: scripts/signwatch-dev.sh test (or run)" >&2; exit 2; }
bench="${SIGNWATCH_BENCH_DIR:-$here/build/bench}"
mkdir -p "$bench/out"
bench=$(cd "$bench" && pwd)
rates="${SIGNWATCH_BENCH_RATES:-1 15}"
engines="${SIGNWATCH_BENCH_ENGINES:-sqlite postgres}"
limit="${SIGNWATCH_BENCH_LIMIT:-900}"
runs="${SIGNWATCH_BENCH_RUNS:-5}"

sqlite_file() { echo "$bench/demo-$citizens-x$1.sqlite"; }
for rate in $rates; do
  db=$(sqlite_file "$rate")
  if [ ! -f "$db" ]; then
    echo "== demo registry: $citizens citizens, violation rate $rate, into $db"
    "$cli" demo --citizens "$citizens" --seed 2023 --violation-rate "$rate" --out "sqlite:$db" 2>/dev/null
  fi
done

# PostgreSQL: one cluster of our own kept in $bench/pg (autovacuum off: the "fresh" registries
# must stay unvacuumed, and nothing runs beside the scans). Per rate, two databases:
# r<rate>_fresh as `demo` leaves it (loaded, indexed, ANALYZEd) and r<rate>_vacuumed, a copy of
# it vacuumed (a registry in service has been vacuumed by autovacuum long since).
pg_bin=/usr/lib/postgresql/15/bin
pg_dir="$bench/pg"
pg_run=()
[ "$(id -u)" = 0 ] && pg_run=(runuser -u postgres --)
stop_pg() { "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; }
pg_url=""
if [[ " $engines " == *" postgres "* ]]; then
  if [ ! -d "$pg_dir/data" ]; then
    mkdir -p "$pg_dir"
    printf 'signwatch-bench\n' > "$pg_dir/pw"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$pg_dir"
    "${pg_run[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U signwatch --pwfile="$pg_dir/pw" \
      -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off -c shared_buffers=1GB -c work_mem=64MB \
        -c max_parallel_workers_per_gather=2 -c autovacuum=off" start >/dev/null
  trap stop_pg EXIT
  export PGPASSWORD=signwatch-bench
  pg_url="postgresql://signwatch@127.0.0.1:$port"
  for rate in $rates; do
    if ! psql "$pg_url/postgres" -Atqc "SELECT 1 FROM pg_database WHERE datname = 'r${rate}_vacuumed'" | grep -q 1; then
      echo "== demo registry: $citizens citizens, violation rate $rate, into PostgreSQL"
      psql "$pg_url/postgres" -qc "DROP DATABASE IF EXISTS r${rate}_fresh" -c "CREATE DATABASE r${rate}_fresh" >/dev/null
      "$cli" demo --citizens "$citizens" --seed 2023 --violation-rate "$rate" --out "$pg_url/r${rate}_fresh" 2>/dev/null
      psql "$pg_url/postgres" -qc "CREATE DATABASE r${rate}_vacuumed TEMPLATE r${rate}_fresh" >/dev/null
      # The first VACUUM after the load freezes the rows but leaves most pages unmarked in the
      # visibility map; the second marks them (measured).
      psql "$pg_url/r${rate}_vacuumed" -qc "VACUUM (FREEZE, ANALYZE)" >/dev/null
      psql "$pg_url/r${rate}_vacuumed" -qc "VACUUM" >/dev/null
    fi
  done
fi

[ -n "${SIGNWATCH_BENCH_PREPARE_ONLY:-}" ] && exit 0 # registries made, nothing measured

measure() { # label, output file, command…: best and median wall seconds of $runs runs, peak memory
  local label=$1; shift
  local log walls=() peak=0 wall kb
  log=$(mktemp)
  for _ in $(seq "$runs"); do
    if ! timeout "$limit" /usr/bin/time -f '%e %M' -o "$log" "$@" >/dev/null 2>&1; then
      printf '%-52s   > %d s (stopped, or failed)\n' "$label" "$limit"
      rm -f "$log"
      return
    fi
    read -r wall kb < "$log"
    walls+=("$wall")
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  rm -f "$log"
  local sorted best median
  sorted=$(printf '%s\n' "${walls[@]}" | sort -n)
  best=$(head -n1 <<< "$sorted")
  median=$(sed -n "$(( (runs + 1) / 2 ))p" <<< "$sorted")
  printf '%-52s %6.2f s best, %6.2f s median of %d %6d MB   load %s\n' "$label" "$best" "$median" "$runs" \
    "$((peak / 1024))" "$(cut -d' ' -f1 /proc/loadavg)"
}

# The baseline's rows and the scan's findings as "RULE subject subject_id" lines, sorted.
scan_pairs() { python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    f = json.loads(line)
    print(f["rule"], f["subject"], f["subject_id"])' "$1" | sort; }
baseline_pairs() { cut -d'|' -f1-3 "$1" | tr '|' ' ' | sort; }
check_baseline() { # label, scan output, baseline output
  if cmp -s <(scan_pairs "$2") <(baseline_pairs "$3"); then
    echo "   $1: the baseline found the scan's $(wc -l < "$2") (rule, subject) pairs, no more, no fewer"
  else
    echo "   $1: the baseline and the scan DIFFER (per rule: scan, baseline):" >&2
    join -a1 -a2 -e0 -o0,1.2,2.2 <(scan_pairs "$2" | cut -d' ' -f1 | uniq -c | awk '{print $2, $1}') \
      <(baseline_pairs "$3" | cut -d' ' -f1 | uniq -c | awk '{print $2, $1}') >&2
    failed=1
  fi
}

failed=0
echo
echo "Scan of $citizens citizens as of $as_of on $(nproc) cores; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
for rate in $rates; do
  db=$(sqlite_file "$rate")
  out="$bench/out/x$rate"
  echo "-- violation rate $rate"
  if [[ " $engines " == *" sqlite "* ]]; then
    "$cli" scan --db "sqlite:$db" --as-of "$as_of" --out "$out-sqlite.jsonl" 2>/dev/null # warm the page cache
    measure "signwatch-cli scan, SQLite" "$cli" scan --db "sqlite:$db" --as-of "$as_of" --out "$out-sqlite.jsonl"
    if [ -z "${SIGNWATCH_BENCH_SKIP_BASELINE:-}" ]; then
      measure "plain SQL baseline, SQLite (sqlite3)" \
        sqlite3 "$db" -cmd ".output $out-sqlite-baseline.txt" \
        ".read tests/benchmark/baseline-sqlite.sql"
      check_baseline "SQLite" "$out-sqlite.jsonl" "$out-sqlite-baseline.txt"
    fi
  fi
  if [[ " $engines " == *" postgres "* ]]; then
    for state in fresh vacuumed; do
      url="$pg_url/r${rate}_$state"
      "$cli" scan --db "$url" --as-of "$as_of" --out "$out-pg-$state.jsonl" 2>/dev/null
      measure "signwatch-cli scan, PostgreSQL, $state" \
        "$cli" scan --db "$url" --as-of "$as_of" --out "$out-pg-$state.jsonl"
      if [ -z "${SIGNWATCH_BENCH_SKIP_BASELINE:-}" ]; then
        measure "plain SQL baseline, PostgreSQL, $state (psql)" \
          psql "$url" -X -q -At -v ON_ERROR_STOP=1 -v T="'$as_of'" -o "$out-pg-$state-baseline.txt" \
          -f tests/benchmark/baseline-postgres.sql
        check_baseline "PostgreSQL, $state" "$out-pg-$state.jsonl" "$out-pg-$state-baseline.txt"
      fi
      if [ -f "$out-sqlite.jsonl" ] && ! cmp -s "$out-sqlite.jsonl" "$out-pg-$state.jsonl"; then
        echo "   findings DIFFER between SQLite and PostgreSQL ($state)" >&2
        failed=1
      fi
    done
  fi
  for f in "$out"-*.jsonl; do
    echo "   findings: $(wc -l < "$f") lines in $(basename "$f")"
    break
  done
done
echo "(peak memory is the client's: signwatch-cli, sqlite3 or psql; PostgreSQL's server processes not included)"
exit "$failed"
