#!/usr/bin/env bash
# Validates Scrutin's NIST SP 1500-100 v2 export with Google's civics-cdf-validator (PyPI),
# offline, with the election_results rule set: the embedded 2020 election and a generated
# bundle. Fails unless both have zero fatal and zero error messages.
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
echo "nist: both exports valid (0 fatal, 0 errors)"
