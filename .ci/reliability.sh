#!/usr/bin/env bash
# The reliability runs of CI (README "Reliability"), after the normal suite; .ci/setup.sh test
# calls it. Each build has a folder of its own and goes through ccache.
#   .ci/reliability.sh sanitize — GCC with -DBANTAM_SANITIZE=address,undefined at -O1: the core
#                                 and CLI tests (SQLite files), any report of AddressSanitizer,
#                                 LeakSanitizer or UBSan fails the run
#   .ci/reliability.sh fuzz     — clang-15 with -DBANTAM_FUZZ=ON: each libFuzzer target runs
#                                 BANTAM_FUZZ_SECONDS (45) on a copy of its checked-in corpus; a
#                                 crash, leak, UB, timeout or broken promise fails the run and
#                                 the input is kept in $BANTAM_FUZZ_BUILD_DIR/findings/; libFuzzer
#                                 runs the whole corpus first, so the corpora are replayed under
#                                 clang's AddressSanitizer and UBSan here, not in the GCC build
#   .ci/reliability.sh          — both
# BANTAM_SANITIZE_TESTS="tst_a tst_b" narrows the sanitizer run to those tests (a quick look).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
san_dir="${BANTAM_SANITIZE_BUILD_DIR:-build-sanitize}"
fuzz_dir="${BANTAM_FUZZ_BUILD_DIR:-build-fuzz}"
# CI fuzzes a fixed 20,000 inputs per target from seed 1, so a run is repeatable and a finding is
# the code's, not the luck of the clock; BANTAM_FUZZ_SECONDS=N fuzzes N seconds from a random seed
# instead (the long runs, and the hunt for new findings).
if [ -n "${BANTAM_FUZZ_SECONDS:-}" ]; then
  fuzz_budget="-max_total_time=$BANTAM_FUZZ_SECONDS"
else
  fuzz_budget="-seed=1 -runs=20000"
fi
jobs="${BANTAM_JOBS:-2}"
# -O1 and line tables only: the sanitizers' builds and runs stay short; reports keep file:line.
small=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DBANTAM_BUILD_BENCHMARKS=OFF)

fuzz_targets=(fuzz_csvreader fuzz_importmapping fuzz_leadimport fuzz_mappingjson fuzz_scoringmodel
  fuzz_routingrules fuzz_answers)
# Core and CLI tests on SQLite files; the *_pg runs, the server permissions and the crash trials
# (kill -9 of bantam-cli, slow under the sanitizers) stay with the normal suite.
san_tests=(tst_activityimport tst_businesscalendar tst_callbacks tst_crmimport tst_csvreader
  tst_csvwriter tst_database tst_leadexport tst_leadimport tst_leadrepository tst_migrations
  tst_pipelineservice tst_predictivescore tst_qualificationrules tst_qualificationservice
  tst_reportservice tst_routingengine tst_routingservice tst_scoringengine tst_scoringmodel
  tst_scoringservice tst_services tst_slaclocks tst_slareport tst_teamload tst_teamwork
  tst_typedlist tst_cli)
if [ -n "${BANTAM_SANITIZE_TESTS:-}" ]; then
  read -r -a san_tests <<<"$BANTAM_SANITIZE_TESTS"
fi

sanitize() {
  echo "== Sanitizer build (address,undefined) in $san_dir"
  cmake -S . -B "$san_dir" -G Ninja "${small[@]}" -DBANTAM_WERROR=ON \
    -DBANTAM_SANITIZE=address,undefined
  cmake --build "$san_dir" --parallel "$jobs" --target bantam-cli "${san_tests[@]}"
  local regex
  regex="^($(
    IFS='|'
    echo "${san_tests[*]}"
  ))\$"
  export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1"
  export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
  (cd "$san_dir" && ctest --output-on-failure --timeout 900 --parallel "$jobs" -R "$regex")
}

fuzz() {
  echo "== Fuzz targets (clang-15, libFuzzer) in $fuzz_dir"
  cmake -S . -B "$fuzz_dir" -G Ninja "${small[@]}" -DCMAKE_CXX_COMPILER=clang++-15 \
    -DBANTAM_FUZZ=ON
  cmake --build "$fuzz_dir" --parallel "$jobs" --target "${fuzz_targets[@]}"
  local findings="$fuzz_dir/findings"
  rm -rf "$fuzz_dir/corpus" "$findings"
  mkdir -p "$findings"
  export ASAN_OPTIONS="detect_leaks=1"
  export UBSAN_OPTIONS="print_stacktrace=1"
  # Qt seeds its hashes at random; fixed, a seed-1 run takes the same path on every machine.
  export QT_HASH_SEED=0
  # Two at a time (one per core); new inputs go to a scratch copy, not into the repository.
  printf '%s\n' "${fuzz_targets[@]}" | xargs -P "$jobs" -I{} sh -c '
    mkdir -p "$1/corpus/$2" "$1/findings/$2"
    if "$1/tests/fuzz/$2" $3 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$1/findings/$2/" "$1/corpus/$2" "tests/fuzz/corpus/$2" \
        >"$1/findings/$2.log" 2>&1; then
      echo "$2: $(grep -m1 "stat::number_of_executed_units" "$1/findings/$2.log" | awk "{print \$2}") runs, no finding"
    else
      tail -n 60 "$1/findings/$2.log"
      echo "$2: FAILED, input kept in $1/findings/$2/" >&2
      exit 255
    fi' sh "$fuzz_dir" {} "$fuzz_budget"
}

case "$what" in
  sanitize) sanitize ;;
  fuzz) fuzz ;;
  all)
    sanitize
    fuzz
    ;;
  *)
    echo "usage: .ci/reliability.sh [sanitize|fuzz|all]" >&2
    exit 2
    ;;
esac
