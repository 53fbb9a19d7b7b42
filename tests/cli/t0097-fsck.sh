#!/bin/sh
# t0097-fsck: goals fsck finds each kind of damage a store can take --
# made here through the sqlite3 shell, behind the back of the triggers
# (dropped first where they would refuse) -- names the record and what is
# wrong, exits 1; it is quiet with exit 0 on sound stores, including one
# built by every command, and it never writes.
. "$(dirname "$0")/lib.sh"
require jq sqlite3

# A store built by every command that writes ------------------------------

must goals init
must goals add --json "Read 12 books" -t 12 -u books -d 2027-03-01 \
	-w "I miss reading" -a self
book=$(json .id | tr -d -)
bid=$(json .short_id)
must goals add --json "Call my sister once a week" -k habit -t 1 -e week \
	-d +8w -p "$bid" -c 8
call=$(json .id | tr -d -)
cid=$(json .short_id)
must goals add --json "Anxiety from 8 to 5 at parties" -k level -b 8 -t 5 \
	--review 2w
anx=$(json .short_id)
must goals add --json "Learn to juggle"
jug=$(json .short_id)
must goals add --json "Tidy the garage"
tidy=$(json .short_id)
GOALS_NOW=2026-11-16T09:00:00Z must goals progress "$bid" 2 -n "Dune and Emma"
must goals progress "$bid" 0.5 --at 2026-11-20
must goals progress "$bid" 1.25
must goals progress "$bid" --undo
must goals progress "$cid" 1 --at 2026-11-02
must goals progress "$cid" 1
must goals progress --json "$anx" 7
void_entry=$(json .id)
must goals progress "$anx" 6 --at yesterday
must goals progress --void "$void_entry" -m "typed the wrong number"
must goals refine "$anx" -t 4 -m "lower is better"
must goals refine "$bid" -t 10 -m "ten is plenty this year"
must goals close "$jug" --abandoned -m "no time"
must goals close "$tidy" --achieved
must goals reopen "$tidy"
must goals close "$tidy" --achieved
must goals add "A goal to remove"
must goals rm -f "$(goals list --json | jq -r '.[] | select(.text == "A goal to remove") | .short_id')"
# a second store, merged in both ways
must goals --db "$TRASH/other.db" add "Swim twice a week" -k habit -t 2 \
	-e week -d +12w
must goals --db "$TRASH/other.db" progress \
	"$(goals --db "$TRASH/other.db" list --json | jq -r '.[0].short_id')" 1
goals --db "$TRASH/other.db" export --format jsonl >"$TRASH/other.jsonl"
must goals import "$TRASH/other.jsonl"
goals export >"$TRASH/mine.json"
must goals --db "$TRASH/other.db" import "$TRASH/mine.json"

test_case "a store built by every command is sound: no output, exit 0"
run goals fsck
expect_code 0
expect_stdout_empty
expect_stderr_empty
run goals --db "$TRASH/other.db" fsck
expect_code 0
expect_stdout_empty
run goals fsck --json
expect_code 0
expect_stdout_eq "[]"

test_case "-v says what was checked, on stderr"
run goals fsck -v
expect_code 0
expect_stdout_empty
expect_stderr_eq "checked 6 goals, 8 revisions, 8 entries, 2 voids, 4 changes of status: 0 problems"

test_case "a missing store is an empty one: sound, and nothing is created"
run goals --db "$TRASH/nowhere/goals.db" fsck -v
expect_code 0
expect_stdout_empty
expect_stderr_eq "checked 0 goals, 0 revisions, 0 entries, 0 voids, 0 changes of status: 0 problems"
expect_absent "$TRASH/nowhere"

test_case "fsck never writes: the store is byte for byte as it was"
cp "$GOALS_DB" "$TRASH/before.db"
store_snapshot
run goals fsck
expect_code 0
expect_same_file "$TRASH/before.db" "$GOALS_DB"
expect_store_unchanged

test_case "fsck works on a store the user may only read"
if test "$(id -u)" = 0; then
	# root may write anything: run as nobody, for whom the store is
	# read-only, its own copy of the build from a directory it may
	# enter (the checkout may be a clone in a 0700 home)
	require setpriv ldd
	nobody_setup
	ro=$NOBODY_DIR/ro
else
	ro=$TRASH/ro
