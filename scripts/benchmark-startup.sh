#!/usr/bin/env bash
# The console's start-to-picture benchmark (issue 17: the overview drawn 2 s after the console
# starts). Launches build/bin/signwatch with --db on a registry and SIGNWATCH_BENCH_DRAWN=1, with
# which the console writes when the overview's counting frame was first painted, when each partial
# count filled its charts in, and when the charts on screen were painted with the whole count, then
# quits (app/gui/DrawnBenchmark.h). Times from the launch (the shell's clock) to each, a few runs
# per registry, and prints each run and the medians with the load average.
#   scripts/benchmark-startup.sh [URL...]      (default: the 1.2 million-citizen SQLite demo,
#                                                built into build/bench/ on first use)
# A PostgreSQL URL is postgresql://USER@HOST:PORT/DB, with its password in PGPASSWORD.
# The console runs with a throwaway home (its own stores made by a first run that is not counted)
# and QT_QPA_PLATFORM=offscreen unless the environment sets another platform.
# SIGNWATCH_BENCH_RUNS (default 5) runs per registry; SIGNWATCH_GUI another binary;
# SIGNWATCH_BENCH_LIMIT seconds after which a run counts as failed (default 120).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
gui="${SIGNWATCH_GUI:-$here/build/bin/signwatch}"
cli="$here/build/bin/signwatch-cli"
[ -x "$gui" ] || { echo "build first: cmake --build build --target signwatch" >&2; exit 2; }
runs="${SIGNWATCH_BENCH_RUNS:-5}"
limit="${SIGNWATCH_BENCH_LIMIT:-120}"
urls=("$@")
if [ ${#urls[@]} -eq 0 ]; then
  mkdir -p build/bench
  db="build/bench/demo-1200000.sqlite"
  if [ ! -f "$db" ]; then
    [ -x "$cli" ] || { echo "build first: cmake --build build --target signwatch-cli" >&2; exit 2; }
    echo "== demo registry: 1200000 citizens into $db"
    "$cli" demo --citizens 1200000 --seed 2023 --out "sqlite:$db" 2>/dev/null
  fi
  urls=("sqlite:$db")
fi

home=$(mktemp -d /tmp/signwatch-startup.XXXXXX)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/runtime"
chmod 700 "$home/runtime"

# One start of the console; prints "frame partial drawn charts" (seconds from the launch; partial
# "-" when no partial count came first) or fails.
launch() {
  local url=$1 err="$home/stderr" start
  start=$(date +%s%N)
  if ! HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" SIGNWATCH_BENCH_DRAWN=1 \
    timeout "$limit" "$gui" --db "$url" 2>"$err" >/dev/null; then
    echo "the console did not draw the overview of $url within ${limit} s:" >&2
    grep -v propagateSizeHints "$err" | tail -5 >&2
    return 1
  fi
  awk -v start_ms=$((start / 1000000)) '
    $1 == "signwatch-bench" && $2 == "frame" { frame = $3 - start_ms }
    $1 == "signwatch-bench" && $2 == "partial" && partial == "" { partial = $3 - start_ms }
    $1 == "signwatch-bench" && $2 == "drawn" { drawn = $3 - start_ms; charts = $5 }
    END {
      if (drawn == "") exit 1
      printf "%.2f %s %.2f %d\n", frame / 1000, partial == "" ? "-" : sprintf("%.2f", partial / 1000),
        drawn / 1000, charts
    }' "$err"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "Console start to drawn overview, $(nproc) cores; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for url in "${urls[@]}"; do
  launch "$url" >/dev/null # the first start makes the console's own stores: not counted
  frames=() partials=() drawns=() charts=0
  for ((i = 0; i < runs; i++)); do
    run=$(launch "$url")
    read -r frame partial drawn charts <<<"$run"
    frames+=("$frame")
    [ "$partial" != - ] && partials+=("$partial")
    drawns+=("$drawn")
  done
  first_partial="-"
  [ ${#partials[@]} -gt 0 ] && first_partial="$(printf '%s\n' "${partials[@]}" | median) s"
  printf '%-10s drawn: runs %s  median %s s (%d charts on screen); frame median %s s; first partial median %s\n' \
    "${url%%:*}" "${drawns[*]}" "$(printf '%s\n' "${drawns[@]}" | median)" "$charts" \
    "$(printf '%s\n' "${frames[@]}" | median)" "$first_partial"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
