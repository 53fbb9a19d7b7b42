#!/bin/sh
# t0096-docs: manuals that cannot drift from the program.  Every page
# renders without a warning; every command of the command table (asked
# of the binary) has its page and its place in goals(1) and goals help,
# and no page is left without a command; the options in each command's
# table (its -h, written from the table) are those its page documents,
# with the same short forms; and the EXAMPLES of the pages that can run
# alone run, under the clock and locale the page states, and print what
# the page shows (see man-examples.sh).

. "$(dirname "$0")/lib.sh"

require groff man awk sed

MAN=$GOALS_SRC/man

test_case "every page renders without a warning (groff -ww, utf8 and ascii)"
for f in "$MAN"/*.[1-9]; do
	for dev in utf8 ascii; do
		run env LC_ALL=C groff -ww -z -man -T"$dev" "$f"
		expect_code 0
		expect_stderr_empty
	done
done
expect_exists "$MAN/goals.1"

# The commands, as the binary knows them (its command table, as
# completion offers it), and as goals help lists them.
goals __complete "" | cut -f1 >"$TRASH/commands"
COMMANDS=$(cat "$TRASH/commands")

test_case "goals help lists every command of the table, in its order, and no other"
run goals help
expect_code 0
awk '/^Commands:/ { f = 1; next } f && /^$/ { exit } f { print $1 }' \
	"$(stdout_file)" >"$TRASH/help-commands"
expect_same_file "$TRASH/commands" "$TRASH/help-commands"
for c in init add refine check progress status remind list show log close \
	reopen rm export import help; do
	t_match "$TRASH/commands" "the command table" "^$c\$"
done

# tags SECTION PAGE: the tag lines of the .TP items of SECTION of PAGE,
# as text: roff's \- as -, fonts and quotes gone.
tags() {
	awk -v sec="$1" '$0 == ".SH " sec { f = 1; next } /^\.SH/ { f = 0 }
		f && p { print; p = 0 } f && /^\.TP/ { p = 1 }' "$2" |
		sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/"//g' \
			-e 's/^\.[A-Z]* //'
}
# options FILE: the options of tag lines (or usage lines) in FILE, one
# a line: "--long -s" or "--long" or "-s".
options() {
	sed -e 's/^ *//' "$1" | awk '{
		long = ""; short = ""
		n = split($0, w, /[ ,=[\]]+/)
		for (i = 1; i <= n; i++)
			if (w[i] ~ /^--[a-z][a-z-]*$/ && long == "") long = w[i]
			else if (w[i] ~ /^-[a-zA-Z]$/ && short == "") short = w[i]
		if (long != "" || short != "") print long (long != "" && short != "" ? " " : "") short
	}' | LC_ALL=C sort -u
}
# usage_options CMD: the options of goals CMD -h (goals -h for ""), from
# the table the command parses with.
usage_options() {
	goals $1 -h | sed -n '/^ \{4\}-/p; /^ \{8\}--/p' >"$TRASH/usage"
	options "$TRASH/usage"
}

test_case "goals(1) lists every command under COMMANDS, and only commands"
tags COMMANDS "$MAN/goals.1" | awk '{ print $2 }' >"$TRASH/page-commands"
for c in $COMMANDS; do
	t_match "$TRASH/page-commands" "the COMMANDS of goals(1)" "^$c\$"
done
for c in $(cat "$TRASH/page-commands"); do
	t_match "$TRASH/commands" "the command table (for goals $c in goals(1))" "^$c\$"
done

test_case "goals(1) documents the global options of goals -h, and only those"
{ usage_options ""; echo "-h"; echo "--help"; } | LC_ALL=C sort -u >"$TRASH/table"
tags "GLOBAL OPTIONS" "$MAN/goals.1" >"$TRASH/tags"
options "$TRASH/tags" >"$TRASH/page"
expect_same_file "$TRASH/table" "$TRASH/page"

usage_options "" | grep -v -e '^--help' -e '^--version' -e '^-h$' \
	>"$TRASH/globals"
for c in $COMMANDS; do
	page=$MAN/goals-$c.1
	if ! test -f "$page"; then
		test_case "goals-$c(1) exists"
		expect_exists "$page"
		continue
	fi
	test_case "goals-$c(1): its OPTIONS are the options of its table, short forms and all"
	usage_options "$c" >"$TRASH/table"
	tags OPTIONS "$page" >"$TRASH/tags"
	options "$TRASH/tags" >"$TRASH/page"
	# a page may document a global option too
	cat "$TRASH/table" "$TRASH/globals" | LC_ALL=C sort -u >"$TRASH/allowed"
	comm -23 "$TRASH/table" "$TRASH/page" >"$TRASH/undocumented"
	comm -23 "$TRASH/page" "$TRASH/allowed" >"$TRASH/unknown"
	t_check
	test -s "$TRASH/undocumented" &&
		fail "goals $c takes options its page does not document:" \
			"$(sed 's/^/    /' "$TRASH/undocumented")"
	test -s "$TRASH/unknown" &&
		fail "goals-$c(1) documents options goals $c does not take:" \
			"$(sed 's/^/    /' "$TRASH/unknown")"
	expect_match "the options of goals $c -h" '^--help$' \
		"$(grep -x -e --help "$TRASH/table")"
done

test_case "every page is a command's, or goals(1) or goals-export(5)"
for f in "$MAN"/*.[1-9]; do
	name=$(basename "$f")
	case $name in
	goals.1 | goals-export.5) continue ;;
	goals-*.1) c=${name#goals-} c=${c%.1} ;;
	*) c="(none)" ;;
	esac
	t_match "$TRASH/commands" "the commands (for man/$name)" "^$c\$"
done

# The EXAMPLES of every page that says how they were run (or of those
# named in $GOALS_EXAMPLES, "goals-list.1 goals-add.1", to try a page).
for f in "$MAN"/*.[1-9]; do
	name=$(basename "$f")
	grep -q '^\.\\" examples: ' "$f" || continue
	case " ${GOALS_EXAMPLES:-$name} " in
	*" $name "*) ;;
	*) continue ;;
	esac
	test_case "the EXAMPLES of ${name%.*}(${name##*.}) print what the page shows"
	echo "# ${name%.*}(${name##*.}): $(sed -n 's/^\.\\" examples: //p' "$f")"
	run env -i PATH="$PATH" TERM=dumb NO_COLOR=1 LC_ALL=C TZ=UTC \
		GOALS_NOW="$GOALS_NOW" sh "$TEST_DIR/man-examples.sh" "$f" \
		"$TRASH/examples/$name"
	expect_code 0
	expect_stdout_empty
done

test_done
