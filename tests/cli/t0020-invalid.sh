#!/bin/sh
# t0020-invalid: bad input of any kind gets exit 2, one line on stderr that
# names the bad value, nothing on stdout, and changes nothing in the store
# -- nor creates one when there was none.

. "$(dirname "$0")/lib.sh"
require jq sqlite3

MISSING=$TRASH/missing/goals.db

# rejects NAME ERE CMD...: CMD (goals ..., or env ... goals ...) exits 2
# with nothing on stdout and exactly one line on stderr, from goals,
# matching ERE; run against the store (which must be unchanged) and against
# a missing store (which must still be missing, its directory too).
rejects() {
	t_name=$1
	t_re=$2
	shift 2
	test_case "$t_name"
	store_snapshot
	run "$@"
	expect_code 2
	expect_stdout_empty
	expect_stderr_lines 1
	expect_stderr_match '^goals'
	expect_stderr_match "$t_re"
	expect_store_unchanged
	run env GOALS_DB="$MISSING" "$@"
	expect_code 2
	expect_stdout_empty
	expect_stderr_lines 1
	expect_stderr_match "$t_re"
	expect_absent "$MISSING"
	expect_absent "$(dirname "$MISSING")"
}

test_case "setup: a store with one goal"
must goals add "Read 12 books" -a self -t 12 -u books -d 2027-06-30 --json
goal=$(json .id)
expect_goal_count 1
# a prefix and a full id that match no goal
case $goal in
0*) absent=ffff absent_uuid=ffffffff-ffff-4fff-bfff-ffffffffffff ;;
*) absent=0000 absent_uuid=00000000-0000-4000-8000-000000000000 ;;
esac

# Options
rejects "unknown long option" "'--frobnicate'" \
	goals add "Call Mum" --frobnicate
rejects "unknown short option" "'-z'" goals add "Call Mum" -z
rejects "unknown option of list" "'--sort'" goals list --sort
rejects "a flag given a value" "'--json'" goals add "Call Mum" --json=yes
rejects "missing value of a long option at the end" "'--by'" \
	goals add "Call Mum" --by
rejects "missing value of a short option at the end" "'-t'" \
	goals add "Call Mum" -t
rejects "unknown global option" "'--frob'" goals --frob list
rejects "--db without its file" "--db" goals --db

# Dates
rejects "a day that does not exist: 2026-02-30" "'2026-02-30'" \
	goals add "Call Mum" -d 2026-02-30
rejects "a month that does not exist: 2026-13-01" "'2026-13-01'" \
	goals add "Call Mum" --start 2026-13-01
rejects "a date in words: soonish" "'soonish'" \
	goals add "Call Mum" -d soonish
rejects "a relative date with a bad unit: +1x" "'\+1x'" \
	goals add "Call Mum" -d +1x
rejects "an empty date" "--by" goals add "Call Mum" -d ""
rejects "a bad --due-before" "'someday'" goals list --due-before someday

# Numbers
rejects "trailing junk in a number: 12abc" "'12abc'" \
	goals add "Read books" -t 12abc
rejects "NaN is not a number" "'nan'" goals add "Read books" -t nan
rejects "infinity is not a number" "'inf'" goals add "Read books" -b inf
rejects "overflow: 1e999" "'1e999'" goals add "Read books" -t 1e999
rejects "negative overflow: -1e999" "'-1e999'" goals add "Read books" -b -1e999
rejects "hex is not a number: 0x10" "'0x10'" goals add "Read books" -t 0x10
rejects "a decimal comma: 1,5" "'1,5'" goals add "Read books" -t 1,5
rejects "an empty number" "--target" goals add "Read books" -t ""

# Confidence, kind, period, review, area
rejects "confidence 11" "'11'" goals add "Call Mum" -c 11
rejects "confidence -1" "'-1'" goals add "Call Mum" -c -1
rejects "confidence 7.5" "'7\.5'" goals add "Call Mum" --confidence 7.5
rejects "confidence in words" "'high'" goals add "Call Mum" -c high
rejects "an unknown kind" "'sometimes'" goals add "Call Mum" -k sometimes
rejects "an unknown period" "'fortnight'" \
	goals add "Call Mum" -k habit -t 1 -e fortnight
