#!/usr/bin/env bash
# Single evaluations under load, on MariaDB (127.0.0.1:3306, root, empty password): starts the packaged service on a
# fresh database with the demo fixtures (heap capped at 512 MiB), then runs org.redproperty.bench.EvaluationLoad (only
# in src/bench): CLIENTS clients (20) on loopback, each posting its next POST /api/evaluations (红齐365 2023, the 50
# 淄川 demo projects in turn) as soon as the last is answered; WARMUP seconds (10) not counted, then SECONDS_MEASURED
# seconds (30) measured, with a POST /api/rulesets/reload in the middle. Prints throughput, p50/p90/p99/max latency
# and every error; exits non-zero on any error.
#   bench/load.sh
#   CLIENTS=40 SECONDS_MEASURED=60 bench/load.sh
#   SERVICE_JAVA_OPTS="-XX:StartFlightRecording=filename=target/bench/load/service.jfr,settings=profile" bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${CLIENTS:-20}
warmup=${WARMUP:-10}
measured=${SECONDS_MEASURED:-30}
port=${PORT:-18080}
db=${DB_NAME:-rp_load}
./mvnw -B -q -ntp package -DskipTests           # the service's jar
./mvnw -B -q -ntp -Pbench package -DskipTests   # target/bench: the load client, never in the jar
jar=$(ls target/red-property-evaluation-*.jar | head -n 1)
bench_cp="target/bench/classes:$(cat target/bench/benchmarks.classpath)"
logs=target/bench/load
mkdir -p "${logs}"

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), MariaDB $(mariadb -h127.0.0.1 -uroot -N -e 'SELECT VERSION()')"
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${db}"
DB_NAME="${db}" DEMO_IMPORT=true java -Xmx512m ${SERVICE_JAVA_OPTS:-} -jar "${jar}" --spring.profiles.active=mysql --server.port="${port}" \
  --logging.level.root=WARN \
  --app.accounts.seed[0].username=load-staff --app.accounts.seed[0].password='{noop}load-staff-pw' \
  --app.accounts.seed[0].roles=DISTRICT_STAFF \
  --app.accounts.seed[1].username=load-policy --app.accounts.seed[1].password='{noop}load-policy-pw' \
  --app.accounts.seed[1].roles=POLICY > "${logs}/service.log" 2>&1 &
service=$!
trap 'kill ${service} 2> /dev/null || true; wait ${service} 2> /dev/null || true' EXIT
for _ in $(seq 1 240); do
  # The demo data is imported in one transaction after the port opens: wait until its district is there.
  if curl -fs -u load-staff:load-staff-pw "http://localhost:${port}/api/districts" 2> /dev/null | grep -q D-ZC; then
    break
  fi
  kill -0 "${service}" 2> /dev/null || { echo "the service stopped, see ${logs}/service.log"; exit 1; }
  sleep 0.5
done
echo "service started (demo fixtures imported), ${clients} clients, ${warmup} s warm-up, ${measured} s measured"
java -cp "${bench_cp}" org.redproperty.bench.EvaluationLoad "http://localhost:${port}" load-staff:load-staff-pw \
  load-policy:load-policy-pw fixtures/demo-zichuan.json "${clients}" "${warmup}" "${measured}"
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${db}"
