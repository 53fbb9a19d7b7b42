#!/bin/sh
# t0086-smart-long: goals whose words or numbers are very long (a 4000-digit
# number, a 60-digit ordinal, a 4000-letter word, long UTF-8 words) are
# added and checked like any other: exit 0, a judgement of every letter,
# and suggestions that quote the user's own words as written, cut at a
# word with "...", never in the middle of a UTF-8 character.

. "$(dirname "$0")/lib.sh"
require jq iconv

# rep TEXT N: TEXT N times.
rep() {
	printf "%$2s" "" | sed "s/ /$1/g"
}

# add_long TEXT: add a goal (which must succeed, with nothing on stderr)
# and check it with --json; its id in $id.
add_long() {
	must goals add "$1" || return 1
	id=$(stdout | sed -n 's/^added \([0-9a-f]*\) .*/\1/p')
	run goals check --json "$id"
}

# letter L FIELD: FIELD (verdict, code, reason, suggestion) of letter L
# in the last `check --json`.
letter() {
	json ".[0].smart.$1.$2"
}

# expect_whole_utf8: the last stdout is valid UTF-8 throughout.
expect_whole_utf8() {
	t_check
	iconv -f UTF-8 -t UTF-8 "$(stdout_file)" >/dev/null 2>&1 ||
		t_fail_run "expected stdout to be valid UTF-8"
}

# expect_judged: the last `check --json` judged every letter of one goal,
# the text as it was added.
expect_judged() {
	t_check
	expect_json_valid
	expect_whole_utf8
	expect_eq "the text checked" "$1" "$(json '.[0].text')"
	expect_eq "a verdict per letter" 5 \
		"$(json '[.[0].smart[] | select(.verdict != null and .code
			!= null and .reason != "")] | length')"
}

D4000=$(rep 1 4000)
D60=$(rep 1 60)
A4000=$(rep a 4000)
E24=$(rep 'é' 24)
E100=$(rep 'é' 100)
SMILE40=$(rep '😀' 40)

# Long numbers -----------------------------------------------------------------------

test_case "a 4000-digit number with its unit: added, exit 0, a quantity"
run goals add "Run ${D4000}km"
expect_code 0
expect_stderr_empty
expect_stdout_lines 3
expect_match "the first line" "^added [0-9a-f]{7} Run 1{4000}km\$" \
	"$(stdout | sed -n 1p)"
expect_match "the summary" '^SMART +S pass M pass A warn R fail T fail$' \
	"$(stdout | sed -n 2p)"
id=$(stdout | sed -n 's/^added \([0-9a-f]*\) .*/\1/p')
run goals check --json "$id"
expect_code 1
expect_stderr_empty
expect_judged "Run ${D4000}km"
expect_eq "measurable" "pass quantity" \
	"$(letter measurable verdict) $(letter measurable code)"

test_case "4000 digits and 'am', 'th', '%': added and judged"
for t in "Meet at ${D4000}am" "Run on the ${D4000}th" "Give ${D4000}%"; do
	add_long "$t"
	expect_code 1
	expect_stderr_empty
	expect_judged "$t"
done

test_case "a 60-digit ordinal ('...th') is no quantity, as '4th' is not"
add_long "Run on the ${D60}th"
expect_code 1
expect_stderr_empty
expect_judged "Run on the ${D60}th"
expect_eq "measurable" "fail no-measure" \
	"$(letter measurable verdict) $(letter measurable code)"
# near miss: the same number without the ending counts
add_long "Run ${D60} km"
expect_eq "measurable of '${D60} km'" "pass quantity" \
	"$(letter measurable verdict) $(letter measurable code)"

test_case "a date with a 60-digit year is no deadline (not one in the past)"
add_long "Call Mum by 1/1/${D60}"
expect_code 1
expect_judged "Call Mum by 1/1/${D60}"
expect_eq "time_bound code" no-deadline "$(letter time_bound code)"
expect_eq "deadline" null "$(json '.[0].deadline')"
# near miss: a real one is read
add_long "Call Mum by 1/1/2027"
expect_eq "time_bound code" deadline-in-text "$(letter time_bound code)"

