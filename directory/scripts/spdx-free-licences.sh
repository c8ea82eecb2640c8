#!/usr/bin/env bash
# Regenerates directory/src/main/resources/spdx/free-licences.txt: the SPDX licence identifiers that the SPDX
# License List flags as OSI approved or FSF libre, with which. The flags come from the official list's
# licenses.json (isOsiApproved, isFsfLibre) as shipped inside the Maven artifact org.spdx:java-spdx-library
# (resources/stdlicenses/licenses.json), fetched once here, at development time: the application does not
# depend on that library.
#
# Usage: directory/scripts/spdx-free-licences.sh [java-spdx-library version, default 2.0.4]
# Needs mvn, unzip and jq. Pick a library version whose list is the one spdx/licenses.txt was made from, or
# the nearest before it; ids that the list does not flag (newer ones included) count as not free.
set -euo pipefail

version="${1:-2.0.4}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/spdx/free-licences.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

artifact="org.spdx:java-spdx-library:$version"
(cd "$work" && mvn -B -q dependency:get -Dartifact="$artifact" -Dtransitive=false -Dmaven.repo.local="$work/m2")
unzip -q -p "$work/m2/org/spdx/java-spdx-library/$version/java-spdx-library-$version.jar" \
    resources/stdlicenses/licenses.json >"$work/licenses.json"

list="$(jq -r '"\(.licenseListVersion), released \(.releaseDate[0:10])"' "$work/licenses.json")"
{
    echo "# SPDX licences that are free software: OSI approved (osi), FSF libre (fsf) or both, deprecated ids"
    echo "# included. From the SPDX License List $list (licenses.json: isOsiApproved, isFsfLibre;"
    echo "# the list is CC-BY-3.0), as shipped in $artifact."
    echo "# Any other id of spdx/licenses.txt counts as not free, ids newer than this list included."
    echo "# Regenerate with directory/scripts/spdx-free-licences.sh; do not edit by hand."
    jq -r '.licenses[] | select(.isOsiApproved or .isFsfLibre)
        | [.licenseId, ([if .isOsiApproved then "osi" else empty end, if .isFsfLibre then "fsf" else empty end]
            | join(" "))] | @tsv' "$work/licenses.json" | LC_ALL=C sort
} >"$out"
echo "wrote $(grep -vc '^#' "$out") licences to $out"
