#!/bin/sh
# t0060-check: goals check judges goals against SMART, letter by letter,
# failing letters first, with a suggestion for each; goals add prints the
# one-line summary and, with --strict, refuses a goal that fails a letter.

. "$(dirname "$0")/lib.sh"
require jq sqlite3

UUID_RE='^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'

# GOALS_NOW is Friday 2026-11-27: suggestions of "add --by" propose a date
# 8 weeks away, 2027-01-22.

# add_id ARGS...: add a goal with --json; its full id in $id, its short id
# in $short, its 32 hex digits in $hex.
add_id() {
	must goals add "$@" --json || return 1
	id=$(json .id)
	short=$(json .short_id)
	hex=$(printf '%s' "$id" | tr -d -)
}

# The verdicts of the first goal of the last `check --json`, "S M A R T"
# as pass/warn/fail.
verdicts() {
	json '.[0].smart | [.specific, .measurable, .achievable, .relevant,
		.time_bound] | map(.verdict) | join(" ")'
}

# summary: the SMART summary line of the last `add` (its second line),
# lower case, spaces squeezed: "smart s pass m fail ...".  The exact form
# is checked once, in its own cases, so that a bug in it fails them only.
summary() {
	stdout | sed -n 2p | tr 'A-Z' 'a-z' | tr -s ' '
}

# The report of "Be happier" in the C locale, without its heading.
HAPPIER_LETTERS_C="  FAIL specific    the goal is a feeling or state, with no behaviour in it
                   -> turn 'Be happier' into something you will do and can count, such as 'when X happens, I will Y, 3 times a week'
  FAIL measurable  nothing to count or check off
                   -> rate it 0-10 each day, higher is better, and aim for a level: --kind level --target 7, or say what you would do when you feel it, and how often
  FAIL relevant    nothing says why it matters to you
                   -> add --why 'what it will change for you', or --parent ID of the longer-term goal it serves
  FAIL time-bound  there is no deadline
                   -> add --by 2027-01-22 (or another date), or --review 2w
  WARN achievable  nothing yet says whether it is within reach
                   -> add --confidence 0-10: how sure are you that you can do it?"

# The same in a UTF-8 locale.
HAPPIER_LETTERS_UTF8="  ✗ specific    the goal is a feeling or state, with no behaviour in it
                → turn 'Be happier' into something you will do and can count, such as 'when X happens, I will Y, 3 times a week'
  ✗ measurable  nothing to count or check off
                → rate it 0-10 each day, higher is better, and aim for a level: --kind level --target 7, or say what you would do when you feel it, and how often
  ✗ relevant    nothing says why it matters to you
                → add --why 'what it will change for you', or --parent ID of the longer-term goal it serves
  ✗ time-bound  there is no deadline
                → add --by 2027-01-22 (or another date), or --review 2w
  ! achievable  nothing yet says whether it is within reach
                → add --confidence 0-10: how sure are you that you can do it?"

# A missing store ------------------------------------------------------------------

test_case "check on a missing store prints nothing, exits 0, creates nothing"
run goals check
expect_code 0
expect_stdout_empty
expect_stderr_empty
expect_absent "$GOALS_DB"
expect_absent "$(dirname "$GOALS_DB")"

test_case "check --json on a missing store prints [] and creates nothing"
run goals check --json
expect_code 0
expect_stdout_eq '[]'
expect_stderr_empty
expect_absent "$(dirname "$GOALS_DB")"
run goals check --strict --json
expect_code 0
expect_stdout_eq '[]'
expect_absent "$(dirname "$GOALS_DB")"

test_case "check ID on a missing store: no goal matches (exit 2), nothing created"
run goals check abcd
expect_code 2
expect_stdout_empty
expect_stderr_lines 1
expect_stderr_match "'abcd'"
expect_absent "$(dirname "$GOALS_DB")"

# add --strict on a missing store ----------------------------------------------------

