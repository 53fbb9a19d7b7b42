#!/bin/sh
# t0050-help: usage (-h), manual pages (--help, goals help CMD) with the
# usage as the fallback when man or the page is missing, the list of
# commands, --version, and no command at all.

. "$(dirname "$0")/lib.sh"

# A PATH without man (goals is called by its full path there).
mkdir "$TRASH/noman"
NOMAN_PATH=$TRASH/noman
# A manual path with no goals pages in it.
mkdir -p "$TRASH/emptyman/man1"

# The commands every goals must have (DESIGN.md; the v1 list grows).
COMMANDS="init add list show help"

test_case "goals add -h prints the usage on stdout and exits 0"
run goals add -h
expect_code 0
expect_stderr_empty
expect_stdout_match '^usage: goals add '
for opt in --area --kind --metric --unit --baseline --target --every \
	--start --by --why --parent --confidence --review --json; do
	expect_stdout_match "$opt"
done
for opt in -a -k -u -b -t -e -d -w -p -c; do
	expect_stdout_match "(^|[^a-z-])$opt([^a-z-]|\$)"
done
cp "$(stdout_file)" "$TRASH/add-usage"

test_case "-h wins over everything else on the line and writes nothing"
run goals add "Read 12 books" -t 12 -h
expect_code 0
expect_stdout_match '^usage: goals add '
expect_absent "$GOALS_DB"
run goals add -t nonsense -h
expect_code 0
expect_stdout_match '^usage: goals add '
expect_absent "$GOALS_DB"

test_case "every command has a usage: goals CMD -h"
for c in $COMMANDS; do
	run goals "$c" -h
	expect_code 0
	expect_stderr_empty
	expect_stdout_match "^usage: goals $c( |\$)"
done
expect_absent "$GOALS_DB"

test_case "goals help lists the commands, on stdout, exit 0"
run goals help
expect_code 0
expect_stderr_empty
for c in $COMMANDS; do
	expect_stdout_match "^ +$c( |\$)"
done
cp "$(stdout_file)" "$TRASH/help"

test_case "every command that goals help lists has a usage"
listed=$(awk '/^Commands:/ { f = 1; next } f && /^$/ { exit } f { print $1 }' \
	"$TRASH/help")
expect_match "commands found in goals help" '[a-z]' "$listed"
for c in $listed; do
	run goals "$c" -h
	expect_code 0
	expect_stdout_match "^usage: goals $c( |\$)"
done

test_case "goals -h prints the general usage and the commands, exit 0"
run goals -h
expect_code 0
expect_stderr_empty
expect_stdout_match '^usage: goals '
expect_stdout_match '^ +add( |$)'

test_case "without man, goals help add prints the usage of add, exit 0"
run env PATH="$NOMAN_PATH" "$GOALS_BIN" help add
expect_code 0
expect_stderr_empty
expect_stdout_eq "$(cat "$TRASH/add-usage")"

test_case "without man, goals add --help prints the usage of add, exit 0"
run env PATH="$NOMAN_PATH" "$GOALS_BIN" add --help
expect_code 0
expect_stderr_empty
expect_stdout_eq "$(cat "$TRASH/add-usage")"

test_case "without man, --help of every command prints its usage, exit 0"
for c in $COMMANDS; do
	run env PATH="$NOMAN_PATH" "$GOALS_BIN" "$c" --help
	expect_code 0
	expect_stdout_match "^usage: goals $c( |\$)"
	run env PATH="$NOMAN_PATH" "$GOALS_BIN" help "$c"
	expect_code 0
	expect_stdout_match "^usage: goals $c( |\$)"
done

test_case "without man, goals --help prints the general usage, exit 0"
run env PATH="$NOMAN_PATH" "$GOALS_BIN" --help
expect_code 0
expect_stdout_match '^usage: goals '

test_case "with man but no goals pages, help falls back to the usage"
run env MANPATH="$TRASH/emptyman" goals help add
expect_code 0
expect_stdout_eq "$(cat "$TRASH/add-usage")"
run env MANPATH="$TRASH/emptyman" goals add --help
expect_code 0
expect_stdout_eq "$(cat "$TRASH/add-usage")"

if test -f "$GOALS_SRC/man/goals-add.1" && command -v man >/dev/null 2>&1; then
	mkdir -p "$TRASH/man/man1" "$TRASH/man/man5"
	cp "$GOALS_SRC"/man/*.1 "$TRASH/man/man1/"
	for f in "$GOALS_SRC"/man/*.5; do
		test -f "$f" && cp "$f" "$TRASH/man/man5/"
	done

	test_case "with the pages installed, goals help add shows the manual"
	run env MANPATH="$TRASH/man" goals help add
	expect_code 0
	expect_stdout_match '^NAME'
	expect_stdout_match 'goals-add'
	expect_stdout_no_match '^usage: goals add'

	test_case "with the pages installed, goals add --help shows the manual"
	run env MANPATH="$TRASH/man" goals add --help
	expect_code 0
	expect_stdout_match '^NAME'
	expect_stdout_match 'goals-add'
	expect_stdout_no_match '^usage: goals add'

	test_case "every command listed by goals help has a manual page"
	for c in $listed; do
		expect_exists "$GOALS_SRC/man/goals-$c.1"
		run env MANPATH="$TRASH/man" goals help "$c"
		expect_code 0
		expect_stdout_match '^NAME'
		expect_stdout_match "goals-$c"
	done

	if test -f "$GOALS_SRC/man/goals.1"; then
		test_case "with the pages installed, goals --help shows goals(1)"
		run env MANPATH="$TRASH/man" goals --help
		expect_code 0
		expect_stdout_match '^NAME'
		expect_stdout_no_match '^usage: goals'
	else
		test_skip "goals --help shows goals(1)" "man/goals.1 does not exist yet"
	fi
else
	test_skip "goals help add and --help show the manual" \
		"man/goals-add.1 does not exist yet (or man is not installed)"
fi

test_case "goals --version prints goals and the version, exit 0"
version=$(sed -n 's/^project(goals VERSION \([0-9][0-9.]*\).*/\1/p' \
	"$GOALS_SRC/CMakeLists.txt")
run goals --version
expect_code 0
expect_stderr_empty
expect_stdout_match '^goals [0-9]+\.[0-9]+\.[0-9]+'
if test -n "$version"; then
	expect_stdout_eq "goals $version"
fi

test_case "goals with no command: exit 2, usage on stderr, nothing on stdout"
run goals
expect_code 2
expect_stdout_empty
expect_stderr_match '^usage: goals '
run goals --color=never
expect_code 2
expect_stdout_empty
expect_stderr_match '^usage: goals '

test_case "help, usage and --version create no store"
expect_absent "$GOALS_DB"
expect_absent "$(dirname "$GOALS_DB")"
expect_absent "$XDG_DATA_HOME"
expect_absent "$HOME/.local"

test_done
