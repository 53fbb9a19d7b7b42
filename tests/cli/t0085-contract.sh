#!/bin/sh
# t0085-contract: the command-line contract of goals(1) and DESIGN.md,
# item by item: global options anywhere, bad input that names the bad
# value, the last of a repeated option, -F -, --at now, names in any
# case, dates in words, underflow, the message of an added goal, ^C in
# the editor, and small things of the human output.

. "$(dirname "$0")/lib.sh"
require jq sqlite3 timeout perl

# GOALS_NOW is Friday 2026-11-27 10:00 UTC.

# add_id ARGS...: add a goal with --json; its full id in $id, its short
# id in $short.
add_id() {
	must goals add "$@" --json || return 1
	id=$(json .id)
	short=$(json .short_id)
}

# refused ERE CMD...: CMD exits 2 with nothing on stdout, one line on
# stderr matching ERE, and the store unchanged.
refused() {
	t_re=$1
	shift
	store_snapshot
	run "$@"
	expect_code 2
	expect_stdout_empty
	expect_stderr_lines 1
	expect_stderr_match "$t_re"
	expect_store_unchanged
}

# refused_eq LINE CMD...: the same, with exactly LINE on stderr.
refused_eq() {
	t_line=$1
	shift
	store_snapshot
	run "$@"
	expect_code 2
	expect_stdout_empty
	expect_stderr_eq "$t_line"
	expect_store_unchanged
}

# A pseudo-terminal, for what happens on a terminal (util-linux script).
HAVE_PTY=
if command -v script >/dev/null 2>&1 &&
	script -qec 'test -t 0 && test -t 1' /dev/null </dev/null >/dev/null 2>&1; then
	HAVE_PTY=1
fi

ESC=$(printf '\033')

test_case "setup: a store with one goal"
add_id "Read 12 books" -t 12 -u books -d 2027-06-30
books=$id
books_short=$short

# 1. Global options anywhere ----------------------------------------------------------

test_case "--color=always after the command colours the output"
run goals list --color=always
expect_code 0
expect_stderr_empty
expect_stdout_match "^${ESC}\\[33m$books_short${ESC}\\[m "

test_case "--color always (a separate word) before the command is the colour, not the command"
run goals --color always list
expect_code 0
expect_stderr_empty
expect_stdout_match "^${ESC}\\[33m$books_short${ESC}\\[m "

test_case "--color WHEN after the command, in any case"
run goals list --color ALWAYS
expect_code 0
expect_stdout_match "^${ESC}\\[33m$books_short${ESC}\\[m "
run goals list --color Never
expect_code 0
expect_stdout_match "^$books_short "

test_case "--color alone means always, and leaves the next word alone"
run goals --color list
expect_code 0
expect_stdout_match "^${ESC}\\[33m$books_short${ESC}\\[m "
run goals show --color "$books"
expect_code 0
expect_stdout_match "^${ESC}\\[33mgoal $id${ESC}\\[m\$"

test_case "--no-color and --color: the last one wins, wherever they are"
run goals --color=always list --no-color
expect_code 0
expect_stdout_match "^$books_short "
expect_stdout_no_match "$ESC"
run goals --no-color list --color=always
expect_code 0
expect_stdout_match "^${ESC}\\[33m$books_short"

test_case "a bad --color after the command names the value"
refused_eq "goals list: invalid --color 'sometimes': expected auto, always or never (see 'goals list -h')" \
	goals list --color=sometimes

test_case "--db FILE after the command's arguments uses FILE"
other=$TRASH/other.db
store_snapshot
run goals add "Call Mum" --db "$other"
expect_code 0
expect_stdout_match '^added [0-9a-f]{7} Call Mum$'
expect_goal_count 1 "$other"
expect_eq "the goal in FILE" "Call Mum" "$(sql 'SELECT text FROM revisions' "$other")"
expect_store_unchanged

test_case "--db=FILE among a command's options"
run goals list --db="$other" --json
expect_code 0
expect_eq "goals listed from FILE" "Call Mum" "$(json '.[].text')"

