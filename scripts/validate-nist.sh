#!/usr/bin/env bash
# Validates Scrutin's NIST SP 1500-100 v2 export with Google's civics-cdf-validator (PyPI),
# offline, with the election_results rule set: the embedded 2020 election and a generated
# bundle, and an election file with round 1 only and a ruling. Fails unless each has zero
# fatal and zero error messages.
#
#   bash scripts/validate-nist.sh [SCRUTIN_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
scrutin="${1:-.build/debug/scrutin}"
xsd="../shared/standards/google-civics-cdf/civics_cdf_spec.xsd"
out="ci-artifacts/nist"
mkdir -p "$out"

check() {
  local name="$1" feed="$2" ids="$3"
  echo "-- civics_cdf_validator: $name"
  civics_cdf_validator validate "$feed" --xsd "$xsd" --rule_set election_results \
    --ocdid_file "$ids" -c ml > "$out/$name.validator.txt" 2>&1 || true
  tail -n 20 "$out/$name.validator.txt"
  grep -q "^ *0 Fatal message found" "$out/$name.validator.txt"
  grep -q "^ *0 Error message found" "$out/$name.validator.txt"
}

"$scrutin" report --format nist -o "$out/mali-2020.xml"
"$scrutin" report --format ocd-ids -o "$out/mali-2020.ocd.csv"
check mali-2020 "$out/mali-2020.xml" "$out/mali-2020.ocd.csv"

rm -rf "$out/generated"
"$scrutin" generate "$out/generated" --stations 2000 --constituencies 20 --seed 5 > /dev/null
"$scrutin" report "$out/generated" --format nist --country ml -o "$out/generated.xml"
"$scrutin" report "$out/generated" --format ocd-ids --country ml -o "$out/generated.ocd.csv"
check generated "$out/generated.xml" "$out/generated.ocd.csv"

# An election file with round 1 only, a ruling, and names that ids must not copy: no empty
# collection, stable ids in [a-z0-9_-] only.
rm -rf "$out/partial" "$out/partial.scrutin"
"$scrutin" generate "$out/partial" --stations 300 --constituencies 8 --seed 7 > /dev/null
sed -i 's/"name": "[^"]*"/"name": "Législatives 2026 (1er tour). Mali"/' "$out/partial/election.json"
# Rounds in the past, so that the court's ruling can be dated before it is recorded (a decision
# may not be dated after its event, nor more than a year before the first round).
sed -i 's/2030-03-31/2026-03-29/; s/2030-04-21/2026-04-19/' "$out/partial/election.json"
list=$(awk -F, 'NR==2 {print $1}' "$out/partial/lists.csv")
constituency=$(awk -F, 'NR==2 {print $2}' "$out/partial/lists.csv")
"$scrutin" init "$out/partial.scrutin" --from "$out/partial" --actor admin > /dev/null
"$scrutin" import "$out/partial.scrutin" "$out/partial/round-1" --actor admin > /dev/null
"$scrutin" rule overturn "$out/partial.scrutin" --round 1 --constituency "$constituency" --list "$list" \
  --number "arrêt n°1" --date 2026-04-01 --actor Court > /dev/null
"$scrutin" publish "$out/partial.scrutin" --round 1 --stage provisional --actor Ministry --unsigned > /dev/null
"$scrutin" report "$out/partial.scrutin" --format nist --country ml -o "$out/partial.xml"
"$scrutin" report "$out/partial.scrutin" --format ocd-ids --country ml -o "$out/partial.ocd.csv"
check partial "$out/partial.xml" "$out/partial.ocd.csv"
echo "nist: the three exports are valid (0 fatal, 0 errors)"
