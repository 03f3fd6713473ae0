#!/usr/bin/env bash
# The command line over a generated register of 1, 1,000 and 2,000 policy files (about every
# Dutch municipality's history), as a user runs it: java -jar ivp-cli.jar with at most 512 MB heap.
# Start-up is part of what is measured. Run after building:
#   ./mvnw -q -B -ntp -DskipTests package -pl ivp-benchmarks -am && ivp-benchmarks/cli-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for count in 1 1000 2000; do
  java -cp ivp-benchmarks/target/benchmarks.jar io.github.ivplib.benchmarks.RegisterFiles "$WORK/$count" "$count"
done
echo "files  bytes      median s  min s  (of $RUNS runs, java -Xmx512m -jar ivp-cli.jar validate DIR)"
for count in 1 1000 2000; do
  times=()
  for ((run = 0; run < RUNS; run++)); do
    start=$(date +%s%N)
    # Exit code 1 (findings at error level) is an answer too; 2 is a problem.
    status=0
    java -Xmx512m -jar ivp-examples/target/ivp-cli.jar validate "$WORK/$count" > "$WORK/out-$count.txt" || status=$?
    end=$(date +%s%N)
    if [ "$status" -gt 1 ]; then
      echo "ivp-cli.jar failed with exit code $status over $count files" >&2
      tail -5 "$WORK/out-$count.txt" >&2
      exit 1
    fi
    times+=("$(( (end - start) / 1000000 ))")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median=${sorted[$(( RUNS / 2 ))]}
  printf '%5d  %9d  %8.2f  %5.2f  %s\n' "$count" "$(du -sb "$WORK/$count" | cut -f1)" \
    "$(echo "$median / 1000" | bc -l)" "$(echo "${sorted[0]} / 1000" | bc -l)" "$(tail -1 "$WORK/out-$count.txt")"
done