test_case "-- still ends the options: --db after it is text"
run goals add --db "$other" -- Call --db x
expect_code 0
expect_stdout_match '^added [0-9a-f]{7} Call --db x$'
expect_absent "$TRASH/x"
expect_goal_count 2 "$other"

test_case "--db without its file after the command"
refused_eq "goals list: option '--db' needs a value (see 'goals list -h')" \
	goals list --db

test_case "init FILE --db X is refused as --db X init FILE is"
run goals init "$TRASH/i1.db" --db "$TRASH/i2.db"
expect_code 2
expect_stdout_empty
expect_stderr_lines 1
expect_stderr_match "--db"
expect_absent "$TRASH/i1.db"
expect_absent "$TRASH/i2.db"

# 2. Bad input names the bad value ------------------------------------------------------

test_case "a habit's target of 0 names the 0 and what was expected"
refused_eq "goals: invalid target '0': a habit's target is how many times per week, expected a number above 0" \
	goals add x -k habit -e week -t 0
refused "invalid target '-2':" goals add x -k habit -e day -t -2

test_case "show ID with a second argument names it"
refused_eq "goals show: unexpected argument 'b': give one ID (see 'goals show -h')" \
	goals show "$books" b

test_case "log ID with more arguments names them"
refused_eq "goals log: unexpected arguments 'b' and 'c': give one ID (see 'goals log -h')" \
	goals log "$books" b c

test_case "progress ID VALUE with more arguments names them"
refused_eq "goals progress: unexpected argument '2': give ID and at most one VALUE (see 'goals progress -h')" \
	goals progress "$books" 1 2
refused_eq "goals progress: unexpected arguments '2', '3', '4', ...: give ID and at most one VALUE (see 'goals progress -h')" \
	goals progress "$books" 1 2 3 4 5

test_case "init and help with more arguments name them"
refused_eq "goals init: unexpected argument 'b.db': give at most one FILE (see 'goals init -h')" \
	goals init a.db b.db
expect_absent "$TRASH/a.db"
refused_eq "goals help: unexpected argument 'list': give one COMMAND (see 'goals help -h')" \
	goals help add list

test_case "init FILE with --db names both"
refused_eq "goals init: give the store as --db or FILE, not both: 'x.db' and 'y.db' (see 'goals init -h')" \
	goals --db x.db init y.db

test_case "--note without a VALUE names the option given"
refused_eq "goals progress: --note goes with a VALUE to log: give ID VALUE (see 'goals progress -h')" \
	goals progress "$books" --note "hi"

test_case "add -F with TEXT or a field option names it"
printf 'text: Run 5k\n' >"$TRASH/run.txt"
refused_eq "goals add: -F FILE gives the whole goal: no TEXT with it, got 'Walk' (see 'goals add -h')" \
	goals add -F "$TRASH/run.txt" Walk
refused_eq "goals add: -F FILE gives the whole goal: no field options or -E with it, got --by (see 'goals add -h')" \
	goals add -F "$TRASH/run.txt" --by friday

test_case "refine -E with a field option names it"
refused_eq "goals refine: -E edits the goal as it is: no field options with it, got --target (see 'goals refine -h')" \
	goals refine "$books" -E -t 3

test_case "fields that do not go together name the value"
refused_eq "goals: a done goal is a milestone with no target or baseline, got target 5: use --kind total or level" \
	goals add x -k done -t 5
refused_eq "goals: --every week is for habits, not total goals: use --kind habit" \
	goals add x -k total -t 3 -e week

test_case "a flag given a value names the value"
refused_eq "goals list: option '--json' takes no value, got 'yes' (see 'goals list -h')" \
	goals list --json=yes

test_case "add -F DIR is bad input: exit 2, it is a directory"
refused_eq "goals: '$TRASH' is a directory: expected a file of \"key: value\" lines" \
	goals add -F "$TRASH"
refused_eq "goals: '$TRASH' is a directory: expected a file of \"key: value\" lines" \
	goals refine "$books" -F "$TRASH"

