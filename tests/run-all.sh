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

# A short run of each libFuzzer harness (clang; its corpus is replayed by
# ctest in both builds above in any case).  CI installs clang and
# libclang-rt-14-dev; without them the run is skipped, and says so.
if command -v clang >/dev/null 2>&1; then
  GOALS_FUZZ_BUILD=$(pwd)/build-fuzz-ci sh tests/fuzz/run.sh -t "${GOALS_FUZZ_SECONDS:-20}"
else
  echo "run-all.sh: clang is not installed: the short fuzz run is skipped" >&2
fi
