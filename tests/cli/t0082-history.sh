#!/bin/sh
# t0082-history: goals close (achieved by default, or abandoned) and goals
# reopen are recorded in the history with their time and message; goals
# rm deletes goals with everything they hold (asking on a terminal, -f
# otherwise), and a deleted parent leaves its children living without
# one; a parent makes a tree that list and show display.

. "$(dirname "$0")/lib.sh"
require jq sqlite3 timeout

# GOALS_NOW is Friday 2026-11-27 10:00 UTC.

# add_id ARGS...: add a goal with --json; its full id in $id, its short id
# in $short, its 32 hex digits in $hex.
add_id() {
	must goals add "$@" --json || return 1
	id=$(json .id)
	short=$(json .short_id)
	hex=$(printf '%s' "$id" | tr -d -)
}

# status_of ID: the goal's status from show --json.
status_of() {
	goals show --json "$1" | jq -r .status
}

# counts HEX: "goals revisions entries events" the store holds for the
# goal of HEX.
counts() {
	sql "SELECT
		(SELECT count(*) FROM goals WHERE uuid = '$1'),
		(SELECT count(*) FROM revisions r JOIN goals g ON g.gid = r.goal
			WHERE g.uuid = '$1'),
		(SELECT count(*) FROM entries e JOIN goals g ON g.gid = e.goal
			WHERE g.uuid = '$1'),
		(SELECT count(*) FROM events v JOIN goals g ON g.gid = v.goal
			WHERE g.uuid = '$1')" | tr '|' ' '
}

# line_of ERE: the number of the first line of the last stdout matching
# ERE (empty when none).
line_of() {
	stdout | grep -nE -e "$1" | head -n 1 | cut -d: -f1
}

# A pseudo-terminal, for what happens on a terminal (util-linux script).
HAVE_PTY=
if command -v script >/dev/null 2>&1 &&
	script -qec 'test -t 0 && test -t 1' /dev/null </dev/null >/dev/null 2>&1; then
	HAVE_PTY=1
fi

# on_tty ANSWER CMD: run the shell command CMD on a terminal, typing
# ANSWER (a line) to it; the usual run records, carriage returns dropped.
on_tty() {
	printf '%s\n' "$1" >"$TRASH/answer"
	run_stdin "$TRASH/answer" timeout 10 script -qec "$2" /dev/null
	tr -d '\r' <"$(stdout_file)" >"$TRASH/tty.out"
	cat "$TRASH/tty.out" >"$(stdout_file)"
}

# Close and reopen -------------------------------------------------------------------------

test_case "close: achieved by default, said on stdout"
add_id "Call my sister every Sunday" -k habit -t 1 -e week -d 2027-01-22
sister=$id
sister_short=$short
sister_hex=$hex
run env GOALS_NOW=2026-12-20T19:00:00Z goals close "$sister"
expect_code 0
# no entry was ever logged: a hint, in case it was not achieved
expect_stderr_eq "hint: $sister_short was at 0% of its target; if it was not achieved, 'goals reopen $sister_short' and close it with --abandoned"
expect_stdout_match "$sister_short"
expect_stdout_match 'achieved'
expect_eq "status" achieved "$(status_of "$sister")"
expect_eq "the event in the store" "achieved|2026-12-20T19:00:00Z|NULL" \
	"$(sql "SELECT v.type, v.at, ifnull(v.message, 'NULL') FROM events v
		JOIN goals g ON g.gid = v.goal WHERE g.uuid = '$sister_hex'")"

test_case "reopen: active again, with its time and message"
run env GOALS_NOW=2026-12-21T08:00:00Z goals reopen "$sister" -m "Sundays are busy now"
expect_code 0
expect_stderr_empty
expect_stdout_match "$sister_short"
expect_eq "status" active "$(status_of "$sister")"

test_case "close --abandoned -m MSG"
run env GOALS_NOW=2026-12-22T12:00:00Z goals close --abandoned -m "We talk every day anyway" "$sister"
expect_code 0
expect_stderr_empty
expect_stdout_match 'abandoned'
expect_eq "status" abandoned "$(status_of "$sister")"