# 3. An option given twice takes the last value ---------------------------------------

test_case "-t 1 -t 2: the target is 2, said nowhere"
run goals add "Read books" -t 1 -t 2 --json
expect_code 0
expect_stderr_empty
expect_eq "target" 2 "$(json .target)"
expect_eq "target in the store" 2.0 "$(sql "SELECT target FROM revisions r JOIN goals g ON g.gid = r.goal WHERE g.uuid = '$(json .id | tr -d -)'")"

test_case "--by and -d, long and short, the last one counts"
run goals add "Call Dad" --by 2027-01-01 -d 2027-02-01 --json
expect_code 0
expect_stderr_empty
expect_eq "deadline" 2027-02-01 "$(json .deadline)"

# 4. -F -, --at now, names in any case --------------------------------------------------

test_case "add -F - reads the goal from standard input"
printf 'text: Run a 5k\nkind: done\nby: 2027-03-01\n' >"$TRASH/stdin.txt"
run_stdin "$TRASH/stdin.txt" goals add -F - --json
expect_code 0
expect_stderr_empty
expect_eq "text" "Run a 5k" "$(json .text)"
expect_eq "deadline" 2027-03-01 "$(json .deadline)"
run5k=$(json .id)

test_case "add -F - with a bad value: exit 2, no hint naming a file '-'"
printf 'text: Run a 5k\nconfidence: 11\n' >"$TRASH/stdin.txt"
store_snapshot
run_stdin "$TRASH/stdin.txt" goals add -F -
expect_code 2
expect_stdout_empty
expect_stderr_eq "goals: line 2: confidence: invalid confidence '11': expected a whole number from 0 to 10"
expect_store_unchanged

test_case "refine ID -F - reads the change from standard input"
printf 'text: Run a 5k\nkind: done\nby: 2027-04-01\nmessage: more time\n' >"$TRASH/stdin.txt"
run_stdin "$TRASH/stdin.txt" goals refine "$run5k" -F - --json
expect_code 0
expect_stderr_empty
expect_eq "deadline" 2027-04-01 "$(json .deadline)"
expect_eq "revision" 2 "$(json .revision)"
run goals log "$run5k" --json
expect_eq "message of revision 2" "more time" "$(json '.[0].message')"

test_case "refine ID -F - of nothing but comments: standard input holds no goal"
printf '# nothing\n' >"$TRASH/stdin.txt"
store_snapshot
run_stdin "$TRASH/stdin.txt" goals refine "$run5k" -F -
expect_code 2
expect_stderr_eq "goals: standard input holds no goal"
expect_store_unchanged

test_case "progress --at now logs at now"
run goals progress "$books" 2 --at now --json
expect_code 0
expect_stderr_empty
expect_eq "at" 2026-11-27T10:00:00Z "$(json .at)"
run goals progress "$books" 1 --at NOW --json
expect_code 0
expect_eq "at" 2026-11-27T10:00:00Z "$(json .at)"

test_case "a bad --at lists now among the forms"
refused "^goals: --at: invalid time 'nowish': expected .*, now, today," \
	goals progress "$books" 1 --at nowish

test_case "--kind, --every in any case, as the store spells them"
run goals add "Call my sister" --kind HABIT --every Week -t 1 --json
expect_code 0
expect_stderr_empty
expect_eq "kind and every" "habit week" "$(json '"\(.kind) \(.every)"')"
run goals add "Read 6 books" --kind Total -t 6 --json
expect_code 0
expect_eq "kind" total "$(json .kind)"

test_case "kind: and every: lines of a file in any case"
printf 'text: Walk\nkind: Habit\nevery: DAILY\ntarget: 1\n' >"$TRASH/walk.txt"
run goals add -F "$TRASH/walk.txt" --json
expect_code 0
expect_eq "kind and every" "habit day" "$(json '"\(.kind) \(.every)"')"

