#!/usr/bin/env bash
# JMH: one generated project evaluated by the Drools ruleset rules/hongqi365/2023 versus plain Java.
#   bench/jmh.sh                      # full run (3 warm-ups, 5 measurements of 2 s, 1 fork)
#   bench/jmh.sh -wi 1 -i 2 -r 1s     # any org.openjdk.jmh.Main options, e.g. a short run
# Builds the benchmark sources (Maven profile "bench", into target/bench) first; needs Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench package -DskipTests
exec java -Xmx1g -cp "target/bench/classes:$(cat target/bench/benchmarks.classpath)" org.openjdk.jmh.Main "$@"
