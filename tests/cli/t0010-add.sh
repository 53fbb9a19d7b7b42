#!/bin/sh
# t0010-add: goals add writes a goal down with every field it is given,
# and what it prints, shows and stores agree.

. "$(dirname "$0")/lib.sh"
require jq sqlite3

UUID_RE='^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'

# The fields of the goal in the last stdout (one JSON object), compact.
fields() {
	json '{text, status, area, kind, metric, unit, baseline, target, every,
		start, deadline, why, parent, confidence, review, revision}' |
		jq -c .
}

# add_json ARGS...: add a goal with --json; its full id in $id.
add_json() {
	must goals add "$@" --json && id=$(json .id)
}

# deadline_of DATE: the deadline that `add -d DATE` stores.
deadline_of() {
	run goals add "Relative date $1" -d "$1" --json
	if test "$RUN_CODE" != 0; then
		t_context | head -n 5 | tr '\n' ' '
		return
	fi
	json .deadline
}

test_case "the README's example: a weekly habit due in 8 weeks"
run goals add "Call my sister every Sunday" -k habit -t 1 -e week -d +8w \
	-w "I miss her"
expect_code 0
expect_stderr_empty
# the first line names the goal; a SMART summary follows (DESIGN.md)
expect_match "the first line of stdout" \
	'^added [0-9a-f]{7} Call my sister every Sunday$' "$(stdout | head -n 1)"
expect_stdout_match 'SMART'
added=$(stdout | sed -n 's/^added \([0-9a-f]*\) .*/\1/p')
run goals list --json
expect_code 0
expect_eq "list --json | jq '.[0].deadline'" '"2027-01-22"' \
	"$(jq '.[0].deadline' "$(stdout_file)")"
expect_eq "the short id that add printed" "$added" "$(json '.[0].short_id')"
sister=$(json '.[0].id')

test_case "show takes a 4-character prefix of the new goal"
prefix=$(printf '%s' "$sister" | cut -c1-4)
run goals show "$prefix"
expect_code 0
expect_stderr_empty
expect_stdout_match "^goal $sister\$"
expect_stdout_match '^Text: +Call my sister every Sunday$'
expect_stdout_match '^Kind: +habit, 1 per week$'
expect_stdout_match '^Deadline: +2027-01-22'
expect_stdout_match '^Why: +I miss her$'
run goals show --json "$prefix"
expect_code 0
expect_eq "fields of show --json" \
	'{"text":"Call my sister every Sunday","status":"active","area":null,"kind":"habit","metric":null,"unit":null,"baseline":null,"target":1,"every":"week","start":null,"deadline":"2027-01-22","why":"I miss her","parent":null,"confidence":null,"review":null,"revision":1}' \
	"$(fields)"

test_case "every field option lands in show --json"
add_json "Read 12 books" -a Self -k total --metric "books finished" \
	-u books -b 2.5 -t 12 --start 2026-12-01 -d 2027-06-30 \
	-w "I miss reading" -c 8 --review 2w
books=$id
run goals show --json "$books"
expect_code 0
expect_eq "fields of show --json" \
	'{"text":"Read 12 books","status":"active","area":"self","kind":"total","metric":"books finished","unit":"books","baseline":2.5,"target":12,"every":null,"start":"2026-12-01","deadline":"2027-06-30","why":"I miss reading","parent":null,"confidence":8,"review":"2w","revision":1}' \
	"$(fields)"
expect_eq "created (GOALS_NOW)" 2026-11-27T10:00:00Z "$(json .created)"
expect_eq "updated (GOALS_NOW)" 2026-11-27T10:00:00Z "$(json .updated)"

test_case "the long options work as the short ones"
add_json "Feel calmer at parties" --area relationships --kind level \
	--metric "anxiety 0-10" --unit points --baseline 8 --target 5 \
	--by 2027-02-01 --why "I want friends" --confidence 7 --review 1m \
	--parent "$(printf '%s' "$books" | cut -c1-6)"
run goals show --json "$id"
expect_eq "fields of show --json" \
	'{"text":"Feel calmer at parties","status":"active","area":"relationships","kind":"level","metric":"anxiety 0-10","unit":"points","baseline":8,"target":5,"every":null,"start":null,"deadline":"2027-02-01","why":"I want friends","parent":"'"$books"'","confidence":7,"review":"1m","revision":1}' \
	"$(fields)"

test_case "--parent takes any unique prefix and stores the full id"
add_json "Read one book a month" -k habit -t 1 -e month -p "$(printf '%s' "$books" | cut -c1-4)"
expect_eq "parent" "$books" "$(json .parent)"
run goals show "$id"
expect_stdout_match "^Parent: +$(printf '%s' "$books" | tr -d - | cut -c1-7)"

test_case "numbers: negative, decimal and exponent forms"
add_json "Sleep earlier" -k level -b -3.5 -t 0.25
expect_eq "baseline" -3.5 "$(json .baseline)"
expect_eq "target" 0.25 "$(json .target)"
add_json "Walk a lot" -t 1e3 -b +2
expect_eq "target 1e3" 1000 "$(json .target)"
expect_eq "baseline +2" 2 "$(json .baseline)"