test_case "list --status in any case"
run goals list --status ALL --json
expect_code 0
expect_stderr_empty
expect_eq "every goal listed" "$(sql 'SELECT count(*) FROM goals')" "$(json length)"
run goals list --status Active
expect_code 0
expect_stdout_match "^$books_short "

test_case "a near miss is still refused, named"
refused_eq "goals: --kind: invalid kind 'Totals': expected total, level, habit or done" \
	goals add x --kind Totals

# 5. Option dates and text dates agree ----------------------------------------------------

# deadline_of TEXT OPTIONS...: the deadline of a goal added with TEXT and
# OPTIONS (--json), or the first line of stderr when it is refused.
deadline_of() {
	t_text=$1
	shift
	run goals add "$t_text" "$@" --json
	if test "$RUN_CODE" = 0; then
		json .deadline
	else
		head -n 1 "$(stderr_file)"
	fi
}

# text_deadline TEXT: the deadline that goals add reads in TEXT and keeps
# (deadline_from_text).
text_deadline() {
	goals add "$1" --json |
		jq -r 'select(.deadline_from_text) | .deadline'
}

test_case "--by in words gives the day the goal's text gives"
for when in "next friday" "end of june" "june 30" "30 june 2027" "End Of June" "the 15th" "christmas"; do
	expect_eq "--by '$when' against 'by $when' in the text" \
		"$(text_deadline "Call Mum by $when")" \
		"$(deadline_of "Call Mum" --by "$when")"
done

test_case "--by in words: the days themselves (a Friday, 2026-11-27)"
expect_eq "next friday" 2026-12-04 "$(deadline_of "Call Mum" --by "next friday")"
expect_eq "end of june" 2027-06-30 "$(deadline_of "Call Mum" --by "end of june")"
expect_eq "june 30" 2027-06-30 "$(deadline_of "Call Mum" -d "june 30")"
expect_eq "30 june 2027" 2027-06-30 "$(deadline_of "Call Mum" --by="30 june 2027")"
expect_eq "end of next month" 2026-12-31 "$(deadline_of "Call Mum" --by "end of next month")"

test_case "--start and list --due-before take days in words too"
run goals add "Run" --start "next friday" --by "end of june" --json
expect_code 0
expect_eq "start and deadline" "2026-12-04 2027-06-30" "$(json '"\(.start) \(.deadline)"')"
run goals list --due-before "june 30" --json
expect_code 0
expect_stderr_empty
expect_eq "goals due before june 30 listed" \
	"$(sql "SELECT count(*) FROM revisions r JOIN goals g ON g.gid = r.goal AND r.number = g.revision WHERE g.status = 'active' AND r.deadline < '2027-06-30'")" \
	"$(json length)"

test_case "a date in digits other than YYYY-MM-DD is refused with the hint"
refused_eq "goals: --by: invalid date '31/12/2026': write a date in digits as YYYY-MM-DD (the order of day and month differs from country to country)" \
	goals add "Call Mum" --by 31/12/2026
refused_eq "goals: --start: invalid date '03/04': write a date in digits as YYYY-MM-DD (the order of day and month differs from country to country)" \
	goals add "Call Mum" --start 03/04
refused_eq "goals: --at: invalid time '26/11/2026': write a date in digits as YYYY-MM-DD (the order of day and month differs from country to country)" \
	goals progress "$books" 1 --at 26/11/2026

test_case "a period or a season in --by is refused: name a day"
refused_eq "goals: --by: invalid date 'june': expected a day, not a period: such as 'end of june' or 'june 30'" \
	goals add "Call Mum" --by june
refused "^goals: --by: invalid date 'end of summer': a season ends on different days" \
	goals add "Call Mum" --by "end of summer"
refused "^goals: --by: invalid date 'next friday please': expected YYYY-MM-DD, .* or a day in words such as 'next friday' or '30 june 2027'\$" \
	goals add "Call Mum" --by "next friday please"

