#!/bin/sh
# t0089-status-remind: goals status groups the goals by what they need
# (overdue, behind, due soon, stale, review due, on track, achieved
# recently) and says why; goals remind prints the goals that need
# attention, one a line, and nothing at all otherwise, for cron; both
# only read the store.

. "$(dirname "$0")/lib.sh"
require jq sqlite3

# Today is Sunday 2026-11-29, 09:00 UTC.  The goals are added, logged,
# closed and refined on the days before, each step under its own clock.
NOW=2026-11-29T09:00:00Z
GOALS_NOW=$NOW
export GOALS_NOW
MAIN_DB=$GOALS_DB

# at WHEN ARGS...: goals ARGS as of WHEN, a setup step that must succeed.
at() {
	t_when=$1
	shift
	must env GOALS_NOW="$t_when" goals "$@"
}

# add WHEN VAR ARGS...: add a goal as of WHEN; its short id in $VAR.
add() {
	t_when=$1
	t_var=$2
	shift 2
	at "$t_when" add --json "$@" || return 1
	eval "$t_var=\$(json .short_id)"
}

# log WHEN ID VALUE: log VALUE against ID as of WHEN.
log() {
	at "$1" progress "$2" "$3"
}

# judge ARGS...: goals status --json ARGS, which must succeed; then
# group_of TEXT and why_of TEXT read the goal with that text in it.
judge() {
	run goals status --json "$@"
	t_check
	if test "$RUN_CODE" != 0 || test -s "$(stderr_file)"; then
		t_fail_run "goals status --json $*: expected exit 0, no stderr"
	fi
}
group_of() {
	jq -r --arg t "$1" '.groups | to_entries[]
		| select(any(.value[]; .text == $t)) | .key' "$(stdout_file)"
}
why_of() {
	jq -r --arg t "$1" '.groups[][] | select(.text == $t)
		| [.reasons[] | "\(.code): \(.text)"] | join("; ")' "$(stdout_file)"
}

# expect_group TEXT GROUP [WHY]: in the last judge, the goal TEXT is in
# GROUP (and no other), with reasons WHY ("code: text; code: text").
expect_group() {
	expect_eq "the group of '$1'" "$2" "$(group_of "$1")"
	test $# -lt 3 || expect_eq "why '$1' is there" "$3" "$(why_of "$1")"
}

# Nothing yet ------------------------------------------------------------------

test_case "status on a missing store: 'no active goals', nothing created"
run goals status
expect_code 0
expect_stderr_empty
expect_stdout_eq "no active goals"
expect_absent "$GOALS_DB"
expect_absent "$TRASH/store"

test_case "status --json on a missing store: every group, 0 and []"
run goals status --json
expect_code 0
expect_stderr_empty
expect_json_valid
expect_stdout_lines 1
expect_stdout_eq '{"counts":{"overdue":0,"behind":0,"due_soon":0,"stale":0,"review_due":0,"on_track":0,"achieved":0},"groups":{"overdue":[],"behind":[],"due_soon":[],"stale":[],"review_due":[],"on_track":[],"achieved":[]}}'
expect_absent "$TRASH/store"

test_case "remind on a missing store prints nothing, exit 0, creates nothing"
run goals remind
expect_code 0
expect_stdout_empty
expect_stderr_empty
run goals remind --exit-code
expect_code 0
expect_stdout_empty
expect_stderr_empty
run goals remind --json
expect_code 0
expect_stdout_eq "[]"
run goals remind --json --exit-code
expect_code 0
expect_stdout_eq "[]"
expect_absent "$TRASH/store"

# The store of the EXAMPLES of goals-status(1) and goals-remind(1) ------------

test_case "setup: eight goals over the weeks before"
add 2026-10-01T09:00:00Z quit "Quit the job" -a work
add 2026-11-01T09:00:00Z tax "Send the tax form" -d 2026-11-27 -a life
add 2026-11-01T09:00:00Z run "Run 100 km" -t 100 -u km --start 2026-11-01 \
	-d 2026-12-30 -a health
add 2026-11-01T09:00:00Z sister "Call my sister" -e week -t 1 \
	-a relationships
log 2026-11-01T09:00:00Z "$sister" 1
add 2026-10-20T09:00:00Z words "Write 50000 words" -t 50000 -u words -a work
log 2026-11-14T09:00:00Z "$words" 2000
log 2026-11-03T09:00:00Z "$run" 4
add 2026-11-15T09:00:00Z kinder "Be kinder to myself" --review 2w -a self
add 2026-11-20T09:00:00Z dentist "Book the dentist" -d 2026-11-30 -a health
add 2026-11-20T09:00:00Z books "Read 12 books" -t 12 -u books -d 2027-06-30 \
	-a life
at 2026-11-20T09:00:00Z close "$quit" -m "handed in my notice"
log 2026-11-25T09:00:00Z "$books" 1
log 2026-11-28T09:00:00Z "$run" 6
store_snapshot
cp "$T_STATE/snapshot" "$TRASH/main.dump"

