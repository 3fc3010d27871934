#!/usr/bin/env bash
# Benchmark of the bulk import: a synthetic department extract the size of Tongling's (7.03 million
# records, see Extract.java) imported with the import-events command into a copy of the benchmark's
# data set (so every run starts from the same registry), with the heap capped to show that memory
# stays bounded. Prints the command's progress and summary, and its peak resident memory.
#   bench/import.sh [households] [providers] [records] [heap]
set -euo pipefail
cd "$(dirname "$0")/.."
households=${1:-100000}
providers=${2:-5000}
records=${3:-7030000}
heap=${4:-1g}
source bench/service.sh
start_service "$households" "$providers"

extract="bench/data/extract-${records}.csv"
if [ ! -f "$extract" ]; then
  echo "writing $extract"
  "$java" -cp "$(cat target/bench.classpath)" bench/Extract.java "bolt://127.0.0.1:$bolt" "$password" "$records" "$extract"
fi
kill "$service"
wait "$service" 2>/dev/null || true

copy="bench/data/import-h${households}-p${providers}"
rm -rf "$copy"
cp -r "bench/data/h${households}-p${providers}" "$copy"
trap 'rm -rf "$copy"' EXIT
rm -f "$extract.progress"
result="bench/results/import-h${households}-r${records}.txt"
echo "$(wc -c <"$extract") bytes, $(( $(wc -l <"$extract") - 1 )) records; heap at most $heap" | tee "$result"
SPRING_PROFILES_ACTIVE=demo ZHULIAN_DATA_DIR="$copy" ZHULIAN_PAGE_CACHE=2g /usr/bin/time -f "peak resident memory %M KB, %e s wall" \
  "$java" "-Xmx$heap" -jar target/zhulian-*.jar import-events "$extract" 2>&1 | grep --line-buffered -v '^WARNING' | tee -a "$result"
