#!/bin/sh
# t0070-progress: goals progress logs entries (value, instant, the local
# day fixed when logged, note) and shows how far a goal has come; the
# progress of show --json and list --json follows each kind's rules.

. "$(dirname "$0")/lib.sh"
require jq sqlite3

UUID_RE='^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'

# GOALS_NOW is Friday 2026-11-27 10:00 UTC.

# add_id ARGS...: add a goal with --json; its full id in $id, its short id
# in $short, its 32 hex digits in $hex.
add_id() {
	must goals add "$@" --json || return 1
	id=$(json .id)
	short=$(json .short_id)
	hex=$(printf '%s' "$id" | tr -d -)
}

# entries_of HEX: the goal's entries in the store, "at|day|value|note" a
# line, oldest first.
entries_of() {
	sql "SELECT e.at, e.day, e.value, ifnull(e.note, 'NULL') FROM entries e
		JOIN goals g ON g.gid = e.goal WHERE g.uuid = '$1'
		ORDER BY e.at, e.eid"
}

# logged_at WHEN: log 1 with --at WHEN against $id; print the entry's
# "at day" from its JSON.
logged_at() {
	run goals progress --json "$id" 1 --at "$1"
	if test "$RUN_CODE" != 0; then
		t_context | head -n 5 | tr '\n' ' '
		return
	fi
	json '"\(.at) \(.day)"'
}

# progress_of ID: the progress object of show --json, compact.
progress_of() {
	goals show --json "$1" | jq -c .progress
}

# Logging ------------------------------------------------------------------------------

test_case "progress ID 3 -n note --at DATE logs an entry and says so"
add_id "Read 12 books" -t 12 -u books -d 2027-06-30
books=$id
books_hex=$hex
books_short=$short
run goals progress "$books" 3 -n "note" --at 2026-11-20
expect_code 0
expect_stderr_empty
expect_stdout_eq "logged 3 for $books_short Read 12 books"
expect_eq "the entry in the store (at|day|value|note)" \
	"2026-11-20T00:00:00Z|2026-11-20|3.0|note" "$(entries_of "$books_hex")"
expect_eq "entries in the store" 1 "$(sql 'SELECT count(*) FROM entries')"
expect_match "the entry's uuid in the store" '^[0-9a-f]{32}$' \
	"$(sql 'SELECT uuid FROM entries')"

test_case "the value is printed as people read it: 2.5, -1, 1000"
run goals progress "$(printf '%s' "$books" | cut -c1-4)" 2.5
expect_code 0
expect_stdout_eq "logged 2.5 for $books_short Read 12 books"
run goals progress "$books" -1 -n "one was a duplicate"
expect_code 0
expect_stdout_eq "logged -1 for $books_short Read 12 books"
run goals progress "$books" 1e3 --at 2026-11-01
expect_code 0
expect_stdout_eq "logged 1000 for $books_short Read 12 books"
expect_eq "the entries in the store" \
"2026-11-01T00:00:00Z|2026-11-01|1000.0|NULL
2026-11-20T00:00:00Z|2026-11-20|3.0|note
2026-11-27T10:00:00Z|2026-11-27|2.5|NULL
2026-11-27T10:00:00Z|2026-11-27|-1.0|one was a duplicate" \
	"$(entries_of "$books_hex")"
expect_eq "current: 0 + 1000 + 3 + 2.5 - 1" 1004.5 \
	"$(goals show --json "$books" | jq .progress.current)"

test_case "progress --json ID VALUE prints the new entry"
add_id "Run 100 km" -t 100 -u km
run goals progress --json "$id" 5.5 -n "along the river" --at 2026-11-26T18:45
expect_code 0
expect_stderr_empty
expect_json_valid
expect_stdout_lines 1
entry=$(json .id)
expect_match "id (a UUID)" "$UUID_RE" "$entry"
expect_eq "the entry's id is its uuid in the store" \
	"$(printf '%s' "$entry" | tr -d -)" \
	"$(sql "SELECT e.uuid FROM entries e JOIN goals g ON g.gid = e.goal
		WHERE g.uuid = '$hex'")"
