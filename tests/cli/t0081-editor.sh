#!/bin/sh
# t0081-editor: editor mode, as git commit does it: goals add -E (or no
# TEXT on a terminal) and goals refine ID -E (or no options on a terminal)
# open $GOALS_EDITOR, $VISUAL, $EDITOR or vi, through the shell, on a
# private temporary file of "key: value" lines and # comments; an empty or
# unchanged file aborts; a bad value names its line and keeps the file, so
# that nothing typed is lost; -F FILE reads such a file without an editor.

. "$(dirname "$0")/lib.sh"
require jq sqlite3 timeout

# GOALS_NOW is Friday 2026-11-27 10:00 UTC.

# The scripted editor ------------------------------------------------------------------
#
# It records in $ED_DIR what it got: the file (path), its mode, all its
# arguments (args), who ran (name), the file as it came (template); then
# does $ED_ACTION to the file (keep, sed $ED_SED, append or write
# $ED_TEXT, empty, fail) and keeps a copy of what it left (written).

ED_DIR=$TRASH/ed
mkdir "$ED_DIR" || exit 1
ED=$ED_DIR/edit.sh
cat >"$ED" <<'EOF'
#!/bin/sh
for f do :; done
d=${ED_DIR:?}
printf '%s\n' "$f" >"$d/path"
ls -ld "$f" | cut -c1-10 >"$d/mode"
printf '%s\n' "$*" >"$d/args"
echo "${ED_NAME:-edit}" >"$d/name"
cp "$f" "$d/template"
case ${ED_ACTION:-keep} in
keep) ;;
sed) sed -e "$ED_SED" "$f" >"$d/tmp" && cat "$d/tmp" >"$f" ;;
append) printf '%s\n' "$ED_TEXT" >>"$f" ;;
write) printf '%s\n' "$ED_TEXT" >"$f" ;;
empty) : >"$f" ;;
fail) exit 1 ;;
esac
cp "$f" "$d/written"
EOF
# named editors, for which one runs
for n in goals visual editor vi; do
	printf '#!/bin/sh\nED_NAME=%s exec sh "%s" "$@"\n' "$n" "$ED" \
		>"$ED_DIR/$n-ed.sh"
done
GOALS_EDITOR="sh $ED"
export ED_DIR GOALS_EDITOR

STORE_DIR=$(dirname "$GOALS_DB")

# editor_reset: forget what the editor recorded.
editor_reset() {
	rm -f "$ED_DIR/path" "$ED_DIR/mode" "$ED_DIR/args" "$ED_DIR/name" \
		"$ED_DIR/template" "$ED_DIR/written" "$ED_DIR/tmp"
}

# ed_path: the file the editor got (empty when it did not run).
ed_path() {
	cat "$ED_DIR/path" 2>/dev/null
}

# expect_editor_ran, expect_editor_not_run
expect_editor_ran() {
	t_check
	test -s "$ED_DIR/path" || t_fail_run "expected the editor to run"
}
expect_editor_not_run() {
	t_check
	test -e "$ED_DIR/path" || return 0
	t_fail_run "expected no editor to run, but it ran on $(ed_path)"
}

# expect_stderr_has STRING: stderr holds STRING (fixed, not a regex).
expect_stderr_has() {
	t_check
	grep -Fq -e "$1" "$(stderr_file)" ||
		t_fail_run "expected stderr to hold '$1'"
}

# line_in_written ERE: the number of the first line of what the editor
# left that matches ERE.
line_in_written() {
	grep -nE -e "$1" "$ED_DIR/written" | head -n 1 | cut -d: -f1
}

# add_id ARGS...: add a goal with --json; its full id in $id, its short id
# in $short.
add_id() {
	must goals add "$@" --json || return 1
	id=$(json .id)
	short=$(json .short_id)
}

# temp_files: the editor files left in the store's directory.
temp_files() {
	find "$STORE_DIR" -type f ! -name 'goals.db*' | sort
}

