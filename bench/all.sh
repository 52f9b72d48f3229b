#!/usr/bin/env bash
# Every figure of docs/performance.md in one run, on the idle machine: the re-score job against its true floor at
# 10,000, 100,000 and 300,000 generated projects (bench/rescore.sh, heap capped at 512 MiB), the JMH benchmarks
# (bench/jmh.sh: Drools against plain Java per project, a district in one session against one per project) and
# single evaluations under load (bench/load.sh: 20 clients, 30 s, a reload in the middle). Prints everything and
# keeps it in target/bench/all.log. About half an hour on 2 cores.
#   bench/all.sh
#   SIZES="1000 2000" bench/all.sh      # other sizes (a quick try)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
log=target/bench/all.log
{
  echo "== $(date -u '+%Y-%m-%d %H:%M:%S') UTC, commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
  echo "== $(nproc) cores, $(free -g | awk '/^Mem/ { print $2 " GiB" }'), $(uname -r), $(java -version 2>&1 | head -n 1)"
  # shellcheck disable=SC2086
  bench/rescore.sh ${SIZES:-10000 100000 300000}
  bench/jmh.sh -rf json -rff target/bench/jmh.json
  bench/load.sh
  echo "== done $(date -u '+%Y-%m-%d %H:%M:%S') UTC"
} 2>&1 | tee "${log}"