expect_eq "the entry" \
	"{\"id\":\"$entry\",\"goal\":\"$id\",\"at\":\"2026-11-26T18:45:00Z\",\"day\":\"2026-11-26\",\"value\":5.5,\"note\":\"along the river\"}" \
	"$(json '{id, goal, at, day, value, note}' | jq -c .)"
run goals progress --json "$id" 2
expect_code 0
expect_eq "an entry without --at or --note" \
	'{"at":"2026-11-27T10:00:00Z","day":"2026-11-27","value":2,"note":null}' \
	"$(json '{at, day, value, note}' | jq -c .)"
expect_match "a new id" "$UUID_RE" "$(json .id)"
test "$(json .id)" != "$entry" || fail "two entries got the same id $entry"

test_case "a note may hold newlines and tabs"
run goals progress --json "$id" 1 -n "$(printf 'first line\nsecond\tline')"
expect_code 0
expect_eq "the note in JSON" '"first line\nsecond\tline"' \
	"$(jq -c .note "$(stdout_file)")"
expect_eq "the note in the store" "$(printf 'first line\nsecond\tline')" \
	"$(sql "SELECT note FROM entries WHERE uuid = '$(json .id | tr -d -)'")"

# Times ------------------------------------------------------------------------------

test_case "--at yesterday, -2d, -1w and today keep the time of day"
add_id "Drink water" -k habit -t 8 -e day
expect_eq "--at yesterday" "2026-11-26T10:00:00Z 2026-11-26" "$(logged_at yesterday)"
expect_eq "--at -2d" "2026-11-25T10:00:00Z 2026-11-25" "$(logged_at -2d)"
expect_eq "--at -1w" "2026-11-20T10:00:00Z 2026-11-20" "$(logged_at -1w)"
run goals progress "$id" 1 --at +1d
expect_code 2
expect_stderr_eq "goals: --at: invalid time '+1d': that is 2026-11-28T10:00:00Z, still to come: expected a time that has passed"
run goals progress "$id" 1 --at 2027-11-27
expect_code 2
expect_stderr_match "^goals: --at: invalid time '2027-11-27': that is 2027-11-27T00:00:00Z, still to come"
expect_eq "--at today (now)" "2026-11-27T10:00:00Z 2026-11-27" "$(logged_at today)"

test_case "--at monday is the last Monday before today, never today"
expect_eq "--at monday on a Friday" "2026-11-23T10:00:00Z 2026-11-23" \
	"$(logged_at monday)"
expect_eq "--at friday on a Friday: a week ago" \
	"2026-11-20T10:00:00Z 2026-11-20" "$(logged_at friday)"
expect_eq "--at Sun (any case, short)" "2026-11-22T10:00:00Z 2026-11-22" \
	"$(logged_at Sun)"
run env GOALS_NOW=2026-11-30T08:15:00Z goals progress --json "$id" 1 --at monday
expect_code 0
expect_eq "--at monday on a Monday: a week ago" \
	"2026-11-23T08:15:00Z 2026-11-23" "$(json '"\(.at) \(.day)"')"

test_case "--at with a time, with and without a zone"
expect_eq "--at DATE: local midnight" "2026-11-20T00:00:00Z 2026-11-20" \
	"$(logged_at 2026-11-20)"
expect_eq "--at local time" "2026-11-20T08:30:00Z 2026-11-20" \
	"$(logged_at 2026-11-20T08:30)"
expect_eq "--at +02:00" "2026-11-20T06:30:15Z 2026-11-20" \
	"$(logged_at 2026-11-20T08:30:15+02:00)"
expect_eq "--at Z" "2026-11-19T23:59:00Z 2026-11-19" \
	"$(logged_at 2026-11-19T23:59Z)"