# A pseudo-terminal, for what happens on a terminal (util-linux script).
HAVE_PTY=
if command -v script >/dev/null 2>&1 &&
	script -qec 'test -t 0 && test -t 1' /dev/null </dev/null >/dev/null 2>&1; then
	HAVE_PTY=1
fi

# on_tty CMD: run the shell command CMD on a terminal (stdin from
# /dev/null: it gets end-of-file), with the usual run records.
on_tty() {
	run timeout 10 script -qec "$1" /dev/null
	tr -d '\r' <"$(stdout_file)" >"$TRASH/tty.out"
	cat "$TRASH/tty.out" >"$(stdout_file)"
}

must goals init

# add -E ---------------------------------------------------------------------------------

test_case "add -E creates the goal from the edited template"
editor_reset
run env ED_ACTION=sed ED_SED='s/^text:.*/text: Call my sister every Sunday/
s/^kind:.*/kind: habit/
s/^target:.*/target: 1/
s/^every:.*/every: week/
s/^by:.*/by: 2027-01-22/
s/^why:.*/why: she is family/
s/^confidence:.*/confidence: 8/
s/^review:.*/review: 2w/' goals add -E --json
expect_code 0
expect_editor_ran
expect_json_valid
expect_eq "the goal" \
	'{"text":"Call my sister every Sunday","kind":"habit","target":1,"every":"week","deadline":"2027-01-22","why":"she is family","confidence":8,"review":"2w","revision":1}' \
	"$(json '{text, kind, target, every, deadline, why, confidence, review, revision}' | jq -c .)"
expect_goal_count 1
sister=$(json .id)

test_case "the template: key: value lines and # comments on what each SMART letter asks"
t=$ED_DIR/template
for key in text area kind metric unit baseline target every start by why \
	parent confidence review; do
	t_match "$t" "the template" "^$key:"
done
t_match "$t" "the template" '^#.*Specific'
t_match "$t" "the template" '^#.*Measurable'
t_match "$t" "the template" '^#.*Achievable'
t_match "$t" "the template" '^#.*Relevant'
t_match "$t" "the template" '^#.*Time-bound'
# nothing else: every line is a comment, blank, or key: value
t_no_match "$t" "the template" '^[^#a-z]|^[a-z]+[^a-z:]'

test_case "the file is private (0600), in the store's directory, removed after"
expect_eq "its directory" "$STORE_DIR" "$(dirname "$(ed_path)")"
expect_eq "its mode" "-rw-------" "$(cat "$ED_DIR/mode" 2>/dev/null)"
expect_match "its name" '.' "$(basename "$(ed_path)")"
expect_absent "$(ed_path)"
expect_eq "files left in the store's directory" "" "$(temp_files)"

test_case "add -E TEXT and options: the template holds them and the check's suggestions"
editor_reset
run env ED_ACTION=sed ED_SED='s/^confidence:.*/confidence: 6/' \
	goals add -E -w "I want to enjoy my days" Be happier
expect_code 0
expect_editor_ran
t=$ED_DIR/template
t_match "$t" "the template" '^text: Be happier$'
t_match "$t" "the template" '^why: I want to enjoy my days$'
# the current check: its failing letters and what to do, as comments
t_match "$t" "the template" '^#.*(FAIL|fail|✗).*specific'
t_match "$t" "the template" "^#.*turn 'Be happier' into"
t_match "$t" "the template" '^#.*--by 2027-01-22'
t_no_match "$t" "the template" '^[^#a-z]'
run goals list --json
expect_eq "the goal" '{"text":"Be happier","why":"I want to enjoy my days","confidence":6}' \
	"$(json '.[] | select(.text == "Be happier") | {text, why, confidence}' | jq -c .)"

