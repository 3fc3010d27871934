#!/usr/bin/env bash
# Benchmark: builds the service, starts it on a generated data set (100,000 households and 5,000
# extra providers by default; kept in bench/data for reruns), and compares GraphQL over HTTP with
# the same answers straight from Cypher, through the driver and behind a bare HTTP endpoint (the
# floor) that the benchmark starts itself.
#   bench/run.sh [households] [providers] [concurrency] [requests] [scenario names: a regular expression for their start]
set -euo pipefail
cd "$(dirname "$0")/.."
households=${1:-100000}
providers=${2:-5000}
concurrency=${3:-4}
requests=${4:-2000}
only=${5:-}
source bench/service.sh
start_service "$households" "$providers"

"$java" -cp "$(cat target/bench.classpath)" bench/Bench.java "http://127.0.0.1:$port/graphql" "bolt://127.0.0.1:$bolt" \
  "$password" "$concurrency" "$requests" "$only" | tee "bench/results/h${households}-c${concurrency}.txt"