test_case "the day is the local day in TZ, fixed when the entry is logged"
zone=Pacific/Auckland
test -e /usr/share/zoneinfo/Pacific/Auckland ||
	zone='NZST-12NZDT,M9.5.0,M4.1.0/3' # the same rules, without tzdata
add_id "Stretch every day" -k habit -t 1 -e day
stretch=$id
# 12:00 UTC on Thursday 26 November is already 01:00 on Friday 27 in
# Auckland (NZDT, UTC+13)
run env TZ="$zone" goals progress --json "$stretch" 1 --at 2026-11-26T12:00:00Z
expect_code 0
expect_eq "at and day of the new entry" "2026-11-26T12:00:00Z 2026-11-27" \
	"$(json '"\(.at) \(.day)"')"
expect_eq "at|day in the store" "2026-11-26T12:00:00Z|2026-11-27" \
	"$(sql "SELECT e.at, e.day FROM entries e JOIN goals g ON g.gid = e.goal
		WHERE g.uuid = '$hex'")"
# read later under UTC, the entry still counts for the 27th
run goals progress --json "$stretch"
expect_code 0
expect_eq "day of the entry, read under TZ=UTC" 2026-11-27 \
	"$(json '.entries[0].day')"
run goals show --json "$stretch"
expect_eq "today's count of the daily habit under TZ=UTC (the 27th)" 1 \
	"$(json .progress.current)"
run goals show "$stretch"
expect_stdout_match '^Progress: +1 of 1 today, 100% of days met, 1 entry$'
# and local times are printed in TZ: 12:00 under UTC
run goals progress "$stretch"
expect_stdout_match '^    2026-11-26 12:00         1$'

test_case "a day in the future in TZ does not count for today elsewhere"
add_id "Floss every day" -k habit -t 1 -e day
# 11:30 UTC on the 27th is the 28th in Auckland (logged at 12:00 UTC)
run env TZ="$zone" GOALS_NOW=2026-11-27T12:00:00Z goals progress --json \
	"$id" 1 --at 2026-11-27T11:30:00Z
expect_eq "day of the entry" 2026-11-28 "$(json .day)"
run goals show --json "$id"
expect_eq "today's count under TZ=UTC" 0 "$(json .progress.current)"
expect_eq "entries" 1 "$(json .progress.entries)"

# Refused input -----------------------------------------------------------------------

# refused WHAT ARGS...: `goals progress ARGS...` exits 2 with one line on
# stderr, nothing on stdout, and the store unchanged.
refused() {
	t_what=$1
	shift
	store_snapshot
	run goals progress "$@"
	t_check
	if test "$RUN_CODE" != 2 || test -s "$(stdout_file)" ||
		test "$(wc -l <"$(stderr_file)" | tr -d ' ')" != 1; then
		t_fail_run "$t_what: expected exit 2, no stdout, one line on stderr"
	fi
	expect_store_unchanged
}

test_case "bad values: exit 2, one line naming the value, store unchanged"
add_id "Save 500 euros" -t 500 -u euros
refused "abc" "$id" abc
expect_stderr_match "'abc'"
refused "nan" "$id" nan
expect_stderr_match "'nan'"
refused "1e999 (overflow)" "$id" 1e999
expect_stderr_match "'1e999'"
refused "inf" "$id" inf
refused "hex" "$id" 0x10
refused "trailing junk" "$id" 12abc
refused "an empty value" "$id" ""
refused "a value with a space" "$id" " 1"
expect_eq "entries of the goal" 0 "$(goals show --json "$id" | jq .progress.entries)"

test_case "a bad --at: exit 2, one line, store unchanged"
refused "--at bogus" "$id" 1 --at bogus
expect_stderr_match "'bogus'"
refused "--at 2026-02-30" "$id" 1 --at 2026-02-30
expect_stderr_match "'2026-02-30'"
refused "--at 25:00" "$id" 1 --at 2026-11-20T25:00
refused "--at ' today'" "$id" 1 --at " today"
refused "--at empty" "$id" 1 --at ""

