#!/usr/bin/env bash
# The dashboard's benchmark (issue 17: the overview drawn 2 s after the console starts). Times
# `signwatch-cli dashboard` (the figures the overview draws, counted as the page counts them: side
# by side on connections of their own; --serial on one) from the process's start to its end, a
# few runs, and prints each run and the median with the load average.
#   scripts/benchmark-dashboard.sh [URL...]      (default: the 1.2 million-citizen SQLite demo,
#                                                 built into build/bench/ on first use)
# SIGNWATCH_BENCH_RUNS (default 5) runs per registry and mode; SIGNWATCH_CLI another binary.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
cli="${SIGNWATCH_CLI:-$here/build/bin/signwatch-cli}"
[ -x "$cli" ] || { echo "build first: cmake --build build --target signwatch-cli" >&2; exit 2; }
runs="${SIGNWATCH_BENCH_RUNS:-5}"
urls=("$@")
if [ ${#urls[@]} -eq 0 ]; then
  mkdir -p build/bench
  db="build/bench/demo-1200000.sqlite"
  if [ ! -f "$db" ]; then
    echo "== demo registry: 1200000 citizens into $db"
    "$cli" demo --citizens 1200000 --seed 2023 --out "sqlite:$db" 2>/dev/null
  fi
  urls=("sqlite:$db")
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "Dashboard figures, $(nproc) cores; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for url in "${urls[@]}"; do
  for mode in parallel serial; do
    extra=()
    [ "$mode" = serial ] && extra=(--serial)
    times=()
    for ((i = 0; i < runs; i++)); do
      start=$(date +%s%N)
      "$cli" dashboard --db "$url" --as-of 2024-03-01T00:00:00Z "${extra[@]}" >/dev/null 2>&1
      end=$(date +%s%N)
      times+=("$(awk -v ns=$((end - start)) 'BEGIN {printf "%.2f", ns / 1e9}')")
    done
    printf '%-10s %-8s runs %s  median %s s\n' "${url%%:*}" "$mode" "${times[*]}" \
      "$(printf '%s\n' "${times[@]}" | median)"
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
