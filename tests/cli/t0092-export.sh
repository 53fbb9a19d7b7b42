#!/bin/sh
# goals export and goals import: every record of a store out (json, jsonl,
# csv, ics) and back in, byte for byte; each format read by a real tool
# (python3-jsonschema against man/goals-export.schema.json, python's csv
# module, python3-icalendar); merges by id, either way round; --since,
# ids, -o; and every kind of malformed input refused whole, exit 2, one
# line naming the record and the key, the store left byte for byte as it
# was.
. "$(dirname "$0")/lib.sh"
require jq sqlite3 cmp md5sum

SCHEMA=$GOALS_SRC/man/goals-export.schema.json

# A python3 with the validators (Debian: python3-jsonschema, 4.10 or
# later, and python3-icalendar): the one on PATH, else the system's.
PY=
for t_py in python3 /usr/bin/python3; do
	if "$t_py" -c 'import jsonschema, icalendar
jsonschema.Draft202012Validator' >/dev/null 2>&1; then
		PY=$t_py
		break
	fi
done
if test -z "$PY"; then
	test_case "this script needs python3-jsonschema and python3-icalendar"
	fail "no python3 here imports jsonschema (4.10 or later) and" \
		"icalendar: install python3-jsonschema python3-icalendar"
	test_done
fi

# The readers ------------------------------------------------------------

# validate json|jsonl FILE: FILE against the schema (jsonl: the header,
# then each line by its type, through $defs/record), with no key twice;
# prints each error, exit 1 when there is any.
cat >"$TRASH/validate.py" <<'EOF'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
V = jsonschema.Draft202012Validator
V.check_schema(schema)
def part(name):
    s = {k: v for k, v in schema.items()
         if k not in ("type", "required", "additionalProperties", "properties")}
    s["$ref"] = "#/$defs/" + name
    return V(s)
def no_twice(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("a key twice: %r" % keys)
    return dict(pairs)
def load(text):
    return json.loads(text, object_pairs_hook=no_twice)
mode, path = sys.argv[2], sys.argv[3]
data = open(path, "rb").read().decode("utf-8")
errors = []
if mode == "json":
    errors = [("document", e) for e in V(schema).iter_errors(load(data))]
else:
    if not data.endswith("\n"):
        errors.append(("end", "the last line has no newline"))
    header, record = part("header"), part("record")
    for n, line in enumerate(data.split("\n")[:-1], 1):
        v = header if n == 1 else record
        errors += [("line %d" % n, e) for e in v.iter_errors(load(line))]
for where, e in errors:
    if isinstance(e, str):
        print("%s: %s" % (where, e))
    else:
        print("%s: /%s: %s" % (where, "/".join(map(str, e.absolute_path)),
                               e.message[:300]))
sys.exit(1 if errors else 0)
EOF
validate() {
	"$PY" "$TRASH/validate.py" "$SCHEMA" "$1" "$2"
}

# csv_check FILE EXPECTED.json: FILE, read by python's csv module, is a
# header row and the rows of EXPECTED (sqlite3 -json of the store), value
# for value, each row ended by CRLF; prints the number of rows.
cat >"$TRASH/csv_check.py" <<'EOF'
import csv, io, json, sys
raw = open(sys.argv[1], "rb").read()
rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
want = json.load(open(sys.argv[2]))
if rows[0] != ["goal", "short_id", "text", "day", "time", "value", "unit",
               "note"]:
    sys.exit("header: %r" % rows[0])
if not raw.endswith(b"\r\n") or raw.count(b"\r\n") != len(rows):
    sys.exit("%d rows but %d CRLF" % (len(rows), raw.count(b"\r\n")))
if len(rows) - 1 != len(want):
    sys.exit("%d rows, the store has %d entries" % (len(rows) - 1, len(want)))
for n, (r, w) in enumerate(zip(rows[1:], want), 2):
    h = w["uuid"]
    uuid = "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))
    got = (r[0], r[2], r[3], r[4], float(r[5]), r[6], r[7])
    exp = (uuid, w["text"], w["day"], w["at"], float(w["value"]),
           w["unit"] or "", w["note"] or "")
    if got != exp or not (len(r[1]) >= 7 and h.startswith(r[1])):
        sys.exit("row %d: %r, the store: %r" % (n, r, exp))
print(len(rows) - 1)
EOF

# ics_check FILE EXPECTED.json: FILE is CRLF lines of at most 75 octets,
# each valid UTF-8 (a fold never cuts a character), that python3-icalendar
# reads as a VCALENDAR 2.0 with a VTODO for each goal of EXPECTED (sqlite3
# -json: uuid, deadline, text, why): its UID, DUE (a date), SUMMARY,
# DESCRIPTION, STATUS and a VALARM a day before; prints the VTODO count.
cat >"$TRASH/ics_check.py" <<'EOF'
import datetime, json, sys, icalendar
data = open(sys.argv[1], "rb").read()
want = json.load(open(sys.argv[2])) if sys.argv[2:] else []
lines = data.split(b"\r\n")
if lines[-1] != b"":
    sys.exit("the last line does not end with CRLF")
for n, l in enumerate(lines[:-1], 1):
    if b"\n" in l or b"\r" in l:
        sys.exit("line %d: a bare LF or CR" % n)
    if len(l) > 75:
        sys.exit("line %d: %d octets" % (n, len(l)))
    l.decode("utf-8")
cal = icalendar.Calendar.from_ical(data)
if cal.name != "VCALENDAR" or str(cal["VERSION"]) != "2.0":
    sys.exit("not a VCALENDAR 2.0")
got = []
for t in cal.walk("VTODO"):
    due = t["DUE"].dt
    if isinstance(due, datetime.datetime):
        sys.exit("DUE is a time, not a date")
    alarms = [(str(a["ACTION"]), a["TRIGGER"].dt) for a in t.walk("VALARM")]
    got.append((str(t["UID"]), due.isoformat(), str(t["SUMMARY"]),
                str(t["DESCRIPTION"]), str(t["STATUS"]), alarms))
exp = []
for w in want:
    h = w["uuid"]
    uid = "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:])) + "@goals"
    desc = w["text"] + ("\nWhy: " + w["why"] if w["why"] else "")
    exp.append((uid, w["deadline"], w["text"], desc, "NEEDS-ACTION",
                [("DISPLAY", datetime.timedelta(days=-1))]))
if sorted(got) != sorted(exp):
    sys.exit("the VTODOs:\n%r\nthe store:\n%r" % (sorted(got), sorted(exp)))
print(len(got))
EOF

# Helpers ----------------------------------------------------------------

# at WHEN CMD...: a setup step at that instant (GOALS_NOW), which must
# succeed; its output is in the stdout file.
at() {
	t_when=$1
	shift
	must env GOALS_NOW="$t_when" "$@"
}

# records [DB]: every record of a store, as its own tables hold them (no
# row numbers, which are the store's own): goals with their sums, then
# revisions, entries, events and voids, by id.
records() {
	sql "SELECT uuid, status, created, updated, revision, n_entries,
		sum_value, last_at, last_value, scale FROM goals ORDER BY uuid;
	SELECT g.uuid, r.number, r.uuid, r.at, r.message, r.text, r.area,
		r.kind, r.metric, r.unit, r.baseline, r.target, r.every, r.start,
		r.deadline, r.why, r.parent, r.confidence, r.review,
		r.deadline_from_text, r.over FROM revisions r
		JOIN goals g ON g.gid = r.goal ORDER BY r.uuid;
	SELECT e.uuid, g.uuid, e.at, e.day, e.value, e.note, e.scale, e.voided
		FROM entries e JOIN goals g ON g.gid = e.goal ORDER BY e.uuid;
	SELECT e.uuid, g.uuid, e.at, e.type, e.message FROM events e
		JOIN goals g ON g.gid = e.goal ORDER BY e.uuid;
	SELECT v.uuid, v.entry, g.uuid, v.at, v.reason FROM voids v
		JOIN goals g ON g.gid = v.goal ORDER BY v.uuid;
	SELECT p.every, p.first, p.sum, p.n, p.scale, g.uuid FROM periods p
		JOIN goals g ON g.gid = p.goal ORDER BY g.uuid, every, first" "${1:-$GOALS_DB}"
}

# import_case NAME: start a case that imports.
import_case() {
	test_case "$1"
}

# The store: every kind of record ---------------------------------------
# GOALS_NOW is Friday 2026-11-27 10:00 UTC (TZ=UTC); the history was made
# over the weeks before.

test_case "setup: a store with every kind of record"
# every optional field empty
at 2026-11-01T08:30:00Z goals add --json "Something vague"
M=$(json .id)
# every field a level goal can have: unicode, quotes, commas, a
# backslash, a parent, --over, --review
at 2026-11-01T09:00:00Z goals add --json "Be kinder to myself — café ☕ 日本" \
	-a self -k level --metric "self-criticism, 0-10" -u points -b 8 -t 5 \
	--start 2026-11-01 -d 2027-02-01 -p "$M" \
	-w 'because "I" matter, too; really \ truly' -c 7 --review 2w --over 7d
P=$(json .id)
# a child with entries of 0.1, 1e-7 and 60.3 (voided), refined, closed
# and reopened
at 2026-11-02T10:00:00Z goals add --json "Read 12 books" -t 12 -u books \
	-d 2026-12-31 -p "$P" -w "I miss reading"
C=$(json .id)
at 2026-11-03T10:00:00Z goals progress "$C" 0.1 -n 'first, "quoted", comma
and a second line'
at 2026-11-04T10:00:00Z goals progress "$C" 1e-7
at 2026-11-05T10:00:00Z goals progress "$C" 60.3
at 2026-11-06T10:00:00Z goals progress "$C" --undo -m "typo: it was 6.03"
at 2026-11-07T10:00:00Z goals refine "$C" -t 10 -m 'fewer,
but longer ones'
at 2026-11-08T10:00:00Z goals close "$C" -m "done"
at 2026-11-09T10:00:00Z goals reopen "$C" -m "not yet"
# abandoned
at 2026-11-10T10:00:00Z goals add --json "Learn the violin" -k done \
	-d 2027-06-01
A=$(json .id)
at 2026-11-11T10:00:00Z goals close --abandoned "$A" -m "wants change"
# a habit with a long unicode why: an iCalendar line to fold
at 2026-11-12T10:00:00Z goals add --json "Call my sister" -k habit -t 1 \
	-e week -d 2027-01-31 -a relationships -w "Sie fehlt mir, und öfter \
mit ihr zu sprechen würde mir guttun; Familie zählt — 家族は大切です、本当に。"
H=$(json .id)
# a deadline read from the words, then achieved
at 2026-11-15T10:00:00Z goals add --json "Finish my CV by Friday" -k done
F=$(json .id)
at 2026-11-16T10:00:00Z goals progress "$H" 1
at 2026-11-20T09:00:00Z goals progress "$P" 7 -n "ok"
at 2026-11-21T10:00:00Z goals progress "$H" 1 -n "Sunday call"
at 2026-11-22T10:00:00Z goals refine "$P" -t 6 -m "a smaller step"
at 2026-11-23T10:00:00Z goals progress "$H" --undo -m "logged twice"
at 2026-11-24T10:00:00Z goals close "$F" -m "sent it"
# logged late, out of order, on either side of the start of 2026-11-20
at 2026-11-25T10:00:00Z goals progress "$C" 2 --at 2026-11-20T00:00:00Z
at 2026-11-25T10:01:00Z goals progress "$C" 3 --at 2026-11-19T23:59:59Z
expect_eq "goals, revisions, entries, events, voids" "6 8 8 4 2" \
	"$(sql "SELECT (SELECT count(*) FROM goals), (SELECT count(*) FROM \
revisions), (SELECT count(*) FROM entries), (SELECT count(*) FROM events), \
(SELECT count(*) FROM voids)" | tr '|' ' ')"
expect_eq "a deadline read from the words" "2026-11-20 true" \
	"$(goals show --json "$F" | jq -r '"\(.deadline) \(.deadline_from_text)"')"
BASE=$TRASH/base.db
cp "$GOALS_DB" "$BASE"

# in_order ID...: the ids given (with dashes), in the order of an export:
# by creation time, then by id
in_order() {
	t_list=$(printf "'%s'," "$@" | tr -d '-' | sed 's/,$//')
	sql "SELECT substr(uuid, 1, 8) || '-' || substr(uuid, 9, 4) || '-' ||
		substr(uuid, 13, 4) || '-' || substr(uuid, 17, 4) || '-' ||
		substr(uuid, 21) FROM goals WHERE uuid IN ($t_list)
		ORDER BY created, uuid" | tr '\n' ' '
}

# The formats ------------------------------------------------------------

test_case "json: one document, every record, goals by creation, each history in order"
run goals export
expect_code 0
expect_stderr_empty
expect_json_valid
cp "$(stdout_file)" "$TRASH/a.json"
expect_eq "the header" "goals-export 1 2026-11-27T10:00:00Z" \
	"$(json '"\(.format) \(.version) \(.exported)"')"
expect_eq "goals, revisions, entries, events, voids" "6 8 8 4 2" \
	"$(json '[(.goals | length), ([.goals[].revisions[]] | length),
	([.goals[].entries[]] | length), ([.goals[].events[]] | length),
	([.goals[].voids[]] | length)] | join(" ")')"