test_case "a bad --note: broken UTF-8, control characters, empty"
refused "a note with byte 0xff" "$id" 1 -n "$(printf 'bad \377 byte')"
refused "a note cut in a UTF-8 sequence" "$id" 1 -n "$(printf 'caf\303')"
refused "a note with BEL" "$id" 1 -n "$(printf 'ring \007 ring')"
refused "a note with CR" "$id" 1 -n "$(printf 'one\rtwo')"
refused "a note with ESC" "$id" 1 -n "$(printf 'colour \033[31m')"
refused "an empty note" "$id" 1 -n ""
refused "a note of spaces" "$id" 1 -n "   "

test_case "--note or --at without VALUE; unknown id; too many args"
refused "--note without VALUE" "$id" -n "no value"
expect_stderr_match '--note'
refused "--at without VALUE" "$id" --at yesterday
refused "an unknown id" 0000 1
refused "an unknown id, with --json" --json 0000 1
refused "an id that is not hex" zzzz 1
refused "too many arguments" "$id" 1 2
refused "no ID" 

test_case "logging on a missing store: exit 2, nothing created"
run env GOALS_DB="$TRASH/none/goals.db" goals progress abcd 1
expect_code 2
expect_stdout_empty
expect_stderr_lines 1
expect_absent "$TRASH/none"
run env GOALS_DB="$TRASH/none/goals.db" goals progress abcd
expect_code 2
expect_absent "$TRASH/none"

test_case "logging to an achieved or abandoned goal is refused (exit 2)"
add_id "Book the dentist"
done_id=$id
sql "UPDATE goals SET status = 'achieved' WHERE uuid = '$hex'"
refused "an achieved goal" "$id" 1
refused "an achieved goal, with a note and --at" "$id" 1 -n "late" --at yesterday
sql "UPDATE goals SET status = 'abandoned' WHERE uuid = '$hex'"
refused "an abandoned goal" "$id" 1
run goals progress "$id"
expect_code 0
expect_stdout_match "^$short Book the dentist\$"

# The view ----------------------------------------------------------------------------

test_case "the view: text, current and target, a bar, entries newest first"
# started three weeks ago: a pace is judged a week after the start
add_id "Read 12 books" -t 12 -u books -d 2027-06-30 --start 2026-11-06
view=$id
vshort=$short
must goals progress "$view" 3 -n "note" --at 2026-11-20
must goals progress "$view" 2 --at 2026-11-21T08:30
# logged afterwards, for an earlier day: listed by instant
must goals progress "$view" 1 --at 2026-11-10 -n "a short one"
run goals progress "$view"
expect_code 0
expect_stderr_empty
expect_stdout_eq "$vshort Read 12 books
  now: 6 books, target 12
  [##########..........] 50%
  pace: 0.2 a week needed, 2 a week so far (on track)
  at this pace: target reached on 2026-12-18
  last 14 days: ......@*......
  3 entries
    2026-11-21 08:30         2
    2026-11-20 00:00         3  note
    2026-11-10 00:00         1  a short one"

test_case "the view in a UTF-8 locale: a bar of blocks and dots"
must goals progress "$view" 1.5
run env LC_ALL=C.UTF-8 goals progress "$view"
expect_code 0
# 7.5 of 12 is 62.5%: 12.5 cells, rounded to 13
expect_stdout_eq "$vshort Read 12 books
  now: 7.5 books, target 12
  [█████████████·······] 63%
  pace: 0.1 a week needed, 2.5 a week so far (on track)
  at this pace: target reached on 2026-12-10
  last 14 days: ······█▆·····▅
  4 entries
    2026-11-27 10:00       1.5
    2026-11-21 08:30         2
    2026-11-20 00:00         3  note
    2026-11-10 00:00         1  a short one"

test_case "the view shows the 10 latest entries, and counts them all"
add_id "Walk 100 km" -t 100 -u km --start 2026-11-01
walk=$id
i=1
while test $i -le 12; do
	run goals progress "$walk" "$i" --at "2026-11-$(printf '%02d' $i)T07:00"
	test "$RUN_CODE" = 0 || t_fail_run "logging entry $i"
	i=$((i + 1))
done
run goals progress "$walk"
expect_code 0
expect_stdout_match '^  now: 78 km, target 100$'
expect_stdout_match '^  \[################....\] 78%$'
expect_stdout_match '^  12 entries$'
expect_eq "the entries listed" "12 11 10 9 8 7 6 5 4 3" \
	"$(sed -n 's/^    2026-11-[0-9][0-9] 07:00 *\([0-9]*\)$/\1/p' "$(stdout_file)" |
		paste -sd ' ' -)"
