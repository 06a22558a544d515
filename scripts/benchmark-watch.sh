#!/usr/bin/env bash
# The live watch's benchmark (issue: live watch). On a copy of the 1.2 million-citizen demo
# registry (SQLite, and the same campaign loaded into a temporary PostgreSQL server): the time of
# a poll after 100 changed rows (100 polls), and this process's memory over 10,000 polls of a few
# rows each (a day of polling every 5 s is 17,280 polls; the findings grow with the violations
# written, the rest must not).
#   scripts/benchmark-watch.sh [CITIZENS]        (after scripts/signwatch-dev.sh has built once)
# SIGNWATCH_BENCH_POLLS (default 10000) polls of the memory run.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
citizens="${1:-1200000}"
cli="$here/build/bin/signwatch-cli"
bench="$here/build/bin/bench_watch"
[ -x "$bench" ] || { echo "build first: scripts/signwatch-dev.sh test (or run)" >&2; exit 2; }
mkdir -p build/bench
db="build/bench/demo-$citizens.sqlite"
if [ ! -f "$db" ]; then
  echo "== demo registry: $citizens citizens into $db"
  "$cli" demo --citizens "$citizens" --seed 2023 --out "sqlite:$db" 2>/dev/null
fi
copy="build/bench/watch-$citizens.sqlite"
polls="${SIGNWATCH_BENCH_POLLS:-10000}"

. "$here/scripts/temp-postgres.sh"
TEMP_PG_OPTIONS="-c shared_buffers=1GB -c work_mem=64MB" start_temp_postgres
base="${TEMP_PG_URL%/postgres}"

echo "Live watch on $citizens citizens, $(nproc) cores; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
for engine in sqlite postgresql; do
  for run in speed memory; do
    if [ "$engine" = sqlite ]; then
      cp "$db" "$copy"
      url="sqlite:$copy"
    else
      psql "$TEMP_PG_URL" -qc "DROP DATABASE IF EXISTS watchbench" -c "CREATE DATABASE watchbench" >/dev/null
      url="$base/watchbench"
      "$cli" demo --citizens "$citizens" --seed 2023 --out "$url" 2>/dev/null
      psql "$url" -qc "VACUUM ANALYZE" >/dev/null
    fi
    echo "== $engine, $run"
    if [ "$run" = speed ]; then
      "$bench" --db "$url" --polls 100 --changes 100
    else
      "$bench" --db "$url" --polls "$polls" --changes 5
    fi
  done
done
rm -f "$copy"