test_case "lines starting with # are dropped; # and : inside a value are kept"
editor_reset
run env ED_ACTION=sed ED_SED='s/^text:.*/text: Read: 12 books/
s/^why:.*/why: I am the #1 reader of my family/
/^by:/i\
# by: 2026-02-30\
#text: not this one
$a\
#confidence: 11' goals add -E --json
expect_code 0
t_match "$ED_DIR/written" "what the editor left" '^# by: 2026-02-30$'
expect_eq "text" "Read: 12 books" "$(json .text)"
expect_eq "why" "I am the #1 reader of my family" "$(json .why)"
expect_eq "deadline" null "$(json .deadline)"
expect_eq "confidence" null "$(json .confidence)"

# Aborting ---------------------------------------------------------------------------------

test_case "add -E: an empty file aborts (exit 2, store unchanged, file removed)"
editor_reset
store_snapshot
run env ED_ACTION=empty goals add -E
expect_code 2
expect_editor_ran
expect_stdout_empty
expect_stderr_match 'abort'
expect_store_unchanged
expect_absent "$(ed_path)"

test_case "add -E: a file of comments only aborts too"
editor_reset
store_snapshot
run env ED_ACTION=sed ED_SED='/^[^#]/d' goals add -E
expect_code 2
expect_stdout_empty
expect_stderr_match 'abort'
expect_store_unchanged
expect_absent "$(ed_path)"

test_case "refine -E: the template holds the current values and check"
add_id "Spend more time with friends" -a relationships -k total -t 12 \
	-u evenings -d 2027-03-01 -c 5 -p "$sister"
friends=$id
friends_short=$short
editor_reset
store_snapshot
run goals refine -E "$friends"
expect_editor_ran
t=$ED_DIR/template
t_match "$t" "the template" '^text: Spend more time with friends$'
t_match "$t" "the template" '^area: relationships$'
t_match "$t" "the template" '^kind: total$'
t_match "$t" "the template" '^target: 12$'
t_match "$t" "the template" '^unit: evenings$'
t_match "$t" "the template" '^by: 2027-03-01$'
t_match "$t" "the template" '^confidence: 5$'
t_match "$t" "the template" "^parent: $(printf '%s' "$sister" | cut -c1-7)"
t_match "$t" "the template" '^message:'
t_match "$t" "the template" '^#.*Specific'
t_match "$t" "the template" '^#.*Time-bound'
# the current check: confidence 5 is below 7, no why
t_match "$t" "the template" '^#.*(WARN|warn|!|FAIL|fail).*achievable'
t_match "$t" "the template" '^#.*(confidence|smaller)'
t_match "$t" "the template" "^#.*say how much: for 'Spend more time with\.\.\.'"
t_no_match "$t" "the template" '^[^#a-z]'

test_case "refine -E with the file unchanged aborts (exit 2, store unchanged)"
# (the run of the case above: the editor kept the file as it was)
expect_code 2
expect_stdout_empty
expect_stderr_match 'abort|unchanged'
expect_store_unchanged
expect_absent "$(ed_path)"

test_case "refine -E with an empty file aborts (exit 2, store unchanged, file removed)"
editor_reset
store_snapshot
run env ED_ACTION=empty goals refine -E "$friends"
expect_code 2
expect_editor_ran
expect_stdout_empty
expect_stderr_match 'abort'
expect_store_unchanged
expect_absent "$(ed_path)"

test_case "refine -E records the change and the message: line"
editor_reset
run env ED_ACTION=sed ED_SED='s/^confidence:.*/confidence: 8/
s/^message:.*/message: A friend said she would come along/' \
	goals refine -E "$friends"
expect_code 0
expect_editor_ran
expect_match "the first line" "^refined $friends_short to revision 2" \
	"$(stdout | head -n 1)"
expect_stdout_match '^ +achievable +.* -> '
expect_absent "$(ed_path)"
run goals log --json "$friends"
expect_eq "revision" 2 "$(json '.[0].revision')"
expect_eq "message" "A friend said she would come along" "$(json '.[0].message')"
expect_eq "changes" '{"confidence":{"from":5,"to":8}}' \
	"$(json '.[0].changes' | jq -c .)"

