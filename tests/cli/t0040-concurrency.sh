#!/bin/sh
# t0040-concurrency: several goals processes writing (and reading) the same
# store at once all succeed, and nothing is lost: WAL mode and a busy
# timeout, as cron and an interactive shell need.

. "$(dirname "$0")/lib.sh"
require jq sqlite3

JOBS=4
PER_JOB=25
TOTAL=$((JOBS * PER_JOB))

# writer J: add PER_JOB goals; log every failure (exit code and stderr) to
# $TRASH/writer-J.log; exit 1 when any add failed.
writer() {
	w_log=$TRASH/writer-$1.log
	: >"$w_log"
	w_rc=0
	w_i=1
	while test $w_i -le $PER_JOB; do
		goals add "writer $1 goal $w_i" -t "$w_i" -u steps \
			>"$TRASH/writer-$1.out" 2>"$TRASH/writer-$1.err"
		w_code=$?
		if test $w_code != 0 || test -s "$TRASH/writer-$1.err"; then
			echo "goal $w_i: exit $w_code: $(cat "$TRASH/writer-$1.err")" \
				>>"$w_log"
			w_rc=1
		fi
		w_i=$((w_i + 1))
	done
	return $w_rc
}

# reader: list --json until $TRASH/stop exists; log failures and output
# that is not a JSON array to $TRASH/reader.log.
reader() {
	: >"$TRASH/reader.log"
	r_rc=0
	r_n=0
	while ! test -e "$TRASH/stop" && test $r_n -lt 2000; do
		goals list --json >"$TRASH/reader.out" 2>"$TRASH/reader.err"
		r_code=$?
		if test $r_code != 0 || test -s "$TRASH/reader.err" ||
			test "$(jq -r type "$TRASH/reader.out" 2>&1)" != array; then
			echo "list: exit $r_code: $(cat "$TRASH/reader.err")" \
				>>"$TRASH/reader.log"
			r_rc=1
		fi
		r_n=$((r_n + 1))
	done
	return $r_rc
}

# run_writers: start JOBS writers at once (and a reader when $1 is
# "with-reader"), wait for each, and check their exit status and logs.
run_writers() {
	rm -f "$TRASH/stop" "$TRASH/go"
	pids=
	j=1
	while test $j -le $JOBS; do
		(
			# start together
			while ! test -e "$TRASH/go"; do sleep 0.01 2>/dev/null || :; done
			writer $j
		) &
		pids="$pids $!"
		j=$((j + 1))
	done
	if test "${1:-}" = with-reader; then
		reader &
		reader_pid=$!
	fi
	: >"$TRASH/go"
	j=1
	for pid in $pids; do
		wait "$pid"
		code=$?
		expect_eq "exit status of writer $j" 0 "$code"
		expect_eq "failures logged by writer $j" "" \
			"$(cat "$TRASH/writer-$j.log")"
		j=$((j + 1))
	done
	if test "${1:-}" = with-reader; then
		: >"$TRASH/stop"
		wait "$reader_pid"
		code=$?
		expect_eq "exit status of the reader" 0 "$code"
		expect_eq "failures logged by the reader" "" \
			"$(head -n 5 "$TRASH/reader.log")"
	fi
}

test_case "4 processes adding 25 goals each at once all succeed"
must goals init
run_writers

test_case "the store then holds exactly 100 goals and 100 revisions"
expect_eq "goals in the store" $TOTAL "$(sql 'SELECT count(*) FROM goals')"
expect_eq "revisions in the store" $TOTAL \
	"$(sql 'SELECT count(*) FROM revisions')"
expect_eq "distinct goal texts" $TOTAL \
	"$(sql 'SELECT count(DISTINCT text) FROM revisions')"
expect_eq "distinct goal ids" $TOTAL \
	"$(sql 'SELECT count(DISTINCT uuid) FROM goals')"
run goals list --json
expect_code 0
expect_eq "goals listed" $TOTAL "$(json length)"
expect_eq "goals of writer 3" $PER_JOB \
	"$(json '[.[] | select(.text | startswith("writer 3 "))] | length')"

test_case "the store is in WAL mode"
expect_eq "PRAGMA journal_mode" wal "$(sql 'PRAGMA journal_mode')"

test_case "writers and a reader at once: all succeed, nothing is lost"
run_writers with-reader
expect_eq "goals in the store" $((2 * TOTAL)) \
	"$(sql 'SELECT count(*) FROM goals')"
expect_eq "revisions in the store" $((2 * TOTAL)) \
	"$(sql 'SELECT count(*) FROM revisions')"

test_case "6 processes racing to create a missing store all succeed (40 times)"
# The first write creates the store, sets WAL mode and the schema; two
# processes doing that at once must wait for each other, not fail.
: >"$TRASH/race.log"
ROUNDS=40
round=1
total=0
while test $round -le $ROUNDS; do
	db=$TRASH/race/$round/goals.db
	rm -f "$TRASH/go"
	pids=
	j=1
	while test $j -le 6; do
		(
			while ! test -e "$TRASH/go"; do :; done
			GOALS_DB=$db goals add "round $round racer $j" \
				>/dev/null 2>"$TRASH/race.err.$j"
			code=$?
			if test $code != 0 || test -s "$TRASH/race.err.$j"; then
				echo "round $round racer $j: exit $code:" \
					"$(cat "$TRASH/race.err.$j")" >>"$TRASH/race.log"
			fi
		) &
		pids="$pids $!"
		j=$((j + 1))
	done
	: >"$TRASH/go"
	for pid in $pids; do
		wait "$pid"
	done
	n=$(test -e "$db" && sql 'SELECT count(*) FROM goals' "$db")
	total=$((total + ${n:-0}))
	round=$((round + 1))
done
expect_eq "goals in the $ROUNDS stores" $((ROUNDS * 6)) "$total"
expect_eq "racers that failed (of $((ROUNDS * 6)))" 0 \
	"$(wc -l <"$TRASH/race.log" | tr -d ' ')"
expect_eq "the first failures" "" "$(head -n 3 "$TRASH/race.log")"
expect_eq "PRAGMA journal_mode of a store created in a race" wal \
	"$(test -e "$TRASH/race/1/goals.db" &&
		sql 'PRAGMA journal_mode' "$TRASH/race/1/goals.db")"
expect_mode "$TRASH/race/1/goals.db" -rw-------
expect_mode "$TRASH/race/1" drwx------

test_done
