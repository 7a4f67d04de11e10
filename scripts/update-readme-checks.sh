#!/usr/bin/env bash
# Rewrites the check and refusal tables of README.md from the catalogues (`scrutin codes --markdown`,
# `scrutin codes --refusals --markdown`).
set -euo pipefail
cd "$(dirname "$0")/.."
swift run -q scrutin codes --markdown --lang en > .build/checks.md
swift run -q scrutin codes --refusals --markdown --lang en > .build/refusals.md
python3 - <<'PY'
readme = open("README.md").read()
for header, path in [("| Code | Severity | Meaning |", ".build/checks.md"), ("| Code | Meaning |", ".build/refusals.md")]:
    start = readme.index(header)
    end = readme.index("\n\n", start)
    table = open(path).read().rstrip("\n")
    readme = readme[:start] + table + readme[end:]
open("README.md", "w").write(readme)
PY
echo "README.md: check and refusal tables updated"