fi
mkdir "$ro"
cp "$GOALS_DB" "$ro/goals.db"
chmod 444 "$ro/goals.db"
chmod 555 "$ro"
if test "$(id -u)" = 0; then
	run nobody env LD_LIBRARY_PATH="$NOBODY_DIR/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
		GOALS_DB="$ro/goals.db" "$NOBODY_DIR/bin/goals" fsck -v
else
	run goals --db "$ro/goals.db" fsck -v
fi
expect_code 0
expect_stdout_empty
expect_stderr_match "^checked 6 goals, .*: 0 problems$"
expect_same_file "$TRASH/before.db" "$ro/goals.db"
expect_absent "$ro/goals.db-wal"
chmod 755 "$ro"
chmod 700 "$TRASH"

# Damage ---------------------------------------------------------------------

gid_of() { # the row id of goal $1 (a 32-hex id)
	sql "SELECT gid FROM goals WHERE uuid = '$1'" "$2"
}

# damage NAME SQL [TRIGGER...]: a copy of the sound store, damaged by
# SQL, in $TRASH/NAME.db ($db); then fsck it.  The triggers named are
# dropped for SQL (they would refuse it, or keep the sums right) and
# made again as they were after it, so that only the damage is left.
damage() {
	db=$TRASH/$1.db
	d_sql=$2
	shift 2
	d_drop=
	d_make=
	for d_t in "$@"; do
		d_drop="$d_drop DROP TRIGGER $d_t;"
		d_make="$d_make $(sql "SELECT sql FROM sqlite_schema WHERE name = '$d_t'");"
	done
	sqlite3 -batch "$GOALS_DB" ".backup '$db'" || fail "cannot copy the store"
	sqlite3 -batch "$db" "$d_drop $d_sql; $d_make" ||
		fail "sqlite3 could not damage the store: $d_sql"
	run goals --db "$db" fsck
}

uuid() { # 32 hex digits as a UUID
	echo "$1" | sed 's/^\(.\{8\}\)\(.\{4\}\)\(.\{4\}\)\(.\{4\}\)/\1-\2-\3-\4-/'
}
BOOK=$(uuid "$book")
CALL=$(uuid "$call")

test_case "a gap in the revision numbers"
damage gap "DELETE FROM revisions WHERE goal = $(gid_of "$book") AND number = 1"
expect_code 1
expect_stdout_eq "goal $BOOK: revision numbers: expected 1..1, found 1 revisions numbered 2..2"

test_case "a current revision that is not the newest"
damage current "UPDATE goals SET revision = 1 WHERE uuid = '$book'"
expect_code 1
expect_stdout_eq "goal $BOOK: current revision is not the newest: expected 2, found 1"

test_case "a goal with no revision at all"
damage norev "DELETE FROM revisions WHERE goal = $(gid_of "$call")"
expect_code 1
expect_stdout_match "^goal $CALL: revision numbers: expected 1\.\.1, found no revision$"
expect_stdout_match "^goal $CALL: current revision is not the newest|^goal $CALL: revision numbers"

test_case "the count, sum, decimals and newest entry kept on a goal"
damage sums "UPDATE goals SET n_entries = n_entries + 1, sum_value = 7.5,
	scale = 3, last_value = 99 WHERE uuid = '$book'"
expect_code 1
expect_stdout_eq "goal $BOOK: count of entries kept: expected 2, found 3
goal $BOOK: sum of entries kept: expected 2.5, found 7.5
goal $BOOK: decimals of the sum kept: expected 1, found 3
goal $BOOK: newest entry kept: expected 0.5 at 2026-11-20T00:00:00Z, found 99 at 2026-11-20T00:00:00Z"

test_case "a week's and a month's sum kept, wrong, missing or extra"
g=$(gid_of "$call")
damage periods "UPDATE periods SET sum = sum + 1 WHERE goal = $g AND every = 'week' AND first = '2026-11-23';
	DELETE FROM periods WHERE goal = $g AND every = 'month';
	INSERT INTO periods VALUES ($g, 'week', '2020-01-06', 3, 1, 0)"
expect_code 1
expect_stdout_eq "period month 2026-11-01 of goal $CALL: period not kept: expected sum 2 of 2 entries
period week 2020-01-06 of goal $CALL: period kept with no entries in it: found sum 3 of 1 entries
period week 2026-11-23 of goal $CALL: period kept: expected sum 1 of 1 entries, found sum 2 of 1 entries"