test_case "refine -E: an emptied value line clears the field"
editor_reset
run env ED_ACTION=sed ED_SED='s/^by:.*/by:/
s/^message:.*/message: no date for now/' goals refine -E "$friends"
expect_code 0
run goals show --json "$friends"
expect_eq "deadline" null "$(json .deadline)"
expect_eq "revision" 3 "$(json .revision)"
expect_eq "kept" '["Spend more time with friends",8,12]' \
	"$(json '[.text, .confidence, .target]' | jq -c .)"

# Bad values: the line, and the file kept -------------------------------------------

# bad_add NAME SED ERE: add -E where the editor applies SED: exit 2, stderr
# names the line (its number in what the editor left: the line matching
# ERE) and where the file is kept, byte for byte, store unchanged.
bad_add() {
	editor_reset
	store_snapshot
	run env ED_ACTION=sed ED_SED="$2" goals add -E
	expect_code 2
	expect_editor_ran
	expect_stdout_empty
	n=$(line_in_written "$3")
	expect_match "the number of the bad line" '^[0-9]+$' "$n"
	expect_stderr_match "line $n([^0-9]|\$)"
	expect_stderr_has "$(ed_path)"
	expect_exists "$(ed_path)"
	expect_same_file "$ED_DIR/written" "$(ed_path)"
	expect_mode "$(ed_path)" -rw-------
	expect_store_unchanged
	kept=$(ed_path)
}

test_case "add -E with by: 2026-02-30: the line, the file kept, add -F after fixing"
bad_add "impossible date" 's/^text:.*/text: Cook for friends twice a month/
s/^by:.*/by: 2026-02-30/
s/^why:.*/why: I like cooking for them/' '^by:'
expect_stderr_match '2026-02-30'
sed 's/^by:.*/by: 2027-02-28/' "$kept" >"$TRASH/fixed" && cat "$TRASH/fixed" >"$kept"
run goals add -F "$kept" --json
expect_code 0
expect_eq "text" "Cook for friends twice a month" "$(json .text)"
expect_eq "deadline" 2027-02-28 "$(json .deadline)"
expect_eq "why" "I like cooking for them" "$(json .why)"
rm -f "$kept"

test_case "add -E with confidence: 11: the line, the file kept"
bad_add "confidence 11" 's/^text:.*/text: Say no once a week/
s/^confidence:.*/confidence: 11/' '^confidence:'
expect_stderr_match 'confidence'
sed 's/^confidence:.*/confidence: 7/' "$kept" >"$TRASH/fixed" &&
	cat "$TRASH/fixed" >"$kept"
run goals add -F "$kept" --json
expect_code 0
expect_eq "confidence" 7 "$(json .confidence)"
rm -f "$kept"

test_case "add -E with an unknown key: the line, the file kept"
bad_add "unknown key" 's/^text:.*/text: Paint on Sundays/
/^area:/a\
colour: blue' '^colour:'
expect_stderr_match 'colour'
rm -f "$kept"

test_case "add -E with a line without a colon: the line, the file kept"
bad_add "no colon" 's/^text:.*/text: Write to grandma/
/^why:/i\
she will be so happy' '^she will'
rm -f "$kept"

test_case "add -E with a key given twice: the line, the file kept"
bad_add "twice" 's/^text:.*/text: Walk every day/
$a\
text: Walk twice a day' '^text: Walk twice'
rm -f "$kept"

