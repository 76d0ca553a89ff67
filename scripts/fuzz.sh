#!/usr/bin/env bash
# Fuzzes the stages that read content with libFuzzer and the address sanitizer.
#
#   bash scripts/fuzz.sh [TARGET|all] [SECONDS]     (default: all, 60 s per target)
#
# Targets: yaml, frontmatter, markdown, decode, site (see Fuzz/HirobaFuzz/FuzzTarget.swift).
# Builds the harness into .build-fuzz (release, address sanitizer, libFuzzer coverage; only there is
# the HirobaFuzz target part of the package, through HIROBA_FUZZ=1), then runs each target
# for SECONDS on a working corpus in .build-fuzz/corpus/TARGET that starts from the seeds
# in fuzz/corpus/TARGET and keeps what earlier runs found. A crash, sanitizer report, leak,
# input slower than 10 s (a hang) or over 2 GB makes the script exit non-zero; the input is
# saved as .build-fuzz/artifacts/TARGET/crash-… (or timeout-…, leak-…, oom-…). Turn each
# into a regression test in Tests/HirobaTests/Safety/FuzzRegressionTests.swift.
# The last lines of each run (executions, cov, ft, corpus size) go to
# .build-fuzz/logs/TARGET.log and are summed up at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

targets=(yaml frontmatter markdown decode site)
which="${1:-all}"
seconds="${2:-60}"
if [ "$which" != all ]; then
  case " ${targets[*]} " in
    *" $which "*) targets=("$which") ;;
    *) echo "error: unknown target '$which' (one of: ${targets[*]}, all)" >&2; exit 2 ;;
  esac
fi

ensure_swift
ensure_system_libraries

scratch=.build-fuzz
echo "==> Building the fuzz harness (release, fuzzer + address sanitizer)"
# The coverage that -sanitize=fuzzer turns on, with libFuzzer linked without its own main:
# SwiftPM gives the executable a main (HirobaFuzz.main), which starts libFuzzer's driver.
runtime="$(dirname "$(realpath "$(command -v swiftc)")")/../lib/clang"
fuzzer_lib="$(ls "$runtime"/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a | head -n 1)"
flags=(-c release --product HirobaFuzz --scratch-path "$scratch"
  -Xswiftc -sanitize=address
  -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
  -Xlinker "$fuzzer_lib" -Xlinker -lstdc++)
HIROBA_FUZZ=1 swift build "${flags[@]}"
binary="$(HIROBA_FUZZ=1 swift build "${flags[@]}" --show-bin-path)/HirobaFuzz"

# Longest input per target: a content file is at most 1 MiB, but small inputs explore
# faster; the site target holds twelve files.
max_len() {
  case "$1" in
    yaml|frontmatter) echo 4096 ;;
    markdown|decode) echo 8192 ;;
    site) echo 32768 ;;
  esac
}
dictionary() {
  case "$1" in
    markdown) echo fuzz/dict/markdown.dict ;;
    *) echo fuzz/dict/yaml.dict ;;
  esac
}

failed=()
summary=()
mkdir -p "$scratch/logs"
for target in "${targets[@]}"; do
  corpus="$scratch/corpus/$target" artifacts="$scratch/artifacts/$target"
  log="$scratch/logs/$target.log"
  mkdir -p "$corpus" "$artifacts"
  echo "==> Fuzzing $target for ${seconds} s"
  status=0
  # ASan: leaks are findings too; libFuzzer: one process, one worker.
  HIROBA_FUZZ_TARGET="$target" ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1" \
    LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0" \
    "$binary" "$corpus" "fuzz/corpus/$target" \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
    -dict="$(dictionary "$target")" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.*corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$last")
  line="$target: ${seconds} s, ${runs:-?} executions, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"
  if [ "$status" -ne 0 ]; then
    line="$line — FAILED (exit $status, see $log)"
    failed+=("$target")
    grep -E 'ERROR: |SUMMARY: |Test unit written|Fatal error|precondition' "$log" | head -n 8 >&2 || true
  fi
  echo "    $line"
  summary+=("$line")
done

echo "==> Fuzzing summary"
printf '    %s\n' "${summary[@]}"
if [ "${#failed[@]}" -ne 0 ]; then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
