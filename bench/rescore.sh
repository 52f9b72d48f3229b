#!/usr/bin/env bash
# End-to-end re-score benchmark on MariaDB (127.0.0.1:3306, root, empty password), heap capped at ${HEAP} (512m
# unless set): for each size, generate a province into a fresh database, run the service's own re-score job of
# 红齐365 2023 with the rules, then the I/O floor of that job (org.redproperty.bench.IoFloor, only in src/bench:
# plain JDBC, no Spring, no rule; the same fact rows read with the job's SELECTs, the same number of evaluations and
# result rows written, payloads of the job's average size, in one transaction per district on as many threads).
# Prints each job's time, subjects per second and the peak heap of each run, read from the JVM's own GC log, then
# "job / floor: R", the ratio of the two jobs' own times.
#   bench/rescore.sh                 # 10,000 and 100,000 projects
#   bench/rescore.sh 20000 50000     # other sizes
#   REUSE=1 bench/rescore.sh 100000  # keep a province generated before (same size and seed) and only re-score
#   DB_PREFIX=rp_mine bench/rescore.sh 2000   # databases named rp_mine_<N> instead of rp_bench_<N>
#   HEAP=1g bench/rescore.sh 2000    # another heap cap for the generator and both runs
#   READS=1 bench/rescore.sh 2000    # then also time reading every district's facts now and at a past revision
# After generating and after each run it prints the database size and the sizes of the tables a job writes
# (evaluations, fact_snapshots, rescore_results), so the growth per job can be read off.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp package -DskipTests           # the service's jar: generate, rescore
./mvnw -B -q -ntp -Pbench package -DskipTests   # target/bench: the floor (and the JMH benchmarks), never in the jar
heap="${HEAP:-512m}"
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
    DB_NAME="${db}" java "-Xmx${heap}" -jar "${jar}" generate --projects "${n}" --seed 1 \
      --spring.profiles.active=mysql --logging.level.root=WARN | grep -E "^生成完成|^  activities"
    echo "   process wall time incl. start-up: $(echo "$(date +%s.%N) - ${start}" | bc) s"
  fi
  sizes_of "${db}"
  declare -A took=()
  for mode in rules floor; do
    echo "== ${n} projects: re-score (${mode})"
    gc="${logs}/${n}-${mode}.gc.log"
    run=("-Xmx${heap}" "-Xlog:gc,gc+heap+exit:file=${gc}")
    if [ "${mode}" = rules ]; then
      run+=(-jar "${jar}" rescore --scheme hongqi365 --year 2023 --as-of 2023-11-30
        --spring.profiles.active=mysql --logging.level.root=WARN)
    else
      # the floor of the job just run, on as many threads
      run+=(-cp "${floor_cp}" org.redproperty.bench.IoFloor --job "${job}")
    fi
    start=$(date +%s.%N)
    out=$(DB_NAME="${db}" java "${run[@]}" | tr "\r" "\n" | grep -E "^任务|^每秒|^读取|^写入")
    echo "${out}"
    echo "   process wall time incl. start-up: $(echo "$(date +%s.%N) - ${start}" | bc) s"
    echo "   peak heap in use (whole process, ${gc}): $(peak_heap "${gc}") MiB, heap cap ${heap}"
    # the job's own time, from "任务 <id>…：…，用时 X 秒"
    took[${mode}]=$(echo "${out}" | sed -n 's/^任务.*用时 \([0-9.]*\) 秒.*/\1/p')
    [ "${mode}" = floor ] || job=$(echo "${out}" | sed -n 's/^任务 \([0-9a-f-]*\)：.*/\1/p')
    sizes_of "${db}"
  done
  echo "== ${n} projects: job / floor: $(echo "scale=2; ${took[rules]} / ${took[floor]}" | bc)"
  if [ "${READS:-0}" = 1 ]; then
    echo "== ${n} projects: read facts now and at a past revision (org.redproperty.facts.FactReadBench)"
    DB_NAME="${db}" java "-Xmx${heap}" -cp "${floor_cp}" org.redproperty.facts.FactReadBench \
      --spring.profiles.active=mysql --logging.level.root=WARN | grep -E "^第"
  fi
done
