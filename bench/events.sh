#!/usr/bin/env bash
# Benchmark of department events in: starts the service on the benchmark's data set (see run.sh)
# and sends records through the feed's GraphQL mutation in batches of 10,000.
#   bench/events.sh [households] [providers] [records]
set -euo pipefail
cd "$(dirname "$0")/.."
households=${1:-100000}
providers=${2:-5000}
records=${3:-200000}
source bench/service.sh
start_service "$households" "$providers"

"$java" -cp "$(cat target/bench.classpath)" bench/EventBench.java "http://127.0.0.1:$port/graphql" "bolt://127.0.0.1:$bolt" \
  "$password" "$records" | tee "bench/results/events-h${households}.txt"
