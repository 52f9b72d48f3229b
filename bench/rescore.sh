#!/usr/bin/env bash
# End-to-end re-score benchmark on MariaDB (127.0.0.1:3306, root, empty password), heap capped at 1 GiB:
# for each size, generate a province into a fresh database, then run the same re-score job of 红齐365 2023
# twice: first as the I/O floor (org.redproperty.batch.RescoreFloor, only in src/bench: the same facts read, the
# same number of results written, no rule evaluated), then the service's own rescore command with the rules.
# Prints the job's time, subjects per second and the peak heap of each run, read from the JVM's own GC log.
#   bench/rescore.sh                 # 10,000 and 100,000 projects
#   bench/rescore.sh 20000 50000     # other sizes
#   REUSE=1 bench/rescore.sh 100000  # keep a province generated before (same size and seed) and only re-score
#   DB_PREFIX=rp_mine bench/rescore.sh 2000   # databases named rp_mine_<N> instead of rp_bench_<N>
#   READS=1 bench/rescore.sh 2000    # then also time reading every district's facts now and at a past revision
# After generating and after each run it prints the database size and the sizes of the tables a job writes
# (evaluations, fact_snapshots, rescore_results), so the growth per job can be read off.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp package -DskipTests           # the service's jar: generate, rescore
./mvnw -B -q -ntp -Pbench package -DskipTests   # target/bench: the floor (and the JMH benchmarks), never in the jar
jar=$(ls target/red-property-evaluation-*.jar | head -n 1)
floor_cp="target/bench/classes:$(cat target/bench/benchmarks.classpath)"
logs=target/bench/rescore
mkdir -p "${logs}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)

# The size of the database and of the tables a job writes, in MiB, after ANALYZE TABLE (InnoDB's statistics are
# otherwise updated lazily and can lag behind a job that just finished).
sizes_of() {
  local tables
  tables=$(mariadb -h127.0.0.1 -uroot -N -e "SELECT GROUP_CONCAT(table_name) FROM information_schema.tables WHERE table_schema = '$1'")
  mariadb -h127.0.0.1 -uroot -N "$1" -e "ANALYZE TABLE ${tables}" > /dev/null
  mariadb -h127.0.0.1 -uroot -N -e "SELECT CONCAT('   database size: ', ROUND(SUM(data_length + index_length) / 1048576, 1), ' MiB (',
      GROUP_CONCAT(CASE WHEN table_name IN ('evaluations', 'fact_snapshots', 'rescore_results')
        THEN CONCAT(table_name, ' ', ROUND((data_length + index_length) / 1048576, 1), ' MiB') END SEPARATOR ', '), ')')
    FROM information_schema.tables WHERE table_schema = '$1'"
}

# The peak heap in use of a run, in MiB, from its GC log: G1 logs the heap in use before and after every
# collection ("612M->120M(1024M)") and at exit ("garbage-first heap total …K, used …K"); the heap is fullest just
# before a collection or at exit, so the largest of those figures is the peak, with no sampling.
peak_heap() {
  awk 'match($0, /[0-9]+M->/) { v = substr($0, RSTART, RLENGTH - 3) + 0; if (v > peak) peak = v }
       /heap +total/ && match($0, /used [0-9]+K/) { v = int(substr($0, RSTART + 5, RLENGTH - 6) / 1024)
         if (v > peak) peak = v }
       END { print peak + 0 }' "$1"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), MariaDB $(mariadb -h127.0.0.1 -uroot -N -e 'SELECT VERSION()')"
for n in "${sizes[@]}"; do
  db="${DB_PREFIX:-rp_bench}_${n}"
  if [ "${REUSE:-0}" != 1 ]; then
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${db}"
    echo "== ${n} projects: generate"
    start=$(date +%s.%N)
    DB_NAME="${db}" java -Xmx1g -jar "${jar}" generate --projects "${n}" --seed 1 \
      --spring.profiles.active=mysql --logging.level.root=WARN | grep -E "^生成完成|^  activities"
    echo "   process wall time incl. start-up: $(echo "$(date +%s.%N) - ${start}" | bc) s"
  fi
  sizes_of "${db}"
  for mode in floor rules; do
    echo "== ${n} projects: re-score (${mode})"
    gc="${logs}/${n}-${mode}.gc.log"
    run=(-Xmx1g "-Xlog:gc,gc+heap+exit:file=${gc}")
    if [ "${mode}" = floor ]; then
      run+=(-cp "${floor_cp}" org.redproperty.batch.RescoreFloor)
    else
      run+=(-jar "${jar}" rescore)
    fi
    start=$(date +%s.%N)
    DB_NAME="${db}" java "${run[@]}" --scheme hongqi365 --year 2023 --as-of 2023-11-30 \
      --spring.profiles.active=mysql --logging.level.root=WARN | tr "\r" "\n" | grep -E "^任务|^每秒"
    echo "   process wall time incl. start-up: $(echo "$(date +%s.%N) - ${start}" | bc) s"
    echo "   peak heap in use (whole process, ${gc}): $(peak_heap "${gc}") MiB of 1024 MiB"
    sizes_of "${db}"
  done
  if [ "${READS:-0}" = 1 ]; then
    echo "== ${n} projects: read facts now and at a past revision (org.redproperty.facts.FactReadBench)"
    DB_NAME="${db}" java -Xmx1g -cp "${floor_cp}" org.redproperty.facts.FactReadBench \
      --spring.profiles.active=mysql --logging.level.root=WARN | grep -E "^第"
  fi
done
