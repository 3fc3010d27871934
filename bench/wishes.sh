#!/usr/bin/env bash
# Benchmark of micro-wishes: starts the service on the benchmark's data set (see run.sh), seeds
# 10,000 published wishes on first use, and measures wishMatches and claimWish under contention
# beside the best single Cypher statement for each.
#   bench/wishes.sh [households] [providers] [concurrency] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
households=${1:-100000}
providers=${2:-5000}
concurrency=${3:-4}
requests=${4:-2000}
source bench/service.sh
start_service "$households" "$providers"

"$java" -cp "$(cat target/bench.classpath)" bench/WishBench.java "http://127.0.0.1:$port/graphql" "bolt://127.0.0.1:$bolt" \
  "$password" "$concurrency" "$requests" | tee "bench/results/wishes-h${households}-c${concurrency}.txt"
