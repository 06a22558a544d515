#!/usr/bin/env bash
# Fails when a C++ source differs from .clang-format (run scripts/format.sh to fix).
set -euo pipefail
cd "$(dirname "$0")/.."
# No skipping: a check that does not run must not pass (scripts/signwatch-dev.sh installs clang-format).
command -v clang-format >/dev/null || {
  echo "clang-format is not installed (apt-get install clang-format): the format check cannot run" >&2
  exit 1
}
mapfile -t files < <(git ls-files '*.cpp' '*.h')
[ ${#files[@]} -eq 0 ] || clang-format --dry-run --Werror "${files[@]}"
echo "format check: ${#files[@]} files ok"
