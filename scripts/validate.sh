#!/usr/bin/env bash
# Checks that the sources follow the project's .swift-format; `--fix` formats them in place first.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Sources Tests Package.swift)
if [ "${1:-}" = "--fix" ]; then
  swift format format --in-place --recursive "${paths[@]}"
fi
swift format lint --strict --recursive "${paths[@]}"
echo "validate: formatting is clean"