test_case "--at in words: a day that has passed, at the time of day of now"
run goals progress "$books" 1 --at "26 november 2026" --json
expect_code 0
expect_stderr_empty
expect_eq "at" 2026-11-26T10:00:00Z "$(json .at)"
refused_eq "goals: --at: invalid time 'june 30': that is 2027-06-30, a day still to come: expected a time that has passed" \
	goals progress "$books" 1 --at "june 30"

# 6. Numbers that underflow are refused ---------------------------------------------------

test_case "1e-320 (a subnormal) is refused, not echoed with lost digits"
refused_eq "goals: --target: invalid number '1e-320': out of range, too close to zero: expected 0 or a magnitude of at least 2.2250738585072014e-308" \
	goals add "Read books" -t 1e-320
refused "^goals: invalid number '-1e-310': out of range, too close to zero" \
	goals progress "$books" -1e-310
refused "^goals: --baseline: invalid number '1e-400': out of range" \
	goals add "Read books" -b 1e-400

test_case "the smallest normal double is kept as typed"
run goals add "Read books" -t 2.2250738585072014e-308 --json
expect_code 0
expect_eq "target" 2.2250738585072014e-308 "$(json .target)"

# 7. The message: line of add -F is revision 1's message -------------------------------------

test_case "add -F with a message: line keeps it as revision 1's message"
printf 'text: Join a choir\nmessage: my therapist suggested singing\n' >"$TRASH/choir.txt"
add_id -F "$TRASH/choir.txt"
choir=$id
run goals log "$choir" --json
expect_code 0
expect_eq "message of revision 1" "my therapist suggested singing" \
	"$(json '.[] | select(.revision == 1) | .message')"
run goals log "$choir"
expect_code 0
expect_stdout_match '^    my therapist suggested singing$'
expect_stdout_no_match '\(added\)'
expect_eq "message in the store" "my therapist suggested singing" \
	"$(sql "SELECT r.message FROM revisions r JOIN goals g ON g.gid = r.goal WHERE g.uuid = '$(printf '%s' "$choir" | tr -d -)'")"

test_case "add -F without a message: (added), null"
printf 'text: Join a band\n' >"$TRASH/band.txt"
add_id -F "$TRASH/band.txt"
run goals log "$id" --json
expect_eq "message of revision 1" null "$(json '.[0].message')"
run goals log "$id"
expect_stdout_match '^    \(added\)$'

test_case "add -F with a bad message: exit 2, nothing added"
printf 'text: Join a choir\nmessage: bell \007\n' >"$TRASH/bell.txt"
store_snapshot
run goals add -F "$TRASH/bell.txt"
expect_code 2
expect_stdout_empty
expect_stderr_eq "goals: message contains a control character (U+0007) at offset 5
hint: your text is saved in $TRASH/bell.txt; edit it and run 'goals add -F $TRASH/bell.txt'"
expect_store_unchanged

# 8. ^C in the editor ---------------------------------------------------------------------

# interrupt_editor CMD...: run CMD in the background, in a process group
# of its own with SIGINT and SIGQUIT at their defaults (as a shell with
# job control runs it), whose editor says when it runs (in $TRASH/ready)
# and then sleeps; then send SIGINT to the process group, as ^C on a
# terminal does, and wait; the usual run records.
interrupt_editor() {
	rm -f "$TRASH/ready"
	printf '%s (^C in the editor)\n' "$*" >"$T_STATE/cmd"
	GOALS_EDITOR="touch '$TRASH/ready'; sleep 30 #" perl -e '
		$SIG{INT} = $SIG{QUIT} = "DEFAULT";
		setpgrp(0, 0);
		exec @ARGV or die "exec: $!";' "$@" \
		</dev/null >"$T_STATE/stdout" 2>"$T_STATE/stderr" &
	t_bg=$!
	t_n=0
	while ! test -e "$TRASH/ready" && test "$t_n" -lt 100; do
		sleep 0.1
		t_n=$((t_n + 1))
	done
	kill -INT "-$t_bg"
	wait "$t_bg"
	RUN_CODE=$?
	echo "$RUN_CODE" >"$T_STATE/code"
}