# with the pace (2 lines); no entry in the last 14 days, so no sparkline
expect_stdout_lines 16

test_case "progress --json ID: the goal and its entries, newest first"
run goals progress --json "$walk"
expect_code 0
expect_stderr_empty
expect_json_valid
expect_stdout_lines 1
expect_eq "goal.id" "$walk" "$(json .goal.id)"
expect_eq "goal.text" "Walk 100 km" "$(json .goal.text)"
expect_eq "goal.progress" \
	'{"current":78,"percent":78,"entries":12,"last_at":"2026-11-12T07:00:00Z"}' \
	"$(json .goal.progress | jq -c .)"
expect_eq "the values of entries" "12 11 10 9 8 7 6 5 4 3" \
	"$(json '.entries | map(.value) | join(" ")')"
expect_eq "the days of entries" "2026-11-12 2026-11-03" \
	"$(json '"\(.entries[0].day) \(.entries[9].day)"')"
expect_eq "keys of an entry" "at,day,goal,id,note,short_id,value,void" \
	"$(json '.entries[0] | keys | join(",")')"
expect_eq "entries[0].goal" "$walk" "$(json '.entries[0].goal')"
run goals progress --json "$view"
expect_eq "the days of the view's entries" \
	"2026-11-27 2026-11-21 2026-11-20 2026-11-10" \
	"$(json '.entries | map(.day) | join(" ")')"
expect_eq "the notes" "null null note a short one" \
	"$(json '.entries | map(.note) | map(tostring) | join(" ")' | sed 's/"//g')"

test_case "the view of a goal with no entries"
add_id "Learn 20 songs" -t 20
run goals progress "$id"
expect_code 0
expect_stdout_eq "$short Learn 20 songs
  now: 0, target 20
  [....................] 0%
  0 entries"
run goals progress --json "$id"
expect_eq "entries" '[]' "$(json .entries | jq -c .)"
expect_eq "goal.progress" '{"current":0,"percent":0,"entries":0,"last_at":null}' \
	"$(json .goal.progress | jq -c .)"

test_case "the view only reads: the store is unchanged"
store_snapshot
run goals progress "$view"
run goals progress --json "$walk"
expect_store_unchanged

# Progress by kind --------------------------------------------------------------------

test_case "total: baseline plus the sum of the entries"
add_id "Save money" -b 2 -t 12 -u euros
total=$id
must goals progress "$total" 3
must goals progress "$total" 4.5 --at yesterday
expect_eq "progress of show --json" \
	'{"current":9.5,"percent":75,"entries":2,"last_at":"2026-11-27T10:00:00Z"}' \
	"$(progress_of "$total")"
run goals list --json
expect_eq "progress of list --json" \
	'{"current":9.5,"percent":75,"entries":2,"last_at":"2026-11-27T10:00:00Z"}' \
	"$(json ".[] | select(.id == \"$total\") | .progress" | jq -c .)"
run goals progress "$total"
expect_stdout_match '^  now: 9.5 euros, target 12$'
expect_stdout_match '^  \[###############.....\] 75%$'

test_case "total: overshooting the target is clamped to 100%"
must goals progress "$total" 10
expect_eq "progress" \
	'{"current":19.5,"percent":100,"entries":3,"last_at":"2026-11-27T10:00:00Z"}' \
	"$(progress_of "$total")"

