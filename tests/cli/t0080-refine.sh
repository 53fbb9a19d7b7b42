#!/bin/sh
# t0080-refine: goals refine ID makes a new immutable revision with every
# field its options change (none and --clear clear them), -m says why,
# and it shows each SMART letter before -> after; goals log shows the
# revisions newest first with what changed, field by field.

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

# revisions_of HEX: how many revisions the store holds for the goal.
revisions_of() {
	sql "SELECT count(*) FROM revisions r JOIN goals g ON g.gid = r.goal
		WHERE g.uuid = '$1'"
}

# section HEADING: the lines of the last stdout from the line starting
# with HEADING to the next heading (a line that starts with no space).
section() {
	stdout | awk -v h="$1" '
		index($0, h) == 1 { p = 1; print; next }
		/^[^ ]/ { p = 0 }
		p'
}

# line_of ERE: the number of the first line of the last stdout matching
# ERE (empty when none).
line_of() {
	stdout | grep -nE -e "$1" | head -n 1 | cut -d: -f1
}

# refused WHAT ERE ARGS...: `goals refine ARGS` exits 2, says ERE on
# stderr, prints nothing on stdout, and changes nothing in the store.
refused() {
	r_what=$1
	r_ere=$2
	shift 2
	store_snapshot
	run goals refine "$@"
	expect_code 2
	expect_stdout_empty
	expect_stderr_match "$r_ere"
	expect_stderr_lines 1
	expect_store_unchanged
}

# The issue's scenario ---------------------------------------------------------------

test_case "refine twice: 'Spend more time with friends' ends with revision 3"
add_id "Spend more time with friends" -a relationships
friends=$id
friends_hex=$hex
friends_short=$short
rev1=$(sql "SELECT * FROM revisions WHERE number = 1")
run env GOALS_NOW=2026-11-28T09:00:00Z goals refine "$friends" \
	-m "Make it countable" -k total --metric "evenings with friends" \
	-u evenings -t 12
expect_code 0
expect_stderr_empty
expect_match "the first line" \
	"^refined $friends_short to revision 2: Spend more time with friends\$" \
	"$(stdout | head -n 1)"
run env GOALS_NOW=2026-12-01T18:30:00Z goals refine "$friends" \
	-m "Give it a deadline and a reason" -d 2027-03-01 \
	-w "I feel lonely since the move" -c 8 "See friends 12 evenings by March"
expect_code 0
expect_stderr_empty
expect_match "the first line" \
	"^refined $friends_short to revision 3: See friends 12 evenings by March\$" \
	"$(stdout | head -n 1)"
run goals show --json "$friends"
expect_code 0
expect_eq "revision" 3 "$(json .revision)"
expect_eq "text" "See friends 12 evenings by March" "$(json .text)"
expect_eq "fields kept from revision 2" \
	'{"area":"relationships","kind":"total","metric":"evenings with friends","unit":"evenings","target":12}' \
	"$(json '{area, kind, metric, unit, target}' | jq -c .)"
expect_eq "fields of revision 3" \
	'{"deadline":"2027-03-01","why":"I feel lonely since the move","confidence":8}' \
	"$(json '{deadline, why, confidence}' | jq -c .)"
expect_eq "created (revision 1)" 2026-11-27T10:00:00Z "$(json .created)"
expect_eq "updated (revision 3)" 2026-12-01T18:30:00Z "$(json .updated)"
expect_eq "revisions in the store" 3 "$(revisions_of "$friends_hex")"
expect_eq "revision 1 in the store, untouched (immutable)" "$rev1" \
	"$(sql "SELECT * FROM revisions WHERE number = 1")"

test_case "log shows both messages, newest first, like git log"
run goals log "$friends"
expect_code 0
expect_stderr_empty
expect_stdout_match '^revision 3 .*2026-12-01 18:30'
expect_stdout_match '^revision 2 .*2026-11-28 09:00'
expect_stdout_match '^revision 1 .*2026-11-27 10:00'
expect_stdout_match '^ +Give it a deadline and a reason$'
expect_stdout_match '^ +Make it countable$'
l3=$(line_of '^revision 3 ')
l2=$(line_of '^revision 2 ')
l1=$(line_of '^revision 1 ')
expect_match "line of revision 3 < revision 2 < revision 1 ($l3 $l2 $l1)" \
	yes "$(test -n "$l3" && test -n "$l2" && test -n "$l1" &&
		test "$l3" -lt "$l2" && test "$l2" -lt "$l1" && echo yes)"
