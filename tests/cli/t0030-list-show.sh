#!/bin/sh
# t0030-list-show: goals list and goals show -- order, filters, JSON
# shape, the empty and the missing store, and goal ids: short, unique,
# prefixes, ambiguity.

. "$(dirname "$0")/lib.sh"
require jq sqlite3

# The keys DESIGN.md promises in a goal (more may be added, none renamed).
GOAL_KEYS='["id","short_id","text","status","area","kind","metric","unit",
"baseline","target","every","start","deadline","why","parent","confidence",
"review","revision","created","updated","progress"]'
PROGRESS_KEYS='["current","percent","entries","last_at"]'

# missing_keys JQ_PATH KEYS: the KEYS that the object at JQ_PATH of the last
# stdout lacks, comma-separated ("" when none).
missing_keys() {
	jq -r --argjson want "$2" \
		"$1 as \$o | [\$want[] | select(. as \$k | \$o | has(\$k) | not)] | join(\",\")" \
		"$(stdout_file)"
}

test_case "list on a missing store prints nothing, exits 0, creates nothing"
run goals list
expect_code 0
expect_stdout_empty
expect_stderr_empty
expect_absent "$GOALS_DB"
expect_absent "$(dirname "$GOALS_DB")"

test_case "list --json on a missing store prints [] and creates nothing"
run goals list --json
expect_code 0
expect_stdout_eq "[]"
expect_stderr_empty
run goals list --status all --area self --due-before +1m --json
expect_code 0
expect_stdout_eq "[]"
expect_absent "$GOALS_DB"
expect_absent "$(dirname "$GOALS_DB")"

test_case "list on an empty store prints nothing, and [] with --json"
must goals init
store_snapshot
run goals list
expect_code 0
expect_stdout_empty
expect_stderr_empty
run goals list --json
expect_code 0
expect_stdout_eq "[]"
expect_store_unchanged

test_case "list: soonest deadline first, goals without a deadline last"
must goals add "Due in March" -d 2027-03-01 -a Self
must goals add "No deadline one"
must goals add "Due in December" -d 2026-12-01 -a relationships
must goals add "Due mid January" -d 2027-01-15 -t 3 -u books
must goals add "No deadline two" -a self
must goals add "Due at the start of January" -d 2027-01-01 -a Relationships
run goals list --json
expect_code 0
expect_stderr_empty
expect_eq "texts of the first four, in order" \
	"Due in December|Due at the start of January|Due mid January|Due in March" \
	"$(json '[.[0:4][].text] | join("|")')"
expect_eq "the last two (no deadline)" \
	"No deadline one|No deadline two" \
	"$(json '[.[4:][].text] | sort | join("|")')"
expect_eq "deadlines of the last two" "null|null" \
	"$(json '[.[4:][].deadline | tostring] | join("|")')"

test_case "list prints one line a goal, in the same order as --json"
run goals list --json
order=$(json '[.[].short_id] | join(" ")')
run goals list
expect_code 0
expect_stderr_empty
expect_stdout_lines 6
expect_eq "short ids on the lines, in order" "$order" \
	"$(awk '{ print $1 }' "$(stdout_file)" | tr '\n' ' ' | sed 's/ $//')"
expect_stdout_match '^[0-9a-f]{7,} +2026-12-01 .*Due in December'
expect_stdout_match 'No deadline one'

test_case "list shows active goals by default; --status picks others"
run goals list --json
march=$(json '.[] | select(.text == "Due in March") | .id | gsub("-"; "")')
december=$(json '.[] | select(.text == "Due in December") | .id | gsub("-"; "")')
sql "UPDATE goals SET status = 'achieved' WHERE uuid = '$march';
	UPDATE goals SET status = 'abandoned' WHERE uuid = '$december'"
run goals list --json
expect_code 0
expect_eq "active goals" 4 "$(json length)"
expect_eq "statuses listed by default" active \
	"$(json '[.[].status] | unique | join(",")')"
run goals list --status active --json
expect_eq "--status active" 4 "$(json length)"
run goals list --status achieved --json
expect_code 0
expect_eq "--status achieved" "Due in March" "$(json '[.[].text] | join("|")')"
run goals list --status abandoned --json
expect_eq "--status abandoned" "Due in December" \
	"$(json '[.[].text] | join("|")')"
run goals list --status all --json
expect_eq "--status all" 6 "$(json length)"
expect_eq "--status all, in deadline order" \
	"Due in December|Due at the start of January|Due mid January|Due in March" \
	"$(json '[.[0:4][].text] | join("|")')"

test_case "list --status all shows each goal's status"
run goals list --status all
expect_code 0
expect_stdout_lines 6
expect_stdout_match 'achieved.*Due in March'
expect_stdout_match 'abandoned.*Due in December'
expect_stdout_match 'active.*Due mid January'