# What goals-status(1) says of each goal, by hand, as of Sunday 11-29:
# the tax form was due on Friday 11-27, two days ago; the run needs 90 km
# in the 31 days to 12-30 (20.32 a week) and has done 10 km in 28 days
# since 11-01 (2.5 a week), more than 1.5 times short; the sister was
# called only in the week of 10-26 of the four complete weeks 10-26,
# 11-02, 11-09 and 11-16, and not since 11-01, 28 days ago; the dentist
# is due on Monday 11-30; the words were last logged 15 days ago; the
# kindness goal, added on 11-15, is reviewed every 2 weeks, so on 11-29;
# the books need 11 in the 213 days to 2027-06-30 (0.36 a week) and go
# at 1 in the 9 days since 11-20 (0.78 a week); the job was quit on 11-20.
STATUS="1 overdue, 2 behind, 1 due soon, 1 stale, 1 review due, 1 on track, 1 achieved recently

Overdue:
  $tax  Send the tax form
           the deadline 2026-11-27 passed 2 days ago

Behind pace:
  $run  Run 100 km
           20.32 a week needed, 2.5 a week so far
  $sister  Call my sister
           met in 1 of the last 4 weeks
           no entry for 28 days

Due soon:
  $dentist  Book the dentist
           due tomorrow

Stale:
  $words  Write 50000 words
           no entry for 15 days

Review due:
  $kinder  Be kinder to myself
           last looked at on 2026-11-15; it is reviewed every 2w

On track:
  $books  Read 12 books
           0.36 a week needed, 0.78 a week so far

Achieved recently:
  $quit  Quit the job
           achieved on 2026-11-20"

test_case "status: every group, most urgent first, with its goals and why"
run goals status
expect_code 0
expect_stderr_empty
expect_stdout_eq "$STATUS"

test_case "status: a goal in two groups is shown once, in the first, with both"
run goals status
expect_eq "lines naming Call my sister" 1 \
	"$(grep -c 'Call my sister' "$(stdout_file)")"
run goals status --json
expect_eq "groups holding Call my sister" behind \
	"$(json '.groups | to_entries[] | select(any(.value[]; .text == "Call my sister")) | .key')"
expect_eq "its reasons, most urgent first" \
	'behind: met in 1 of the last 4 weeks; stale: no entry for 28 days' \
	"$(json '.groups.behind[] | select(.text == "Call my sister") | [.reasons[] | "\(.code): \(.text)"] | join("; ")')"

test_case "status --json: every group key, the counts, each goal in its group"
run goals status --json
expect_code 0
expect_stderr_empty
expect_json_valid
expect_stdout_lines 1
expect_eq "top-level keys" "counts groups" "$(json 'keys_unsorted | join(" ")')"
expect_eq "counts" \
	'{"overdue":1,"behind":2,"due_soon":1,"stale":1,"review_due":1,"on_track":1,"achieved":1}' \
	"$(json '.counts | tojson')"
expect_eq "group keys" \
	"overdue behind due_soon stale review_due on_track achieved" \
	"$(json '.groups | keys_unsorted | join(" ")')"
expect_eq "short ids by group" \
	"overdue $tax
behind $run $sister
due_soon $dentist
stale $words
review_due $kinder
on_track $books
achieved $quit" \
	"$(json '.groups | to_entries[] | "\(.key) \(.value | map(.short_id) | join(" "))"')"
expect_eq "each count is the length of its group" true \
	"$(json '[.groups | to_entries[] | .value | length] == [.counts[]]')"
expect_eq "the overdue goal, as a goal object with why" \
	"$tax|Send the tax form|active|done|2026-11-27|[{\"code\":\"overdue\",\"text\":\"the deadline 2026-11-27 passed 2 days ago\"}]" \
	"$(json '.groups.overdue[0] | "\(.short_id)|\(.text)|\(.status)|\(.kind)|\(.deadline)|\(.reasons | tojson)"')"
expect_match "its full id" \
	'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' \
	"$(json .groups.overdue[0].id)"
expect_eq "the codes of every reason" \
	"overdue behind behind stale due-soon stale review-due on-track achieved" \
	"$(json '[.groups[][] | .reasons[].code] | join(" ")')"
expect_eq "the achieved goal" "achieved|achieved on 2026-11-20" \
	"$(json '.groups.achieved[0] | "\(.status)|\(.reasons[0].text)"')"

REMIND="$tax Send the tax form: overdue: the deadline 2026-11-27 passed 2 days ago
$dentist Book the dentist: due soon: due tomorrow
$run Run 100 km: behind: 20.32 a week needed, 2.5 a week so far
$words Write 50000 words: stale: no entry for 15 days
$sister Call my sister: behind: met in 1 of the last 4 weeks; stale: no entry for 28 days
$kinder Be kinder to myself: review due: last looked at on 2026-11-15; it is reviewed every 2w"

test_case "remind names the overdue goal, the one due tomorrow, the habit left for four weeks"
run goals remind
expect_code 0
expect_stderr_empty
expect_stdout_eq "$REMIND"
expect_stdout_no_match 'Read 12 books|Quit the job'

test_case "remind --exit-code exits 1 when it printed, with the same lines"
run goals remind --exit-code
expect_code 1
expect_stderr_empty
expect_stdout_eq "$REMIND"