m3=$(line_of 'Give it a deadline and a reason')
m2=$(line_of 'Make it countable')
expect_match "each message under its revision ($l3<$m3<$l2<$m2<$l1)" yes \
	"$(test -n "$m3" && test -n "$m2" && test "$l3" -lt "$m3" &&
		test "$m3" -lt "$l2" && test "$l2" -lt "$m2" &&
		test "$m2" -lt "$l1" && echo yes)"

test_case "log shows each changed field with its old and new value"
run goals log "$friends"
expect_code 0
section "revision 3 " >"$TRASH/rev3"
section "revision 2 " >"$TRASH/rev2"
t_match "$TRASH/rev3" "revision 3" \
	'^ +text +Spend more time with friends -> See friends 12 evenings by March$'
t_match "$TRASH/rev3" "revision 3" '^ +(by|deadline) +[^ ]+ -> 2027-03-01$'
t_match "$TRASH/rev3" "revision 3" '^ +why +[^ ]+ -> I feel lonely since the move$'
t_match "$TRASH/rev3" "revision 3" '^ +confidence +[^ ]+ -> 8$'
t_match "$TRASH/rev2" "revision 2" '^ +kind +done -> total$'
t_match "$TRASH/rev2" "revision 2" '^ +metric +[^ ]+ -> evenings with friends$'
t_match "$TRASH/rev2" "revision 2" '^ +unit +[^ ]+ -> evenings$'
t_match "$TRASH/rev2" "revision 2" '^ +target +[^ ]+ -> 12$'
# what did not change in a revision is not listed under it
t_no_match "$TRASH/rev3" "revision 3" '^ +(kind|area|metric|unit|target) '
t_no_match "$TRASH/rev2" "revision 2" '^ +(text|area|by|deadline|why|confidence) '

test_case "log in a UTF-8 locale: old → new"
run env LC_ALL=C.UTF-8 goals log "$friends"
expect_code 0
expect_stdout_match '^ +kind +done → total$'

test_case "log --json: 3 revisions, newest first, changes as {field: {from, to}}"
run goals log --json "$friends"
expect_code 0
expect_stderr_empty
expect_json_valid
expect_eq "revisions" 3 "$(json 'length')"
expect_eq "revision numbers" "3 2 1" "$(json 'map(.revision) | map(tostring) | join(" ")')"
expect_eq "messages" '["Give it a deadline and a reason","Make it countable"]' \
	"$(json '[.[0].message, .[1].message]' | jq -c .)"
expect_eq "at" "2026-12-01T18:30:00Z 2026-11-28T09:00:00Z 2026-11-27T10:00:00Z" \
	"$(json 'map(.at) | join(" ")')"
expect_eq "changes of revision 3" \
	'{"confidence":{"from":null,"to":8},"deadline":{"from":null,"to":"2027-03-01"},"text":{"from":"Spend more time with friends","to":"See friends 12 evenings by March"},"why":{"from":null,"to":"I feel lonely since the move"}}' \
	"$(json '.[0].changes' | jq -cS .)"
expect_eq "changes of revision 2" \
	'{"kind":{"from":"done","to":"total"},"metric":{"from":null,"to":"evenings with friends"},"target":{"from":null,"to":12},"unit":{"from":null,"to":"evenings"}}' \
	"$(json '.[1].changes' | jq -cS .)"
expect_eq "full fields of each revision: text" \
	'["See friends 12 evenings by March","Spend more time with friends","Spend more time with friends"]' \
	"$(json 'map(.text)' | jq -c .)"
expect_eq "full fields of each revision: kind, area" \
	'[["total","relationships"],["total","relationships"],["done","relationships"]]' \
	"$(json 'map([.kind, .area])' | jq -c .)"

test_case "log -p shows every field of each revision"
run goals log -p "$friends"
expect_code 0
expect_stderr_empty
section "revision 2 " >"$TRASH/rev2"
section "revision 1 " >"$TRASH/rev1"
# unchanged fields too: text and area did not change in revision 2
t_match "$TRASH/rev2" "revision 2 of log -p" '^ +text +Spend more time with friends$'
t_match "$TRASH/rev2" "revision 2 of log -p" '^ +area +relationships$'
t_match "$TRASH/rev2" "revision 2 of log -p" '^ +target +12$'
t_match "$TRASH/rev1" "revision 1 of log -p" '^ +area +relationships$'
t_no_match "$TRASH/rev1" "revision 1 of log -p" '^ +target '
expect_stdout_match '^ +Make it countable$'

test_case "log of an unknown id: exit 2"
run goals log deadbeef
expect_code 2
expect_stdout_empty
expect_stderr_match 'deadbeef'