test_case "log shows close and reopen, newest first, with time and message"
run goals log "$sister"
expect_code 0
expect_stderr_empty
expect_stdout_match '^abandoned .*2026-12-22 12:00'
expect_stdout_match '^reopened .*2026-12-21 08:00'
expect_stdout_match '^achieved .*2026-12-20 19:00'
expect_stdout_match '^revision 1 .*2026-11-27 10:00'
expect_stdout_match '^ +We talk every day anyway$'
expect_stdout_match '^ +Sundays are busy now$'
la=$(line_of '^abandoned ')
lr=$(line_of '^reopened ')
lc=$(line_of '^achieved ')
l1=$(line_of '^revision 1 ')
lm=$(line_of 'We talk every day anyway')
expect_match "newest first ($la $lr $lc $l1), the message under its event ($lm)" yes \
	"$(test -n "$la" && test -n "$lr" && test -n "$lc" && test -n "$l1" &&
		test -n "$lm" && test "$la" -lt "$lm" && test "$lm" -lt "$lr" &&
		test "$lr" -lt "$lc" && test "$lc" -lt "$l1" && echo yes)"

test_case "log --json: the events with type, event, at and message"
run goals log --json "$sister"
expect_code 0
expect_json_valid
expect_eq "entries" 4 "$(json length)"
expect_eq "the events, newest first" \
	'[{"type":"event","event":"abandoned","at":"2026-12-22T12:00:00Z","message":"We talk every day anyway"},{"type":"event","event":"reopened","at":"2026-12-21T08:00:00Z","message":"Sundays are busy now"},{"type":"event","event":"achieved","at":"2026-12-20T19:00:00Z","message":null}]' \
	"$(json '[.[0:3][] | {type, event, at, message}]' | jq -c .)"
expect_eq "the last is revision 1" 1 "$(json '.[3].revision')"

test_case "closing a closed goal again: exit 2, store unchanged"
store_snapshot
run goals close --abandoned "$sister"
expect_code 2
expect_stdout_empty
expect_stderr_match 'already|abandoned'
expect_store_unchanged
add_id "Run a marathon"
run goals close "$id"
expect_code 0
store_snapshot
run goals close --achieved "$id"
expect_code 2
expect_stdout_empty
expect_stderr_match 'already|achieved'
expect_store_unchanged
must goals rm -f "$id"

test_case "closing a goal closed the other way is closing twice: exit 2, unchanged"
add_id "Try pottery"
pottery=$id
must goals close --abandoned "$pottery"
store_snapshot
run goals close "$pottery"
expect_code 2
expect_stdout_empty
expect_stderr_match 'already|closed|abandoned|reopen'
expect_store_unchanged
expect_eq "status" abandoned "$(status_of "$pottery")"
must goals rm -f "$pottery"

test_case "reopening an active goal: exit 2, store unchanged"
add_id "Read 12 books" -t 12 -u books -d 2027-06-30
books=$id
store_snapshot
run goals reopen "$books"
expect_code 2
expect_stdout_empty
expect_stderr_match 'active'
expect_store_unchanged

test_case "close --achieved --abandoned: usage error; unknown id: exit 2"
store_snapshot
run goals close --achieved --abandoned "$books"
expect_code 2
expect_stdout_empty
expect_store_unchanged
run goals close deadbeef
expect_code 2
expect_stderr_match 'deadbeef'
expect_store_unchanged
run goals close
expect_code 2
run goals reopen
expect_code 2

test_case "close several ids at once, with one message"
add_id "Swim once a week"
swim=$id
add_id "Write to grandma"
grandma=$id
run goals close --achieved -m "a good month" "$swim" "$grandma"
expect_code 0
expect_stdout_lines 2
expect_eq "statuses" "achieved achieved" "$(status_of "$swim") $(status_of "$grandma")"
expect_eq "messages" "a good month|a good month" \
	"$(goals log --json "$swim" | jq -r '.[0].message')|$(goals log --json "$grandma" | jq -r '.[0].message')"

test_case "close several ids, one unknown: nothing closed"
add_id "Paint on Sundays"
paint=$id
store_snapshot
run goals close "$paint" deadbeef
expect_code 2
expect_stdout_empty
expect_store_unchanged
expect_eq "status" active "$(status_of "$paint")"