test_case "level: the latest entry counts; percent down from baseline 8 to target 5"
add_id "Rate my anxiety 0-10 after each social event" -k level -b 8 -t 5 \
	-d 2027-02-01
level=$id
must goals progress "$level" 7 --at -3d
must goals progress "$level" 6.5 --at -1d
# logged last, but for an earlier time: it does not replace the latest
must goals progress "$level" 9 --at -10d
expect_eq "progress of show --json" \
	'{"current":6.5,"percent":50,"entries":3,"last_at":"2026-11-26T10:00:00Z"}' \
	"$(progress_of "$level")"
run goals list --json
expect_eq "progress of list --json" \
	'{"current":6.5,"percent":50,"entries":3,"last_at":"2026-11-26T10:00:00Z"}' \
	"$(json ".[] | select(.id == \"$level\") | .progress" | jq -c .)"
run goals progress "$level"
expect_stdout_match '^  now: 6.5, target 5$'
expect_stdout_match '^  \[##########..........\] 50%$'
must goals progress "$level" 5.5
expect_eq "after a new measurement of 5.5 (5/6 of the way)" \
	'{"current":5.5,"percent":83.3,"entries":4,"last_at":"2026-11-27T10:00:00Z"}' \
	"$(progress_of "$level")"

test_case "level with no entry: current is the baseline"
add_id "Weigh 70 kg" -k level -b 80 -t 70 -u kg
expect_eq "progress" \
	'{"current":80,"percent":0,"entries":0,"last_at":null}' \
	"$(progress_of "$id")"

test_case "habit: entries of the current Monday-to-Sunday week; percent of weeks met"
add_id "Run twice a week" -e week -t 2 --start 2026-11-02
habit=$id
# week of Nov 2: 2 (met); Nov 9: 1; Nov 16: none; this week (Nov 23): 2,
# met; Oct 30 is before the start and counts for no week
for d in 2026-11-02 2026-11-04 2026-11-10 2026-11-24 2026-11-26 2026-10-30; do
	must goals progress "$habit" 1 --at "$d"
done
expect_eq "progress of show --json (2 of 4 weeks met)" \
	'{"current":2,"percent":50,"entries":6,"last_at":"2026-11-26T00:00:00Z"}' \
	"$(progress_of "$habit")"
run goals list --json
expect_eq "progress of list --json" \
	'{"current":2,"percent":50,"entries":6,"last_at":"2026-11-26T00:00:00Z"}' \
	"$(json ".[] | select(.id == \"$habit\") | .progress" | jq -c .)"
run goals progress "$habit"
expect_stdout_match '^  this week: 2 of 2$'
expect_stdout_match '^  \[##########..........\] 50% of periods met$'
expect_stdout_match '^  6 entries$'

test_case "habit: Sunday ends the week; the current week counts once met"
add_id "Call Mum once a week" -e week -t 1 --start 2026-11-16
# Sunday 22 November, 20:00: the week of the 16th, not this one
must goals progress "$id" 1 --at 2026-11-22T20:00
expect_eq "after Sunday (week of the 16th met; this week not yet)" \
	'{"current":0,"percent":100,"entries":1,"last_at":"2026-11-22T20:00:00Z"}' \
	"$(progress_of "$id")"
# Monday 23 November, 07:00: this week
must goals progress "$id" 1 --at 2026-11-23T07:00
expect_eq "after Monday" \
	'{"current":1,"percent":100,"entries":2,"last_at":"2026-11-23T07:00:00Z"}' \
	"$(progress_of "$id")"

test_case "habit: a past week not met lowers the percent"
add_id "Swim once a week" -e week -t 1 --start 2026-11-09
must goals progress "$id" 1 --at 2026-11-11
# weeks of Nov 9 (met), Nov 16 (not met); this week not met: not counted
expect_eq "progress" \
	'{"current":0,"percent":50,"entries":1,"last_at":"2026-11-11T00:00:00Z"}' \
	"$(progress_of "$id")"

