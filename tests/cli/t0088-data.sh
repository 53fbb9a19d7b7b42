#!/bin/sh
# What the data means: a deadline written in the text is read once, when
# the text is written, and is then a deadline like any other; numbers
# typed as decimals sum and compare as those decimals.
. "$(dirname "$0")/lib.sh"
require jq sqlite3

# GOALS_NOW is Friday 2026-11-27, 10:00 UTC.
later=2026-12-27T10:00:00Z

add_id() {
	must goals add "$@" --json || return 1
	id=$(json .id)
	short=$(json .short_id)
}

# Deadlines in the text ---------------------------------------------------

test_case "'by Friday' written on a Friday is the next Friday, and stays it"
add_id "Finish my CV by Friday because I want a new job"
cv=$short
expect_eq "deadline when added" 2026-12-04 "$(json .deadline)"
expect_eq "deadline_from_text" true "$(json .deadline_from_text)"
for now in 2026-11-28T09:00:00Z 2026-12-04T18:00:00Z $later; do
	run env GOALS_NOW=$now goals show --json "$cv"
	expect_eq "deadline on $now" 2026-12-04 "$(json .deadline)"
done

test_case "a month later it is overdue: check says it has passed"
run env GOALS_NOW=$later goals check --json "$cv"
expect_code 1
expect_eq "time_bound" "fail past 2026-12-04" \
	"$(json '.[0] | "\(.smart.time_bound.verdict) \(.smart.time_bound.code) \(.deadline)"')"

test_case "list shows it and --due-before finds it, a month later too"
run env GOALS_NOW=$later goals list
expect_stdout_match "^$cv  2026-12-04 .*Finish my CV by Friday"
run env GOALS_NOW=$later goals list --due-before 2026-12-05 --json
expect_eq "goals due before 2026-12-05" "$cv" "$(json '[.[].short_id] | join(" ")')"
run env GOALS_NOW=$later goals list --due-before 2026-12-04 --json
expect_eq "goals due before 2026-12-04" "" "$(json '[.[].short_id] | join(" ")')"

test_case "'within 2 weeks' is two weeks from when it was written"
add_id "Run 60.3 km within 2 weeks" -t 60.3 -u km
run_km=$short
for now in 2026-11-27T10:00:00Z 2026-12-08T10:00:00Z $later; do
	run env GOALS_NOW=$now goals progress --json "$run_km"
	expect_eq "deadline on $now" 2026-12-11 "$(json .goal.deadline)"
done

test_case "'by June' written in July is next June, and stays it"
run env GOALS_NOW=2026-07-15T09:00:00Z goals add --json "Paint the hall by June"
hall=$(json .short_id)
expect_eq "deadline" 2027-06-30 "$(json .deadline)"
run env GOALS_NOW=2026-08-20T09:00:00Z goals show --json "$hall"
expect_eq "deadline a month later" 2027-06-30 "$(json .deadline)"

test_case "refining other fields keeps the deadline the words gave"
run env GOALS_NOW=2026-12-01T10:00:00Z goals refine "$cv" -c 8 -m "surer now"
expect_code 0
run goals show --json "$cv"
expect_eq "deadline" "2026-12-04 true" "$(json '"\(.deadline) \(.deadline_from_text)"')"

test_case "new words are read when they are written"
run env GOALS_NOW=2026-12-01T10:00:00Z goals refine "$cv" \
	"Finish my CV by Friday and send it to two agencies"
expect_code 0
run goals show --json "$cv"
expect_eq "deadline" "2026-12-04 true" "$(json '"\(.deadline) \(.deadline_from_text)"')"
run env GOALS_NOW=2026-12-08T10:00:00Z goals refine "$cv" \
	"Finish my CV within 3 weeks and send it to two agencies"
expect_code 0
run goals show --json "$cv"
expect_eq "deadline" "2026-12-29 true" "$(json '"\(.deadline) \(.deadline_from_text)"')"
run goals log --json "$cv"
expect_eq "log: the deadline changed with the words" "2026-12-04 2026-12-29" \
	"$(json '.[0].changes.deadline | "\(.from) \(.to)"')"

test_case "--by wins over the words, and stays when the words change"
run env GOALS_NOW=2026-12-08T10:00:00Z goals refine "$cv" --by 2027-01-15
expect_code 0
run env GOALS_NOW=2026-12-09T10:00:00Z goals refine "$cv" \
	"Finish my CV by Friday and send it to three agencies"
expect_code 0
run goals show --json "$cv"
expect_eq "deadline" "2027-01-15 false" "$(json '"\(.deadline) \(.deadline_from_text)"')"
run env GOALS_NOW=2026-12-09T10:00:00Z goals check --json "$cv"
expect_eq "time_bound: they differ" "warn deadline-differs" \
	"$(json '.[0].smart.time_bound | "\(.verdict) \(.code)"')"
expect_eq "the words' date, as of when they were written" \
	"the text says 2026-12-11, but the deadline is 2027-01-15" \
	"$(json '.[0].smart.time_bound.reason')"