test_case "remind --json: the goals that need attention, each with why"
run goals remind --json
expect_code 0
expect_stderr_empty
expect_json_valid
expect_stdout_lines 1
expect_eq "short ids and codes" \
	"$tax overdue
$dentist due-soon
$run behind
$words stale
$sister behind,stale
$kinder review-due" \
	"$(json '.[] | "\(.short_id) \(.reasons | map(.code) | join(","))"')"
expect_eq "the reasons of the habit" \
	'[{"code":"behind","text":"met in 1 of the last 4 weeks"},{"code":"stale","text":"no entry for 28 days"}]' \
	"$(json '.[4].reasons | tojson')"
expect_eq "goal keys are there" "true" \
	"$(json 'all(.[]; has("id") and has("short_id") and has("text") and has("deadline") and has("progress"))')"
run goals remind --json --exit-code
expect_code 1
expect_eq "the same array" 6 "$(json length)"

test_case "the next days: due today, then overdue since yesterday"
run env GOALS_NOW=2026-11-30T08:00:00Z goals remind
expect_code 0
expect_stdout_eq "$tax Send the tax form: overdue: the deadline 2026-11-27 passed 3 days ago
$dentist Book the dentist: due soon: due today
$run Run 100 km: behind: 21 a week needed, 2.41 a week so far
$words Write 50000 words: stale: no entry for 16 days
$sister Call my sister: behind: met in 0 of the last 4 weeks; stale: no entry for 29 days
$kinder Be kinder to myself: review due: last looked at on 2026-11-15; it is reviewed every 2w"
run env GOALS_NOW=2026-12-01T08:00:00Z goals remind
expect_stdout_match "^$dentist Book the dentist: overdue: the deadline 2026-11-30 passed yesterday\$"
expect_stdout_match "^$tax Send the tax form: overdue: the deadline 2026-11-27 passed 4 days ago\$"

test_case "days are local days: in Auckland it is already Monday"
zone=Pacific/Auckland
test -e /usr/share/zoneinfo/Pacific/Auckland ||
	zone='NZST-12NZDT,M9.5.0,M4.1.0/3' # the same rules, without tzdata
# 12:00 UTC on Sunday 11-29 is 01:00 on Monday 11-30 in Auckland (UTC+13)
run env TZ="$zone" GOALS_NOW=2026-11-29T12:00:00Z goals remind
expect_code 0
expect_stdout_match "^$dentist Book the dentist: due soon: due today\$"
expect_stdout_match "^$tax Send the tax form: overdue: the deadline 2026-11-27 passed 3 days ago\$"
run env GOALS_NOW=2026-11-29T12:00:00Z goals remind
expect_stdout_match "^$dentist Book the dentist: due soon: due tomorrow\$"

test_case "the EXAMPLES of goals-status(1) and goals-remind(1) are this output"
# man_example PAGE CMD: the output shown after '$ CMD' (as written in the
# page, roff escapes and all) in PAGE, as it prints, with the page's ids
# replaced by the ids of this store.
man_example() {
	awk -v cmd="\$ $2" 'f && (/^\.EE/ || /^\$ /) { exit } f { print }
		$0 == cmd { f = 1 }' "$GOALS_SRC/man/$1" |
		sed -e 's/\\-/-/g' -e 's/\\e/\\/g' -e "s/\\\\(aq/'/g" \
			-e "s/04d10ca/$tax/g" -e "s/08c4a55/$dentist/g" \
			-e "s/eca9c78/$run/g" -e "s/b12489c/$books/g" \
			-e "s/d576a60/$words/g" -e "s/37165e3/$sister/g" \
			-e "s/011cfa9/$kinder/g" -e "s/ac90b53/$quit/g"
}
expect_eq "goals-status(1): goals status" "$STATUS" \
	"$(man_example goals-status.1 'goals status')"
expect_eq "goals-status(1): goals list" "$(goals list)" \
	"$(man_example goals-status.1 'goals list')"
expect_eq "goals-status(1): the counts" "$(goals status --json | jq -c .counts)" \
	"$(man_example goals-status.1 'goals status \-\-json | jq \-c .counts')"
expect_eq "goals-remind(1): goals remind" "$REMIND" \
	"$(man_example goals-remind.1 'goals remind')"
expect_eq "goals-remind(1): goals remind --stale 1m" \
	"$(goals remind --stale 1m)" \
	"$(man_example goals-remind.1 'goals remind \-\-stale 1m')"
expect_eq "goals-remind(1): the next morning" \
	"$(GOALS_NOW=2026-11-30T08:00:00Z goals remind)" \
	"$(man_example goals-remind.1 'GOALS_NOW=2026\-11\-30T08:00:00Z goals remind')"
expect_eq "goals-remind(1): the codes" \
	"$(goals remind --json | jq -r '.[] | "\(.short_id) \(.reasons | map(.code) | join(","))"')" \
	"$(man_example goals-remind.1 'goals remind \-\-json | jq \-r \(aq.[] | "\e(.short_id) \e(.reasons | map(.code) | join(","))"\(aq')"

# Windows ----------------------------------------------------------------------