# edit_files: the editor's files left in the store's directory.
edit_files() {
	find "$(dirname "$GOALS_DB")" -name 'GOAL_EDIT-*' | sort
}

test_case "^C in the editor of refine -E: exit 3, a message, the file kept and named"
store_snapshot
interrupt_editor goals refine -E "$books"
expect_code 3
expect_stdout_empty
kept=$(edit_files)
expect_match "the file kept" '/GOAL_EDIT-[^/]*\.txt$' "$kept"
expect_stderr_eq "goals: the editor 'touch '$TRASH/ready'; sleep 30 #' failed (signal 2)
hint: your text is saved in $kept; edit it and run 'goals refine -F $kept $books'"
expect_eq "the file holds the goal" "text: Read 12 books" "$(grep '^text:' "$kept" 2>/dev/null)"
expect_store_unchanged
rm -f $kept

test_case "^C in the editor of add -E: exit 3, the file kept and named"
store_snapshot
interrupt_editor goals add -E "Learn to swim"
expect_code 3
kept=$(edit_files)
expect_match "the file kept" '/GOAL_EDIT-[^/]*\.txt$' "$kept"
expect_stderr_match "^hint: your text is saved in $kept; edit it and run 'goals add -F $kept'\$"
expect_store_unchanged
rm -f $kept

# 9. Small things --------------------------------------------------------------------------

if test -n "$HAVE_PTY"; then
	test_case "rm answered with end of input: the prompt ends its line, the goal is kept"
	store_snapshot
	run timeout 10 script -qec "goals rm $books" /dev/null
	tr -d '\r' <"$(stdout_file)" >"$TRASH/tty.out"
	cat "$TRASH/tty.out" >"$(stdout_file)"
	expect_code 0
	expect_stdout_match "^delete goal $books_short 'Read 12 books' .*\\? \\[y/N\\] \$"
	expect_stdout_match "^kept $books_short Read 12 books\$"
	expect_store_unchanged
else
	test_skip "rm answered with end of input: the prompt ends its line, the goal is kept" "no pty (script)"
fi

test_case "a note of two lines keeps to its row of progress ID (ASCII: ' / ')"
add_id "Run 50 km" -t 50 -u km
run5=$id
must goals progress "$run5" 3 -n "$(printf 'ran\nin the rain')"
must goals progress "$run5" 2 -n "short one" --at 2026-11-26
run goals progress "$run5"
expect_code 0
expect_stdout_match '^    2026-11-27 10:00         3  ran / in the rain$'
expect_stdout_match '^    2026-11-26 00:00         2  short one$'
expect_stdout_no_match '^in the rain'
run goals progress "$run5" --json
expect_eq "the note in JSON, as it is" "$(printf 'ran\nin the rain')" "$(json '.entries[0].note')"

test_case "a note of two lines in a UTF-8 locale: the newline as ↵"
run env LC_ALL=C.UTF-8 goals progress "$run5"
expect_code 0
expect_stdout_match '^    2026-11-27 10:00         3  ran↵in the rain$'

test_case "a daily habit says 'today', as goals-progress(1) now documents"
add_id "Walk every day" -k habit -e day -t 1
run goals progress "$id"
expect_code 0
expect_stdout_match '^  today: 0 of 1$'
t_match "$GOALS_SRC/man/goals-progress.1" "goals-progress(1)" '^\.BI "today: " CURRENT " of " TARGET'
t_no_match "$GOALS_SRC/man/goals-progress.1" "goals-progress(1)" '"this " PERIOD'

test_case "refine -h: none (or --clear) clears any field, not only a date"
run goals refine -h
expect_code 0
expect_stdout_no_match 'none clears a date'
expect_stdout_match '^Make a new revision of a goal: change its fields \(none as a value, or$'
expect_stdout_match '^--clear, clears a field\), say why with -m'
run goals refine "$run5" --unit none --json
expect_code 0
expect_eq "unit cleared by none" null "$(json .unit)"

test_done