test_case "an entry marked void that no void names"
e=$(sql "SELECT uuid FROM entries WHERE voided = 0 AND goal = $(gid_of "$call") LIMIT 1")
damage mark "UPDATE entries SET voided = 1 WHERE uuid = '$e'" entries_void_only
expect_code 1
expect_stdout_eq "entry $(uuid "$e") of goal $CALL: marked void, and no void names it"

test_case "a void whose entry is not marked void"
damage unmarked "INSERT INTO voids (uuid, entry, goal, at, reason) VALUES
	('0123456789abcdef0123456789abcdef', '$e', $(gid_of "$call"),
	 '2026-11-27T10:00:00Z', NULL)" voids_ai
expect_code 1
expect_stdout_eq "entry $(uuid "$e") of goal $CALL: a void names it, and it is not marked void"

test_case "a void that belongs to another goal than its entry"
v=$(sql "SELECT uuid FROM voids WHERE goal = $(gid_of "$book")")
damage voidgoal "UPDATE voids SET goal = $(gid_of "$call") WHERE uuid = '$v'" \
	voids_immutable
expect_code 1
expect_stdout_eq "void $(uuid "$v") of goal $CALL: voids an entry of another goal, $BOOK"

test_case "a status that is not the newest change of status"
damage status "UPDATE goals SET status = 'achieved' WHERE uuid = '$book';
	UPDATE goals SET status = 'active' WHERE uuid = (SELECT g.uuid FROM goals g
	JOIN revisions r ON r.goal = g.gid WHERE r.text = 'Learn to juggle')"
expect_code 1
expect_stdout_match "^goal $BOOK: status: expected active \(it has no change of status\), found achieved$"
expect_stdout_match "^goal [-0-9a-f]{36}: status: expected abandoned \(the newest change of status is 'abandoned'\), found active$"
expect_stdout_lines 2

test_case "parents that loop"
damage loop "UPDATE revisions SET parent = '$call' WHERE goal = $(gid_of "$book")
	AND number = 2" revisions_immutable
expect_code 1
b7=$(echo "$book" | cut -c1-7)
c7=$(echo "$call" | cut -c1-7)
expect_stdout_match "^goal [-0-9a-f]{36}: its parents loop: ($b7 -> $c7 -> $b7|$c7 -> $b7 -> $c7)$"
expect_stdout_lines 1

test_case "a goal that is its own parent"
damage selfloop "UPDATE revisions SET parent = '$book' WHERE goal = $(gid_of "$book")
	AND number = 2" revisions_immutable
expect_code 1
expect_stdout_eq "goal $BOOK: its parents loop: $b7 -> $b7"

test_case "ids that are not 32 lowercase hex digits, and a revision without one"
damage ids "UPDATE goals SET uuid = upper(uuid) WHERE uuid = '$book';
	UPDATE revisions SET uuid = NULL WHERE goal = $(gid_of "$call");
	UPDATE events SET uuid = 'zz' || substr(uuid, 3) WHERE rowid = 1" \
	revisions_immutable
expect_code 1
expect_stdout_match "^goal row [0-9]+: uuid is not an id: expected 32 lowercase hex digits, found '$(echo "$book" | tr a-f A-F)'$"
expect_stdout_match "^revision 1 of goal $CALL: uuid is not an id: expected 32 lowercase hex digits, found 'none'$"
expect_stdout_match "^event row 1 of goal [-0-9a-f]{36}: uuid is not an id: expected 32 lowercase hex digits, found 'zz"

test_case "times and days that are not, and an entry's day far from its time"
damage times "UPDATE events SET at = 'yesterday' WHERE rowid = 1;
	UPDATE entries SET day = '2026-02-30' WHERE uuid = '$e';
	UPDATE entries SET day = '2026-01-01' WHERE rowid = (SELECT min(eid)
	FROM entries WHERE goal = $(gid_of "$book"));
	UPDATE goals SET created = '2026-11-27 10:00:00' WHERE uuid = '$book'" \
	entries_immutable