test_case "closed goals leave list and check by default"
run goals list
expect_code 0
expect_stdout_match 'Read 12 books'
expect_stdout_match 'Paint on Sundays'
expect_stdout_no_match 'Call my sister|Swim once|Write to grandma'
run goals list --json
expect_eq "listed" '["active"]' "$(json 'map(.status) | unique' | jq -c .)"
run goals check --json
expect_eq "checked" 0 \
	"$(json "map(select(.id == \"$sister\" or .id == \"$swim\")) | length")"
expect_eq "active goals checked" 2 \
	"$(json "map(select(.id == \"$books\" or .id == \"$paint\")) | length")"

test_case "closed goals show with --status"
run goals list --status achieved
expect_code 0
expect_stdout_match 'Swim once a week'
expect_stdout_match 'Write to grandma'
expect_stdout_no_match 'Read 12 books|Call my sister'
run goals list --status abandoned --json
expect_eq "abandoned" '["Call my sister every Sunday"]' "$(json 'map(.text)' | jq -c .)"
run goals list --status all --json
expect_eq "all" 5 "$(json length)"
run goals show "$sister"
# when it was closed, and the message it was closed with
expect_stdout_match '^Status: +abandoned on 2026-12-22 12:00$'
expect_stdout_match '^Message: +We talk every day anyway$'

# rm ----------------------------------------------------------------------------------------

test_case "rm -f deletes the goal, its revisions, entries and events"
add_id "Walk 10000 steps a day" -k total -t 100000 -u steps
walk=$id
walk_short=$short
walk_hex=$hex
must goals progress "$walk" 8000
must goals progress "$walk" 9000
must goals refine "$walk" -t 300000 -m "a month of it"
must goals close "$walk" -m "done"
expect_eq "before: goals revisions entries events" "1 2 2 1" "$(counts "$walk_hex")"
others=$(sql "SELECT (SELECT count(*) FROM goals) || ' ' ||
	(SELECT count(*) FROM revisions) || ' ' || (SELECT count(*) FROM events)")
run goals rm -f "$walk"
expect_code 0
expect_stderr_empty
expect_stdout_match "$walk_short"
expect_eq "after: goals revisions entries events" "0 0 0 0" "$(counts "$walk_hex")"
expect_eq "nothing else deleted (goals revisions events, less 1 2 1)" \
	"$(printf '%s\n' "$others" | awk '{print $1 - 1, $2 - 2, $3 - 1}')" \
	"$(sql "SELECT (SELECT count(*) FROM goals) || ' ' ||
		(SELECT count(*) FROM revisions) || ' ' || (SELECT count(*) FROM events)")"
expect_eq "entries left in the store" 0 "$(sql 'SELECT count(*) FROM entries')"
run goals show "$walk"
expect_code 2

test_case "rm without -f and without a terminal: exit 2, nothing deleted"
store_snapshot
run timeout 5 goals rm "$books"
expect_code 2
expect_stdout_empty
expect_stderr_match '-f'
expect_store_unchanged

test_case "rm -f of several ids, one unknown: nothing deleted"
store_snapshot
run goals rm -f "$books" deadbeef
expect_code 2
expect_stdout_empty
expect_stderr_match 'deadbeef'
expect_store_unchanged

test_case "rm -f of several ids deletes them all"
add_id "Goal one"
one=$id
add_id "Goal two"
two=$id
run goals rm -f "$one" "$two"
expect_code 0
expect_stdout_lines 2
expect_eq "left" 0 \
	"$(sql "SELECT count(*) FROM goals WHERE uuid IN ('$(printf '%s' "$one" | tr -d -)', '$(printf '%s' "$two" | tr -d -)')")"

# The tree --------------------------------------------------------------------------------

test_case "list shows children indented under their parent (C locale: - )"
add_id "Feel at home in the new city" -d 2027-12-31 -w "I want to stay"
city=$id
city_short=$short
city_hex=$hex
add_id "Join a club" -p "$city" -d 2027-03-01
club=$id
club_short=$short
club_hex=$hex
add_id "Go to the club every week" -p "$club" -k habit -t 1 -e week -d 2027-02-01
weekly=$id
weekly_short=$short
weekly_hex=$hex
add_id "Invite a neighbour for coffee" -p "$city" -d 2026-12-15
coffee=$id
coffee_short=$short
run goals list
expect_code 0
expect_stderr_empty
expect_stdout_match "^$city_short .*  Feel at home in the new city\$"
expect_stdout_match "^$club_short .*  - Join a club\$"
expect_stdout_match "^$coffee_short .*  - Invite a neighbour for coffee\$"
expect_stdout_match "^$weekly_short .*    - Go to the club every week\$"
lc=$(line_of "^$city_short ")
lj=$(line_of "^$club_short ")
lw=$(line_of "^$weekly_short ")
lk=$(line_of "^$coffee_short ")
# each child under its parent, with nothing but its siblings' subtrees
# between them
expect_match "order: city ($lc) < club ($lj) < weekly ($lw); city < coffee ($lk)" yes \
	"$(test -n "$lc" && test -n "$lj" && test -n "$lw" && test -n "$lk" &&
		test "$lc" -lt "$lj" && test "$lj" -lt "$lw" && test "$lc" -lt "$lk" &&
		echo yes)"
expect_match "weekly right under club" yes "$(test -n "$lw" && test -n "$lj" &&
	test "$lw" = $((lj + 1)) && echo yes)"

test_case "list in a UTF-8 locale: └ marks a child"
run env LC_ALL=C.UTF-8 goals list
expect_code 0
expect_stdout_match "^$club_short .*  └ Join a club\$"
expect_stdout_match "^$weekly_short .*    └ Go to the club every week\$"
expect_stdout_match "^$city_short .*  Feel at home in the new city\$"

test_case "show has Parent: and Children: lines"
run goals show "$club"
expect_code 0
expect_stdout_match "^Parent: +$city_short Feel at home in the new city\$"
expect_stdout_match "^Children: +$weekly_short Go to the club every week\$"
run goals show "$city"
expect_code 0
expect_stdout_no_match '^Parent:'
expect_stdout_match "^Children: +($club_short Join a club|$coffee_short Invite a neighbour for coffee)\$"
expect_stdout_match "^ +$club_short Join a club\$|^Children: +$club_short Join a club\$"
expect_stdout_match "^ +$coffee_short Invite a neighbour for coffee\$|^Children: +$coffee_short Invite a neighbour for coffee\$"
run goals show "$weekly"
expect_stdout_match "^Parent: +$club_short Join a club\$"
expect_stdout_no_match '^Children:'

test_case "adding a goal under a missing parent: exit 2, nothing added"
store_snapshot
run goals add "Orphan" -p deadbeef
expect_code 2
expect_store_unchanged

# rm of a parent ------------------------------------------------------------------------

if test -n "$HAVE_PTY"; then
	test_case "rm of a parent without -f is refused, even answered yes on a terminal"
	store_snapshot
	on_tty y "goals rm $club"
	expect_code 2
	expect_stdout_match 'parent'
	expect_stdout_no_match '^deleted'
	expect_store_unchanged

	test_case "rm asks on a terminal: n keeps the goal"
	store_snapshot
	on_tty n "goals rm $coffee"
	expect_code 0
	expect_stdout_match "delete .*$coffee_short.*[?]"
	expect_stdout_no_match '^deleted'
	expect_store_unchanged

	test_case "rm asks on a terminal: y deletes a goal with no children"
	on_tty y "goals rm $coffee"
	expect_code 0
	expect_stdout_match "deleted $coffee_short Invite a neighbour for coffee\$"
	expect_eq "left" 0 "$(sql "SELECT count(*) FROM goals WHERE uuid = '$(printf '%s' "$coffee" | tr -d -)'")"
else
	test_skip "rm of a parent without -f is refused, even answered yes on a terminal" "no pty (script)"
	test_skip "rm asks on a terminal: n keeps the goal" "no pty (script)"
	test_skip "rm asks on a terminal: y deletes a goal with no children" "no pty (script)"
fi

test_case "rm -f of a parent: the children live on, with no parent"
run env GOALS_NOW=2026-11-28T09:00:00Z goals rm -f "$club"
expect_code 0
expect_stdout_match "^deleted $club_short"
expect_eq "the parent's rows: goals revisions entries events" "0 0 0 0" "$(counts "$club_hex")"
run goals show --json "$weekly"
expect_code 0
expect_eq "the child's parent" null "$(json .parent)"
expect_eq "the child's revision" 2 "$(json .revision)"
expect_eq "the child's status" active "$(json .status)"
run goals log --json "$weekly"
expect_eq "the child's new revision: message" "parent goal deleted" "$(json '.[0].message')"
expect_eq "the child's new revision: changes" "{\"parent\":{\"from\":\"$club\",\"to\":null}}" \
	"$(json '.[0].changes' | jq -c .)"
expect_eq "the child's new revision: at" 2026-11-28T09:00:00Z "$(json '.[0].at')"
run goals log "$weekly"
expect_stdout_match '^ +parent goal deleted$'
run goals show "$weekly"
expect_stdout_no_match '^Parent:'
run goals list
expect_stdout_match "^$weekly_short .*  Go to the club every week\$"

test_case "the grandparent no longer lists the deleted goal as a child"
run goals show "$city"
expect_code 0
expect_stdout_no_match "$club_short"
expect_stdout_no_match "Join a club"

test_done