test_case "--stale 1m is 30 days: a goal last logged 15 days ago is not stale"
run goals remind --stale 1m
expect_code 0
expect_stdout_eq "$tax Send the tax form: overdue: the deadline 2026-11-27 passed 2 days ago
$dentist Book the dentist: due soon: due tomorrow
$run Run 100 km: behind: 20.32 a week needed, 2.5 a week so far
$sister Call my sister: behind: met in 1 of the last 4 weeks
$kinder Be kinder to myself: review due: last looked at on 2026-11-15; it is reviewed every 2w"
run goals status --stale 1m
expect_stdout_match '^1 overdue, 2 behind, 1 due soon, 1 review due, 2 on track, 1 achieved recently$'
expect_stdout_no_match '^Stale:$'

test_case "--within 2w and --within=1d: deadlines within the window"
run goals remind --within=1d --stale 1m
expect_stdout_match "^$dentist Book the dentist: due soon: due tomorrow\$"
run goals status --within 2w
expect_code 0
expect_stdout_eq "$STATUS"

test_case "the store is unchanged by status and remind"
expect_same_file "$TRASH/main.dump" "$T_STATE/snapshot"
expect_store_unchanged

# Each rule, on a store of its own -------------------------------------------

test_case "setup: goals at the edges of each rule"
GOALS_DB=$TRASH/edges/goals.db
add 2026-11-28T09:00:00Z x "Renew the passport" -d 2026-12-06
add 2026-11-28T09:00:00Z x "Renew the licence" -d 2026-12-07
add 2026-11-28T09:00:00Z x "Send the form" -d 2026-11-29
add 2026-11-20T09:00:00Z x "Pay the rent" -d 2026-11-28
add 2026-11-01T09:00:00Z g "Read 3 books" -t 3 -d 2026-11-25
log 2026-11-20T09:00:00Z "$g" 3
add 2026-11-01T09:00:00Z x "Call Gran" -e week -t 1
add 2026-09-01T09:00:00Z g "Visit Dad" -e month -t 1
log 2026-09-05T09:00:00Z "$g" 1
log 2026-10-05T09:00:00Z "$g" 1
log 2026-11-05T09:00:00Z "$g" 1
add 2026-10-01T09:00:00Z g "Write the essay" -t 5000
log 2026-11-16T09:00:00Z "$g" 200
add 2026-10-01T09:00:00Z g "Write the thesis" -t 50000
log 2026-11-14T09:00:00Z "$g" 2000
add 2026-10-01T09:00:00Z g "Knit a scarf" -t 100
log 2026-10-30T09:00:00Z "$g" 10
add 2026-10-01T09:00:00Z g "Knit a hat" -t 100
log 2026-10-31T09:00:00Z "$g" 10
add 2026-10-01T09:00:00Z x "Start the course" -t 10 --start 2026-12-14 \
	-d 2027-03-01
add 2026-09-01T09:00:00Z x "Sign the lease"
add 2026-11-16T09:00:00Z x "Be kinder to others" --review 2w
add 2026-10-29T09:00:00Z x "Check in monthly" --review 1m
add 2026-10-30T09:00:00Z x "Check in with Mum" --review 1m
add 2026-11-01T09:00:00Z g "Journal 100 pages" -t 100 --review 1w
log 2026-11-25T09:00:00Z "$g" 5
add 2026-11-01T09:00:00Z g "Meditate" --review 1w
at 2026-11-26T09:00:00Z refine "$g" -c 8 -m "shorter sessions"
add 2026-11-01T09:00:00Z g "Get fit" --review 1w
at 2026-11-10T09:00:00Z close "$g"
at 2026-11-24T09:00:00Z reopen "$g"
add 2026-11-01T09:00:00Z g "Rate my anxiety" -k level -b 8 -t 5 -d 2027-02-01
log 2026-11-05T09:00:00Z "$g" 8
log 2026-11-12T09:00:00Z "$g" 8
log 2026-11-26T09:00:00Z "$g" 8
add 2026-11-01T09:00:00Z g "Save 500" -t 500 -d 2026-12-31
log 2026-11-25T09:00:00Z "$g" 0
add 2026-11-01T09:00:00Z g "Run 100 km by 12-27" -t 100 --start 2026-11-01 \
	-d 2026-12-27
log 2026-11-20T09:00:00Z "$g" 40
add 2026-11-01T09:00:00Z g "Run 100 km by 12-26" -t 100 --start 2026-11-01 \
	-d 2026-12-26
log 2026-11-20T09:00:00Z "$g" 40
add 2026-10-26T09:00:00Z g "Swim" -e week -t 2 --start 2026-10-26 -d 2027-01-31
log 2026-10-27T09:00:00Z "$g" 2
log 2026-11-04T09:00:00Z "$g" 1
log 2026-11-18T09:00:00Z "$g" 1
log 2026-11-26T09:00:00Z "$g" 1
add 2026-10-26T09:00:00Z g "Run twice a week" -e week -t 2 -d 2027-01-31
log 2026-10-27T09:00:00Z "$g" 2
log 2026-11-04T09:00:00Z "$g" 2
log 2026-11-10T09:00:00Z "$g" 1
log 2026-11-18T09:00:00Z "$g" 1
log 2026-11-26T09:00:00Z "$g" 1
store_snapshot