test_case "losing a 60-digit weight: unsafe, and a rate, not a date"
add_long "Lose ${D60} kg by 2027-01-01"
expect_code 1
expect_judged "Lose ${D60} kg by 2027-01-01"
expect_eq "achievable code" unsafe-rate "$(letter achievable code)"
expect_eq "achievable suggestion" "aim for about 0.5-1 kg a week" \
	"$(letter achievable suggestion)"

test_case "a 4000-digit percentage: the suggestion quotes it cut, with ..."
add_long "Give ${D4000}%"
expect_eq "achievable code" absolutist "$(letter achievable code)"
expect_match "achievable suggestion" \
	"^replace '1{20,}\\.\\.\\.' with a number you can reach" \
	"$(letter achievable suggestion)"

# Long words -------------------------------------------------------------------------

test_case "a 4000-letter word: added, judged, quoted up to the word before it"
run goals add "Be ${A4000}"
expect_code 0
expect_stderr_empty
expect_match "the summary" '^SMART +S fail M fail A warn R fail T fail$' \
	"$(stdout | sed -n 2p)"
id=$(stdout | sed -n 's/^added \([0-9a-f]*\) .*/\1/p')
run goals check --json "$id"
expect_judged "Be ${A4000}"
expect_eq "specific suggestion" \
	"turn 'Be...' into something you will do and can count, such as 'when X happens, I will Y, 3 times a week'" \
	"$(letter specific suggestion)"

test_case "long UTF-8 words: added, judged, quoted whole, never half a character"
for t in "Be ${E100} now" "Be a ${SMILE40} person" \
	"Do something ${E100} ${E100} ${E100} ${E100}"; do
	add_long "$t"
	expect_code 1
	expect_stderr_empty
	expect_judged "$t"
done
add_long "Do something ${E24} ${E24} ${E24}"
expect_judged "Do something ${E24} ${E24} ${E24}"
expect_eq "specific suggestion" \
	"name the thing itself: not 'Do something ${E24} ${E24}...' but, say, 'cook a new recipe' or 'visit a museum'" \
	"$(letter specific suggestion)"

test_case "the report of a long UTF-8 goal in a UTF-8 locale is valid UTF-8"
run env LC_ALL=C.UTF-8 goals check "$id"
expect_code 1
expect_stderr_empty
expect_whole_utf8
expect_stdout_match "→ name the thing itself: not 'Do something ${E24} ${E24}\\.\\.\\.' but"

# The user's own words ---------------------------------------------------------------

test_case "a suggestion quotes the words as written, '...' where it stops"
add_long "Do one thing I enjoy each day"
expect_eq "specific suggestion" \
	"name the thing itself: not 'Do one thing I...' but, say, 'cook a new recipe' or 'visit a museum'" \
	"$(letter specific suggestion)"
run goals check "$id"
expect_code 1
expect_stdout_match "^ +-> name the thing itself: not 'Do one thing I\\.\\.\\.' but"

test_case "an absolutist word or phrase is quoted as written"
add_long "NEVER miss a workout"
expect_eq "achievable suggestion" \
	"replace 'NEVER' with a number you can reach, such as '4 days out of 7'" \
	"$(letter achievable suggestion)"
add_long "Be rested All the time"
expect_match "achievable suggestion" "^replace 'All the time' with" \
	"$(letter achievable suggestion)"

test_case "a curly apostrophe, a currency sign, a hyphen: quoted as written"
add_long "Do something I’d like for a change"
expect_match "specific suggestion" "not 'Do something I’d like\\.\\.\\.' but" \
	"$(letter specific suggestion)"
add_long "Do something for £50 a week"
expect_match "specific suggestion" "not 'Do something for £50\\.\\.\\.' but" \
	"$(letter specific suggestion)"
add_long "Do something 10-minute daily"
expect_match "specific suggestion" "not 'Do something 10-minute\\.\\.\\.' but" \
	"$(letter specific suggestion)"

test_done
