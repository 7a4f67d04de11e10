#!/usr/bin/env bash
# Rewrites the check table of README.md from the catalogue (`scrutin codes --markdown`).
set -euo pipefail
cd "$(dirname "$0")/.."
swift run -q scrutin codes --markdown --lang en > .build/checks.md
python3 - <<'PY'
readme = open("README.md").read()
start = readme.index("| Code | Severity | Meaning |")
end = readme.index("\n\n", start)
table = open(".build/checks.md").read().rstrip("\n")
open("README.md", "w").write(readme[:start] + table + readme[end:])
PY
echo "README.md: check table updated"