test_case "overdue: the day after the deadline; met past it: close it"
judge
expect_group "Pay the rent" overdue \
	"overdue: the deadline 2026-11-28 passed yesterday"
expect_group "Read 3 books" overdue \
	"met: met, and the deadline 2026-11-25 has passed: close it as achieved"
expect_group "Send the form" due_soon "due-soon: due today"

test_case "due soon: 7 days ahead is within the default window, 8 is not"
expect_group "Renew the passport" due_soon \
	"due-soon: due in 7 days, on 2026-12-06"
expect_group "Renew the licence" on_track "on-track: due 2026-12-07"
judge --within 2w
expect_group "Renew the licence" due_soon \
	"due-soon: due in 8 days, on 2026-12-07"
judge --within 1w
expect_group "Renew the licence" on_track
expect_group "Renew the passport" due_soon
judge --within 6d
expect_group "Renew the passport" on_track "on-track: due 2026-12-06"

test_case "behind: a total at exactly 1.5 times is on track, above it behind"
judge
# 60 km in the 28 days to 12-27 against 40 in the 28 days since 11-01:
# exactly 1.5 times; to 12-26, 27 days: 1.56 times
expect_group "Run 100 km by 12-27" on_track \
	"on-track: 15 a week needed, 10 a week so far"
expect_group "Run 100 km by 12-26" behind \
	"behind: 15.56 a week needed, 10 a week so far"

test_case "behind: nothing so far, for a total and for a level"
# 500 in the 32 days to 12-31; a level flat at 8 with 3 in 42 days
expect_group "Save 500" behind "behind: 109.38 a week needed, 0 a week so far"
expect_group "Rate my anxiety" behind \
	"behind: 0.33 a week needed, 0 a week so far"

test_case "behind: a habit met in under half of its last complete periods"
# weeks of 10-26 (2), 11-02 (1), 11-09 (0), 11-16 (1): met in 1 of 4
expect_group "Swim" behind "behind: met in 1 of the last 4 weeks"
# 10-26 (2), 11-02 (2), 11-09 (1), 11-16 (1): met in 2 of 4 is half
expect_group "Run twice a week" on_track \
	"on-track: met in 2 of the last 4 weeks"

test_case "stale: 14 days without an entry, and the --stale window"
expect_group "Write the thesis" stale "stale: no entry for 15 days"
expect_group "Write the essay" on_track "on-track: nothing needs attention"
expect_group "Knit a scarf" stale "stale: no entry for 30 days"
expect_group "Knit a hat" stale "stale: no entry for 29 days"
judge --stale 1w
expect_group "Write the essay" stale "stale: no entry for 13 days"
judge --stale 1m
expect_group "Knit a scarf" stale "stale: no entry for 30 days"
expect_group "Knit a hat" on_track
expect_group "Write the thesis" on_track
judge --stale 4w
expect_group "Knit a hat" stale

test_case "stale: a habit by whole periods, from the day it began"
judge
expect_group "Call Gran" stale "stale: no entry yet, 28 days after it began"
expect_group "Visit Dad" on_track "on-track: met in 2 of the last 2 months"
# a monthly habit last logged 24 days ago is not stale even with --stale 1w
judge --stale 1w
expect_group "Visit Dad" on_track
# nor 30 days after its entry of 11-05, but 31 days after it is
run env GOALS_NOW=2026-12-05T09:00:00Z goals status --json
expect_group "Visit Dad" on_track
run env GOALS_NOW=2026-12-06T09:00:00Z goals status --json
expect_group "Visit Dad" stale "stale: no entry for 31 days"

test_case "never stale: a milestone, a goal that has not started"
judge --stale 1d
expect_group "Sign the lease" on_track "on-track: nothing needs attention"
expect_group "Start the course" on_track "on-track: due 2027-03-01"

test_case "review due: the cadence from the last revision, status change or entry"
judge
expect_group "Check in monthly" review_due \
	"review-due: last looked at on 2026-10-29; it is reviewed every 1m"
# a review month is a calendar month: 10-30 + 1m is 11-30
expect_group "Check in with Mum" on_track
# a day short of 2 weeks
expect_group "Be kinder to others" on_track
# a weekly review, added on 11-01 (due from 11-08), but reopened on
# 11-24, logged on 11-25 and refined on 11-26: due a week after each
expect_group "Get fit" on_track
expect_group "Journal 100 pages" on_track
expect_group "Meditate" on_track
run env GOALS_NOW=2026-12-01T09:00:00Z goals status --json
expect_group "Get fit" review_due \
	"review-due: last looked at on 2026-11-24; it is reviewed every 1w"
expect_group "Journal 100 pages" on_track
expect_group "Meditate" on_track
run env GOALS_NOW=2026-12-03T09:00:00Z goals status --json
expect_group "Journal 100 pages" review_due \
	"review-due: last looked at on 2026-11-25; it is reviewed every 1w"
expect_group "Meditate" review_due \
	"review-due: last looked at on 2026-11-26; it is reviewed every 1w"
run env GOALS_NOW=2026-11-30T09:00:00Z goals status --json
expect_group "Check in with Mum" review_due \
	"review-due: last looked at on 2026-10-30; it is reviewed every 1m"

