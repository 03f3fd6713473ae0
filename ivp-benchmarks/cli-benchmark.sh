#!/usr/bin/env bash
# The command line over a generated register of 1, 1,000 and 2,000 policy files (about every
# Dutch municipality's history), as a user runs it: java -jar ivp-cli.jar with at most 512 MB
# heap, start-up included. Prints per count the median of RUNS runs (default 5) of the wall-clock
# time and of the CPU time (user + system, all threads), which a loaded machine disturbs less.
# Run after building:
#   ./mvnw -q -B -ntp -DskipTests package -pl ivp-benchmarks -am && ivp-benchmarks/cli-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
COUNTS=(1 1000 2000)
for count in "${COUNTS[@]}"; do
  java -cp ivp-benchmarks/target/benchmarks.jar io.github.ivplib.benchmarks.RegisterFiles "$WORK/$count" "$count"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "| files | MB | wall s (median of $RUNS) | CPU s (median) | wall / 1 file | summary |"
echo "| --- | --- | --- | --- | --- | --- |"
one=""
for count in "${COUNTS[@]}"; do
  : > "$WORK/wall" && : > "$WORK/cpu"
  for ((run = 0; run < RUNS; run++)); do
    TIMEFORMAT='%R %U %S'
    # Exit code 1 (findings at error level) is an answer too; 2 is a problem.
    { time java -Xmx512m -jar ivp-examples/target/ivp-cli.jar validate "$WORK/$count" > "$WORK/out" || [ $? -eq 1 ]; } 2> "$WORK/time"
    read -r wall user sys < <(tail -1 "$WORK/time")
    echo "$wall" >> "$WORK/wall"
    echo "$user + $sys" | bc >> "$WORK/cpu"
  done
  wall=$(median < "$WORK/wall")
  one=${one:-$wall}
  printf '| %d | %.1f | %.2f | %.2f | %.1f | %s |\n' "$count" "$(echo "$(du -sk "$WORK/$count" | cut -f1) / 1024" | bc -l)" "$wall" \
    "$(median < "$WORK/cpu")" "$(echo "$wall / $one" | bc -l)" "$(tail -1 "$WORK/out")"
done