test_case "refine -E with a bad value keeps the file; refine -F after fixing works"
editor_reset
store_snapshot
run env ED_ACTION=sed ED_SED='s/^target:.*/target: lots/
s/^message:.*/message: aim higher/' goals refine -E "$friends"
expect_code 2
expect_editor_ran
n=$(line_in_written '^target:')
expect_match "the number of the bad line" '^[0-9]+$' "$n"
expect_stderr_match "line $n([^0-9]|\$)"
expect_stderr_match 'lots'
expect_stderr_has "$(ed_path)"
expect_same_file "$ED_DIR/written" "$(ed_path)"
expect_store_unchanged
kept=$(ed_path)
sed 's/^target:.*/target: 16/' "$kept" >"$TRASH/fixed" && cat "$TRASH/fixed" >"$kept"
run goals refine -F "$kept" "$friends"
expect_code 0
run goals log --json "$friends"
expect_eq "message" "aim higher" "$(json '.[0].message')"
expect_eq "changes" '{"target":{"from":12,"to":16}}' "$(json '.[0].changes' | jq -c .)"
rm -f "$kept"

test_case "refine -E that the store refuses (own parent) keeps the file"
editor_reset
store_snapshot
run env ED_ACTION=sed ED_SED="s/^parent:.*/parent: $friends/
s/^message:.*/message: a loop/" goals refine -E "$friends"
expect_code 2
expect_editor_ran
expect_stderr_match 'parent'
expect_stderr_has "$(ed_path)"
expect_same_file "$ED_DIR/written" "$(ed_path)"
expect_store_unchanged
rm -f "$(ed_path)"

test_case "refine -E: a change made meanwhile is not overwritten; the file is kept"
editor_reset
cat >"$ED_DIR/meanwhile.sh" <<EOF
goals refine "$friends" -w "changed meanwhile" >/dev/null 2>&1
exec sh "$ED" "\$@"
EOF
run env GOALS_EDITOR="sh $ED_DIR/meanwhile.sh" ED_ACTION=sed \
	ED_SED='s/^unit:.*/unit: evenings out/' goals refine -E "$friends"
expect_code 2
expect_editor_ran
expect_stderr_has "$(ed_path)"
expect_same_file "$ED_DIR/written" "$(ed_path)"
expect_eq "why" "changed meanwhile" "$(goals show --json "$friends" | jq -r .why)"
expect_eq "unit" "evenings" "$(goals show --json "$friends" | jq -r .unit)"
rm -f "$(ed_path)"

# An editor that fails ---------------------------------------------------------------------

test_case "add -E with an editor that fails: an error, store unchanged"
editor_reset
store_snapshot
run env ED_ACTION=fail goals add -E
expect_editor_ran
expect_match "exit code (an error, not 0 or 1)" '^[23]$' "$RUN_CODE"
expect_stdout_empty
expect_stderr_match 'editor'
expect_store_unchanged
rm -f "$(ed_path)"

test_case "refine -E with an editor that fails: an error, store unchanged"
editor_reset
store_snapshot
run env ED_ACTION=fail goals refine -E "$friends"
expect_editor_ran
expect_match "exit code (an error, not 0 or 1)" '^[23]$' "$RUN_CODE"
expect_stdout_empty
expect_stderr_match 'editor'
expect_store_unchanged
rm -f "$(ed_path)"

# -F FILE -------------------------------------------------------------------------------------

test_case "refine -F FILE works without an editor"
printf '# from a script\nconfidence: 9\nmessage: she said yes\n' >"$TRASH/refine.txt"
editor_reset
run env GOALS_EDITOR= VISUAL=false EDITOR=false goals refine -F "$TRASH/refine.txt" "$friends"
expect_code 0
expect_editor_not_run
run goals log --json "$friends"
expect_eq "message" "she said yes" "$(json '.[0].message')"
expect_eq "changes" '{"confidence":{"from":8,"to":9}}' "$(json '.[0].changes' | jq -c .)"
expect_exists "$TRASH/refine.txt"

test_case "add -F FILE works without an editor"
printf 'text: Run 5 km\ntarget: 5\nunit: km\n' >"$TRASH/add.txt"
editor_reset
run env GOALS_EDITOR= VISUAL=false EDITOR=false goals add -F "$TRASH/add.txt" --json
expect_code 0
expect_editor_not_run
expect_eq "the goal" '["Run 5 km",5,"km"]' "$(json '[.text, .target, .unit]' | jq -c .)"