test_case "confidence from 0 to 10 and review cadences in days, weeks, months"
add_json "Ask for help" -c 0 --review 7d
expect_eq "confidence" 0 "$(json .confidence)"
expect_eq "review" 7d "$(json .review)"
add_json "Ask for more help" --confidence 10 --review 3m
expect_eq "confidence" 10 "$(json .confidence)"
expect_eq "review" 3m "$(json .review)"

test_case "relative dates from GOALS_NOW (Friday 2026-11-27)"
expect_eq "today" 2026-11-27 "$(deadline_of today)"
expect_eq "tomorrow" 2026-11-28 "$(deadline_of tomorrow)"
expect_eq "+3d" 2026-11-30 "$(deadline_of +3d)"
expect_eq "+2w" 2026-12-11 "$(deadline_of +2w)"
expect_eq "+1m" 2026-12-27 "$(deadline_of +1m)"
expect_eq "+1y" 2027-11-27 "$(deadline_of +1y)"
expect_eq "eow (weeks end on Sunday)" 2026-11-29 "$(deadline_of eow)"
expect_eq "eom" 2026-11-30 "$(deadline_of eom)"
expect_eq "eoy" 2026-12-31 "$(deadline_of eoy)"
expect_eq "monday (the next one)" 2026-11-30 "$(deadline_of monday)"
expect_eq "friday (today is Friday: the next one)" 2026-12-04 \
	"$(deadline_of friday)"
expect_eq "sunday" 2026-11-29 "$(deadline_of sunday)"
expect_eq "2027-02-28 as given" 2027-02-28 "$(deadline_of 2027-02-28)"
expect_eq "leap day 2028-02-29" 2028-02-29 "$(deadline_of 2028-02-29)"

test_case "--start takes the same forms: yesterday, today, eom"
add_json "Start small" --start yesterday -d eom
expect_eq "start yesterday" 2026-11-26 "$(json .start)"
expect_eq "deadline eom" 2026-11-30 "$(json .deadline)"
add_json "Start today" --start today -d today
expect_eq "start today" 2026-11-27 "$(json .start)"
expect_eq "deadline today (same day as the start)" 2026-11-27 \
	"$(json .deadline)"

test_case "+1m from January 31 is the last day of February"
run env GOALS_NOW=2027-01-31T10:00:00Z goals add "Short month" -d +1m --json
expect_code 0
expect_eq "deadline +1m from 2027-01-31" 2027-02-28 "$(json .deadline)"
run env GOALS_NOW=2028-01-31T10:00:00Z goals add "Leap month" -d +1m --json
expect_code 0
expect_eq "deadline +1m from 2028-01-31" 2028-02-29 "$(json .deadline)"
run env GOALS_NOW=2027-01-31T10:00:00Z goals add "End of month" -d eom --json
expect_code 0
expect_eq "deadline eom from 2027-01-31" 2027-01-31 "$(json .deadline)"

test_case "dates are local days: TZ decides what today is"
# 23:30 UTC is already the next morning at UTC+13 (POSIX TZ, no tzdata).
run env TZ=XXX-13 GOALS_NOW=2026-11-27T23:30:00Z goals add "Local day" \
	-d today --json
expect_code 0
expect_eq "today at UTC+13" 2026-11-28 "$(json .deadline)"
run env TZ=XXX+10 GOALS_NOW=2026-11-27T05:00:00Z goals add "Local day" \
	-d today --json
expect_code 0
expect_eq "today at UTC-10" 2026-11-26 "$(json .deadline)"

test_case "kind defaults: target makes total, every makes habit, none done"
add_json "Read 5 books" -t 5
expect_eq "kind with --target" total "$(json .kind)"
add_json "Run" -t 2 -e week
expect_eq "kind with --every" habit "$(json .kind)"
expect_eq "every" week "$(json .every)"
add_json "Run daily" -t 1 -e day
expect_eq "kind with --every day" habit "$(json .kind)"
expect_eq "every" day "$(json .every)"
add_json "Pay the bills" -e month -t 1 -k habit
expect_eq "every month" month "$(json .every)"
add_json "Book the dentist"
expect_eq "kind with neither" "done" "$(json .kind)"
expect_eq "target of a done goal" null "$(json .target)"

test_case "options may come after the text, and between its words"
add_json Read more books -t 12 -u books
expect_eq "text" "Read more books" "$(json .text)"
expect_eq "target" 12 "$(json .target)"
add_json -t 3 Run --unit km far
expect_eq "text" "Run far" "$(json .text)"
expect_eq "unit" km "$(json .unit)"
add_json Call Mum -aFamily
expect_eq "text" "Call Mum" "$(json .text)"
expect_eq "area (stuck to -a)" family "$(json .area)"
add_json Call Dad --area=family --target=2 --every=week
expect_eq "text" "Call Dad" "$(json .text)"
expect_eq "target (--target=2)" 2 "$(json .target)"
expect_eq "every (--every=week)" week "$(json .every)"