# Clearing -------------------------------------------------------------------------

test_case "--by none, --start none, --parent none and --clear why,review clear them"
add_id "Have friends nearby" -w "I moved"
long=$id
add_id "Go to the climbing club" -k habit -t 1 -e week --start 2026-12-01 \
	-d 2027-03-01 -w "meet people" --review 2w -c 8 -a relationships \
	-p "$long"
club=$id
run goals refine "$club" --by none --start none --parent none \
	--clear why,review -m "Keep it open"
expect_code 0
expect_stderr_empty
run goals show --json "$club"
expect_eq "cleared fields" \
	'{"start":null,"deadline":null,"parent":null,"why":null,"review":null,"revision":2}' \
	"$(json '{start, deadline, parent, why, review, revision}' | jq -c .)"
expect_eq "kept fields" \
	'{"kind":"habit","target":1,"every":"week","confidence":8,"area":"relationships"}' \
	"$(json '{kind, target, every, confidence, area}' | jq -c .)"
run goals log --json "$club"
expect_eq "changes" \
	"{\"deadline\":{\"from\":\"2027-03-01\",\"to\":null},\"parent\":{\"from\":\"$long\",\"to\":null},\"review\":{\"from\":\"2w\",\"to\":null},\"start\":{\"from\":\"2026-12-01\",\"to\":null},\"why\":{\"from\":\"meet people\",\"to\":null}}" \
	"$(json '.[0].changes' | jq -cS .)"

test_case "--clear takes the other fields, and deadline for by"
add_id "Read more" -a self -k total --metric books -u books -b 1 -t 12 \
	-d 2027-06-30 -c 7 --review 1m -w "I miss it"
run goals refine "$id" --clear area,metric,unit,baseline,target,deadline,confidence
expect_code 0
run goals show --json "$id"
expect_eq "cleared" '[null,null,null,null,null,null,null]' \
	"$(json '[.area, .metric, .unit, .baseline, .target, .deadline, .confidence]' | jq -c .)"
expect_eq "kept" '["total","1m","I miss it"]' \
	"$(json '[.kind, .review, .why]' | jq -c .)"

test_case "--clear of text or kind, or of no field: exit 2, unchanged"
refused "clear text" '--clear.*text' "$id" --clear text
refused "clear kind" '--clear.*kind' "$id" --clear kind
refused "clear an unknown field" '--clear.*colour' "$id" --clear why,colour

# Nothing changed ---------------------------------------------------------------------

test_case "refining with nothing changed is an error (exit 2), not an empty revision"
add_id "Call my sister every Sunday" -k habit -t 1 -e week -d 2027-01-22 -c 8
sister=$id
sister_hex=$hex
refused "the same confidence" 'nothing|same|unchanged' "$sister" -c 8 -m "no change"
refused "the same text" 'nothing|same|unchanged' "$sister" "Call my sister every Sunday"
refused "the same deadline by another name" 'nothing|same|unchanged' \
	"$sister" -d +8w
refused "clearing empty fields" 'nothing|same|unchanged' "$sister" \
	--clear why,review
refused "--start none with no start" 'nothing|same|unchanged' "$sister" --start none
expect_eq "revisions in the store" 1 "$(revisions_of "$sister_hex")"

# Bad values -----------------------------------------------------------------------

test_case "bad values: exit 2, one line naming the option, store unchanged"
refused "an impossible date" '--by.*2026-02-30' "$sister" --by 2026-02-30
refused "-d too" '--by.*2026-13-01' "$sister" -d 2026-13-01
refused "a confidence of 11" '--confidence.*11' "$sister" -c 11
refused "an unknown kind" '--kind.*bogus' "$sister" -k bogus
refused "a target that is no number" '--target.*abc' "$sister" -t abc
refused "a baseline with junk" '--baseline.*1x' "$sister" -b 1x
refused "an unknown period" '--every.*fortnight' "$sister" -e fortnight
refused "a bad start" '--start.*nope' "$sister" --start nope
refused "a bad review" '--review.*3x' "$sister" --review 3x
refused "an area of two words" '--area' "$sister" -a "two words"
refused "an empty why" '--why' "$sister" -w ""
refused "an unknown parent" '--parent.*ffff' "$sister" -p ffff
refused "an empty TEXT" 'text' "$sister" ""
expect_eq "revisions in the store" 1 "$(revisions_of "$sister_hex")"

test_case "a good option with a bad one changes nothing"
refused "good -c, bad --by" '--by' "$sister" -c 3 --by 2026-02-30