test_case "a successful -F prints no hint about a kept file"
printf 'text: Swim once a week\n' >"$TRASH/add2.txt"
run goals add -F "$TRASH/add2.txt"
expect_code 0
expect_stderr_empty
printf 'confidence: 10\n' >"$TRASH/refine2.txt"
run goals refine -F "$TRASH/refine2.txt" "$friends"
expect_code 0
expect_stderr_empty

test_case "-F of a missing file: exit 2, and no claim that text was saved in it"
store_snapshot
run goals add -F "$TRASH/no-such-file.txt"
expect_code 2
expect_stderr_match 'no-such-file'
expect_stderr_no_match 'saved in'
expect_store_unchanged
run goals refine -F "$TRASH/no-such-file.txt" "$friends"
expect_code 2
expect_stderr_match 'no-such-file'
expect_stderr_no_match 'saved in'
expect_store_unchanged

test_case "-F of an empty file: exit 2, store unchanged"
: >"$TRASH/empty.txt"
store_snapshot
run goals refine -F "$TRASH/empty.txt" "$friends"
expect_code 2
expect_store_unchanged
run goals add -F "$TRASH/empty.txt"
expect_code 2
expect_store_unchanged

# Which editor, and how it runs -----------------------------------------------------------------

test_case "\$GOALS_EDITOR beats \$VISUAL beats \$EDITOR"
editor_reset
run env GOALS_EDITOR="sh $ED_DIR/goals-ed.sh" VISUAL="sh $ED_DIR/visual-ed.sh" \
	EDITOR="sh $ED_DIR/editor-ed.sh" ED_ACTION=empty goals add -E
expect_eq "the editor that ran" goals "$(cat "$ED_DIR/name" 2>/dev/null)"
editor_reset
run env GOALS_EDITOR= VISUAL="sh $ED_DIR/visual-ed.sh" \
	EDITOR="sh $ED_DIR/editor-ed.sh" ED_ACTION=empty goals add -E
expect_eq "the editor that ran" visual "$(cat "$ED_DIR/name" 2>/dev/null)"
editor_reset
(
	unset GOALS_EDITOR VISUAL
	EDITOR="sh $ED_DIR/editor-ed.sh"
	export EDITOR
	run env ED_ACTION=empty goals add -E
)
expect_eq "the editor that ran" editor "$(cat "$ED_DIR/name" 2>/dev/null)"

test_case "with none of them set: vi"
mkdir -p "$TRASH/vibin"
cp "$ED_DIR/vi-ed.sh" "$TRASH/vibin/vi" && chmod +x "$TRASH/vibin/vi"
editor_reset
(
	unset GOALS_EDITOR VISUAL EDITOR
	PATH="$TRASH/vibin:$PATH"
	run env ED_ACTION=empty goals add -E
)
expect_code 2
expect_eq "the editor that ran" vi "$(cat "$ED_DIR/name" 2>/dev/null)"

test_case "an editor with arguments runs through the shell: sh SCRIPT --flag"
editor_reset
run env GOALS_EDITOR="sh $ED --flag" ED_ACTION=sed \
	ED_SED='s/^text:.*/text: Editor with arguments/' goals add -E --json
expect_code 0
expect_match "the editor's arguments" "^--flag $STORE_DIR/[^ ]+\$" \
	"$(cat "$ED_DIR/args" 2>/dev/null)"
expect_eq "text" "Editor with arguments" "$(json .text)"

test_case "an editor quoted for the shell, with a space in its path, as git runs it"
mkdir -p "$TRASH/my editor"
cp "$ED" "$TRASH/my editor/edit.sh"
editor_reset
run env GOALS_EDITOR="sh '$TRASH/my editor/edit.sh' --flag" ED_ACTION=sed \
	ED_SED='s/^text:.*/text: Quoted editor/' goals add -E --json
