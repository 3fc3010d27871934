# Sourced by the benchmarks: builds the service and starts it on a generated data set (kept in
# bench/data for reruns), then sets $java, $port, $bolt, $password and the runtime classpath in
# target/bench.classpath, and $data, the data set's directory. Stops the service when the benchmark exits.
#   households providers: the data set's size
# From the environment: ZHULIAN_DEMO_DISTRICTS (the districts a data set spreads over; its directory
# then says how many), BENCH_HEAP (default 4g), BENCH_PAGE_CACHE (default 2g) and BENCH_JAVA_OPTS (more
# options for the service's JVM, a GC log say).
start_service() {
  local households=$1 providers=$2
  port=8099
  bolt=7699
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  java=$(ls -d /usr/lib/jvm/*/bin/java | grep -E '(temurin|jdk|openjdk)-?(2[1-9]|[3-9][0-9])' | head -1)
  [ -n "$java" ] || { echo "needs a JDK 21+ under /usr/lib/jvm" >&2; exit 1; }

  mvn -B -q -ntp -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
  local districts=${ZHULIAN_DEMO_DISTRICTS:-330203}
  data="bench/data/h${households}-p${providers}"
  if [[ "$districts" == *,* ]]; then
    data="$data-d$(tr ',' '\n' <<<"$districts" | wc -l)"
  fi
  mkdir -p "$data" bench/results
  local log="bench/results/service-h${households}.log"

  local started
  started=$(date +%s%N)
  SPRING_PROFILES_ACTIVE=demo ZHULIAN_DATA_DIR="$data" ZHULIAN_DEMO_HOUSEHOLDS="$households" ZHULIAN_DEMO_PROVIDERS="$providers" \
    ZHULIAN_DEMO_DISTRICTS="$districts" ZHULIAN_BOLT_PORT=$bolt ZHULIAN_BOLT_PASSWORD="$password" \
    ZHULIAN_PAGE_CACHE="${BENCH_PAGE_CACHE:-2g}" PORT=$port \
    "$java" "-Xmx${BENCH_HEAP:-4g}" ${BENCH_JAVA_OPTS:-} -jar target/zhulian-*.jar >"$log" 2>&1 &
  service=$!
  trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
    kill -0 $service 2>/dev/null || { echo "service died, see $log" >&2; exit 1; }
    sleep 1
  done
  echo "service ready after $(( ($(date +%s%N) - started) / 1000000 )) ms (includes the data load on a first run)"
}
