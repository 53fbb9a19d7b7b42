#!/bin/sh
# t0099-kill: a burst of adds and progress killed with SIGKILL at 20
# moments leaves a store that goals fsck finds sound (integrity check,
# sums kept equal to their entries, ...), holding every write that was
# acknowledged (exit 0) before the kill, and at most the one in flight
# besides.
. "$(dirname "$0")/lib.sh"
require sqlite3 ps

must goals init
must goals add --json "Walk every day" -k habit -t 1 -e day
wid=$(json .short_id)
: >"$TRASH/acked"
: >"$TRASH/progress"

# burst ROUND: adds and progress, each acknowledged write noted
burst() {
	i=0
	while test $i -lt 200; do
		i=$((i + 1))
		goals add "Goal $1-$i" >/dev/null 2>&1 &&
			echo "Goal $1-$i" >>"$TRASH/acked"
		goals progress "$wid" 1 --at "2026-11-2$((i % 7))" \
			>/dev/null 2>&1 && echo "$1-$i" >>"$TRASH/progress"
	done
}

round=0
while test $round -lt 20; do
	round=$((round + 1))
	test_case "SIGKILL in the middle of writes, moment $round"
	burst $round &
	loop=$!
	# a moment between 0.05 and 0.8 s into the burst
	sleep "$(awk -v s=$round 'BEGIN { srand(s * 7919); printf "%.2f", 0.05 + rand() * 0.75 }')"
	for p in $(ps -o pid= --ppid "$loop"); do
		kill -9 "$p" 2>/dev/null
	done
	kill -9 "$loop" 2>/dev/null
	wait "$loop" 2>/dev/null
	run goals fsck
	expect_code 0
	expect_stdout_empty
	expect_stderr_empty
	# every acknowledged goal is there; at most one more than those
	acked=$(wc -l <"$TRASH/acked")
	sql "SELECT text FROM revisions WHERE number = 1" | sort >"$TRASH/have"
	missing=$(sort "$TRASH/acked" | comm -23 - "$TRASH/have" | head -n 3)
	expect_eq "acknowledged goals missing" "" "$missing"
	n=$(sql "SELECT count(*) - 1 FROM goals")
	test "$n" -ge "$acked" && test "$n" -le $((acked + 1)) ||
		expect_eq "goals besides the habit" "$acked or $((acked + 1))" "$n"
	p=$(wc -l <"$TRASH/progress")
	e=$(sql "SELECT count(*) FROM entries")
	test "$e" -ge "$p" && test "$e" -le $((p + 1)) ||
		expect_eq "entries" "$p or $((p + 1))" "$e"
	# the next round starts from what is there, in flight included
	sql "SELECT text FROM revisions WHERE number = 1
		AND text LIKE 'Goal %'" >"$TRASH/acked"
	e=$(sql "SELECT count(*) FROM entries")
	seq 1 "$e" >"$TRASH/progress"
done

test_case "the bursts wrote, and every one was cut short by its kill"
n=$(sql "SELECT count(*) - 1 FROM goals")
test "$n" -ge 1 && test "$n" -lt 4000 ||
	expect_eq "goals written in 20 bursts of 200" "1 to 3999" "$n"
run goals fsck -v
expect_code 0
expect_stderr_match "^checked $((n + 1)) goals, .*: 0 problems$"

test_done