test_case "add --strict of a failing goal on a missing store: exit 1, no store"
run goals add --strict "Be happier"
expect_code 1
expect_stderr_empty
expect_stdout_eq "not added: Be happier
$HAPPIER_LETTERS_C"
expect_absent "$GOALS_DB"
expect_absent "$(dirname "$GOALS_DB")"

test_case "add --strict --json of a failing goal on a missing store: no store"
run goals add --strict --json "Be happier"
expect_code 1
expect_json_valid
expect_eq "id of the refused goal" null "$(json '.[0].id')"
expect_absent "$(dirname "$GOALS_DB")"

# A vague goal -----------------------------------------------------------------------

test_case "add of a vague goal: the summary in words pass/warn/fail (C locale), and a pointer to check"
run goals add "Be happier"
expect_code 0
expect_stderr_empty
expect_stdout_lines 3
happy=$(stdout | sed -n 's/^added \([0-9a-f]*\) .*/\1/p')
expect_match "the first line" '^added [0-9a-f]{7} Be happier$' \
	"$(stdout | sed -n 1p)"
expect_eq "the third line" "run 'goals check $happy' for what to change" \
	"$(stdout | sed -n 3p)"
# goals-add(1), OUTPUT: "SMART  S V M V ...", V the word pass, warn or fail
# outside a UTF-8 locale.  The spacing and the case of the words are
# checked apart, so that each fails on its own.
expect_match "the summary's letters and words (C locale)" \
	'^SMART +S fail M fail A warn R fail T fail$' "$(stdout | sed -n 2p)"
happy_id=$(goals list --json | jq -r '.[0].id')

test_case "the summary line is 'SMART  S V M V A V R V T V' (goals-add(1), OUTPUT)"
# (in a store of its own: the rest of the script has one "Be happier")
run env LC_ALL=C.UTF-8 GOALS_DB="$TRASH/utf8/goals.db" goals add "Be happier"
expect_code 0
expect_eq "the summary line (UTF-8)" 'SMART  S ✗ M ✗ A ! R ✗ T ✗' \
	"$(stdout | sed -n 2p)"
expect_goal_count 1

test_case "check of a vague goal: exit 1; S, M, R, T fail with suggestions (C)"
run goals check
expect_code 1
expect_stderr_empty
expect_stdout_eq "$happy Be happier
$HAPPIER_LETTERS_C"

test_case "the same report in a UTF-8 locale: ✗ ! marks and → suggestions"
run env LC_ALL=C.UTF-8 goals check "$happy"
expect_code 1
expect_stderr_empty
expect_stdout_eq "$happy Be happier
$HAPPIER_LETTERS_UTF8"

test_case "check --json of the vague goal: verdicts and codes"
run goals check --json "$happy"
expect_code 1
expect_stderr_empty
expect_json_valid
expect_stdout_lines 1
expect_eq "verdicts S M A R T" "fail fail warn fail fail" "$(verdicts)"
expect_eq "codes S M A R T" "state-only no-measure no-evidence no-reason no-deadline" \
	"$(json '.[0].smart | [.specific, .measurable, .achievable, .relevant,
		.time_bound] | map(.code) | join(" ")')"
expect_eq "time_bound.suggestion" \
	"add --by 2027-01-22 (or another date), or --review 2w" \
	"$(json '.[0].smart.time_bound.suggestion')"
expect_eq "relevant.reason" "nothing says why it matters to you" \
	"$(json '.[0].smart.relevant.reason')"
expect_eq "deadline" null "$(json '.[0].deadline')"
expect_eq "deadline_from_text" false "$(json '.[0].deadline_from_text')"

# A SMART goal -----------------------------------------------------------------------

test_case "the README's example: no failing letter; check ID exits 0"
run goals add "Call my sister every Sunday" -k habit -t 1 -e week -d +8w \
	-w "I miss her"
