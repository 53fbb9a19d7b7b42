#!/bin/sh
# Edges found in review: numbers survive the editor exactly, a NUL byte
# or a huge file is refused, the same goal given twice counts once,
# entry values are bounded, a number in the text past the calendar, text
# cut in the middle of a character, and long units in show.
. "$(dirname "$0")/lib.sh"
require jq sqlite3

add_id() {
	must goals add "$@" --json || return 1
	id=$(json .id)
	short=$(json .short_id)
}

test_case "refine -E keeps numbers exactly when only another field changes"
add_id "Weigh myself on Sundays" -k level -b 80.123456789012 -t 75.5
printf '#!/bin/sh\nsed -i "s/^why: *$/why: to feel fitter/" "$1"\n' \
	>"$TRASH/why.sh"
chmod +x "$TRASH/why.sh"
run env GOALS_EDITOR="$TRASH/why.sh" goals refine -E "$id"
expect_code 0
run goals show --json "$id"
expect_eq "the baseline after editing" "80.123456789012" "$(json .baseline)"
expect_eq "the why after editing" "to feel fitter" "$(json .why)"
run goals log --json "$id"
expect_eq "what revision 2 changed" "why" \
	"$(json '.[0].changes | keys | join(",")')"

test_case "a file with a NUL byte is refused, and nothing is added"
before=$(store_snapshot)
printf 'text: Read 12 books\000junk\ntarget: 12\n' >"$TRASH/nul.txt"
run goals add -F "$TRASH/nul.txt"
expect_code 2
expect_stderr_match "NUL byte"
expect_store_unchanged "$before"

test_case "a file over 1 MB is refused"
head -c 1100000 /dev/zero | tr '\000' '#' >"$TRASH/huge.txt"
run goals add -F "$TRASH/huge.txt"
expect_code 2
expect_stderr_match "larger than"

test_case "the same goal given twice is closed once"
add_id "Call Mum on Sunday"
run goals close "$id" "$short"
expect_code 0
expect_stdout_lines 1
expect_eq "events" "1" "$(sql "SELECT count(*) FROM events")"

test_case "the same goal given twice is deleted once"
run goals rm -f "$id" "$id"
expect_code 0
expect_stdout_lines 1
expect_stdout_match "^deleted "

test_case "an entry's value is at most 1e15 either way"
add_id "Save money" -t 5000
before=$(store_snapshot)
run goals progress "$id" 1e16
expect_code 2
expect_stderr_lines 1
expect_stderr_match "too large"
expect_store_unchanged "$before"
run goals progress "$id" -1e15
expect_code 0

test_case "a number in the text past the calendar is a deadline too far"
add_id "Run 3 times a week for 2147483647 days"
run goals check --json "$id"
expect_eq "time-bound" "fail too-far" \
	"$(json '.[0].smart.time_bound | "\(.verdict) \(.code)"')"
expect_eq "deadline" "9999-12-31" "$(json '.[0].deadline')"

test_case "a word cut in the text stays valid UTF-8 in check --json"
add_id "be $(printf 'ü%.0s' $(seq 1 30))"
run goals check --json "$id"
expect_code 1
if ! iconv -f UTF-8 -t UTF-8 "$(stdout_file)" >/dev/null 2>&1; then
	fail "check --json printed invalid UTF-8"
fi

test_case "a time outside years 1..9999 is bad input"
add_id "Walk daily" -k habit -t 1 -e day
before=$(store_snapshot)
run goals progress "$id" 1 --at 0001-01-01T00:00+14:00
expect_code 2
expect_stderr_match "years 0001 to 9999"
expect_store_unchanged "$before"

test_case "show prints a long unit whole"
unit=$(printf 'ü%.0s' $(seq 1 600))
add_id "Walk far" -t 10 -u "$unit"
run goals show "$id"
expect_code 0
expect_stdout_match "^Progress: +0 of 10 $unit, 0 entries \\(0%\\)$"

test_done