test_case "an unknown id: exit 2, naming it"
refused "unknown id" 'deadbeef' deadbeef -c 3

# The SMART letters before -> after ----------------------------------------------------

test_case "refine prints each letter before -> after (C locale)"
add_id "Be happier"
happy=$id
happy_short=$short
run goals refine "$happy" -w "I want to enjoy my days" -d 2027-02-01 -c 8
expect_code 0
expect_stderr_empty
expect_stdout_lines 6
expect_match "line 1" "^refined $happy_short to revision 2: Be happier\$" \
	"$(stdout | sed -n 1p)"
expect_stdout_match '^ +relevant +FAIL -> PASS$'
expect_stdout_match '^ +time-bound +FAIL -> PASS$'
expect_stdout_match '^ +achievable +WARN -> PASS$'
# what still fails says what to do
expect_stdout_match '^ +specific +FAIL -> FAIL +.*turn .Be happier. into'
expect_stdout_match '^ +measurable +FAIL -> FAIL +.*--target'

test_case "the letters before -> after in a UTF-8 locale"
run env LC_ALL=C.UTF-8 goals refine "$happy" -t 5 -k level -b 8 \
	--metric "mood 0-10" -m "rate it"
expect_code 0
expect_stdout_match '^ +measurable +✗ → ✓$'
expect_stdout_match '^ +relevant +✓ → ✓$'

# TEXT --------------------------------------------------------------------------------

test_case "TEXT replaces the text; its words are joined; options may follow"
add_id "Lose weight"
run goals refine "$id" Walk 30 minutes a day -m "a behaviour"
expect_code 0
run goals show --json "$id"
expect_eq "text" "Walk 30 minutes a day" "$(json .text)"
expect_eq "revision" 2 "$(json .revision)"
run goals log --json "$id"
expect_eq "message" "a behaviour" "$(json '.[0].message')"

test_case "-- ends the options: a TEXT that starts with -"
run goals refine "$id" -- -5 kg by June
expect_code 0
expect_eq "text" "-5 kg by June" "$(goals show --json "$id" | jq -r .text)"

# Cycles ------------------------------------------------------------------------------

test_case "a goal cannot be its own parent (exit 2, unchanged)"
add_id "Feel at home in the new city" -w "I want to stay"
city=$id
city_short=$short
add_id "Join a club" -p "$city"
join=$id
add_id "Go to the club weekly" -p "$join" -k habit -t 1 -e week
weekly=$id
refused "own parent" 'own parent|itself|ancestor|under it|loop|cycle' \
	"$city" -p "$city"
refused "own parent by a prefix" 'own parent|itself|ancestor|under it|loop|cycle' \
	"$join" -p "$(printf '%s' "$join" | cut -c1-6)"

test_case "a goal cannot have its child or grandchild as parent"
refused "child" 'ancestor|under it|loop|cycle' "$city" -p "$join"
refused "grandchild" 'ancestor|under it|loop|cycle' "$city" -p "$weekly"
run goals show --json "$city"
expect_eq "parent of the top goal" null "$(json .parent)"

test_case "moving a goal to another branch of the tree is fine"
add_id "See family more" -w "they are getting old"
family=$id
run goals refine "$weekly" -p "$family" -m "moved"
expect_code 0
expect_eq "new parent" "$family" "$(goals show --json "$weekly" | jq -r .parent)"

# No options, no terminal -------------------------------------------------------------

test_case "refine ID with no options and no terminal: usage error, no hang"
store_snapshot
run timeout 5 goals refine "$sister"
expect_code 2
expect_stdout_empty
expect_stderr_match 'refine'
expect_store_unchanged

test_case "refine ID -m MSG alone and no terminal: usage error, no hang"
store_snapshot
run timeout 5 goals refine "$sister" -m "just a note"
expect_code 2
expect_stdout_empty
expect_store_unchanged

test_case "refine with no ID: usage error"
run goals refine
expect_code 2
expect_stdout_empty
expect_stderr_match 'ID'

# --json ------------------------------------------------------------------------------

test_case "refine --json prints the new revision of the goal, nothing else"
run goals refine --json "$sister" -c 9 -m "more sure now"
expect_code 0
expect_stderr_empty
expect_json_valid
expect_eq "id" "$sister" "$(json .id)"
expect_eq "revision" 2 "$(json .revision)"
expect_eq "confidence" 9 "$(json .confidence)"
expect_eq "text" "Call my sister every Sunday" "$(json .text)"
expect_eq "status" active "$(json .status)"
expect_stdout_no_match '^refined'

test_done
