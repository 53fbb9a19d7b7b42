#!/bin/sh
# run.sh - build the libFuzzer harnesses (clang, -DGOALS_FUZZ=ON, in
# build-fuzz/) and run each for a while, one after the other.
#
#	sh tests/fuzz/run.sh [-t SECONDS] [-j JOBS] [NAME...]
#
# NAME is date, parse, smart or import (all of them by default); each runs
# for SECONDS (default 30).  A fuzzer starts from the corpus kept in the
# repository (tests/fuzz/corpus/NAME, never written here) and keeps what it
# finds in build-fuzz/corpus/NAME, which the next run starts from too.
# An input that crashes the library, trips a sanitizer or breaks a
# harness's oracle is kept as build-fuzz/crashes/NAME-crash-*: copy it
# into tests/fuzz/corpus/NAME/ as a regression test (ctest replays that
# directory in every build) and fix the bug.
#
# Exit 0 when every fuzzer ran its time without finding anything, 1 when
# one found something, 2 on a usage error or a failed build.
set -eu
cd "$(dirname "$0")/../.."
src=$(pwd)
seconds=30
jobs=1
while getopts t:j: opt; do
	case $opt in
	t) seconds=$OPTARG ;;
	j) jobs=$OPTARG ;;
	*) echo "usage: sh tests/fuzz/run.sh [-t SECONDS] [-j JOBS] [NAME...]" >&2
	   exit 2 ;;
	esac
done
shift $((OPTIND - 1))
names=${*:-date parse smart import}
build=${GOALS_FUZZ_BUILD:-$src/build-fuzz}

if ! command -v clang >/dev/null 2>&1; then
	echo "run.sh: clang is not installed (Debian: apt-get install clang" \
		"libclang-rt-14-dev)" >&2
	exit 2
fi
CC=clang cmake -S "$src" -B "$build" -DGOALS_FUZZ=ON -DGOALS_TESTS=OFF \
	-DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 2
for name in $names; do
	cmake --build "$build" -j 2 --target "fuzz-$name" >/dev/null || exit 2
done

mkdir -p "$build/crashes"
found=0
for name in $names; do
	corpus=$build/corpus/$name
	mkdir -p "$corpus"
	case $name in
	import) max_len=65536 ;;
	smart) max_len=8192 ;;
	*) max_len=512 ;;
	esac
	dict=
	test -f "$src/tests/fuzz/dict/$name.dict" &&
		dict=-dict=$src/tests/fuzz/dict/$name.dict
	log=$build/fuzz-$name.log
	echo "fuzz-$name: ${seconds}s..."
	# with -jobs, libFuzzer writes each job's log to fuzz-N.log in the
	# current directory: only then, and from the build directory
	par=
	test "$jobs" -gt 1 && par="-jobs=$jobs -workers=$jobs"
	# shellcheck disable=SC2086
	if (cd "$build" && "$build/tests/fuzz/fuzz-$name" -max_total_time="$seconds" \
		-max_len=$max_len -timeout=20 -rss_limit_mb=2048 \
		-print_final_stats=1 $par \
		-artifact_prefix="$build/crashes/$name-" $dict \
		"$corpus" "$src/tests/fuzz/corpus/$name") >"$log" 2>&1; then
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" |
			tail -n 1)
		cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
		echo "fuzz-$name: ${seconds}s, ${runs:-?} runs, ${cov:-cov: ?}," \
			"corpus $(ls "$corpus" | wc -l) inputs; nothing found"
	else
		found=1
		echo "fuzz-$name: FOUND SOMETHING (log: $log)"
		grep -E '(==[0-9]+==ERROR|SUMMARY|broke its contract|runtime error|Test unit written)' \
			"$log" | head -n 8 | sed 's/^/    /'
	fi
done
exit $found