test_case "-- ends the options: the rest is text"
run goals add -- -not an option
expect_code 0
expect_stderr_empty
expect_stdout_match '^added [0-9a-f]{7} -not an option$'
must goals add -t 2 --json -- a -b --c
expect_eq "text after --" "a -b --c" "$(json .text)"
expect_eq "target before --" 2 "$(json .target)"
run goals add -- --json -t 5
expect_code 0
expect_stdout_match '^added [0-9a-f]{7} --json -t 5$'

test_case "the words of the text are joined with one space; quoting is kept"
add_json Call   my   sister
expect_eq "text of three words" "Call my sister" "$(json .text)"
add_json "Say  no	calmly"
expect_eq "text with two spaces and a tab" "$(printf 'Say  no\tcalmly')" \
	"$(json .text)"
add_json "Appeler ma sœur — chaque dimanche ☎"
expect_eq "UTF-8 text" "Appeler ma sœur — chaque dimanche ☎" "$(json .text)"

test_case "text of exactly 4096 bytes is accepted whole"
long=$(awk 'BEGIN { for (i = 0; i < 2048; i++) printf "\303\251" }')
add_json "$long"
expect_eq "length of the stored text in bytes" 4096 \
	"$(json .text | tr -d '\n' | wc -c | tr -d ' ')"

test_case "--json prints one object with the full UUID and a 7-hex short id"
run goals add "Drink water" -k habit -t 8 -e day --json
expect_code 0
expect_stderr_empty
expect_json_valid
expect_stdout_lines 1
id=$(json .id)
expect_match "id" "$UUID_RE" "$id"
expect_match "short_id" '^[0-9a-f]{7}$' "$(json .short_id)"
expect_eq "short_id as the start of id" \
	"$(printf '%s' "$id" | tr -d - | cut -c1-7)" "$(json .short_id)"
expect_eq "status" active "$(json .status)"
expect_eq "revision" 1 "$(json .revision)"
expect_eq "progress.entries" 0 "$(json .progress.entries)"
expect_eq "progress.last_at" null "$(json .progress.last_at)"
run goals show --json "$id"
expect_eq "short_id of show --json" "$(printf '%s' "$id" | tr -d - | cut -c1-7)" \
	"$(json .short_id)"

test_case "the store holds the goal and its first revision with every field"
add_json "Run 100 km" -a Health -k total --metric distance -u km -b 10 \
	-t 100 --start 2026-12-01 -d 2027-03-01 -w "to feel strong" -c 6 \
	--review 2w -p "$books"
hex=$(printf '%s' "$id" | tr -d -)
expect_eq "goals row (uuid, status, created, revision)" \
	"$hex|active|2026-11-27T10:00:00Z|1" \
	"$(sql "SELECT uuid, status, created, revision FROM goals
		WHERE uuid = '$hex'")"
expect_eq "revisions of the goal" 1 \
	"$(sql "SELECT count(*) FROM revisions r JOIN goals g ON g.gid = r.goal
		WHERE g.uuid = '$hex'")"
expect_eq "revision 1" \
	"1|2026-11-27T10:00:00Z|Run 100 km|health|total|distance|km|10.0|100.0||2026-12-01|2027-03-01|to feel strong|$(printf '%s' "$books" | tr -d -)|6|2w" \
	"$(sql "SELECT r.number, r.at, r.text, r.area, r.kind, r.metric, r.unit,
		r.baseline, r.target, r.every, r.start, r.deadline, r.why, r.parent,
		r.confidence, r.review FROM revisions r JOIN goals g ON g.gid = r.goal
		WHERE g.uuid = '$hex'")"

test_case "the store holds a habit's period and nulls for what was not given"
add_json "Meditate" -k habit -t 1 -e day
hex=$(printf '%s' "$id" | tr -d -)
expect_eq "revision 1 of a habit" \
	"Meditate|habit|1.0|day|NULL|NULL|NULL|NULL|NULL" \
	"$(sql "SELECT r.text, r.kind, r.target, r.every,
		ifnull(r.area, 'NULL'), ifnull(r.baseline, 'NULL'),
		ifnull(r.deadline, 'NULL'), ifnull(r.confidence, 'NULL'),
		ifnull(r.review, 'NULL') FROM revisions r
		JOIN goals g ON g.gid = r.goal WHERE g.uuid = '$hex'")"

test_case "each add is one goal and one revision in the store"
n_goals=$(sql 'SELECT count(*) FROM goals')
n_revs=$(sql 'SELECT count(*) FROM revisions')
must goals add "One more"
expect_eq "goals after one add" $((n_goals + 1)) \
	"$(sql 'SELECT count(*) FROM goals')"
expect_eq "revisions after one add" $((n_revs + 1)) \
	"$(sql 'SELECT count(*) FROM revisions')"
run goals list --status all --json
expect_eq "goals listed" $((n_goals + 1)) "$(json length)"

test_done