rejects "review 0d" "'0d'" goals add "Call Mum" --review 0d
rejects "review in words" "'weekly'" goals add "Call Mum" --review weekly
rejects "review in years" "'2y'" goals add "Call Mum" --review 2y
rejects "an area of two words" "'two words'" \
	goals add "Call Mum" -a "two words"
rejects "an empty area" "area" goals add "Call Mum" -a ""
rejects "list --area of two words" "'two words'" goals list --area "two words"

# Rules between fields
rejects "--every on a total goal" "--every" \
	goals add "Run" -k total -t 3 -e week
rejects "--every on a done goal" "--every" goals add "Run" -k "done" -e week
rejects "a habit without --every" "every" goals add "Run" -k habit -t 1
rejects "a habit without a target" "target" goals add "Run" -k habit -e week
rejects "a habit of 0 times a week" "target|above 0" \
	goals add "Run" -k habit -t 0 -e week
rejects "a deadline before the start" "2027-01-01" \
	goals add "Run" --start 2027-01-10 -d 2027-01-01

# Text
rejects "broken UTF-8 in the text" "UTF-8" \
	goals add "$(printf 'Call\377Mum')"
rejects "a truncated UTF-8 sequence at the end of the text" "UTF-8" \
	goals add "$(printf 'Call Mum \303')"
rejects "broken UTF-8 in --why" "--why.*UTF-8" \
	goals add "Call Mum" -w "$(printf 'I miss \377her')"
rejects "a control character in the text" "control" \
	goals add "$(printf 'Call \033[31mMum')"
rejects "a control character in --metric" "--metric.*control" \
	goals add "Call Mum" --metric "$(printf 'calls\007')"
rejects "a newline in the text" "newline" goals add "$(printf 'Call\nMum')"
long=$(awk 'BEGIN { for (i = 0; i < 4097; i++) printf "a" }')
rejects "text of 4097 bytes" "4096" goals add "$long"
rejects "--why of 4097 bytes" "--why.*4096" goals add "Call Mum" -w "$long"
rejects "empty text" "empty" goals add ""
rejects "text of only spaces" "empty" goals add "   "
rejects "no text at all (not on a terminal)" "TEXT|text" goals add -t 3
rejects "an empty --why" "--why" goals add "Call Mum" -w ""

# Commands
rejects "a typo of a command suggests the nearest: ad" "'add'" goals ad
rejects "a typo of a command suggests the nearest: lsit" "'list'" goals lsit
rejects "an unknown command is named" "'frobnicate'" goals frobnicate
rejects "help on an unknown command" "'frobnicate'" goals help frobnicate
rejects "list takes no arguments" "'extra'" goals list extra
rejects "show without an id" "ID|id" goals show
rejects "show with two ids" "ID|id" goals show "$absent" "$absent"
rejects "init with two files" "FILE|argument" goals init a.db b.db

# Goal ids
rejects "an unknown goal id" "'$absent'" goals show "$absent"
rejects "an unknown full UUID" "'$absent_uuid'" goals show "$absent_uuid"
rejects "a prefix of 3 hex digits is too short" "'abc'" goals show abc
rejects "a non-hex id" "'zzzz'" goals show zzzz
rejects "an id with a non-hex digit" "'12g4'" goals show 12g4
rejects "an id longer than a UUID" "'${goal}0'" goals show "${goal}0"
rejects "--parent naming no goal" "'$absent'" \
	goals add "Read one book a month" -k habit -t 1 -e month -p "$absent"
rejects "--parent that is not an id" "'xyz1'" \
	goals add "Read one book a month" -k habit -t 1 -e month -p xyz1

# The environment and global options
rejects "GOALS_NOW that is not a time" "'soonish'" \
	env GOALS_NOW=soonish goals list
rejects "GOALS_NOW with a month 13" "'2026-13-01T00:00:00Z'" \
	env GOALS_NOW=2026-13-01T00:00:00Z goals add "Call Mum"
rejects "a bad --color value" "'sometimes'" goals --color=sometimes list
rejects "a bad --color value before add" "'sometimes'" \
	goals --color=sometimes add "Call Mum"

test_case "after all the refusals the store holds its one goal, unchanged"
expect_goal_count 1
run goals show --json "$goal"
expect_code 0
expect_eq "text" "Read 12 books" "$(json .text)"
expect_eq "revision" 1 "$(json .revision)"
expect_absent "$(dirname "$MISSING")"

test_done