expect_code 1
expect_stdout_match "^goal $BOOK: created is not a time: expected YYYY-MM-DDTHH:MM:SSZ, found '2026-11-27 10:00:00'$"
expect_stdout_match "^event [-0-9a-f]{36} of goal [-0-9a-f]{36}: at is not a time: expected YYYY-MM-DDTHH:MM:SSZ, found 'yesterday'$"
expect_stdout_match "^entry $(uuid "$e") of goal $CALL: day is not a day: expected YYYY-MM-DD, found '2026-02-30'$"
expect_stdout_match "^entry [-0-9a-f]{36} of goal $BOOK: day is more than a day from its time: expected a day within a day of its time, found '2026-01-01 at 2026-11-16T09:00:00Z'$"

test_case "text with control characters, not UTF-8, a NUL, or empty"
damage text "UPDATE revisions SET text = 'Read' || char(27) || '[2J books' WHERE goal = $(gid_of "$book") AND number = 2;
	UPDATE revisions SET why = CAST(X'49206d69737320ff' AS TEXT) WHERE goal = $(gid_of "$book") AND number = 1;
	UPDATE revisions SET text = '' WHERE goal = $(gid_of "$call");
	UPDATE entries SET note = CAST(X'612062006320' AS TEXT) WHERE uuid = '$e'" \
	revisions_immutable entries_immutable
expect_code 1
expect_stdout_match "^revision 2 of goal $BOOK: text contains a control character \(U\+001B\) at offset 4$"
expect_stdout_match "^revision 1 of goal $BOOK: why is not valid UTF-8 \(byte 0xff at offset 7\)$"
expect_stdout_match "^revision 1 of goal $CALL: text is empty or only spaces$"
expect_stdout_match "^entry $(uuid "$e") of goal $CALL: note: holds a NUL byte$"
expect_stdout_no_match "$(printf '\033')"

test_case "rows that point at a goal that is not there"
damage fk "INSERT INTO entries (uuid, goal, at, day, value) VALUES
	('00000000000040008000000000000001', 999, '2026-11-27T10:00:00Z',
	 '2026-11-27', 1)"
expect_code 1
expect_stdout_match "^entries row [0-9]+: points at a row of goals that is not there$"
expect_stdout_match "^periods row .*: points at a row of goals that is not there$"

test_case "a trigger missing, one changed, one of someone else's"
damage schema "DROP TRIGGER entries_ai;
	DROP TRIGGER voids_immutable;
	CREATE TRIGGER voids_immutable BEFORE UPDATE ON voids BEGIN SELECT 1; END;
	CREATE TRIGGER mine AFTER INSERT ON goals BEGIN SELECT 1; END;
	CREATE INDEX my_index ON entries (note)"
expect_code 1
expect_stdout_eq "trigger entries_ai: missing from the schema
trigger mine: not part of the schema of goals
trigger voids_immutable: differs from the schema of this version of goals"

test_case "damage to the file: SQLite's integrity check, reported, and no more"
damage file "PRAGMA writable_schema = ON;
	UPDATE sqlite_schema SET sql = replace(sql, '(goal, at, value)', '(goal, value, at)')
	WHERE name = 'entries_goal_at'"
expect_code 1
expect_stdout_match "^store: damaged: "
expect_stdout_no_match "schema"

test_case "many problems at once: each named, in one JSON array"
damage many "UPDATE goals SET sum_value = sum_value + 1;
	UPDATE goals SET status = 'abandoned' WHERE uuid = '$book'"
expect_code 1
expect_stdout_lines 7
run goals --db "$db" fsck --json
expect_code 1
expect_json_valid
expect_eq "problems" 7 "$(json length)"
expect_eq "codes" "entry-sum status" \
	"$(json '[.[].code] | unique | join(" ")')"
expect_eq "the status problem" \
	"goal $BOOK $BOOK active abandoned" \
	"$(json '.[] | select(.code == "status") | "\(.record) \(.goal) \(.id) \(.expected) \(.found)"')"

test_case "a file that is not a store, or damaged beyond opening: exit 3"
printf 'not a database at all, but long enough to be read as one......%.0s' \
	$(seq 1 100) >"$TRASH/junk.db"
run goals --db "$TRASH/junk.db" fsck
expect_code 3
expect_stderr_lines 1
expect_stdout_empty

test_case "an argument is a usage error"
run goals fsck extra
expect_code 2
expect_stderr_match "unexpected argument 'extra'"

test_done