test_case "the edges store is unchanged by status and remind"
expect_store_unchanged
GOALS_DB=$MAIN_DB

# A store where nothing needs attention ----------------------------------------

test_case "setup: goals on track, achieved and abandoned"
GOALS_DB=$TRASH/quiet/goals.db
add 2026-11-20T09:00:00Z books "Read 12 books" -t 12 -u books -d 2027-06-30
log 2026-11-25T09:00:00Z "$books" 1
add 2026-10-26T09:00:00Z swim "Swim twice a week" -e week -t 2 -d 2027-03-31
for day in 10-27 11-03 11-10 11-17 11-24; do
	log "2026-${day}T09:00:00Z" "$swim" 2
done
add 2026-09-01T09:00:00Z lease "Sign the lease"
add 2026-11-01T09:00:00Z two "Read 2 books" -t 2 -d 2026-12-02
log 2026-11-28T09:00:00Z "$two" 2
add 2026-11-28T09:00:00Z flats "Visit three flats" -t 3 -d 2027-03-31
add 2026-10-01T09:00:00Z quit "Quit the job"
at 2026-11-20T09:00:00Z close "$quit"
add 2026-10-01T09:00:00Z win "Win the pub quiz"
at 2026-11-15T09:00:00Z close "$win"
add 2026-10-01T09:00:00Z older "Run a 10k"
at 2026-11-15T08:59:00Z close "$older"
add 2026-09-01T09:00:00Z move "Move house"
at 2026-10-01T09:00:00Z close "$move"
add 2026-09-01T09:00:00Z tuba "Learn the tuba" -d 2026-11-01
at 2026-11-28T09:00:00Z close --abandoned "$tuba"
store_snapshot

test_case "status: only the groups that have goals"
run goals status
expect_code 0
expect_stderr_empty
expect_stdout_eq "5 on track, 2 achieved recently

On track:
  $two  Read 2 books
           the target is met: close it as achieved
  $swim  Swim twice a week
           met in 4 of the last 4 weeks
  $flats  Visit three flats
           due 2027-03-31
  $books  Read 12 books
           0.36 a week needed, 0.78 a week so far
  $lease  Sign the lease
           nothing needs attention

Achieved recently:
  $quit  Quit the job
           achieved on 2026-11-20
  $win  Win the pub quiz
           achieved on 2026-11-15"
expect_stdout_no_match '^(Overdue|Behind pace|Due soon|Stale|Review due):'
expect_stdout_no_match 'Run a 10k|Move house|Learn the tuba'

test_case "status --json of the quiet store"
run goals status --json
expect_code 0
expect_eq "counts" \
	'{"overdue":0,"behind":0,"due_soon":0,"stale":0,"review_due":0,"on_track":5,"achieved":2}' \
	"$(json '.counts | tojson')"
expect_eq "empty groups are []" "[] [] [] [] []" \
	"$(json '[.groups.overdue, .groups.behind, .groups.due_soon, .groups.stale, .groups.review_due] | map(tojson) | join(" ")')"
expect_eq "a met goal: code met" "met" \
	"$(json '.groups.on_track[0].reasons[0].code')"

test_case "remind prints nothing at all when nothing needs attention"
run goals remind
expect_code 0
expect_stdout_empty
expect_stderr_empty
run goals remind --exit-code
expect_code 0
expect_stdout_empty
expect_stderr_empty
run goals remind --json
expect_code 0
expect_stderr_empty
expect_stdout_eq "[]"
run goals remind --json --exit-code
expect_code 0
expect_stdout_eq "[]"
run goals remind --stale 1d
expect_stdout_match "^$books Read 12 books: stale: no entry for 4 days\$"

test_case "only closed goals: 'no active goals', and remind is silent"
GOALS_DB=$TRASH/closed/goals.db
add 2026-09-01T09:00:00Z g "Move house"
at 2026-10-01T09:00:00Z close "$g"
add 2026-09-01T09:00:00Z g "Learn the tuba" -d 2026-11-01
at 2026-11-28T09:00:00Z close --abandoned "$g"
run goals status
expect_code 0
expect_stdout_eq "no active goals"
run goals remind --exit-code
expect_code 0
expect_stdout_empty
GOALS_DB=$TRASH/quiet/goals.db

test_case "the quiet store is unchanged by status and remind"
expect_store_unchanged
GOALS_DB=$MAIN_DB

# Bad input ------------------------------------------------------------------------

# refused CMD WHAT ARGS...: `goals CMD ARGS...` exits 2 with one line on
# stderr, nothing on stdout, and the store unchanged.
refused() {
	t_cmd=$1
	t_what=$2
	shift 2
	store_snapshot
	run goals "$t_cmd" "$@"
	t_check
	if test "$RUN_CODE" != 2 || test -s "$(stdout_file)" ||
		test "$(wc -l <"$(stderr_file)" | tr -d ' ')" != 1; then
		t_fail_run "$t_what: expected exit 2, no stdout, one line on stderr"
	fi
	expect_store_unchanged
}

