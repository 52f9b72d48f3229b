#!/usr/bin/env bash
# End-to-end re-score benchmark on MariaDB (127.0.0.1:3306, root, empty password), heap capped at 1 GiB:
# for each size, generate a province into a fresh database, then run the same re-score job of 红齐365 2023
# twice: first as the I/O floor (same facts read, same number of results written, no rule evaluated), then
# with the rules. Prints wall time, subjects per second and peak heap of each run.
#   bench/rescore.sh                 # 10,000 and 100,000 projects
#   bench/rescore.sh 20000 50000     # other sizes
#   REUSE=1 bench/rescore.sh 100000  # keep a province generated before (same size and seed) and only re-score
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
jar=$(ls target/red-property-evaluation-*.jar | head -n 1)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), MariaDB $(mariadb -h127.0.0.1 -uroot -N -e 'SELECT VERSION()')"
for n in "${sizes[@]}"; do
  db="rp_bench_${n}"
  if [ "${REUSE:-0}" != 1 ]; then
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${db}"
    echo "== ${n} projects: generate"
    start=$(date +%s.%N)
    DB_NAME="${db}" java -Xmx1g -jar "${jar}" generate --projects "${n}" --seed 1 \
      --spring.profiles.active=mysql --logging.level.root=WARN | grep -E "^生成完成|^  activities" 
    echo "   process wall time incl. start-up: $(echo "$(date +%s.%N) - ${start}" | bc) s"
  fi
  for mode in floor rules; do
    noop=$([ "${mode}" = floor ] && echo true || echo false)
    echo "== ${n} projects: re-score (${mode})"
    start=$(date +%s.%N)
    DB_NAME="${db}" java -Xmx1g -jar "${jar}" rescore --scheme hongqi365 --year 2023 --as-of 2023-11-30 \
      --spring.profiles.active=mysql --app.rescore.noop-rules="${noop}" --logging.level.root=WARN \
      --logging.level.org.redproperty.batch=INFO | tr "\r" "\n" | grep -E "^任务|^每秒|各线程合计" | sed 's/^.*: 重新/   重新/' 
    echo "   process wall time incl. start-up: $(echo "$(date +%s.%N) - ${start}" | bc) s"
  done
  mariadb -h127.0.0.1 -uroot -N -e "SELECT CONCAT('   database size: ', ROUND(SUM(data_length + index_length) / 1048576), ' MiB') FROM information_schema.tables WHERE table_schema = '${db}'"
done
