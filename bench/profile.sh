#!/usr/bin/env bash
# Profile: where the service's CPU goes under one scenario's load (Java Flight Recorder in the
# service, whose JVM also runs the embedded database), grouped by library. The service is warmed by
# one run of the scenario; a second run is recorded.
#   bench/profile.sh [households] [providers] [concurrency] [requests] [scenario: a regular expression for its start]
set -euo pipefail
cd "$(dirname "$0")/.."
households=${1:-100000}
providers=${2:-5000}
concurrency=${3:-4}
requests=${4:-2000}
only=${5:-household.id. archive  / GraphQL}
source bench/service.sh
start_service "$households" "$providers"
jcmd="$(dirname "$java")/jcmd"
recording="$PWD/bench/results/profile-h${households}.jfr"
report="bench/results/profile-h${households}.txt"

run_bench() {
  "$java" -cp "$(cat target/bench.classpath)" bench/Bench.java "http://127.0.0.1:$port/graphql" "bolt://127.0.0.1:$bolt" \
    "$password" "$concurrency" "$requests" "$only"
}
run_bench >/dev/null
"$jcmd" "$service" JFR.start name=bench settings=profile filename="$recording" >/dev/null
run_bench | tee "$report"
"$jcmd" "$service" JFR.stop name=bench >/dev/null
"$java" bench/ProfileGroups.java "$recording" | tee -a "$report"