expect_eq "the goals, by creation then id" \
	"$(sql "SELECT uuid FROM goals ORDER BY created, uuid" | tr '\n' ' ')" \
	"$(json '.goals[].id | gsub("-"; "")' | tr '\n' ' ')"
expect_eq "revisions by number" true \
	"$(json '[.goals[].revisions | map(.revision) == [range(1; length + 1)]] | all')"
expect_eq "entries, events and voids by time" true \
	"$(json '[.goals[] | (.entries, .events, .voids) | map(.at) | . == sort] | all')"
expect_eq "the entries of Read 12 books, the late ones by time" \
	"0.1 1e-07 60.3 3 2" \
	"$(json ".goals[] | select(.id == \"$C\") | [.entries[].value | tostring] | join(\" \")")"
expect_eq "a note with quotes, a comma and a newline" \
	'"first, \"quoted\", comma\nand a second line"' \
	"$(jq -c ".goals[] | select(.id == \"$C\") | .entries[0].note" "$TRASH/a.json")"
expect_eq "a void, with its entry's day and value" \
	"2026-11-05 60.3 typo: it was 6.03" \
	"$(json ".goals[] | select(.id == \"$C\") | .voids[0] | \"\(.day) \(.value) \(.reason)\"")"
expect_eq "the reopened goal's events" "achieved done, reopened not yet" \
	"$(json ".goals[] | select(.id == \"$C\") | [.events[] | \"\(.event) \(.message)\"] | join(\", \")")"