expect_code 0
expect_eq "text" "Quoted editor" "$(json .text)"

# Where the file lives ---------------------------------------------------------------------

test_case "with no store directory yet, the file goes to \$TMPDIR"
mkdir -p "$TRASH/tmpdir"
editor_reset
run env GOALS_DB="$TRASH/new/sub/goals.db" TMPDIR="$TRASH/tmpdir" \
	ED_ACTION=sed ED_SED='s/^text:.*/text: First goal of a new store/' \
	goals add -E
expect_code 0
expect_editor_ran
expect_eq "its directory" "$TRASH/tmpdir" "$(dirname "$(ed_path)")"
expect_eq "its mode" "-rw-------" "$(cat "$ED_DIR/mode" 2>/dev/null)"
expect_absent "$(ed_path)"

test_case "add -E on a store not created yet creates it, with the goal"
editor_reset
run env GOALS_DB="$TRASH/new2/goals.db" ED_ACTION=sed \
	ED_SED='s/^text:.*/text: First goal of a new store/' goals add -E
expect_code 0
expect_stdout_match '^added [0-9a-f]{7} First goal of a new store$'
expect_exists "$TRASH/new2/goals.db"
expect_goal_count 1 "$TRASH/new2/goals.db"
run env GOALS_DB="$TRASH/new2/goals.db" goals list --json
expect_eq "listed" "First goal of a new store" "$(json '.[0].text')"

test_case "add -F on a store not created yet creates it, with the goal"
printf 'text: From a file\nwhy: \nparent: \n' >"$TRASH/new3.txt"
run env GOALS_DB="$TRASH/new3/goals.db" goals add -F "$TRASH/new3.txt"
expect_code 0
expect_exists "$TRASH/new3/goals.db"
expect_goal_count 1 "$TRASH/new3/goals.db"

# No terminal, and a terminal ---------------------------------------------------------------

test_case "add with no TEXT and no terminal: usage error, no editor, no hang"
editor_reset
store_snapshot
run timeout 5 goals add
expect_code 2
expect_stdout_empty
expect_stderr_match 'TEXT'
expect_editor_not_run
expect_store_unchanged

test_case "refine ID with no options and no terminal: usage error, no editor, no hang"
editor_reset
store_snapshot
run timeout 5 goals refine "$friends"
expect_code 2
expect_stdout_empty
expect_editor_not_run
expect_store_unchanged

if test -n "$HAVE_PTY"; then
	test_case "add with no TEXT on a terminal opens the editor"
	editor_reset
	ED_ACTION=sed ED_SED='s/^text:.*/text: Typed on a terminal/'
	export ED_ACTION ED_SED
	on_tty "goals add"
	unset ED_ACTION ED_SED
	expect_code 0
	expect_editor_ran
	expect_stdout_match '^added [0-9a-f]{7} Typed on a terminal$'
	expect_eq "stored" 1 \
		"$(sql "SELECT count(*) FROM revisions WHERE text = 'Typed on a terminal'")"

	test_case "refine ID with no options on a terminal opens the editor"
	editor_reset
	ED_ACTION=sed ED_SED='s/^why:.*/why: refined on a terminal/
s/^message:.*/message: from the terminal/'
	export ED_ACTION ED_SED
	on_tty "goals refine $friends"
	unset ED_ACTION ED_SED
	expect_code 0
	expect_editor_ran
	t_match "$ED_DIR/template" "the template" '^text: Spend more time with friends$'
	run goals log --json "$friends"
	expect_eq "message" "from the terminal" "$(json '.[0].message')"
	expect_eq "why" "refined on a terminal" "$(json '.[0].why')"
else
	test_skip "add with no TEXT on a terminal opens the editor" "no pty (script)"
	test_skip "refine ID with no options on a terminal opens the editor" "no pty (script)"
fi

test_done
