#!/usr/bin/env bash
# Page benchmark: the caseworker explorer in Debian's headless Chromium (/usr/bin/chromium, as the
# tests use it) against the service on the generated data set, as caseworker-haishu: expansions,
# saved views of 500 and 2,000 nodes and panning them, both maps, and the bytes the page loads.
#   bench/page.sh [households] [providers] [samples]
set -euo pipefail
cd "$(dirname "$0")/.."
households=${1:-100000}
providers=${2:-5000}
samples=${3:-40}
source bench/service.sh
start_service "$households" "$providers"
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/page-bench.classpath -Dmdep.includeScope=test

"$java" -cp "target/test-classes:$(cat target/page-bench.classpath)" bench/PageBench.java "$port" "bolt://127.0.0.1:$bolt" "$password" \
  "$samples" | tee "bench/results/page-h${households}.txt"