test_case "a bad --within or --stale: exit 2, one line naming it, store unchanged"
for cmd in status remind; do
	for v in 7 0d 7D +7d 1000d abc 1.5w 7dd " 7d" -1d 1y; do
		refused "$cmd" "$cmd --within '$v'" --within "$v"
		expect_stderr_match "--within '$(printf '%s' "$v" | sed 's/[.+]/\\&/g')'"
		refused "$cmd" "$cmd --stale '$v'" --stale="$v"
		expect_stderr_match "--stale '$(printf '%s' "$v" | sed 's/[.+]/\\&/g')'"
	done
	refused "$cmd" "$cmd --within ''" --within ""
	expect_stderr_match "--within ''"
	refused "$cmd" "$cmd --stale without a value" --stale
	expect_stderr_match "--stale"
done
run goals remind --within 7d --exit-code --stale 999m
expect_code 1
run goals remind --within 999d --stale 999w --json
expect_code 0
expect_json_valid

test_case "an extra argument or an unknown option is refused"
refused status "status with an argument" all
expect_stderr_match "'all'"
refused status "status with two arguments" overdue now
refused remind "remind with an argument" now
expect_stderr_match "'now'"
refused remind "remind with an id" "$tax"
refused status "status --exit-code (a remind option)" --exit-code
refused remind "remind --json=1" --json=1
refused status "status --within after --" -- --within 7d

test_case "-h prints the usage of each, exit 0"
run goals status -h
expect_code 0
expect_stdout_match '^usage: goals status \[--within DAYS\] \[--stale DAYS\] \[--json\]$'
run goals remind -h
expect_code 0
expect_stdout_match '^usage: goals remind .*\[--exit-code\]'

if test -w /dev/full; then
	test_case "a full disk: exit 3, with a message"
	run sh -c 'goals remind >/dev/full'
	expect_code 3
	expect_stderr_lines 1
	run sh -c 'goals status >/dev/full'
	expect_code 3
	run sh -c 'goals status --json >/dev/full'
	expect_code 3
else
	test_skip "a full disk: exit 3, with a message" "no /dev/full here"
fi

test_case "a store that is not a store: exit 3, nothing on stdout"
printf 'not a database\n' >"$TRASH/notastore.db"
run env GOALS_DB="$TRASH/notastore.db" goals remind --exit-code
expect_code 3
expect_stdout_empty
expect_stderr_lines 1
run env GOALS_DB="$TRASH/notastore.db" goals status
expect_code 3
expect_stdout_empty

test_case "colour: status colours its headings and ids; remind never"
run goals --color=always status
expect_code 0
expect_stdout_match "$(printf '^\033\\[31mOverdue:\033\\[m$')"
expect_stdout_match "$(printf '^  \033\\[33m%s\033\\[m  Send the tax form$' "$tax")"
run goals --color=always remind
expect_code 0
expect_stdout_eq "$REMIND"

test_case "the main store is unchanged after all of these"
expect_same_file "$TRASH/main.dump" "$T_STATE/snapshot"
store_snapshot
expect_same_file "$TRASH/main.dump" "$T_STATE/snapshot"

# From cron ------------------------------------------------------------------------

# Cron runs a job with /bin/sh, HOME and PATH=/usr/bin:/bin, and none of
# the user's variables: the store is found from HOME.
CRON_DB=$HOME/.local/share/goals/goals.db

test_case "setup: the default store of HOME, as cron finds it"
at 2019-12-01T09:00:00Z --db "$CRON_DB" add "Pay the rent" -d 2020-01-01 \
	--json
rent=$(json .short_id)
at 2019-12-01T09:00:00Z --db "$CRON_DB" add "Sign the lease"
expect_exists "$CRON_DB"
store_snapshot "$CRON_DB"

test_case "the crontab line of the README, as written, in cron's environment"
# the command of the README's first crontab line (after the five fields)
cron_cmd=$(sed -n 's/^    0 8 \* \* \*  *//p' "$GOALS_SRC/README.md" | sed -n 1p)
expect_eq "the README's crontab command" "goals remind" "$cron_cmd"
# the real clock: the deadline of 2020 has passed, whatever the day
run env -i HOME="$HOME" PATH="$TRASH/bin:/usr/bin:/bin" sh -c "$cron_cmd"
expect_code 0
expect_stderr_empty
expect_stdout_lines 1
expect_stdout_match "^$rent Pay the rent: overdue: the deadline 2020-01-01 passed [0-9]+ days ago\$"
expect_store_unchanged "$CRON_DB"

test_case "the same line with the full path, with cron's own PATH"
run env -i HOME="$HOME" PATH=/usr/bin:/bin sh -c "$TRASH/bin/goals remind"
expect_code 0
expect_stderr_empty
expect_stdout_match "^$rent Pay the rent: overdue: the deadline 2020-01-01 passed [0-9]+ days ago\$"
# and under a fixed clock, the exact line: 2192 days to 2026-01-01, 304
# to 11-01, 28 to 11-29
run env -i HOME="$HOME" PATH=/usr/bin:/bin GOALS_NOW="$NOW" \
	sh -c "$TRASH/bin/goals remind"
expect_stdout_eq "$rent Pay the rent: overdue: the deadline 2020-01-01 passed 2524 days ago"
expect_store_unchanged "$CRON_DB"