expect_eq "statuses" "active abandoned achieved" \
	"$(json "[.goals[] | select(.id == (\"$C\", \"$A\", \"$F\")) | {id, status}] |
	sort_by(.id | if . == \"$C\" then 0 elif . == \"$A\" then 1 else 2 end) |
	map(.status) | join(\" \")")"
for g in "$P" "$M" "$C" "$A" "$H" "$F"; do
	goals show --json "$g" >"$TRASH/show.json"
	expect_eq "goal $g is the goal of goals show --json" true \
		"$(json ".goals[] | select(.id == \"$g\") |
		del(.revisions, .entries, .events, .voids) == $(cat "$TRASH/show.json")")"
done
expect_eq "every revision field of the goal with them all" \
	"[\"self\",\"level\",\"self-criticism, 0-10\",\"points\",8,5,null,\"2026-11-01\",\"2027-02-01\",\"because \\\"I\\\" matter, too; really \\\\ truly\",\"$M\",7,\"2w\",7,false]" \
	"$(json ".goals[] | select(.id == \"$P\") | .revisions[0] |
	[.area, .kind, .metric, .unit, .baseline, .target, .every, .start,
	.deadline, .why, .parent, .confidence, .review, .over,
	.deadline_from_text]" | jq -c .)"
expect_eq "the goal with no optional field" \
	'[null,"done",null,null,null,null,null,null,null,null,null,null,null,null,false]' \
	"$(json ".goals[] | select(.id == \"$M\") | .revisions[0] |
	[.area, .kind, .metric, .unit, .baseline, .target, .every, .start,
	.deadline, .why, .parent, .confidence, .review, .over,
	.deadline_from_text]" | jq -c .)"
expect_eq "the child names its parent" "$P" \
	"$(json ".goals[] | select(.id == \"$C\") | .revisions[1].parent")"

test_case "json: valid against man/goals-export.schema.json"
run validate json "$TRASH/a.json"
expect_code 0
expect_stdout_empty
expect_stderr_empty

test_case "jsonl: a header, then each goal and its records, one a line"
run goals export --format jsonl
expect_code 0
expect_stderr_empty
cp "$(stdout_file)" "$TRASH/a.jsonl"
expect_stdout_lines 29
expect_eq "line 1" \
	'{"type":"header","format":"goals-export","version":1,"exported":"2026-11-27T10:00:00Z"}' \
	"$(head -n 1 "$TRASH/a.jsonl")"
expect_eq "records by type" "1 header, 6 goal, 8 revision, 8 entry, 4 event, 2 void" \
	"$(jq -r .type "$TRASH/a.jsonl" | sort | uniq -c |
	awk '{ n[$2] = $1 } END { print n["header"] " header, " n["goal"] " goal, " n["revision"] " revision, " n["entry"] " entry, " n["event"] " event, " n["void"] " void" }')"
expect_eq "the records of the json document, in its order" \
	"$(jq -c '.goals[] | ({type: "goal"} + del(.revisions, .entries,
	.events, .voids)), .revisions[], .entries[], .events[], .voids[]' \
		"$TRASH/a.json" | md5sum)" \
	"$(tail -n +2 "$TRASH/a.jsonl" | jq -c . | md5sum)"
expect_eq "a goal line starts with its type" 6 \
	"$(grep -c '^{"type":"goal","id":"' "$TRASH/a.jsonl")"

test_case "jsonl: the header and every record valid against the schema"
run validate jsonl "$TRASH/a.jsonl"
expect_code 0
expect_stdout_empty
expect_stderr_empty

test_case "the schema is no rubber stamp: what the format rules out, it refuses"
# schema_refuses FILTER: the export changed by FILTER is refused; $i is
# the place of Read 12 books, which has records of every type
IC=$(jq --arg c "$C" '[.goals[].id] | index($c)' "$TRASH/a.json")
schema_refuses() {
	jq -c --argjson i "$IC" "$1" "$TRASH/a.json" >"$TRASH/bad.json"
	validate json "$TRASH/bad.json" >"$TRASH/why" 2>&1
	expect_eq "the schema on: $1" "1 yes" \
		"$? $(test -s "$TRASH/why" && echo yes)"
}
schema_refuses '.version = 2'
schema_refuses '.format = "goals"'
schema_refuses '.exported = "2026-11-27T10:00:00"'
schema_refuses 'del(.exported)'
schema_refuses '.extra = 1'
schema_refuses '.goals[$i].id |= ascii_upcase'
schema_refuses '.goals[$i].short_id = "abc"'
schema_refuses '.goals[$i].status = "done"'
schema_refuses 'del(.goals[$i].voids)'
schema_refuses 'del(.goals[$i].progress.last_at)'
schema_refuses '.goals[$i].type = "goal"'
schema_refuses '.goals[$i].progress.percent = 101'
schema_refuses '.goals[$i].revisions[0].at = "2026-11-02 10:00:00Z"'
schema_refuses '.goals[$i].revisions[0].at = "2026-11-02T10:00Z"'
schema_refuses '.goals[$i].revisions[0].deadline = "2026-13-01"'
schema_refuses '.goals[$i].revisions[0].confidence = 7.5'
schema_refuses '.goals[$i].revisions[0].confidence = 11'
schema_refuses '.goals[$i].revisions[0].over = 0'
schema_refuses '.goals[$i].revisions[0].review = "2x"'
schema_refuses '.goals[$i].revisions[0].kind = "Total"'
schema_refuses '.goals[$i].revisions[0].every = "year"'
schema_refuses '.goals[$i].revisions[0].area = "Self"'
schema_refuses '.goals[$i].revisions[0].area = "two words"'
schema_refuses '.goals[$i].revisions[0].text = " "'
schema_refuses '.goals[$i].revisions[0].text = "a\u0001b"'
schema_refuses '.goals[$i].revisions[0].text = "two\nlines"'
schema_refuses '.goals[$i].revisions[0].text = ("x" * 4097)'
schema_refuses '.goals[$i].revisions[0].deadline_from_text = 0'
schema_refuses '.goals[$i].revisions[0].extra = 1'
schema_refuses 'del(.goals[$i].revisions[0].message)'
schema_refuses '.goals[$i].revisions[0].message = ""'
schema_refuses '.goals[$i].entries[0].value = "1"'
schema_refuses '.goals[$i].entries[0].value = 1e16'
schema_refuses '.goals[$i].entries[0].day = "2026-11-3"'
schema_refuses '.goals[$i].entries[0].type = "void"'
schema_refuses '.goals[$i].events[0].event = "closed"'
schema_refuses '.goals[$i].voids[0].entry = "123"'
# and what it lets through: keys added to a goal and to its progress (see
# goals-export(5), VERSIONS), a note of several lines, a level's null
jq -c ".goals[$IC].streak = 1 | .goals[$IC].progress.mean = 2 |
	.goals[$IC].entries[0].note = \"a\\nb\\tc\" |
	.goals[$IC].progress.current = null" "$TRASH/a.json" >"$TRASH/more.json"
run validate json "$TRASH/more.json"
expect_code 0
expect_stdout_empty

test_case "csv: the entries that are not void, as python's csv module reads them"
run goals export --format csv
expect_code 0
expect_stderr_empty
cp "$(stdout_file)" "$TRASH/a.csv"
sqlite3 -json "$GOALS_DB" "SELECT g.uuid, r.text, e.day, e.at, e.value,
	r.unit, e.note FROM entries e JOIN goals g ON g.gid = e.goal
	JOIN revisions r ON r.goal = g.gid AND r.number = g.revision
	WHERE e.voided = 0 ORDER BY g.created, g.uuid, e.at, e.eid" >"$TRASH/want.json"
run "$PY" "$TRASH/csv_check.py" "$TRASH/a.csv" "$TRASH/want.json"
expect_code 0
expect_stdout_eq 6
expect_stderr_empty
expect_eq "the note with quotes, a comma and a newline, quoted" \
	"$(printf '"first, ""quoted"", comma\nand a second line"\r')" \
	"$(grep -A 1 ',0.1,books,' "$TRASH/a.csv" | sed 's/.*,books,//')"
expect_eq "numbers as they were typed" "0.1 1e-07 3 2" \
	"$(awk -F, '$7 == "books" { printf "%s%s", n++ ? " " : "", $6 }' "$TRASH/a.csv")"
test_case "ics: a VTODO for each active goal with a deadline, as python3-icalendar reads it"
run goals export --format ics
expect_code 0
expect_stderr_empty
cp "$(stdout_file)" "$TRASH/a.ics"
sqlite3 -json "$GOALS_DB" "SELECT g.uuid, r.deadline, r.text, r.why
	FROM goals g JOIN revisions r ON r.goal = g.gid AND r.number = g.revision
	WHERE g.status = 'active' AND r.deadline IS NOT NULL" >"$TRASH/want.json"
run "$PY" "$TRASH/ics_check.py" "$TRASH/a.ics" "$TRASH/want.json"
expect_code 0
expect_stdout_eq 3
expect_stderr_empty
expect_eq "a long line is folded: CRLF and a space" yes \
	"$(grep -q '^ ' "$TRASH/a.ics" && echo yes)"
# unfolded: CRLF and a space are nothing
sed -e ':a' -e 'N' -e '$!ba' -e 's/\r\n //g' "$TRASH/a.ics" >"$TRASH/unfolded.ics"
expect_eq "text escaped: a comma, a semicolon, a backslash, a newline" yes \
	"$(grep -q 'DESCRIPTION:Be kinder to myself — café ☕ 日本\\nWhy: because "I" matter\\, too\\; really \\\\ truly' "$TRASH/unfolded.ics" && echo yes)"
expect_eq "the first and last lines" "BEGIN:VCALENDAR END:VCALENDAR" \
	"$(sed -n '1p;$p' "$TRASH/a.ics" | tr -d '\r' | tr '\n' ' ' | sed 's/ $//')"
run env GOALS_DB="$TRASH/none.db" goals export --format ics
expect_code 0
cp "$(stdout_file)" "$TRASH/empty.ics"
run "$PY" "$TRASH/ics_check.py" "$TRASH/empty.ics"
expect_code 0
expect_stdout_eq 0
expect_absent "$TRASH/none.db"

test_case "formats are named in any case; another is refused, exit 2"
run goals export --format JSONL
expect_code 0
cmp -s "$(stdout_file)" "$TRASH/a.jsonl"
expect_eq "--format JSONL is jsonl" 0 "$?"
run goals export --format xml
expect_code 2
expect_stdout_empty
expect_stderr_eq "goals: --format: invalid format 'xml': expected json, jsonl, csv or ics"

# Round trips and merges -------------------------------------------------

if import_case "json: export | import into a new store | export gives the same bytes"; then
	OTHER=$TRASH/other/goals.db
	goals export | goals --db "$OTHER" import - >"$TRASH/imp.out" 2>"$TRASH/imp.err"
	expect_eq "exit code of the pipe" 0 "$?"
	expect_eq "what import says" \
		"imported 6 goals, 8 revisions, 8 entries, 4 changes of status and 2 voids" \
		"$(cat "$TRASH/imp.out")"
	expect_eq "stderr" "" "$(cat "$TRASH/imp.err")"
	run goals --db "$OTHER" export
	expect_code 0
	expect_same_file "$TRASH/a.json" "$(stdout_file)"
	expect_eq "the new store's records are the first store's" \
		"$(records | md5sum)" "$(records "$OTHER" | md5sum)"
	expect_mode "$OTHER" -rw-------
	expect_mode "$TRASH/other" drwx------
	expect_eq "its log, show, list and progress are the first store's" \
		"$(for g in "$P" "$C" "$H"; do goals log "$g"; goals show "$g"; goals progress --all "$g"; done; goals list --status all)" \
		"$(for g in "$P" "$C" "$H"; do goals --db "$OTHER" log "$g"; goals --db "$OTHER" show "$g"; goals --db "$OTHER" progress --all "$g"; done; goals --db "$OTHER" list --status all)"
fi

if import_case "jsonl: export | import into a new store | export gives the same bytes"; then
	OTHER2=$TRASH/other2.db
	goals export --format jsonl | goals --db "$OTHER2" import >"$TRASH/imp.out" 2>"$TRASH/imp.err"
	expect_eq "exit code of the pipe" 0 "$?"
	expect_eq "what import says" \
		"imported 6 goals, 8 revisions, 8 entries, 4 changes of status and 2 voids" \
		"$(cat "$TRASH/imp.out")"
	run goals --db "$OTHER2" export --format jsonl
	expect_code 0
	expect_same_file "$TRASH/a.jsonl" "$(stdout_file)"
	run goals --db "$OTHER2" export
	expect_same_file "$TRASH/a.json" "$(stdout_file)"
	expect_eq "the new store's records are the first store's" \
		"$(records | md5sum)" "$(records "$OTHER2" | md5sum)"
fi

if import_case "a pretty-printed document imports as well (jq . | goals import)"; then
	jq . "$TRASH/a.json" >"$TRASH/pretty.json"
	run goals --db "$TRASH/pretty.db" import "$TRASH/pretty.json"
	expect_code 0
	run goals --db "$TRASH/pretty.db" export
	expect_same_file "$TRASH/a.json" "$(stdout_file)"
fi

if import_case "importing the same export twice changes nothing the second time"; then
	store_snapshot "$OTHER"
	cp "$OTHER" "$TRASH/before.db"
	run goals --db "$OTHER" import "$TRASH/a.json"
	expect_code 0
	expect_stderr_empty
	expect_stdout_eq "imported 0 goals, 0 revisions, 0 entries, 0 changes of status and 0 voids (28 records were already here)"
	expect_store_unchanged "$OTHER"
	run goals --db "$OTHER" import --json "$TRASH/a.jsonl"
	expect_code 0
	expect_stdout_eq '{"dry_run":false,"goals":0,"revisions":0,"entries":0,"events":0,"voids":0,"present":28}'
	expect_store_unchanged "$OTHER"
	expect_eq "the records" "$(records | md5sum)" "$(records "$OTHER" | md5sum)"
	# and into the store it came from
	store_snapshot
	run goals import "$TRASH/a.jsonl"
	expect_code 0
	expect_stdout_match '^imported 0 goals, .*\(28 records were already here\)$'
	expect_store_unchanged
fi

if import_case "two stores that share a history and grew apart merge into the same export, either way round"; then
	SA=$TRASH/A.db
	SB=$TRASH/B.db
	cp "$BASE" "$SA"
	cp "$BASE" "$SB"
	# A: refines, logs, voids what it logged, closes; B: refines later,
	# logs, reopens a goal A has closed, adds a goal
	at 2026-11-26T08:00:00Z goals --db "$SA" refine "$C" -t 11 -m "on A"
	at 2026-11-26T09:00:00Z goals --db "$SA" progress "$C" 4 -n "on A"
	at 2026-11-26T09:15:00Z goals --db "$SA" progress "$C" --undo -m "the wrong goal"
	at 2026-11-26T12:00:00Z goals --db "$SA" close "$C" -m "A closes it"
	at 2026-11-26T13:00:00Z goals --db "$SA" progress "$H" 1 -n "on A"
	at 2026-11-26T10:00:00Z goals --db "$SB" refine "$C" -t 9 -m "on B"
	at 2026-11-26T09:30:00Z goals --db "$SB" progress "$C" 5 -n "on B"
	at 2026-11-26T11:00:00Z goals --db "$SB" reopen "$F" -m "B reopens it"
	at 2026-11-26T11:30:00Z goals --db "$SB" add --json "New on B" -t 3
	NB=$(json .id)
	goals --db "$SA" export >"$TRASH/A.json"
	goals --db "$SB" export --format jsonl >"$TRASH/B.jsonl"
	cp "$SA" "$TRASH/AB.db"
	cp "$SB" "$TRASH/BA.db"
	run goals --db "$TRASH/AB.db" import "$TRASH/B.jsonl"
	expect_code 0
	expect_stdout_eq "imported 1 goal, 2 revisions, 1 entry, 1 change of status and 0 voids (28 records were already here)"
	run goals --db "$TRASH/BA.db" import "$TRASH/A.json"
	expect_code 0
	expect_stdout_eq "imported 0 goals, 1 revision, 2 entries, 1 change of status and 1 void (28 records were already here)"
	goals --db "$TRASH/AB.db" export >"$TRASH/AB.json"
	goals --db "$TRASH/BA.db" export >"$TRASH/BA.json"
	expect_same_file "$TRASH/AB.json" "$TRASH/BA.json"
	expect_eq "the records of A+B and B+A" \
		"$(records "$TRASH/AB.db" | md5sum)" "$(records "$TRASH/BA.db" | md5sum)"
	run validate json "$TRASH/AB.json"
	expect_code 0
fi

if import_case "the merge: revisions in time order, the newest is the goal; the newest change of status wins"; then
	run goals --db "$TRASH/AB.db" log --json "$C"
	expect_eq "revisions, newest first" "4 on B, 3 on A, 2 fewer,, 1 null" \
		"$(json '[.[] | select(.type == "revision") | "\(.revision) \(.message | if . then split("\n")[0] else null end)"] | join(", ")')"
	run goals --db "$TRASH/AB.db" show --json "$C"
	expect_eq "Read 12 books: target, revision, status, updated" \
		"9 4 achieved 2026-11-26T12:00:00Z" \
		"$(json '"\(.target) \(.revision) \(.status) \(.updated)"')"
	expect_eq "its entries: A's 4 voided, B's 5 counted" "10.1000001 5" \
		"$(json '"\(.progress.current) \(.progress.entries)"')"
	run goals --db "$TRASH/AB.db" show --json "$F"
	expect_eq "the CV: B reopened it after A's store closed it" active \
		"$(json .status)"
	run goals --db "$TRASH/AB.db" show --json "$NB"
	expect_eq "B's new goal" "New on B" "$(json .text)"
fi

if import_case "each store, given the other's export, catches up: all four export the same"; then
	run goals --db "$SA" import "$TRASH/B.jsonl"
	expect_code 0
	run goals --db "$SB" import "$TRASH/A.json"
	expect_code 0
	goals --db "$SA" export >"$TRASH/A2.json"
	goals --db "$SB" export >"$TRASH/B2.json"
	expect_same_file "$TRASH/AB.json" "$TRASH/A2.json"
	expect_same_file "$TRASH/AB.json" "$TRASH/B2.json"
fi

if import_case "--dry-run says what it would add, and changes nothing"; then
	cp "$BASE" "$TRASH/dry.db"
	cp "$TRASH/dry.db" "$TRASH/dry.before"
	run goals --db "$TRASH/dry.db" import --dry-run "$TRASH/B.jsonl"
	expect_code 0
	expect_stderr_empty
	expect_stdout_eq "would import 1 goal, 2 revisions, 1 entry, 1 change of status and 0 voids (28 records were already here)"
	expect_same_file "$TRASH/dry.before" "$TRASH/dry.db"
	expect_absent "$TRASH/dry.db-wal"
	run goals --db "$TRASH/dry.db" import -n --json "$TRASH/B.jsonl"
	expect_code 0
	expect_stdout_eq '{"dry_run":true,"goals":1,"revisions":2,"entries":1,"events":1,"voids":0,"present":28}'
	expect_same_file "$TRASH/dry.before" "$TRASH/dry.db"
	# then for real, the same counts
	run goals --db "$TRASH/dry.db" import --json "$TRASH/B.jsonl"
	expect_stdout_eq '{"dry_run":false,"goals":1,"revisions":2,"entries":1,"events":1,"voids":0,"present":28}'
fi

if import_case "--dry-run into a store that does not exist creates nothing"; then
	run goals --db "$TRASH/nostore/goals.db" import --dry-run "$TRASH/a.json"
	expect_code 0
	expect_stdout_eq "would import 6 goals, 8 revisions, 8 entries, 4 changes of status and 2 voids"
	expect_absent "$TRASH/nostore"
	printf "{}" >"$TRASH/bad-none.json"
	run goals --db "$TRASH/nostore/goals.db" import --dry-run "$TRASH/bad-none.json"
	expect_code 2
	expect_absent "$TRASH/nostore"
fi

# --since, ids ------------------------------------------------------------

test_case "--since 7d: what happened from the start of the day a week ago; goals come whole"
run goals export --format jsonl --since 7d
expect_code 0
expect_stderr_empty
cp "$(stdout_file)" "$TRASH/since.jsonl"
# from 2026-11-20T00:00:00Z: P's entry and refinement, H's entry and its
# void, the CV's close, and C's entry at 00:00:00 (not the one a second
# before); nothing of M or of the violin
expect_eq "the records" "$(printf '%s\n' \
	"goal $C" "entry 2026-11-20T00:00:00Z" \
	"goal $P" "revision 2026-11-22T10:00:00Z" "entry 2026-11-20T09:00:00Z" \
	"goal $H" "entry 2026-11-21T10:00:00Z" "void 2026-11-23T10:00:00Z" \
	"goal $F" "event 2026-11-24T10:00:00Z" | sort)" \
	"$(tail -n +2 "$TRASH/since.jsonl" | jq -r '"\(.type) \(.at // .id)"' | sort)"
expect_eq "goals by creation" "$(in_order "$C" "$P" "$H" "$F")" \
	"$(jq -r 'select(.type == "goal") | .id' "$TRASH/since.jsonl" | tr '\n' ' ')"
expect_eq "a goal comes whole: the goal of show --json" true \
	"$(jq -c "select(.type == \"goal\" and .id == \"$P\") | del(.type)" "$TRASH/since.jsonl" |
	jq --argjson s "$(goals show --json "$P")" '. == $s')"
expect_eq "its revision keeps its number" 2 \
	"$(jq -r 'select(.type == "revision") | .revision' "$TRASH/since.jsonl")"
run validate jsonl "$TRASH/since.jsonl"
expect_code 0
run goals export --since 2026-11-20 --format jsonl
expect_same_file "$TRASH/since.jsonl" "$(stdout_file)"
run goals export --since 1w --format jsonl
expect_same_file "$TRASH/since.jsonl" "$(stdout_file)"
run goals export --since -7d --format jsonl
expect_same_file "$TRASH/since.jsonl" "$(stdout_file)"

test_case "--since a time: from that instant"
run goals export --format jsonl --since 2026-11-20T00:00:01Z
expect_code 0
expect_eq "the goals: C is left out, its entry was a second before" \
	"$(in_order "$P" "$H" "$F")" \
	"$(jq -r 'select(.type == "goal") | .id' "$(stdout_file)" | tr '\n' ' ')"
run goals export --format jsonl --since 2026-11-24T11:00+01:00
expect_eq "an offset: from 10:00 UTC" "event" \
	"$(jq -r 'select(.type != "header" and .type != "goal") | .type' "$(stdout_file)")"

test_case "--since counts from local midnight (TZ)"
# 2026-11-20 begins at 10:00 UTC in Honolulu (UTC-10), at 10:00 UTC the
# day before in Kiritimati (UTC+14)
run env TZ=Pacific/Honolulu goals export --format jsonl --since 2026-11-20
expect_eq "Honolulu: entries from 2026-11-20T10:00:00Z" "2026-11-21T10:00:00Z" \
	"$(jq -r 'select(.type == "entry") | .at' "$(stdout_file)" | sort | tr '\n' ' ' | sed 's/ $//')"
run env TZ=Pacific/Kiritimati goals export --format jsonl --since 2026-11-20
expect_eq "Kiritimati: entries from 2026-11-19T10:00:00Z" \
	"2026-11-19T23:59:59Z 2026-11-20T00:00:00Z 2026-11-20T09:00:00Z 2026-11-21T10:00:00Z" \
	"$(jq -r 'select(.type == "entry") | .at' "$(stdout_file)" | sort | tr '\n' ' ' | sed 's/ $//')"

test_case "the README's recipes: what did I log this week? (csv; json with jq)"
run goals export --format csv --since 7d
expect_code 0
expect_eq "the week's entries that count: day, value, unit" \
	"2026-11-20,2,books 2026-11-20,7,points" \
	"$(tail -n +2 "$(stdout_file)" | awk -F, '{ print $4 "," $6 "," $7 }' | sort | tr '\n' ' ' | sed 's/ $//')"
run sh -c 'goals export --since 7d | jq -r ".goals[] | .text as \$t |
	(.voids | map(.entry)) as \$v | .entries[] | select(.id | IN(\$v[]) | not) |
	\"\(.day)  \(.value)  \(\$t)\""'
expect_code 0
expect_stderr_empty
expect_eq "the same, with the goals' text" \
	"$(printf '%s\n' "2026-11-20  2  Read 12 books" "2026-11-20  7  Be kinder to myself — café ☕ 日本" | sort)" \
	"$(stdout | sort)"

test_case "the README's recipe: goals behind pace (status --json with jq)"
REC=$TRASH/behind.db
at 2026-11-01T10:00:00Z goals --db "$REC" add --json "Run 100 km" -t 100 -u km \
	-d 2026-12-31
run_km=$(json .short_id)
at 2026-11-02T10:00:00Z goals --db "$REC" progress "$run_km" 5
at 2026-11-01T10:00:00Z goals --db "$REC" add "Read 4 books" -t 4 -d 2026-12-31
at 2026-11-20T10:00:00Z goals --db "$REC" progress "$(goals --db "$REC" list --json | jq -r '.[] | select(.text == "Read 4 books") | .short_id')" 3
run sh -c "goals --db '$REC' status --json | jq -r '.groups.behind[]
	| \"\\(.short_id)  \\(.text): \\(.reasons | map(.text) | join(\"; \"))\"'"
expect_code 0
expect_stderr_empty
expect_stdout_lines 1
expect_stdout_match "^$run_km  Run 100 km: [0-9.]+ a week needed, [0-9.]+ a week so far"

test_case "--since: a day still to come, or not a date, is refused (exit 2)"
for w in tomorrow friday +1d 2026-11-28; do
	run goals export --since "$w"
	expect_code 2
	expect_stdout_empty
	expect_stderr_lines 1
	expect_stderr_match "^goals: --since: "
done
for w in soon 31/12/2026 7x ""; do
	run goals export --since "$w"
	expect_code 2
	expect_stdout_empty
	expect_stderr_match "^goals: "
done

test_case "ids: only those goals, in the export's order whatever theirs, each once"
run goals export --format jsonl "$H" "$(printf '%s' "$C" | cut -c1-6)" "$H"
expect_code 0
expect_eq "the goals" "$(in_order "$C" "$H")" \
	"$(jq -r 'select(.type == "goal") | .id' "$(stdout_file)" | tr '\n' ' ')"
expect_eq "their records" "$(grep -c -e "\"goal\":\"$C\"" -e "\"goal\":\"$H\"" -e "\"id\":\"$C\"" -e "\"id\":\"$H\"" "$TRASH/a.jsonl")" \
	"$(tail -n +2 "$(stdout_file)" | wc -l | tr -d ' ')"
run goals export --format csv "$P"
expect_code 0
expect_eq "csv rows of one goal" 1 "$(tail -n +2 "$(stdout_file)" | wc -l | tr -d ' ')"
run goals export --format ics "$A" "$M"
expect_code 0
expect_eq "ics: no VTODO for abandoned goals or goals without a deadline" 0 \
	"$(grep -c VTODO "$(stdout_file)")"

test_case "ids: an unknown id is exit 2, and nothing is written"
run goals export "$C" ffffffff
expect_code 2
expect_stdout_empty
expect_stderr_eq "goals: no goal matches 'ffffffff'"
run goals export -o "$TRASH/never.json" "$C" ffffffff
expect_code 2
expect_absent "$TRASH/never.json"
expect_eq "no temporary file left" "" "$(ls -a "$TRASH" | grep '^\.goals-export' || true)"

# -o FILE ------------------------------------------------------------------

# no_temp DIR: no temporary file of an export is left in DIR
no_temp() {
	expect_eq "temporary files left in $1" "" \
		"$(ls -a "$1" | grep '^\.goals-export' || true)"
}

test_case "-o FILE: the export, in a file of mode 0600, and nothing on stdout"
mkdir "$TRASH/out"
run sh -c "umask 022 && goals export -o '$TRASH/out/a.json'"
expect_code 0
expect_stdout_empty
expect_stderr_empty
expect_same_file "$TRASH/a.json" "$TRASH/out/a.json"
expect_mode "$TRASH/out/a.json" -rw-------
no_temp "$TRASH/out"
run goals export --format=csv --output="$TRASH/out/a.csv"
expect_code 0
expect_same_file "$TRASH/a.csv" "$TRASH/out/a.csv"
(cd "$TRASH/out" && goals export --format jsonl -o a.jsonl)
expect_same_file "$TRASH/a.jsonl" "$TRASH/out/a.jsonl"

test_case "-o FILE replaces a file whole, and makes it private"
echo "an older export" >"$TRASH/out/old.ics"
chmod 644 "$TRASH/out/old.ics"
run goals export --format ics -o "$TRASH/out/old.ics"
expect_code 0
expect_same_file "$TRASH/a.ics" "$TRASH/out/old.ics"
expect_mode "$TRASH/out/old.ics" -rw-------
no_temp "$TRASH/out"

test_case "-o FILE: a write that fails part way leaves FILE as it was and no temporary file"
if command -v prlimit >/dev/null 2>&1; then
	echo "an older export" >"$TRASH/out/keep.json"
	run prlimit --fsize=2000 goals export -o "$TRASH/out/keep.json"
	expect_code 3
	expect_stdout_empty
	expect_stderr_eq "goals: cannot write '$TRASH/out/keep.json': File too large"
	expect_eq "the file" "an older export" "$(cat "$TRASH/out/keep.json")"
	no_temp "$TRASH/out"
	run prlimit --fsize=2000 goals export -o "$TRASH/out/new.json"
	expect_code 3
	expect_absent "$TRASH/out/new.json"
	no_temp "$TRASH/out"
else
	fail "prlimit (util-linux) is not installed"
fi

test_case "-o FILE in a directory that cannot be written: exit 3, nothing written"
mkdir "$TRASH/ro"
chmod 555 "$TRASH/ro"
if test "$(id -u)" = 0; then
	# root writes anywhere: without the capability to override modes
	if command -v setpriv >/dev/null 2>&1; then
		run setpriv --bounding-set=-dac_override,-dac_read_search \
			goals export -o "$TRASH/ro/a.json"
	else
		fail "setpriv (util-linux) is not installed"
	fi
else
	run goals export -o "$TRASH/ro/a.json"
fi
expect_code 3
expect_stdout_empty
expect_stderr_eq "goals: cannot write '$TRASH/ro/a.json': Permission denied"
expect_absent "$TRASH/ro/a.json"
no_temp "$TRASH/ro"
chmod 755 "$TRASH/ro"

test_case "-o a directory (exit 2), or in a directory that does not exist (exit 3); an empty name: exit 2"
run goals export -o "$TRASH/out"
expect_code 2
expect_stderr_eq "goals: -o: '$TRASH/out' is a directory: expected a file"
no_temp "$TRASH/out"
run goals export -o "$TRASH/nowhere/a.json"
expect_code 3
expect_stderr_eq "goals: cannot write '$TRASH/nowhere/a.json': No such file or directory"
expect_absent "$TRASH/nowhere"
run goals export -o ""
expect_code 2
expect_stdout_empty
expect_stderr_lines 1

test_case "a full standard output: exit 3, saying so"
for f in json jsonl csv ics; do
	goals export --format $f >/dev/full 2>"$TRASH/err"
	expect_eq "exit code of --format $f" 3 "$?"
	expect_eq "stderr of --format $f, its first line" \
		"goals: cannot write the output: No space left on device" \
		"$(head -n 1 "$TRASH/err")"
done

test_case "a missing store exports as an empty one, and is not created"
run goals --db "$TRASH/missing/goals.db" export
expect_code 0
expect_stdout_eq '{"format":"goals-export","version":1,"exported":"2026-11-27T10:00:00Z","goals":[]}'
run goals --db "$TRASH/missing/goals.db" export --format csv
expect_stdout_eq "$(printf 'goal,short_id,text,day,time,value,unit,note\r')"
expect_absent "$TRASH/missing"

# Malformed input ----------------------------------------------------------
# Each is refused whole: exit 2, nothing on stdout, one line on stderr
# that names the record (its line, for jsonl) and the key, and the store's
# file byte for byte as it was.  The inputs are made from the store's own
# exports, so that all but the bad record would be found already there.

cd "$TRASH" || exit 1

# refuse FILE WHERE: goals import FILE (into $REFUSE_DB) is refused with a
# message that starts "goals: FILE: WHERE" (an ERE), and changes nothing.
REFUSE_DB=$GOALS_DB
refuse() {
	cp "$REFUSE_DB" "$TRASH/refuse.before"
	store_snapshot "$REFUSE_DB"
	run goals --db "$REFUSE_DB" import "$1"
	expect_code 2
	expect_stdout_empty
	expect_stderr_lines 1
	expect_stderr_match "^goals: $1: $2"
	expect_same_file "$TRASH/refuse.before" "$REFUSE_DB"
	expect_store_unchanged "$REFUSE_DB"
	expect_absent "$REFUSE_DB-wal"
}
# doc NAME FILTER: bad/NAME.json, the json export changed by FILTER
mkdir bad
doc() {
	jq -c "$2" a.json >"bad/$1.json"
}
# line NAME N FILTER: bad/NAME.jsonl, the jsonl export with line N
# changed by FILTER
line() {
	{
		head -n $(($2 - 1)) a.jsonl
		sed -n "$2p" a.jsonl | jq -c "$3"
		tail -n +$(($2 + 1)) a.jsonl
	} >"bad/$1.jsonl"
}
# lineno ID: the line of a.jsonl with the record of that id
lineno() {
	grep -n "\"id\":\"$1\"" a.jsonl | cut -d: -f1
}
IC=$(jq --arg c "$C" '[.goals[].id] | index($c)' a.json)
IP=$(jq --arg p "$P" '[.goals[].id] | index($p)' a.json)
E1=$(jq -r --arg c "$C" '.goals[] | select(.id == $c) | .entries[0].id' a.json)
R1=$(jq -r --arg c "$C" '.goals[] | select(.id == $c) | .revisions[0].id' a.json)
V1=$(jq -r --arg c "$C" '.goals[] | select(.id == $c) | .voids[0].id' a.json)
V1E=$(jq -r --arg c "$C" '.goals[] | select(.id == $c) | .voids[0].entry' a.json)
EV1=$(jq -r --arg c "$C" '.goals[] | select(.id == $c) | .events[0].id' a.json)
LE1=$(lineno "$E1")
LR1=$(lineno "$R1")
LV1=$(lineno "$V1")
LEV1=$(lineno "$EV1")
LC=$(lineno "$C")
# in the document, the first entry of C, and so on
DE="goals\[$IC\]\.entries\[0\]: entry"
DR="goals\[$IC\]\.revisions\[0\]: revision"
NOWHERE=00000000-0000-4000-8000-000000000000

if import_case "broken JSON: a document cut short, a line of jsonl cut short"; then
	head -c 700 a.json >bad/cut.json
	refuse bad/cut.json "the document: export: not a JSON object"
	{
		head -n 4 a.jsonl
		sed -n 5p a.jsonl | cut -c1-40
		tail -n +6 a.jsonl
	} >bad/cut.jsonl
	refuse bad/cut.jsonl "line 5: record: not a JSON object"
	printf '%s\n' "$(head -n 1 a.jsonl)" '[1, 2]' >bad/array.jsonl
	refuse bad/array.jsonl "line 2: record: not a JSON object"
	printf '[]\n' >bad/array.json
	refuse bad/array.json "the document: export: not a JSON object"
fi

if import_case "a wrong format name or version"; then
	line format 1 '.format = "goals-exports"'
	refuse bad/format.jsonl "line 1: header: key 'format': expected \"goals-export\", got \"goals-exports\"$"
	doc format '.format = "todo.txt"'
	refuse bad/format.json "the document: header: key 'format': "
	line version 1 '.version = 2'
	refuse bad/version.jsonl "line 1: header: key 'version': version 2 is not one this goals reads \(1\)$"
	doc version '.version = 2'
	refuse bad/version.json "the document: header: key 'version': "
	doc version-str '.version = "1"'
	refuse bad/version-str.json "the document: header: key 'version': expected a number$"
	line noformat 1 'del(.format)'
	refuse bad/noformat.jsonl "line 1: header: key 'format': missing$"
	line first-not-header 1 '.type = "goal"'
	refuse bad/first-not-header.jsonl "line 1: header: key 'type': expected \"header\" on the first line, got \"goal\"$"
fi

if import_case "missing keys"; then
	doc no-value "(.goals[$IC].entries[0]) |= del(.value)"
	refuse bad/no-value.json "$DE: key 'value': missing$"
	line no-value "$LE1" 'del(.value)'
	refuse bad/no-value.jsonl "line $LE1: entry: key 'value': missing$"
	line no-text "$LR1" 'del(.text)'
	refuse bad/no-text.jsonl "line $LR1: revision: key 'text': missing$"
	line no-kind "$LR1" 'del(.kind)'
	refuse bad/no-kind.jsonl "line $LR1: revision: key 'kind': missing$"
	line no-id "$LC" 'del(.id)'
	refuse bad/no-id.jsonl "line $LC: goal: key 'id': missing$"
	line no-created "$LC" 'del(.created)'
	refuse bad/no-created.jsonl "line $LC: goal: key 'created': missing$"
	line no-entry "$LV1" 'del(.entry)'
	refuse bad/no-entry.jsonl "line $LV1: void: key 'entry': missing$"
	line no-event "$LEV1" 'del(.event)'
	refuse bad/no-event.jsonl "line $LEV1: event: key 'event': missing$"
	line no-type "$LE1" 'del(.type)'
	refuse bad/no-type.jsonl "line $LE1: record: key 'type': expected a string$"
	doc no-goals 'del(.goals)'
	refuse bad/no-goals.json "the document: header: key 'goals': expected an array$"
fi

if import_case "ill-typed keys"; then
	line value-str "$LE1" '.value = "0.1"'
	refuse bad/value-str.jsonl "line $LE1: entry: key 'value': expected a number$"
	doc value-str "(.goals[$IC].entries[0].value) = \"0.1\""
	refuse bad/value-str.json "$DE: key 'value': expected a number$"
	line target-str "$LR1" '.target = "12"'
	refuse bad/target-str.jsonl "line $LR1: revision: key 'target': expected a number$"
	line text-num "$LR1" '.text = 12'
	refuse bad/text-num.jsonl "line $LR1: revision: key 'text': expected a string$"
	line dft "$LR1" '.deadline_from_text = "no"'
	refuse bad/dft.jsonl "line $LR1: revision: key 'deadline_from_text': expected true or false$"
	line message-num "$LEV1" '.message = 5'
	refuse bad/message-num.jsonl "line $LEV1: event: key 'message': expected a string$"
	line id-num "$LE1" '.id = 5'
	refuse bad/id-num.jsonl "line $LE1: entry: key 'id': expected a string$"
	line id-short "$LE1" ".id = \"$(printf '%s' "$E1" | cut -c1-8)\""
	refuse bad/id-short.jsonl "line $LE1: entry: key 'id': expected an id \(a UUID\)"
	line type-num "$LE1" '.type = 5'
	refuse bad/type-num.jsonl "line $LE1: record: key 'type': expected a string$"
	line type-unknown "$LE1" '.type = "note"'
	refuse bad/type-unknown.jsonl "line $LE1: record: key 'type': unknown type \"note\""
	doc revisions-obj "(.goals[$IC].revisions) = {}"
	refuse bad/revisions-obj.json "goals\[$IC\]: goal: key 'revisions': expected an array$"
	doc goals-obj '.goals = {}'
	refuse bad/goals-obj.json "the document: header: key 'goals': expected an array$"
	line kind-case "$LR1" '.kind = "Total"'
	refuse bad/kind-case.jsonl "line $LR1: revision: key 'kind': unknown value \"Total\"$"
	line event-unknown "$LEV1" '.event = "closed"'
	refuse bad/event-unknown.jsonl "line $LEV1: event: key 'event': unknown value \"closed\"$"
	line area-case "$LR1" '.area = "Self"'
	refuse bad/area-case.jsonl "line $LR1: revision: key 'area': "
	line text-ctrl "$LR1" '.text = "Read\u0007 12 books"'
	refuse bad/text-ctrl.jsonl "line $LR1: revision: key 'text': .*control character"
	line text-nl "$LR1" '.text = "Read\n12 books"'
	refuse bad/text-nl.jsonl "line $LR1: revision: key 'text': .*newline"
	line note-blank "$LE1" '.note = "  "'
	refuse bad/note-blank.jsonl "line $LE1: entry: key 'note': "
	line note-long "$LE1" '.note = ("x" * 4097)'
	refuse bad/note-long.jsonl "line $LE1: entry: key 'note': .*too long"
	line every-total "$LR1" '.every = "week"'
	refuse bad/every-total.jsonl "line $LR1: revision: "
fi

if import_case "bad dates and times"; then
	line day "$LE1" '.day = "2026-02-30"'
	refuse bad/day.jsonl "line $LE1: entry: key 'day': expected a date YYYY-MM-DD, got \"2026-02-30\"$"
	doc day "(.goals[$IC].entries[0].day) = \"2026-11-3\""
	refuse bad/day.json "$DE: key 'day': expected a date YYYY-MM-DD"
	line deadline "$LR1" '.deadline = "2026-13-01"'
	refuse bad/deadline.jsonl "line $LR1: revision: key 'deadline': expected a date"
	line start "$LR1" '.start = "tomorrow"'
	refuse bad/start.jsonl "line $LR1: revision: key 'start': expected a date"
	line at-word "$LE1" '.at = "yesterday"'
	refuse bad/at-word.jsonl "line $LE1: entry: key 'at': expected a time such as 2026-03-01T09:00:00Z, got \"yesterday\"$"
	line at-hour "$LEV1" '.at = "2026-11-08T25:00:00Z"'
	refuse bad/at-hour.jsonl "line $LEV1: event: key 'at': expected a time"
	line created "$LC" '.created = "2026-11-02T10:00:00.5Z"'
	refuse bad/created.jsonl "line $LC: goal: key 'created': expected a time"
	line void-at "$LV1" '.at = 20261106'
	refuse bad/void-at.jsonl "line $LV1: void: key 'at': expected a string$"
fi

if import_case "values out of range"; then
	line huge "$LE1" '.value = 1e300'
	refuse bad/huge.jsonl "line $LE1: entry: key 'value': .*too large"
	doc huge "(.goals[$IC].entries[0].value) = -2e15"
	refuse bad/huge.json "$DE: key 'value': .*too large"
	line confidence "$LR1" '.confidence = 11'
	refuse bad/confidence.jsonl "line $LR1: revision: key 'confidence': expected a whole number from 0 to 10, got 11$"
	line confidence-frac "$LR1" '.confidence = 7.5'
	refuse bad/confidence-frac.jsonl "line $LR1: revision: key 'confidence': expected a whole number"
	line over "$LR1" '.over = 400'
	refuse bad/over.jsonl "line $LR1: revision: key 'over': expected a whole number from 1 to 366"
	line revision0 "$LR1" '.revision = 0'
	refuse bad/revision0.jsonl "line $LR1: revision: key 'revision': expected a whole number from 1"
	line review "$LR1" '.review = "0d"'
	refuse bad/review.jsonl "line $LR1: revision: key 'review': "
fi

if import_case "an id that is in the store with other content: refused, naming the key"; then
	line note "$LE1" '.note = "changed"'
	refuse bad/note.jsonl "line $LE1: entry: key 'note': entry $(printf '%s' "$E1" | cut -c1-8)\.\.\. is in the store with another value$"
	doc value "(.goals[$IC].entries[0].value) = 0.2"
	refuse bad/value.json "$DE: key 'value': entry .* is in the store with another value$"
	line rev-text "$LR1" '.text = "Read 13 books"'
	refuse bad/rev-text.jsonl "line $LR1: revision: key 'text': revision $(printf '%s' "$R1" | cut -c1-8)\.\.\. is in the store with another value$"
	doc rev-at "(.goals[$IC].revisions[0].at) = \"2026-11-02T10:00:01Z\""
	refuse bad/rev-at.json "$DR: key 'at': revision .* is in the store with another value$"
	line rev-goal "$LR1" ".goal = \"$P\""
	refuse bad/rev-goal.jsonl "line $LR1: revision: key 'goal': "
	line ev-message "$LEV1" '.message = "done!"'
	refuse bad/ev-message.jsonl "line $LEV1: event: key 'message': event .* is in the store with another value$"
	line ev-event "$LEV1" '.event = "abandoned"'
	refuse bad/ev-event.jsonl "line $LEV1: event: key 'event': "
	line void-reason "$LV1" '.reason = "no reason"'
	refuse bad/void-reason.jsonl "line $LV1: void: key 'reason': void .* is in the store with another value$"
	line created-other "$LC" '.created = "2026-11-02T10:00:01Z"'
	refuse bad/created-other.jsonl "line $LC: goal: key 'created': goal .* is in the store, created at another time$"
fi

if import_case "a record for a goal that is not there"; then
	line orphan "$LE1" ".goal = \"$NOWHERE\""
	refuse bad/orphan.jsonl "line $LE1: entry: key 'goal': no goal has id 00000000\.\.\. in the store or before this record$"
	doc orphan "(.goals[$IC].events[0].goal) = \"$NOWHERE\""
	refuse bad/orphan.json "goals\[$IC\]\.events\[0\]: event: key 'goal': no goal has id 00000000"
	# into an empty store: the goal's line left out
	REFUSE_DB=$TRASH/empty.db
	must goals --db "$REFUSE_DB" init
	grep -v "^{\"type\":\"goal\",\"id\":\"$C\"" a.jsonl >bad/no-goal-line.jsonl
	L=$(grep -n "\"goal\":\"$C\"" bad/no-goal-line.jsonl | head -n 1 | cut -d: -f1)
	refuse bad/no-goal-line.jsonl "line $L: revision: key 'goal': no goal has id"
	# a void whose entry is another goal's
	line void-other "$LV1" ".goal = \"$P\""
	REFUSE_DB=$GOALS_DB
	refuse bad/void-other.jsonl "line $LV1: void: key 'goal': "
	REFUSE_DB=$TRASH/empty.db
	{
		jq -c 'select(.type != "void")' a.jsonl
		jq -c "select(.id == \"$V1\") | .goal = \"$P\"" a.jsonl
	} >bad/void-entry.jsonl
	L=$(wc -l <bad/void-entry.jsonl | tr -d ' ')
	refuse bad/void-entry.jsonl "line $L: void: key 'entry': entry $(printf '%s' "$V1E" | cut -c1-8)\.\.\. belongs to another goal$"
	REFUSE_DB=$GOALS_DB
fi

if import_case "broken UTF-8"; then
	{
		head -n 3 a.jsonl
		sed -n 4p a.jsonl | sed 's/"type"/"t\xc3\x28pe"/'
		tail -n +5 a.jsonl
	} >bad/utf8.jsonl
	refuse bad/utf8.jsonl "line 4: record: not valid UTF-8$"
	sed 's/Read 12 books/Read 12 b\xffoks/' a.json >bad/utf8.json
	refuse bad/utf8.json "the document: export: not valid UTF-8$"
	{
		head -n 1 a.jsonl | sed 's/goals-export/goals-\xe2\x82port/'
		tail -n +2 a.jsonl
	} >bad/utf8-header.jsonl
	refuse bad/utf8-header.jsonl "(line 1|the document): "
fi

if import_case "an empty input: a file, blank lines, standard input"; then
	: >bad/empty
	refuse bad/empty "line 1: header: the input is empty: expected an export$"
	printf '\n  \n\n' >bad/blank
	refuse bad/blank "line 1: header: the input is empty"
	cp "$GOALS_DB" "$TRASH/refuse.before"
	run_stdin /dev/null goals import -
	expect_code 2
	expect_stderr_eq "goals: standard input: line 1: header: the input is empty: expected an export"
	expect_same_file "$TRASH/refuse.before" "$GOALS_DB"
fi

if import_case "all or nothing: new records, then a bad one, and nothing is added"; then
	# B's export holds a goal, revisions, an entry and an event this store
	# has not; a bad line at its end
	{
		cat "$TRASH/B.jsonl"
		sed -n "${LE1}p" a.jsonl | jq -c '.value = "x"'
	} >bad/late.jsonl
	N=$(wc -l <bad/late.jsonl | tr -d ' ')
	refuse bad/late.jsonl "line $N: entry: key 'value': expected a number$"
	goals --db "$SB" export | jq -c ".goals[-1].voids += [{\"type\": \"void\"}]" >bad/late.json
	refuse bad/late.json "goals\[[0-9]+\]\.voids\[[0-9]+\]: void: key 'id': missing$"
fi

if import_case "import: a FILE that is not there, a directory, or two FILEs: exit 2"; then
	run goals import nothing.json
	expect_code 2
	expect_stderr_eq "goals: cannot read 'nothing.json': No such file or directory"
	run goals import bad
	expect_code 2
	expect_stderr_eq "goals: 'bad' is a directory: expected an export"
	run goals import a.json a.jsonl
	expect_code 2
	expect_stdout_empty
fi

# Under valgrind -------------------------------------------------------------
# (the sanitizer build checks its own memory; valgrind checks the normal
# build's)

if test -n "${GOALS_SANITIZED:-}"; then
	test_skip "import and export under valgrind" "sanitizer build"
elif ! command -v valgrind >/dev/null 2>&1; then
	test_case "import and export under valgrind"
	fail "valgrind is not installed"
else
	test_case "import and export under valgrind"
	vg() {
		run valgrind -q --error-exitcode=99 --leak-check=full "$GOALS_BIN" "$@"
		expect_eq "valgrind's verdict on goals $*" no \
			"$(test "$RUN_CODE" = 99 && echo yes || echo no)"
	}
	vg --db "$TRASH/vg.db" import a.json
	expect_code 0
	vg --db "$TRASH/vg.db" import a.jsonl
	expect_code 0
	vg --db "$TRASH/vg.db" import bad/late.jsonl
	expect_code 2
	vg --db "$TRASH/vg.db" import bad/cut.json
	expect_code 2
	vg --db "$TRASH/vg.db" import --dry-run "$TRASH/B.jsonl"
	expect_code 0
	vg --db "$TRASH/vg.db" export --format jsonl --since 7d
	expect_code 0
	vg --db "$TRASH/vg.db" export --format ics -o "$TRASH/vg.ics"
	expect_code 0
fi

# Regressions ---------------------------------------------------------------
# Each was a bug, found by writing this test (see the comment of each).

# Was a bug: cJSON_ParseWithLength stops after the first JSON value, and
# lib/import.c never looks at what follows it: a document followed by
# junk, or by a second document (which is then silently not imported),
# and a jsonl line with junk after its object are all taken.
bug_trailing() {
	REFUSE_DB=$GOALS_DB
	{
		cat a.json
		echo junk
	} >bad/junk.json
	refuse bad/junk.json "the document: "
	# a second document, with a goal the store has not: never imported
	cat a.json "$TRASH/B2.json" >bad/two.json
	refuse bad/two.json "the document: "
	sed "${LE1}s/}\$/} junk/" a.jsonl >bad/junk.jsonl
	refuse bad/junk.jsonl "line $LE1: record: "
	sed "${LE1}s/}\$/}}/" a.jsonl >bad/brace.jsonl
	refuse bad/brace.jsonl "line $LE1: record: "
}

# Was a bug: a time of a record is read by goals_time_parse_iso, which takes
# every form GOALS_NOW takes: without a zone it is local time (TZ), so
# one file imports as different instants on two machines; a date alone
# is local midnight.  The format has one form, YYYY-MM-DDTHH:MM:SSZ
# (what the schema says); others should be refused as bad times.
bug_times() {
	REFUSE_DB=$GOALS_DB
	for t in 2026-11-03T10:00:00 "2026-11-03 10:00:00Z" 2026-11-03 \
		2026-11-03T11:00:00+01:00 2026-11-03T10:00Z; do
		doc "time" "(.goals[$IC].entries[0].at) = \"$t\""
		REFUSE_DB=$TRASH/bug-times.db
		rm -f "$REFUSE_DB"
		must goals --db "$REFUSE_DB" init
		refuse bad/time.json "$DE: key 'at': expected a time"
	done
	REFUSE_DB=$GOALS_DB
}

# Was a bug: a string with \u0000 is cut at the NUL (cJSON keeps C strings):
# the text "Read\u0000 12" is stored as "Read", and an entry whose note
# differs only after a NUL is taken as the one in the store.  It should
# be refused as a control character, as U+0001 is.
bug_nul() {
	REFUSE_DB=$GOALS_DB
	line nul "$LE1" '.note += "\u0000 and more"'
	refuse bad/nul.jsonl "line $LE1: entry: key 'note': "
	line nul-text "$LR1" '.text = "Read\u0000 12 books"'
	refuse bad/nul-text.jsonl "line $LR1: revision: key 'text': "
}

# Was a bug: of a goal record, import reads only id and created; its other
# keys, and the header's "exported", are never checked: a status of
# "bogus", a text that is a number, a missing short_id or progress, and
# a header without "exported" are all taken (goals-export(5) and the
# schema require them, with their types).
bug_goal_keys() {
	REFUSE_DB=$GOALS_DB
	line status "$LC" '.status = "bogus"'
	refuse bad/status.jsonl "line $LC: goal: key 'status': "
	line goal-text "$LC" '.text = 12'
	refuse bad/goal-text.jsonl "line $LC: goal: key 'text': "
	line short "$LC" 'del(.short_id)'
	refuse bad/short.jsonl "line $LC: goal: key 'short_id': "
	line exported 1 'del(.exported)'
	refuse bad/exported.jsonl "line 1: header: key 'exported': "
	doc exported '.exported = "yesterday"'
	refuse bad/exported.json "the document: header: key 'exported': "
}

# Was a bug: an import that is refused still creates the store it was to go
# into (and its directory): cmd-import.c opens it with create before
# goals_import checks anything.  goals add with a bad value, and import
# --dry-run, create nothing.
bug_refused_creates() {
	run goals --db "$TRASH/never/goals.db" import bad/no-value.jsonl
	expect_code 2
	expect_absent "$TRASH/never"
	printf '{}' | goals --db "$TRASH/never2.db" import - 2>/dev/null
	expect_absent "$TRASH/never2.db"
}

# Was a bug: entries, events and voids at the same instant are exported, and
# judged, in the order of the rows they got in each store (eid, evid,
# vid), not by anything the records carry: two stores that each logged
# an entry --at the same day, or closed a goal in the same second, merge
# into different exports either way round, and a level goal's current
# value and a goal's status depend on which way round (the newest entry,
# the newest event, "ORDER BY at DESC, eid DESC").  Ties should be broken
# by the records' ids.
bug_ties() {
	cp "$BASE" "$TRASH/tA.db"
	cp "$BASE" "$TRASH/tB.db"
	# a level goal both stores have
	at 2026-11-26T07:00:00Z goals --db "$TRASH/tA.db" add --json \
		"Anxiety at parties" -k level -b 8 -t 5 -d 2027-02-01
	L=$(json .id)
	goals --db "$TRASH/tA.db" export | goals --db "$TRASH/tB.db" import - >/dev/null
	at 2026-11-26T08:00:00Z goals --db "$TRASH/tA.db" progress "$L" 6 --at 2026-11-25
	at 2026-11-26T08:00:00Z goals --db "$TRASH/tB.db" progress "$L" 7 --at 2026-11-25
	at 2026-11-26T09:00:00Z goals --db "$TRASH/tA.db" close "$H"
	at 2026-11-26T09:00:00Z goals --db "$TRASH/tB.db" close --abandoned "$H"
	cp "$TRASH/tA.db" "$TRASH/tAB.db"
	cp "$TRASH/tB.db" "$TRASH/tBA.db"
	goals --db "$TRASH/tB.db" export | goals --db "$TRASH/tAB.db" import - >/dev/null
	goals --db "$TRASH/tA.db" export | goals --db "$TRASH/tBA.db" import - >/dev/null
	# the same records either way round; which of two records of the
	# same second comes last is each store's own order (goals-export(5),
	# ORDER), so what they decide (a level's current value, a status)
	# may differ
	goals --db "$TRASH/tAB.db" export --format jsonl |
		grep -v -e '"type":"header"' -e '"type":"goal"' | sort >"$TRASH/tAB.rec"
	goals --db "$TRASH/tBA.db" export --format jsonl |
		grep -v -e '"type":"header"' -e '"type":"goal"' | sort >"$TRASH/tBA.rec"
	expect_same_file "$TRASH/tAB.rec" "$TRASH/tBA.rec"
	expect_eq "both entries of the same instant, either way round" 2 \
		"$(grep -c "\"goal\":\"$L\".*\"at\":\"2026-11-25T00:00:00Z\"" "$TRASH/tAB.rec")"
	expect_eq "both changes of status of the same second" 2 \
		"$(grep -c "\"type\":\"event\".*\"at\":\"2026-11-26T09:00:00Z\"" "$TRASH/tAB.rec")"
}

# Was a bug: -o FILE writes a temporary file beside FILE and renames it over
# FILE, whatever FILE is: `goals export -o /dev/full` run as root
# replaces the device /dev/full (or /dev/null, or the link /dev/stdout)
# with a regular file holding the export, and exits 0; as another user
# it fails with "Permission denied" (it cannot write in /dev).  A FILE that
# is not a regular file should be written in place (exit 3, "No space
# left on device", for a full device), or refused, and left as it is.
# (Tried on a device made for the test, never on /dev itself.)
bug_o_device() {
	if test "$(id -u)" != 0; then
		fail "needs root, to make a device"
		return
	fi
	mknod "$TRASH/full" c 1 7 && chmod 666 "$TRASH/full" || return
	run goals export -o "$TRASH/full"
	expect_code 3
	expect_stderr_eq "goals: cannot write '$TRASH/full': No space left on device"
	expect_eq "the device" c "$(ls -ld "$TRASH/full" | cut -c1)"
	no_temp "$TRASH"
}

# Was a bug: an export that fills standard output part way says so twice:
# cmd-export.c prints "cannot write the output: No space left on device"
# and exits 3, then the check of standard output at exit (cmd/output.c)
# prints "goals: cannot write the output: write error".  An export small
# enough for stdio's buffer (csv, ics here) says it once, as every other
# command does (t0087).
bug_full_twice() {
	for f in json jsonl; do
		goals export --format $f >/dev/full 2>"$TRASH/err"
		expect_eq "exit code of --format $f" 3 "$?"
		expect_eq "stderr of --format $f" \
			"goals: cannot write the output: No space left on device" \
			"$(cat "$TRASH/err")"
	done
}

# Was a bug: under UBSan an import was undefined
# behaviour before it reads a byte.  (In a build without sanitizers this
# case passes: glibc's memchr reads nothing for a length of 0.)
bug_import_ub() {
	printf '' | goals --db "$TRASH/probe/goals.db" import --dry-run - \
		>/dev/null 2>"$TRASH/probe.err"
	expect_eq "exit code of an empty import" 2 "$?"
	expect_eq "its stderr" \
		"goals: standard input: line 1: header: the input is empty: expected an export" \
		"$(cat "$TRASH/probe.err")"
}

# Was a bug: a json document whose first line is longer than 16 MiB is refused,
# "a line longer than 16777216 bytes": import reads the first line to tell
# jsonl from json (lib/import.c goals_import, next_line with the limit of
# a jsonl line) before it reads a document whole (up to 1 GiB).  An
# export in json is one line: every json export over 16 MiB (about
# 90,000 entries) cannot be imported.  Here the line is made long with
# blanks, which JSON allows anywhere between tokens.
bug_big_document() {
	{
		printf '{"format":"goals-export",'
		head -c 17000000 /dev/zero | tr '\0' ' '
		printf '"version":1,"exported":"2026-11-27T10:00:00Z","goals":[]}\n'
	} >"$TRASH/big.json"
	run goals --db "$TRASH/big.db" import "$TRASH/big.json"
	expect_code 0
	expect_stdout_eq "imported 0 goals, 0 revisions, 0 entries, 0 changes of status and 0 voids"
	rm -f "$TRASH/big.json"
}

test_case "import runs clean under UBSan"
bug_import_ub
test_case "import refuses what follows a JSON value: junk, a second document"
bug_trailing
test_case "import refuses a time that is not YYYY-MM-DDTHH:MM:SSZ"
bug_times
test_case "import refuses a NUL (\\u0000) in a text"
bug_nul
test_case "import checks every key of a goal record and the header's exported"
bug_goal_keys
test_case "a json document of more than 16 MiB on one line imports"
bug_big_document
test_case "a refused import into a store that does not exist creates nothing"
bug_refused_creates
test_case "records at the same instant merge into the same records either way round"
bug_ties
test_case "a full standard output is said once"
bug_full_twice
test_case "-o a device writes into it (or refuses), and leaves it a device"
bug_o_device

test_done