expect_code 0
expect_stdout_lines 3
sister=$(stdout | sed -n 's/^added \([0-9a-f]*\) .*/\1/p')
expect_eq "the summary" "smart s pass m pass a warn r pass t pass" "$(summary)"
expect_eq "the third line" "run 'goals check $sister' for what to change" \
	"$(stdout | sed -n 3p)"
run goals check "$sister"
expect_code 0
expect_stderr_empty
expect_stdout_eq "$sister Call my sister every Sunday
  WARN achievable  nothing yet says whether it is within reach
                   -> add --confidence 0-10: how sure are you that you can do it?
  PASS specific    the goal names a concrete action
  PASS measurable  a target is set
  PASS relevant    you said why it matters
  PASS time-bound  it has a deadline"

test_case "the README's example in UTF-8: warnings before passes, ! and ✓"
run env LC_ALL=C.UTF-8 goals check "$sister"
expect_code 0
expect_stdout_eq "$sister Call my sister every Sunday
  ! achievable  nothing yet says whether it is within reach
                → add --confidence 0-10: how sure are you that you can do it?
  ✓ specific    the goal names a concrete action
  ✓ measurable  a target is set
  ✓ relevant    you said why it matters
  ✓ time-bound  it has a deadline"

test_case "--strict exits 1 on a warning, and prints the report in full"
run goals check --strict "$sister"
expect_code 1
expect_stderr_empty
expect_stdout_lines 7
expect_stdout_match '^  WARN achievable  nothing yet says whether it is within reach$'
run goals check --strict --json "$sister"
expect_code 1
expect_json_valid
expect_eq "verdicts" "pass pass warn pass pass" "$(verdicts)"

test_case "a goal SMART on every letter: add prints two lines; check --strict exits 0"
run goals add "Read 12 books" -t 12 -u books -d 2027-06-30 -w "I miss reading" -c 8
expect_code 0
expect_stdout_lines 2
books=$(stdout | sed -n 's/^added \([0-9a-f]*\) .*/\1/p')
expect_eq "the summary" "smart s pass m pass a pass r pass t pass" "$(summary)"
expect_stdout_no_match 'goals check'
run goals check --strict "$books"
expect_code 0
expect_stderr_empty
expect_stdout_eq "$books Read 12 books
  PASS specific    the goal names a concrete action
  PASS measurable  a target is set
  PASS achievable  you are confident you can do it
  PASS relevant    you said why it matters
  PASS time-bound  it has a deadline"
run env LC_ALL=C.UTF-8 goals add "Read 6 plays" -t 6 -d 2027-06-30 -w "I miss the theatre" -c 9
expect_eq "the summary (UTF-8)" "smart s ✓ m ✓ a ✓ r ✓ t ✓" "$(summary)"
plays=$(stdout | sed -n 's/^added \([0-9a-f]*\) .*/\1/p')

# The JSON ---------------------------------------------------------------------------

test_case "check --json: an array, one object per goal, with every key"
run goals check --json "$sister"
expect_code 0
expect_stderr_empty
expect_json_valid
expect_stdout_lines 1
expect_eq "type" array "$(json type)"
expect_eq "length" 1 "$(json length)"
expect_eq "missing keys of the goal" "" \
	"$(json '.[0] | ["id","short_id","text","smart","deadline",
		"deadline_from_text"] - keys | join(",")')"
expect_eq "missing letters of smart" "" \
	"$(json '.[0].smart | ["specific","measurable","achievable",
		"relevant","time_bound"] - keys | join(",")')"
expect_eq "letters without verdict, code, reason and suggestion" "" \
	"$(json '[.[0].smart | to_entries[] | select((["verdict","code",
		"reason","suggestion"] - (.value | keys)) != []) | .key] | join(",")')"
expect_match "id (a full UUID)" "$UUID_RE" "$(json '.[0].id')"
expect_eq "short_id" "$sister" "$(json '.[0].short_id')"
expect_eq "id starts with short_id" "$sister" \
	"$(json '.[0].id' | tr -d - | cut -c1-7)"