test_case "cron with GOALS_DB set in the crontab"
run env -i HOME="$TRASH/nowhere" PATH="$TRASH/bin:/usr/bin:/bin" \
	GOALS_DB="$MAIN_DB" GOALS_NOW="$NOW" sh -c 'goals remind'
expect_code 0
expect_stderr_empty
expect_stdout_eq "$REMIND"
expect_absent "$TRASH/nowhere"

test_case "cron with no store yet: no output, so no mail, and nothing created"
mkdir "$TRASH/newhome"
run env -i HOME="$TRASH/newhome" PATH="$TRASH/bin:/usr/bin:/bin" \
	sh -c 'goals remind'
expect_code 0
expect_stdout_empty
expect_stderr_empty
expect_absent "$TRASH/newhome/.local"

# The notifiers of goals-remind(1), with a notify-send that writes down
# what it was given.
cat >"$TRASH/bin/notify-send" <<EOF
#!/bin/sh
printf '[%s]\n' "\$@" >>"$TRASH/notified"
EOF
chmod +x "$TRASH/bin/notify-send"
NOTIFY_OUT='out=$(goals remind) && [ -n "$out" ] && notify-send "goals" "$out"'
NOTIFY_CODE='goals remind --exit-code >"$HOME/.goals-remind"
[ $? -eq 1 ] && notify-send "goals" "$(cat "$HOME/.goals-remind")"'

test_case "the notifiers of goals-remind(1) notify of the reminders"
for line in "$NOTIFY_OUT" "$NOTIFY_CODE"; do
	rm -f "$TRASH/notified"
	run sh -c "$line"
	expect_code 0
	expect_stderr_empty
	expect_eq "what notify-send got" "[goals]
[$REMIND]" "$(cat "$TRASH/notified" 2>&1)"
done

test_case "the notifiers stay quiet when nothing needs attention, or on an error"
for db in "$TRASH/quiet/goals.db" "$TRASH/notastore.db"; do
	for line in "$NOTIFY_OUT" "$NOTIFY_CODE"; do
		rm -f "$TRASH/notified"
		run env GOALS_DB="$db" sh -c "$line"
		expect_absent "$TRASH/notified"
	done
done

test_case "the notifiers are the lines of the page"
expect_eq "the first" 1 "$(grep -cF "$(printf '%s' "$NOTIFY_OUT" |
	sed 's/-/\\-/g')" "$GOALS_SRC/man/goals-remind.1")"
expect_eq "the second, line 1" 1 "$(grep -cF "$(printf '%s' "$NOTIFY_CODE" |
	sed -n 1p | sed 's/-/\\-/g')" "$GOALS_SRC/man/goals-remind.1")"
expect_eq "the second, line 2" 1 "$(grep -cF "$(printf '%s' "$NOTIFY_CODE" |
	sed -n 2p | sed 's/-/\\-/g')" "$GOALS_SRC/man/goals-remind.1")"

# Regressions ------------------------------------------------------------------------

test_case "a goal refined after it was achieved is not achieved recently"
GOALS_DB=$TRASH/bug1/goals.db
add 2026-11-01T09:00:00Z g "Get a library card"
at 2026-11-02T09:00:00Z close "$g"
at 2026-11-28T09:00:00Z refine "$g" -w "to read more" -m "why it mattered"
run goals status
expect_code 0
# achieved 27 days ago: not recent, whatever the refinement's day
expect_stdout_eq "no active goals"
GOALS_DB=$MAIN_DB

test_case "a met goal without a deadline is on track, not stale"
GOALS_DB=$TRASH/bug2/goals.db
add 2026-10-01T09:00:00Z g "Save 300 euros" -t 300 -u euros
log 2026-10-02T09:00:00Z "$g" 300
judge
expect_group "Save 300 euros" on_track \
	"met: the target is met: close it as achieved"
run goals remind
expect_stdout_empty
GOALS_DB=$MAIN_DB

test_case "the goal objects of status and remind --json keep the goal's why"
GOALS_DB=$TRASH/bug3/goals.db
add 2026-11-01T09:00:00Z g "Pay the rent" -d 2026-11-20 -w "keep my flat"
run goals remind --json
expect_eq "keys named why in the one goal" 1 \
	"$(grep -o '"why":' "$(stdout_file)" | wc -l | tr -d ' ')"
expect_eq "the goal's why, and its reasons" \
	'keep my flat|[{"code":"overdue","text":"the deadline 2026-11-20 passed 9 days ago"}]' \
	"$(json '.[0] | "\(.why)|\(.reasons | tojson)"')"
GOALS_DB=$MAIN_DB

test_case "one day in the singular, two weeks in the plural"
GOALS_DB=$TRASH/bug4/goals.db
add 2026-11-20T09:00:00Z g "Write 10 letters" -t 10
log 2026-11-28T09:00:00Z "$g" 1
add 2026-11-09T09:00:00Z h "Go to the gym" -e week -t 3 -d 2027-03-01
log 2026-11-25T09:00:00Z "$h" 1
run goals remind --stale 1d
expect_stdout_eq "$h Go to the gym: behind: met in 0 of the last 2 weeks
$g Write 10 letters: stale: no entry for 1 day"
GOALS_DB=$MAIN_DB

test_done