test_case "done: 0 while active, whatever the entries"
add_id "Sign the lease"
must goals progress "$id" 1
must goals progress "$id" 5 --at -1d
expect_eq "progress" \
	'{"current":0,"percent":0,"entries":2,"last_at":"2026-11-27T10:00:00Z"}' \
	"$(progress_of "$id")"
run goals progress "$id"
expect_stdout_eq "$short Sign the lease
  [....................] 0%
  2 entries
    2026-11-27 10:00         1
    2026-11-26 10:00         5"
sql "UPDATE goals SET status = 'achieved' WHERE uuid = '$hex'"
expect_eq "progress once achieved" \
	'{"current":1,"percent":100,"entries":2,"last_at":"2026-11-27T10:00:00Z"}' \
	"$(progress_of "$id")"

# Many entries ---------------------------------------------------------------------------

test_case "1000 entries inserted with sqlite3: the triggers keep the sums"
add_id "Walk 2 million steps" -t 2002000 -u steps --start 2026-01-01
many=$id
many_hex=$hex
# values 1..1000 (sum 500500), one an hour from 2026-01-01 00:00 UTC
sql "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n
		WHERE i < 1000)
	INSERT INTO entries (uuid, goal, at, day, value, note)
	SELECT lower(hex(randomblob(16))),
		(SELECT gid FROM goals WHERE uuid = '$many_hex'),
		strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || i || ' hours'),
		date('2026-01-01', '+' || i || ' hours'), i, NULL FROM n"
expect_eq "goals.n_entries, sum_value, last_at, last_value" \
	"1000|500500.0|2026-02-11T16:00:00Z|1000.0" \
	"$(sql "SELECT n_entries, sum_value, last_at, last_value FROM goals
		WHERE uuid = '$many_hex'")"
expect_eq "progress of show --json" \
	'{"current":500500,"percent":25,"entries":1000,"last_at":"2026-02-11T16:00:00Z"}' \
	"$(progress_of "$many")"
run goals list --json
expect_eq "progress of list --json" \
	'{"current":500500,"percent":25,"entries":1000,"last_at":"2026-02-11T16:00:00Z"}' \
	"$(json ".[] | select(.id == \"$many\") | .progress" | jq -c .)"
run goals progress "$many"
expect_stdout_match '^  now: 500500 steps, target 2002000$'
expect_stdout_match '^  1000 entries$'
expect_stdout_match '^    2026-02-11 16:00      1000$'
# with the pace (2 lines; no entry in the last 14 days)
expect_stdout_lines 16

test_case "1000 entries, then one more through goals progress"
must goals progress "$many" 0.5 -n "one more"
expect_eq "goals.n_entries, sum_value" "1001|500500.5" \
	"$(sql "SELECT n_entries, sum_value FROM goals WHERE uuid = '$many_hex'")"
expect_eq "progress" \
	'{"current":500500.5,"percent":25,"entries":1001,"last_at":"2026-11-27T10:00:00Z"}' \
	"$(progress_of "$many")"

test_case "1000 entries logged one by one with goals progress"
add_id "Do 1000 push-ups" -t 600000
loop=$id
i=1
errors=0
while test $i -le 1000; do
	goals progress "$loop" "$i" >/dev/null 2>&1 || errors=$((errors + 1))
	i=$((i + 1))
done
expect_eq "failed logs" 0 "$errors"
expect_eq "goals.n_entries, sum_value" "1000|500500.0" \
	"$(sql "SELECT n_entries, sum_value FROM goals WHERE uuid = '$hex'")"
expect_eq "entries rows" 1000 \
	"$(sql "SELECT count(*) FROM entries e JOIN goals g ON g.gid = e.goal
		WHERE g.uuid = '$hex'")"
expect_eq "progress" \
	'{"current":500500,"percent":83.4,"entries":1000,"last_at":"2026-11-27T10:00:00Z"}' \
	"$(progress_of "$loop")"

test_done
