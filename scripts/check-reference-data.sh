#!/usr/bin/env bash
# Checks that the embedded Mali 2020 data are exact copies of ../shared/data/mali-2020.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared="${SHARED:-$here/../shared}/data/mali-2020"
embedded="$here/Sources/ScrutinReference/Resources/mali-2020"
if [ ! -d "$shared" ]; then
  echo "check-reference-data: $shared not found; set SHARED to the shared folder" >&2
  exit 1
fi
status=0
for file in "$shared"/structured/*.csv "$shared"/structured/README.md; do
  cmp -s "$file" "$embedded/$(basename "$file")" || { echo "differs: $(basename "$file")"; status=1; }
done
for name in SOURCES.md CONFLICTS.md rules.md; do
  cmp -s "$shared/$name" "$embedded/$name" || { echo "differs: $name"; status=1; }
done
cmp -s "$shared/national.csv" "$embedded/facts/national.csv" || { echo "differs: facts/national.csv"; status=1; }
[ $status -eq 0 ] && echo "check-reference-data: the embedded Mali 2020 data match shared/data/mali-2020"
exit $status