expect_eq "text" "Call my sister every Sunday" "$(json '.[0].text')"
expect_eq "the achievable letter" \
	'{"verdict":"warn","code":"no-evidence","reason":"nothing yet says whether it is within reach","suggestion":"add --confidence 0-10: how sure are you that you can do it?","quote":null,"advice":[{"code":"rate-confidence","action":"refine","set":{"confidence":null}}]}' \
	"$(json '.[0].smart.achievable' | jq -c .)"
expect_eq "the specific letter (no suggestion: null)" \
	'{"verdict":"pass","code":"behaviour","reason":"the goal names a concrete action","suggestion":null,"quote":null,"advice":[]}' \
	"$(json '.[0].smart.specific' | jq -c .)"
expect_eq "time_bound.code" deadline "$(json '.[0].smart.time_bound.code')"
expect_eq "deadline (+8w, from --by)" 2027-01-22 "$(json '.[0].deadline')"
expect_eq "deadline_from_text" false "$(json '.[0].deadline_from_text')"

test_case "a deadline read from the text: deadline_from_text true"
add_id "Read 12 books by 31 March 2027" -w "I miss reading" -c 8
bytext=$short
run goals check --json "$bytext"
expect_code 0
expect_eq "deadline" 2027-03-31 "$(json '.[0].deadline')"
expect_eq "deadline_from_text" true "$(json '.[0].deadline_from_text')"
expect_eq "time_bound" \
	'{"verdict":"pass","code":"deadline-in-text","reason":"the text gives the deadline, 2027-03-31","suggestion":null,"quote":null,"advice":[]}' \
	"$(json '.[0].smart.time_bound' | jq -c .)"
expect_eq "the goal keeps it as its deadline" 2027-03-31 \
	"$(goals show --json "$bytext" | jq -r .deadline)"
expect_eq "and says where it came from" true \
	"$(goals show --json "$bytext" | jq -r .deadline_from_text)"
run goals check "$bytext"
expect_code 0
expect_stdout_match '^  PASS time-bound  the text gives the deadline, 2027-03-31$'

test_case "a --by deadline wins over one in the text, with a warning"
add_id "Read 12 books by 31 March 2027" -w "I miss reading" -c 8 -d 2027-02-01
run goals check --json "$short"
expect_eq "deadline" 2027-02-01 "$(json '.[0].deadline')"
expect_eq "deadline_from_text" false "$(json '.[0].deadline_from_text')"
expect_eq "time_bound" \
	'{"verdict":"warn","code":"deadline-differs","reason":"the text says 2027-03-31, but the deadline is 2027-02-01","suggestion":"make them agree: change the words, or set --by 2027-03-31","quote":null,"advice":[{"code":"agree","action":"refine","set":{"deadline":"2027-03-31"}}]}' \
	"$(json '.[0].smart.time_bound' | jq -c .)"
sql "UPDATE goals SET status='abandoned' WHERE uuid = '$hex'"
add_id "Read 12 books by 31 March 2027" -w "I miss reading" -c 8 -d 2027-03-31
run goals check --json "$short"
expect_eq "the same date in both: no warning" deadline \
	"$(json '.[0].smart.time_bound.code')"
sql "UPDATE goals SET status='abandoned' WHERE uuid = '$hex'"

# Several goals ----------------------------------------------------------------------

test_case "check ID... judges the goals in the order given"
run goals check "$books" "$happy" "$sister"
expect_code 1
expect_stderr_empty
expect_eq "headings" "$books Read 12 books|$happy Be happier|$sister Call my sister every Sunday" \
	"$(grep -E '^[0-9a-f]{7} ' "$(stdout_file)" | paste -sd '|' -)"
expect_eq "empty lines between goals" 2 "$(grep -c '^$' "$(stdout_file)")"
expect_stdout_lines $((6 + 1 + 11 + 1 + 7))
run goals check --json "$sister" "$books" "$happy"
expect_code 1
expect_json_valid
expect_eq "short ids in JSON" "$sister $books $happy" \
	"$(json 'map(.short_id) | join(" ")')"
