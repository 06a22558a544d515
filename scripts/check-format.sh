#!/usr/bin/env bash
# Fails when a C++ source differs from .clang-format (run scripts/format.sh to fix).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format not installed: format check skipped"; exit 0; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
[ ${#files[@]} -eq 0 ] || clang-format --dry-run --Werror "${files[@]}"
echo "format check: ${#files[@]} files ok"
