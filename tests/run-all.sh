#!/bin/sh
# Build goals twice -- warnings as errors, then with AddressSanitizer and
# UndefinedBehaviorSanitizer -- and run every test (ctest) in both builds.
# The SMART evaluation runs verbosely in the first, so that the log shows
# the agreement per letter.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build -DGOALS_WERROR=ON
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs" -E '^smart-'
# the SMART evaluation, verbose: its agreement per letter goes in the log
ctest --test-dir build --output-on-failure -V -R '^smart-'

cmake -S . -B build-asan -DGOALS_WERROR=ON -DGOALS_SANITIZE=ON \
  -DCMAKE_BUILD_TYPE=Debug
cmake --build build-asan -j "$jobs"
ctest --test-dir build-asan --output-on-failure -j "$jobs"

# A short run of each libFuzzer harness (clang with its fuzzer runtime;
# the corpus is replayed by ctest in both builds above in any case).  CI
# installs clang and libclang-rt-14-dev; without them the run is
# skipped, and says so.
fuzz_probe=$(mktemp -d)
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n)\n{ (void)d; (void)n; return 0; }\n' \
  >"$fuzz_probe/probe.c"
if command -v clang >/dev/null 2>&1 &&
  clang -fsanitize=fuzzer "$fuzz_probe/probe.c" -o "$fuzz_probe/probe" \
    >/dev/null 2>&1; then
  rm -rf "$fuzz_probe"
  GOALS_FUZZ_BUILD=$(pwd)/build-fuzz-ci sh tests/fuzz/run.sh -t "${GOALS_FUZZ_SECONDS:-20}"
else
  rm -rf "$fuzz_probe"
  echo "run-all.sh: no clang with libFuzzer (clang, libclang-rt-14-dev): the short fuzz run is skipped" >&2
fi