test_case "list --status with a bad value is refused"
store_snapshot
run goals list --status finished
expect_code 2
expect_stdout_empty
expect_stderr_lines 1
expect_stderr_match "'finished'"
expect_store_unchanged

test_case "list --area: only that area, in any case"
run goals list --area relationships --json
expect_code 0
expect_eq "goals in relationships (active)" "Due at the start of January" \
	"$(json '[.[].text] | join("|")')"
run goals list --area Self --status all --json
expect_code 0
expect_eq "goals in self, any status" "Due in March|No deadline two" \
	"$(json '[.[].text] | join("|")')"
run goals list -a RELATIONSHIPS -s all --json
expect_eq "-a RELATIONSHIPS -s all" \
	"Due in December|Due at the start of January" \
	"$(json '[.[].text] | join("|")')"
run goals list --area nosuch
expect_code 0
expect_stdout_empty
expect_stderr_empty

test_case "list --due-before: goals due strictly before the date"
run goals list --due-before 2027-01-15 --json
expect_code 0
expect_eq "due before 2027-01-15" "Due at the start of January" \
	"$(json '[.[].text] | join("|")')"
run goals list --due-before 2027-01-16 --status all --json
expect_eq "due before 2027-01-16, any status" \
	"Due in December|Due at the start of January|Due mid January" \
	"$(json '[.[].text] | join("|")')"
run goals list --due-before +1m --status all --json
expect_code 0
expect_eq "due before +1m (2026-12-27)" "Due in December" \
	"$(json '[.[].text] | join("|")')"
run goals list --due-before 2026-01-01
expect_code 0
expect_stdout_empty

test_case "list --json: every goal has the keys of DESIGN.md's goal shape"
run goals list --status all --json
expect_code 0
expect_json_valid
expect_eq "a JSON array" array "$(json type)"
expect_eq "keys missing from some goal" "" \
	"$(jq -r --argjson want "$GOAL_KEYS" '[.[] | . as $o | $want[] |
		select(. as $k | $o | has($k) | not)] | unique | join(",")' \
		"$(stdout_file)" 2>&1)"
expect_eq "keys missing from .[0]" "" "$(missing_keys '.[0]' "$GOAL_KEYS")"
expect_eq "keys missing from .[5]" "" "$(missing_keys '.[5]' "$GOAL_KEYS")"
expect_eq "keys missing from .[0].progress" "" \
	"$(missing_keys '.[0].progress' "$PROGRESS_KEYS")"
expect_eq "keys that are not snake_case" "" \
	"$(json '[.[0] | keys[] | select(test("^[a-z][a-z0-9_]*$") | not)] | join(",")')"

test_case "show --json has the same keys, and absent values are null"
must goals add "Be kinder to myself" --json
bare=$(json .id)
run goals show --json "$bare"
expect_code 0
expect_json_valid
expect_eq "keys missing from show --json" "" \
	"$(missing_keys '.' "$GOAL_KEYS")"
expect_eq "keys missing from show --json .progress" "" \
	"$(missing_keys '.progress' "$PROGRESS_KEYS")"
expect_eq "values of the fields not given" \
	"null,null,null,null,null,null,null,null,null,null,null,null" \
	"$(json '[.area, .metric, .unit, .baseline, .target, .every, .start,
		.deadline, .why, .parent, .confidence, .review] |
		map(tostring) | join(",")')"
show_keys=$(json 'keys | join(",")')
run goals list --json
expect_eq "keys of the same goal in list --json" "$show_keys" \
	"$(jq -r --arg id "$bare" '.[] | select(.id == $id) | keys | join(",")' \
		"$(stdout_file)")"

test_case "show and list --json agree on a goal"
run goals show --json "$bare"
shown=$(jq -S -c . "$(stdout_file)")
run goals list --json
expect_eq "the goal in list --json" "$shown" \
	"$(jq -S -c --arg id "$bare" '.[] | select(.id == $id)' "$(stdout_file)")"

test_case "show takes the full UUID with dashes, without them, and a short id"
run goals show "$bare"
expect_code 0
expect_stderr_empty
expect_stdout_match "^goal $bare\$"
expect_stdout_match '^Text: +Be kinder to myself$'
run goals show --json "$(printf '%s' "$bare" | tr -d -)"
expect_code 0
expect_eq "id (32 hex digits given)" "$bare" "$(json .id)"
run goals show --json "$(printf '%s' "$bare" | cut -c1-9)"
expect_code 0
expect_eq "id (a prefix with its dash)" "$bare" "$(json .id)"
short=$(json .short_id)
run goals show "$short" --json
expect_code 0
expect_eq "id (the short id; --json after the id)" "$bare" "$(json .id)"

