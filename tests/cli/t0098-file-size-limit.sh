#!/bin/sh
# t0098-file-size-limit: with the file-size limit lowered (ulimit -f), so
# that the store cannot grow, add, progress, refine and import exit 3
# with one line naming the limit, and the store still opens with
# everything it held before, sound by goals fsck.
. "$(dirname "$0")/lib.sh"
require sqlite3 jq

must goals init
must goals add --json "Read 12 books" -t 12 -u books
bid=$(json .short_id)
must goals progress "$bid" 2
# an export of a second store, with a long goal, to import
must goals --db "$TRASH/other.db" add "$(printf 'Swim %.0s' $(seq 1 400))"
goals --db "$TRASH/other.db" export --format jsonl >"$TRASH/other.jsonl"
long=$(printf 'x%.0s' $(seq 1 3000))

# limited CMD...: run goals CMD with the file size limit at 4 blocks
# (2 or 4 KiB): the store and its journal cannot grow past it.
limited() {
	run sh -c 'ulimit -f 4 && exec "$@"' limited goals "$@"
}

for c in "add $long" "progress $bid 1 -n $long" "refine $bid -t 20 -m $long" \
	"import $TRASH/other.jsonl"; do
	test_case "goals ${c%% *}, past the file size limit: exit 3, nothing lost"
	store_snapshot
	# shellcheck disable=SC2086
	limited $c
	expect_code 3
	expect_stderr_lines 1
	expect_stderr_match "file size limit"
	expect_stdout_empty
	expect_store_unchanged
	run goals fsck
	expect_code 0
	expect_stdout_empty
	expect_goal_count 1
done

test_case "without the limit, the same writes go through"
must goals add "$long"
must goals import "$TRASH/other.jsonl"
run goals fsck
expect_code 0
expect_goal_count 3

test_done
