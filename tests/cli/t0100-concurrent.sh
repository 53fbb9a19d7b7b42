#!/bin/sh
# t0100-concurrent: 4 writers of 50 mixed writes each (add, progress) and
# 2 readers (list, show, fsck) at once: every command succeeds, and the
# counts afterwards match exactly what was written.
. "$(dirname "$0")/lib.sh"
require sqlite3

must goals init
must goals add --json "Walk every day" -k habit -t 1 -e day
wid=$(json .short_id)
mkdir "$TRASH/out"

writer() { # writer W: 25 adds and 25 progress, each failure noted
	i=0
	while test $i -lt 25; do
		i=$((i + 1))
		goals add "Writer $1 goal $i" >/dev/null 2>>"$TRASH/out/w$1.err" ||
			echo "add $1-$i failed" >>"$TRASH/out/fail"
		goals progress "$wid" 1 >/dev/null 2>>"$TRASH/out/w$1.err" ||
			echo "progress $1-$i failed" >>"$TRASH/out/fail"
	done
}
reader() { # reader R: list, show and fsck until the writers are done
	while ! test -e "$TRASH/out/done"; do
		goals list >/dev/null 2>>"$TRASH/out/r$1.err" ||
			echo "list in reader $1 failed" >>"$TRASH/out/fail"
		goals show "$wid" >/dev/null 2>>"$TRASH/out/r$1.err" ||
			echo "show in reader $1 failed" >>"$TRASH/out/fail"
		goals fsck >/dev/null 2>>"$TRASH/out/r$1.err" ||
			echo "fsck in reader $1 failed" >>"$TRASH/out/fail"
	done
}

test_case "4 writers and 2 readers at once: every command succeeds"
reader 1 &
r1=$!
reader 2 &
r2=$!
writer 1 &
w1=$!
writer 2 &
w2=$!
writer 3 &
w3=$!
writer 4 &
w4=$!
wait "$w1" "$w2" "$w3" "$w4"
touch "$TRASH/out/done"
wait "$r1" "$r2"
expect_eq "failed commands" "" "$(cat "$TRASH/out/fail" 2>/dev/null)"
expect_eq "messages" "" "$(cat "$TRASH/out/"*.err)"

test_case "the counts match what was written, and the store is sound"
expect_goal_count 101
expect_eq "entries" 100 "$(sql "SELECT count(*) FROM entries")"
expect_eq "sum kept" 100 "$(sql "SELECT CAST(sum_value AS INTEGER) FROM goals WHERE n_entries > 0")"
for w in 1 2 3 4; do
	expect_eq "goals of writer $w" 25 \
		"$(sql "SELECT count(*) FROM revisions WHERE text LIKE 'Writer $w goal %'")"
done
run goals fsck
expect_code 0
expect_stdout_empty

test_done