test_case "list and show never write to the store"
store_snapshot
run goals list --status all --json
run goals list
run goals show "$bare"
run goals show --json "$bare"
expect_store_unchanged

# Many goals: short ids and ambiguous prefixes --------------------------------

GOALS_DB=$TRASH/many/goals.db
export GOALS_DB

# Add goals, 100 at a time, until two ids share their first 4 hex digits
# (about 50% likely with 300 goals, 99.9% with 1000); print that prefix.
find_collision() {
	n=0
	while test $n -lt 4000; do
		i=0
		while test $i -lt 100; do
			goals add "goal number $n" >/dev/null 2>&1 || {
				echo "add failed" >&2
				return 1
			}
			i=$((i + 1))
			n=$((n + 1))
		done
		p=$(goals list --json | jq -r '.[].id[0:4]' | sort | uniq -d |
			head -n 1)
		if test -n "$p"; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

test_case "setup: add goals until two share a 4-digit prefix"
prefix=$(find_collision)
expect_match "a shared 4-digit prefix" '^[0-9a-f]{4}$' "$prefix"
# without one, what follows fails once each, not once per goal
test -n "$prefix" || prefix=none
run goals list --json
expect_code 0
count=$(json length)
candidates=$(jq -r --arg p "$prefix" \
	'[.[] | select(.id | startswith($p))] | length' "$(stdout_file)")
echo "# $count goals; prefix $prefix matches $candidates"

test_case "an ambiguous prefix: exit 2 and the candidates as hint: lines"
store_snapshot
run goals show "$prefix"
expect_code 2
expect_stdout_empty
expect_stderr_match "^goals: .*'$prefix'.*ambiguous"
expect_eq "number of hint: lines" "$candidates" \
	"$(grep -c '^hint: ' "$(stderr_file)")"
run goals list --json
jq -r --arg p "$prefix" '.[] | select(.id | startswith($p)) |
	"\(.id | gsub("-"; "") | .[0:7]) \(.text)"' "$(stdout_file)" \
	>"$TRASH/candidates"
run goals show "$prefix"
while read -r hex7 text; do
	expect_stderr_match "^hint: .*$hex7.*$text"
done <"$TRASH/candidates"
expect_store_unchanged

test_case "an ambiguous prefix is refused by add --parent too, changing nothing"
store_snapshot
run goals add "A child goal" -p "$prefix"
expect_code 2
expect_stdout_empty
expect_stderr_match "'$prefix'.*ambiguous"
expect_stderr_match '^hint: '
expect_store_unchanged

test_case "each candidate's short id picks it out"
run goals list --json
jq -r --arg p "$prefix" \
	'.[] | select(.id | startswith($p)) | "\(.short_id) \(.id)"' \
	"$(stdout_file)" >"$TRASH/pairs"
while read -r sid full; do
	run goals show --json "$sid"
	expect_code 0
	expect_eq "the goal of short id $sid" "$full" "$(json .id)"
done <"$TRASH/pairs"

test_case "short ids are unique, at least 7 digits, and the shortest unique"
run goals list --json
jq -r '.[] | "\(.id | gsub("-"; "")) \(.short_id)"' "$(stdout_file)" |
	sort >"$TRASH/ids"
expect_eq "goals listed" "$count" "$(wc -l <"$TRASH/ids" | tr -d ' ')"
expect_eq "duplicate short ids" "" \
	"$(awk '{ print $2 }' "$TRASH/ids" | sort | uniq -d | head -n 3 | tr '\n' ' ')"
# for each id: the short id starts it, is >= 7 long, and is one digit longer
# than its longest common prefix with its neighbours in sorted order
bad=$(awk '
function lcp(a, b,   i) {
	for (i = 1; i <= length(a) && substr(a, i, 1) == substr(b, i, 1); i++)
		;
	return i - 1
}
{ id[NR] = $1; sid[NR] = $2 }
END {
	for (n = 1; n <= NR; n++) {
		l = 0
		if (n > 1 && lcp(id[n], id[n - 1]) > l) l = lcp(id[n], id[n - 1])
		if (n < NR && lcp(id[n], id[n + 1]) > l) l = lcp(id[n], id[n + 1])
		want = l + 1 < 7 ? 7 : l + 1
		if (substr(id[n], 1, length(sid[n])) != sid[n] || length(sid[n]) != want)
			printf "%s has short id %s, expected %s; ", id[n], sid[n],
				substr(id[n], 1, want)
	}
}' "$TRASH/ids")
expect_eq "short ids that are not the shortest unique prefix of 7+" "" "$bad"

test_case "list and show give a goal the same short id"
first=$(head -n 1 "$TRASH/pairs")
run goals show --json "${first#* }"
expect_eq "short id in show --json" "${first%% *}" "$(json .short_id)"
run goals list
expect_stdout_match "^${first%% *} "

test_done
