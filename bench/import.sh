#!/usr/bin/env bash
# Benchmark of the bulk import: a synthetic department extract the size of Tongling's (7.03 million
# records, see Extract.java) imported with the import-events command into a copy of the benchmark's
# data set (so every run starts from the same registry), with the heap capped to show that memory
# stays bounded. Prints the command's progress and summary, and its peak resident memory.
#   bench/import.sh [households] [providers] [records] [heap]
# From the environment, as for the other benchmarks (see service.sh): ZHULIAN_DEMO_DISTRICTS for the
# province set, and BENCH_PAGE_CACHE (default 2g) for the import's page cache.
set -euo pipefail
cd "$(dirname "$0")/.."
households=${1:-100000}
providers=${2:-5000}
records=${3:-7030000}
heap=${4:-1g}
source bench/service.sh
start_service "$households" "$providers"

# The extract names the persons of its data set.
extract="bench/data/extract-$(basename "$data")-r${records}.csv"
if [ ! -f "$extract" ]; then
  echo "writing $extract"
  "$java" -cp "$(cat target/bench.classpath)" bench/Extract.java "bolt://127.0.0.1:$bolt" "$password" "$records" "$extract"
fi
kill "$service"
wait "$service" 2>/dev/null || true

copy="bench/data/import-$(basename "$data")"
rm -rf "$copy"
cp -r "$data" "$copy"
trap 'rm -rf "$copy"' EXIT
rm -f "$extract.progress"
result="bench/results/import-$(basename "$data")-r${records}.txt"
echo "$(wc -c <"$extract") bytes, $(( $(wc -l <"$extract") - 1 )) records; heap at most $heap" | tee "$result"
SPRING_PROFILES_ACTIVE=demo ZHULIAN_DATA_DIR="$copy" ZHULIAN_PAGE_CACHE="${BENCH_PAGE_CACHE:-2g}" /usr/bin/time -f "peak resident memory %M KB, %e s wall" \
  "$java" "-Xmx$heap" -jar target/zhulian-*.jar import-events "$extract" 2>&1 | grep --line-buffered -v '^WARNING' | tee -a "$result"