run goals check --json "$books" "$plays"
expect_code 0
expect_eq "short ids in JSON" "$books $plays" \
	"$(json 'map(.short_id) | join(" ")')"

test_case "check ID of an unknown id: exit 2, one line on stderr, nothing on stdout"
store_snapshot
# a prefix that no goal has
for miss in 0000 ffff 1234 fedc; do
	test "$(sql "SELECT count(*) FROM goals WHERE uuid LIKE '$miss%'")" = 0 &&
		break
done
run goals check "$miss"
expect_code 2
expect_stdout_empty
expect_stderr_eq "goals: no goal matches '$miss'"
run goals check "$books" "$miss"
expect_code 2
expect_stdout_empty
expect_stderr_lines 1
run goals check --json "$miss"
expect_code 2
expect_stdout_empty
expect_stderr_lines 1
run goals check zzzz
expect_code 2
expect_stdout_empty
expect_stderr_lines 1
expect_stderr_match "'zzzz'"
expect_store_unchanged

# Status: only active goals by default --------------------------------------------

test_case "check looks only at active goals by default"
run goals check --json
expect_code 1
all_active=$(json 'map(.short_id) | sort | join(" ")')
expect_eq "goals judged" "$(printf '%s\n' "$books" "$bytext" "$happy" "$plays" "$sister" | sort | paste -sd ' ' -)" \
	"$all_active"
sql "UPDATE goals SET status='achieved' WHERE uuid = '$(printf '%s' "$happy_id" | tr -d -)'"
run goals check --json
expect_code 0
expect_eq "goals judged once Be happier is achieved" \
	"$(printf '%s\n' "$books" "$bytext" "$plays" "$sister" | sort | paste -sd ' ' -)" \
	"$(json 'map(.short_id) | sort | join(" ")')"
run goals check
expect_code 0
expect_stdout_no_match 'Be happier'
expect_stdout_no_match '^  FAIL'

test_case "check ID judges a goal of any status"
run goals check "$happy"
expect_code 1
expect_stdout_match "^$happy Be happier\$"
expect_stdout_match '^  FAIL specific '

test_case "check with no ID follows goals list: soonest deadline first"
run goals check --json
expect_eq "order of check" "$(goals list --json | jq -r 'map(.short_id) | join(" ")')" \
	"$(json 'map(.short_id) | join(" ")')"
sql "UPDATE goals SET status='active' WHERE uuid = '$(printf '%s' "$happy_id" | tr -d -)'"

# add --strict -------------------------------------------------------------------------

test_case "add --strict of a failing goal: exit 1, 'not added' and the report, store unchanged"
store_snapshot
run goals add --strict "Be happier"
expect_code 1
expect_stderr_empty
expect_stdout_eq "not added: Be happier
$HAPPIER_LETTERS_C"
expect_store_unchanged
run env LC_ALL=C.UTF-8 goals add --strict "Be happier"
expect_code 1
expect_stdout_eq "not added: Be happier
$HAPPIER_LETTERS_UTF8"
expect_store_unchanged

test_case "add --strict --json of a failing goal: a JSON array with a null id"
store_snapshot
run goals add --strict --json "Be happier"
expect_code 1
expect_stderr_empty
expect_json_valid
expect_stdout_lines 1
expect_eq "type" array "$(json type)"
expect_eq "length" 1 "$(json length)"
expect_eq "id" null "$(json '.[0].id')"
expect_eq "text" "Be happier" "$(json '.[0].text')"
expect_eq "verdicts" "fail fail warn fail fail" "$(verdicts)"
expect_eq "specific.code" state-only "$(json '.[0].smart.specific.code')"
expect_store_unchanged