test_case "the deadline is what the store holds"
expect_eq "revisions of the goal" \
	"1:2026-12-04:1 2:2026-12-04:1 3:2026-12-04:1 4:2026-12-29:1 5:2027-01-15:0 6:2027-01-15:0" \
	"$(sql "SELECT group_concat(number || ':' || deadline || ':' || deadline_from_text, ' ')
		FROM (SELECT * FROM revisions r JOIN goals g ON g.gid = r.goal
		WHERE g.uuid = '$(goals show --json "$cv" | jq -r '.id' | tr -d -)'
		ORDER BY number)")"

# Decimals ----------------------------------------------------------------

test_case "10.1 + 20.1 + 30.1 is 60.3: shown so, and the target is met"
for v in 10.1 20.1 30.1; do
	must goals progress "$run_km" "$v"
done
run goals progress "$run_km"
expect_code 0
expect_stdout_match '^  now: 60\.3 km, target 60\.3$'
expect_stdout_match '100%'
run goals show "$run_km"
expect_stdout_match '60\.3 of 60\.3'
expect_stdout_no_match '60\.30000'
run goals progress --json "$run_km"
expect_eq "current, percent, met" "60.3 100 true" \
	"$(json '"\(.goal.progress.current) \(.goal.progress.percent) \(.pace.met)"')"
expect_eq "what the store sums" 60.3 "$(sql 'SELECT sum_value FROM goals WHERE gid = 2')"

test_case "0.7 + 0.1 meets a target of 0.8"
add_id "Save 0.8 thousand" -t 0.8 -d +4w -w "a cushion"
must goals progress "$short" 0.7
must goals progress "$short" 0.1
run goals progress "$short"
expect_stdout_match '^  now: 0\.8, target 0\.8$'
expect_stdout_match 'the target is met'
run goals progress --json "$short"
expect_eq "current, percent, met" "0.8 100 true" \
	"$(json '"\(.goal.progress.current) \(.goal.progress.percent) \(.pace.met)"')"
run goals list --json
expect_eq "list agrees" "0.8 100" \
	"$(json ".[] | select(.short_id == \"$short\") | \"\(.progress.current) \(.progress.percent)\"")"

test_case "a daily habit of 0.8 is met by 0.7 and 0.1 on the day"
add_id "Drink 0.8 l of water a day" -k habit -e day -t 0.8 -d +8w -w health
must goals progress "$short" 0.7
must goals progress "$short" 0.1
run goals progress "$short"
expect_stdout_match '^  today: 0\.8 of 0\.8$'
run goals progress --json "$short"
expect_eq "current, percent" "0.8 100" \
	"$(json '"\(.goal.progress.current) \(.goal.progress.percent)"')"

test_case "a baseline's decimals count: 2.2 from 1.1 is 3.3"
add_id "Walk 10 km more" -b 1.1 -t 10 -d +4w -w health
must goals progress "$short" 2.2
run goals progress "$short"
expect_stdout_match '^  now: 3\.3, target 10$'
run goals progress --json "$short"
expect_eq "current" 3.3 "$(json .goal.progress.current)"

test_case "a value is shown with no more decimals than it was typed with"
add_id "Lose some weight" -k level -b 81.2 -t 75.5 -d +12w -w health
must goals progress "$short" 80.1
run goals progress "$short"
expect_stdout_match '^  now: 80\.1, target 75\.5$'
expect_stdout_match '  80\.1$'

# A level judged on a mean ---------------------------------------------------

test_case "--over 7d: one good night does not meet 'sleep 8 hours a night'"
add_id "Sleep 8 hours a night" -k level -b 6 -t 8 --over 7d -d +8w -w rest
sleep_id=$short
expect_eq "over in JSON" 7 "$(json .over)"
for d in 6 5 4 3 2 1; do
	must goals progress "$sleep_id" 6.5 --at -${d}d
done
must goals progress "$sleep_id" 9
run goals progress "$sleep_id"
expect_stdout_match '^  now: 6\.86, target 8$'
run goals show "$sleep_id"
expect_stdout_match '^Kind: +level, the mean of the last 7 days$'
run goals show --json "$sleep_id"
expect_eq "current, percent" "6.86 43" \
	"$(json '"\(.progress.current) \(.progress.percent | floor)"')"

test_case "--over: refined, cleared, and refused where it means nothing"
run goals refine "$sleep_id" --over 2w -m "a fortnight"
expect_code 0
run goals log --json "$sleep_id"
expect_eq "the change" "7 14" "$(json '.[0].changes.over | "\(.from) \(.to)"')"
run goals refine "$sleep_id" --over none -m "the last night"
expect_code 0
run goals progress --json "$sleep_id"
expect_eq "current: the newest entry again" 9 "$(json .goal.progress.current)"
store_snapshot
run goals add "Run 100 km" -t 100 --over 7d
expect_code 2
expect_stderr_eq "goals: a mean over days is for level goals, not total goals"
run goals add "Sleep well" -k level -t 8 --over 1m
expect_code 2
expect_stderr_eq "goals: --over: invalid over '1m': expected 1 to 366 days or 1 to 52 weeks, such as 7d or 2w"
expect_store_unchanged

test_done