test_case "add --strict of a goal with no why is refused (Relevant fails)"
store_snapshot
run goals add --strict "Read 20 books" -t 20 -d 2027-06-30 -c 8
expect_code 1
expect_stdout_eq "not added: Read 20 books
  FAIL relevant    nothing says why it matters to you
                   -> add --why 'what it will change for you', or --parent ID of the longer-term goal it serves
  PASS specific    the goal names a concrete action
  PASS measurable  a target is set
  PASS achievable  you are confident you can do it
  PASS time-bound  it has a deadline"
expect_store_unchanged

test_case "add --strict with --parent: Relevant passes and the goal is added"
n=$(sql 'SELECT count(*) FROM goals')
run goals add --strict "Read 20 books" -t 20 -d 2027-06-30 -c 8 -p "$books"
expect_code 0
expect_stderr_empty
expect_match "the first line" '^added [0-9a-f]{7} Read 20 books$' \
	"$(stdout | sed -n 1p)"
expect_eq "the summary" "smart s pass m pass a pass r pass t pass" "$(summary)"
expect_goal_count $((n + 1))
child=$(stdout | sed -n 's/^added \([0-9a-f]*\) .*/\1/p')
run goals check --json "$child"
expect_code 0
expect_eq "relevant" "pass parent" \
	"$(json '.[0].smart.relevant | "\(.verdict) \(.code)"')"

test_case "add --strict of a SMART goal adds it (exit 0)"
n=$(sql 'SELECT count(*) FROM goals')
run goals add --strict "Walk 5 km" -t 5 -u km -d 2027-01-31 -w "to sleep better" -c 7
expect_code 0
expect_stderr_empty
expect_stdout_lines 2
expect_match "the first line" '^added [0-9a-f]{7} Walk 5 km$' \
	"$(stdout | sed -n 1p)"
expect_goal_count $((n + 1))
run goals add --strict --json "Walk 6 km" -t 6 -u km -d 2027-01-31 -w "to sleep better" -c 7
expect_code 0
expect_json_valid
expect_match "id of the added goal" "$UUID_RE" "$(json .id)"
expect_eq "text" "Walk 6 km" "$(json .text)"
expect_goal_count $((n + 2))

test_case "add --strict of a goal that only warns adds it"
n=$(sql 'SELECT count(*) FROM goals')
run goals add --strict "Call Mum every Sunday" -w "she is lonely" --review 2w
expect_code 0
expect_eq "the summary" "smart s pass m pass a warn r pass t pass" "$(summary)"
expect_stdout_lines 3
expect_goal_count $((n + 1))

# Ambiguous ids --------------------------------------------------------------------------

GOALS_DB=$TRASH/ambiguous/goals.db
export GOALS_DB

test_case "check of an ambiguous id: exit 2, one error line (and hints), nothing on stdout"
must goals add "Call Dad"
must goals add "Call Mum"
# give the two goals ids that share their first 4 hex digits
sql "UPDATE goals SET uuid = 'abcd1111' || substr(uuid, 9) WHERE gid = 1;
	UPDATE goals SET uuid = 'abcd2222' || substr(uuid, 9) WHERE gid = 2"
store_snapshot
run goals check abcd
expect_code 2
expect_stdout_empty
expect_eq "error lines (not hint:) on stderr" 1 \
	"$(grep -cv '^hint: ' "$(stderr_file)")"
expect_stderr_match "^goals: .*'abcd'.*ambiguous"
expect_stderr_match '^hint: .*abcd111.*Call Dad'
expect_stderr_match '^hint: .*abcd222.*Call Mum'
run goals check --json abcd
expect_code 2
expect_stdout_empty
run goals check abcd1 abcd
expect_code 2
expect_stdout_empty
expect_store_unchanged
run goals check abcd2 abcd1
expect_code 1
expect_eq "headings" "abcd222 Call Mum|abcd111 Call Dad" \
	"$(grep -E '^[0-9a-f]{7} ' "$(stdout_file)" | paste -sd '|' -)"

test_done
