# lib.sh - shared setup and assertions of the goals CLI tests, in the
# style of git's t/test-lib.sh.  Source it first thing in a test script:
#
#	. "$(dirname "$0")/lib.sh"
#
#	test_case "add prints the new goal's id"
#	run goals add "Read 12 books" -t 12
#	expect_code 0
#	expect_stdout_match '^added [0-9a-f]{7} Read 12 books$'
#
#	test_done
#
# Every script gets a fresh temporary directory ($TRASH, removed at exit;
# set GOALS_TEST_KEEP=1 to keep it), a store path in a directory that does
# not exist yet ($GOALS_DB), a private HOME and XDG_DATA_HOME, NO_COLOR=1,
# LC_ALL=C, TZ=UTC and a fixed clock (GOALS_NOW).  `goals` is on PATH (a
# link to $GOALS_BIN), so it works under `env VAR=... goals`, in background
# jobs and in subshells.
#
# A test case runs from its `test_case` to the next one (or `test_done`);
# it fails when any of its assertions fails, and every assertion says
# what it expected and what came.  `test_done` prints "N passed, N failed"
# and exits 1 when any case failed.  POSIX sh only: this runs under dash.

# The binary and the source tree --------------------------------------------

TEST_DIR=$(cd "$(dirname "$0")" && pwd)
: "${GOALS_SRC:=$(cd "$TEST_DIR/../.." && pwd)}"
: "${GOALS_BUILD:=$GOALS_SRC/build}"
: "${GOALS_BIN:=$GOALS_BUILD/goals}"
export GOALS_SRC GOALS_BUILD GOALS_BIN

if ! test -x "$GOALS_BIN"; then
	echo "error: GOALS_BIN '$GOALS_BIN' is not an executable (build first," \
		"or set GOALS_BIN)" >&2
	exit 1
fi
case $GOALS_BIN in
/*) ;;
*) GOALS_BIN=$(cd "$(dirname "$GOALS_BIN")" && pwd)/$(basename "$GOALS_BIN") ;;
esac

# The temporary directory ------------------------------------------------------

TRASH=$(mktemp -d "${TMPDIR:-/tmp}/goals-cli.XXXXXX") || {
	echo "error: cannot create a temporary directory" >&2
	exit 1
}
# Results of `run` and the state of the test cases live in files, so that
# assertions made in subshells and pipelines count too.
T_STATE=$TRASH/.t
mkdir "$T_STATE" "$TRASH/bin" "$TRASH/home" || exit 1
ln -s "$GOALS_BIN" "$TRASH/bin/goals" || exit 1

# T_MORE_TRASH: another temporary directory a script made (outside $TRASH),
# removed or kept with it.
T_MORE_TRASH=
T_DONE=0
t_cleanup() {
	rc=$?
	if test "$T_DONE" != 1; then
		echo "not ok - the script stopped before test_done (status $rc)"
		rc=1
	fi
	if test -n "${GOALS_TEST_KEEP:-}"; then
		echo "# kept $TRASH${T_MORE_TRASH:+ and $T_MORE_TRASH}"
	else
		cd / && rm -rf "$TRASH" ${T_MORE_TRASH:+"$T_MORE_TRASH"}
	fi
	exit $rc
}
trap t_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The environment ----------------------------------------------------------------

GOALS_DB=$TRASH/store/goals.db
HOME=$TRASH/home
XDG_DATA_HOME=$TRASH/xdg
NO_COLOR=1
LC_ALL=C
TZ=UTC
GOALS_NOW=2026-11-27T10:00:00Z
PATH=$TRASH/bin:$PATH
# Nothing may wait on a terminal, an editor or a pager.
EDITOR=false
VISUAL=false
PAGER='cat'
MANPAGER='cat'
TERM=dumb
export GOALS_DB HOME XDG_DATA_HOME NO_COLOR LC_ALL TZ GOALS_NOW PATH
export EDITOR VISUAL PAGER MANPAGER TERM
unset LANG LANGUAGE LC_CTYPE LC_MESSAGES LC_NUMERIC MANPATH MANOPT \
	MAN_KEEP_FORMATTING COLUMNS CDPATH

cd "$TRASH" || exit 1

# Test cases ----------------------------------------------------------------------

T_NUM=0
T_PASSED=0
T_FAILED=0
T_SKIPPED=0
T_NAME=

# Close the current case, if any: print "ok" or "not ok" and its messages.
t_close() {
	test -n "$T_NAME" || return 0
	if test -s "$T_STATE/failures"; then
		echo "not ok $T_NUM - $T_NAME"
		sed 's/^/#   /' "$T_STATE/failures"
		T_FAILED=$((T_FAILED + 1))
	elif ! test -s "$T_STATE/checks"; then
		echo "not ok $T_NUM - $T_NAME"
		echo "#   no assertion ran: this test cannot fail"
		T_FAILED=$((T_FAILED + 1))
	else
		echo "ok $T_NUM - $T_NAME"
		T_PASSED=$((T_PASSED + 1))
	fi
	T_NAME=
}

# test_case NAME: start a test case (and close the previous one).
test_case() {
	t_close
	T_NUM=$((T_NUM + 1))
	T_NAME=$1
	: >"$T_STATE/failures"
	: >"$T_STATE/checks"
}

# test_skip NAME REASON: a case that cannot run here, and why.
test_skip() {
	t_close
	T_NUM=$((T_NUM + 1))
	echo "ok $T_NUM - $1 # SKIP $2"
	T_SKIPPED=$((T_SKIPPED + 1))
}

# test_done: close the last case, print the summary, exit 1 on failure.
test_done() {
	t_close
	echo "$T_PASSED passed, $T_FAILED failed"
	test "$T_SKIPPED" = 0 || echo "# $T_SKIPPED skipped"
	T_DONE=1
	test "$T_FAILED" = 0 && exit 0
	exit 1
}

# t_check: count an assertion.  fail MESSAGE...: record a failed one (each
# argument a line).
t_check() {
	echo x >>"$T_STATE/checks"
}
fail() {
	t_check
	if test -z "$T_NAME"; then
		# outside any case: still a failure of the script
		test_case "(setup outside a test case)"
	fi
	for line in "$@"; do
		printf '%s\n' "$line" >>"$T_STATE/failures"
	done
}

# t_show FILE LABEL: the first lines of FILE, for a failure message.
t_show() {
	if ! test -s "$1"; then
		printf '%s: (empty)\n' "$2"
		return
	fi
	printf '%s:\n' "$2"
	head -n 12 "$1" | sed 's/^/    | /'
	n=$(wc -l <"$1")
	test "$n" -le 12 || printf '    | ... (%d lines in all)\n' "$n"
}

# t_context: what the last `run` ran and printed, for a failure message.
t_context() {
	printf 'command: %s\n' "$(cat "$T_STATE/cmd" 2>/dev/null)"
	printf 'exit code: %s\n' "$(cat "$T_STATE/code" 2>/dev/null)"
	t_show "$T_STATE/stdout" stdout
	t_show "$T_STATE/stderr" stderr
}

# t_fail_run MESSAGE: a failed assertion about the last run, with context.
t_fail_run() {
	ctx=$(t_context)
	fail "$@" "$ctx"
}

# Running commands ----------------------------------------------------------------

# run CMD...: run CMD with stdin from /dev/null; keep its stdout, stderr
# and exit code (in $RUN_CODE too) for the expect_* assertions.
run() {
	printf '%s\n' "$*" >"$T_STATE/cmd"
	"$@" </dev/null >"$T_STATE/stdout" 2>"$T_STATE/stderr"
	RUN_CODE=$?
	echo "$RUN_CODE" >"$T_STATE/code"
	return 0
}

# run_stdin FILE CMD...: run, with stdin from FILE.
run_stdin() {
	t_in=$1
	shift
	printf '%s < %s\n' "$*" "$t_in" >"$T_STATE/cmd"
	"$@" <"$t_in" >"$T_STATE/stdout" 2>"$T_STATE/stderr"
	RUN_CODE=$?
	echo "$RUN_CODE" >"$T_STATE/code"
	return 0
}

# must CMD...: a setup step that must succeed (exit 0, nothing on stderr);
# a failure fails the current case.  Its stdout is in the stdout file.
must() {
	run "$@"
	if test "$RUN_CODE" != 0 || test -s "$T_STATE/stderr"; then
		t_fail_run "setup step failed: expected exit 0 and no stderr"
		return 1
	fi
	t_check
	return 0
}

# stdout, stderr: what the last run printed.
stdout() { cat "$T_STATE/stdout"; }
stderr() { cat "$T_STATE/stderr"; }
# stdout_file, stderr_file: their paths.
stdout_file() { echo "$T_STATE/stdout"; }
stderr_file() { echo "$T_STATE/stderr"; }

# json FILTER: jq -r FILTER over the last stdout.
json() {
	jq -r "$1" "$T_STATE/stdout"
}

# Assertions on the last run ----------------------------------------------------

# expect_code N: the exit code was N.
expect_code() {
	t_check
	t_code=$(cat "$T_STATE/code")
	test "$t_code" = "$1" ||
		t_fail_run "expected exit code $1, got $t_code"
}

# t_expect_eq_file FILE LABEL TEXT: FILE holds exactly TEXT plus a newline
# (nothing at all when TEXT is empty).
t_expect_eq_file() {
	t_check
	if test -z "$3"; then
		test -s "$1" ||
			return 0
		t_fail_run "expected $2 to be empty"
		return
	fi
	printf '%s\n' "$3" >"$T_STATE/expected"
	cmp -s "$T_STATE/expected" "$1" && return 0
	t_diff=$(diff "$T_STATE/expected" "$1" 2>&1 | sed 's/^/    /')
	t_fail_run "expected $2 to be exactly:" \
		"$(sed 's/^/    | /' "$T_STATE/expected")" \
		"diff (< expected, > got):" "$t_diff"
}

# expect_stdout_eq TEXT, expect_stderr_eq TEXT: exactly TEXT and a
# newline; an empty TEXT means no output at all.
expect_stdout_eq() { t_expect_eq_file "$T_STATE/stdout" stdout "$1"; }
expect_stderr_eq() { t_expect_eq_file "$T_STATE/stderr" stderr "$1"; }
expect_stdout_empty() { t_expect_eq_file "$T_STATE/stdout" stdout ""; }
expect_stderr_empty() { t_expect_eq_file "$T_STATE/stderr" stderr ""; }

# t_match FILE LABEL REGEX: some line of FILE matches the ERE.
t_match() {
	t_check
	grep -Eq -e "$3" "$1" ||
		t_fail_run "expected a line of $2 to match /$3/"
}
t_no_match() {
	t_check
	grep -Eq -e "$3" "$1" || return 0
	t_fail_run "expected no line of $2 to match /$3/"
}

# expect_stdout_match ERE, expect_stderr_match ERE (and _no_match).
expect_stdout_match() { t_match "$T_STATE/stdout" stdout "$1"; }
expect_stderr_match() { t_match "$T_STATE/stderr" stderr "$1"; }
expect_stdout_no_match() { t_no_match "$T_STATE/stdout" stdout "$1"; }
expect_stderr_no_match() { t_no_match "$T_STATE/stderr" stderr "$1"; }

# t_lines FILE LABEL N: FILE has N lines.
t_lines() {
	t_check
	t_n=$(wc -l <"$1" | tr -d ' ')
	# a last line without its newline counts too
	if test -s "$1" && test "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" != '\n'; then
		t_n=$((t_n + 1))
	fi
	test "$t_n" = "$3" ||
		t_fail_run "expected $3 line(s) on $2, got $t_n"
}
expect_stdout_lines() { t_lines "$T_STATE/stdout" stdout "$1"; }
expect_stderr_lines() { t_lines "$T_STATE/stderr" stderr "$1"; }

# expect_json_valid: stdout is exactly one JSON value.
expect_json_valid() {
	t_check
	t_n=$(jq -s length "$T_STATE/stdout" 2>/dev/null)
	test "$t_n" = 1 ||
		t_fail_run "expected stdout to be one JSON value (jq -s length gave '$t_n')"
}

# General assertions ---------------------------------------------------------------

# expect_eq WHAT EXPECTED ACTUAL
expect_eq() {
	t_check
	test "$2" = "$3" && return 0
	fail "expected $1 to be '$2', got '$3'"
}

# expect_match WHAT ERE ACTUAL: ACTUAL (one line) matches the ERE.
expect_match() {
	t_check
	printf '%s\n' "$3" | grep -Eq -e "$2" && return 0
	fail "expected $1 to match /$2/, got '$3'"
}

# expect_exists PATH, expect_absent PATH
expect_exists() {
	t_check
	test -e "$1" || fail "expected '$1' to exist, it does not"
}
expect_absent() {
	t_check
	test -e "$1" || test -L "$1" || return 0
	fail "expected '$1' not to exist, but it does:" "$(ls -ld "$1")"
}

# expect_mode PATH MODE: ls -ld shows MODE ("-rw-------", "drwx------").
expect_mode() {
	t_check
	if ! test -e "$1"; then
		fail "expected '$1' with mode $2, but it does not exist"
		return
	fi
	t_mode=$(ls -ld "$1" | cut -c1-10)
	test "$t_mode" = "$2" ||
		fail "expected '$1' to have mode $2, got $t_mode"
}

# expect_same_file EXPECTED ACTUAL: byte for byte.
expect_same_file() {
	t_check
	cmp -s "$1" "$2" && return 0
	fail "expected '$2' to be byte for byte '$1':" \
		"$(cmp "$1" "$2" 2>&1 | sed 's/^/    /')"
}

# require TOOL...: the tools this script needs (a missing one is a failure,
# not a silent pass).
require() {
	for t_tool in "$@"; do
		command -v "$t_tool" >/dev/null 2>&1 && continue
		test_case "this script needs $t_tool"
		fail "'$t_tool' is not installed; install it to run these tests"
		test_done
	done
}

# The store --------------------------------------------------------------------------

# sql QUERY [DB]: run QUERY with sqlite3 on the store (default $GOALS_DB).
sql() {
	sqlite3 -batch -noheader "${2:-$GOALS_DB}" "$1"
}

# store_dump [DB]: the store's schema version, application id and every
# table, as sqlite3 .dump shows them; "absent" when the file does not exist
# (and sqlite3 is not run, so that it is not created).
store_dump() {
	t_db=${1:-$GOALS_DB}
	if ! test -e "$t_db"; then
		echo absent
		return
	fi
	sqlite3 -batch "$t_db" 'PRAGMA user_version' 'PRAGMA application_id' \
		.dump 2>&1
}

# store_snapshot [DB]: remember the store's dump for expect_store_unchanged.
store_snapshot() {
	store_dump "${1:-$GOALS_DB}" >"$T_STATE/snapshot"
}

# expect_store_unchanged [DB]: the store dumps as at the last
# store_snapshot (still "absent" when it did not exist).
expect_store_unchanged() {
	t_check
	store_dump "${1:-$GOALS_DB}" >"$T_STATE/snapshot.now"
	cmp -s "$T_STATE/snapshot" "$T_STATE/snapshot.now" && return 0
	t_diff=$(diff "$T_STATE/snapshot" "$T_STATE/snapshot.now" | head -n 20 |
		sed 's/^/    /')
	t_fail_run "expected the store '${1:-$GOALS_DB}' to be unchanged;" \
		"diff of its dump (< before, > after):" "$t_diff"
}

# expect_goal_count N [DB]: the store holds N goals (0 when absent).
expect_goal_count() {
	t_check
	t_db=${2:-$GOALS_DB}
	if test -e "$t_db"; then
		t_n=$(sql 'SELECT count(*) FROM goals' "$t_db" 2>&1)
	else
		t_n=0
	fi
	test "$t_n" = "$1" ||
		fail "expected $1 goal(s) in the store '$t_db', got '$t_n'"
}

# Another user -----------------------------------------------------------------

# nobody CMD...: run CMD as user and group nobody, with no other group
# (needs root and setpriv).
nobody() {
	setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
}

# nobody_setup: make $NOBODY_DIR, a directory nobody may enter, holding
# a copy of the binary (bin/goals) and of the libraries it finds outside
# the system's directories (lib/: libgoals, through its RUNPATH into the
# build tree).  The checkout may be where nobody cannot go, as a clone in
# /root (mode 0700) is.  NOBODY_DIR is in $TRASH when nobody may enter
# it, else (TMPDIR may be private too) a directory of its own in /tmp.
# Modes are set by hand: root's umask may be 077.
nobody_setup() {
	chmod 755 "$TRASH"
	if nobody test -x "$TRASH"; then
		NOBODY_DIR=$TRASH/nobody
		mkdir "$NOBODY_DIR" || exit 1
	else
		NOBODY_DIR=$(mktemp -d /tmp/goals-cli-nobody.XXXXXX) || exit 1
		T_MORE_TRASH=$NOBODY_DIR
	fi
	mkdir "$NOBODY_DIR/bin" "$NOBODY_DIR/lib" || exit 1
	chmod 755 "$NOBODY_DIR" "$NOBODY_DIR/bin" "$NOBODY_DIR/lib"
	cp "$GOALS_BIN" "$NOBODY_DIR/bin/goals" &&
		chmod 755 "$NOBODY_DIR/bin/goals" || exit 1
	# each library from outside the system's directories, under the
	# name the binary asks for
	ldd "$GOALS_BIN" >"$T_STATE/ldd" 2>&1 || {
		cat "$T_STATE/ldd"
		exit 1
	}
	while read -r t_name t_arrow t_path t_rest; do
		test "$t_arrow" = "=>" || continue
		case $t_path in
		/lib/* | /lib64/* | /usr/lib/* | /usr/lib64/*) continue ;;
		esac
		test -f "$t_path" || {
			echo "error: $GOALS_BIN needs $t_name: $t_path $t_rest" >&2
			exit 1
		}
		cp "$t_path" "$NOBODY_DIR/lib/$t_name" &&
			chmod 644 "$NOBODY_DIR/lib/$t_name" || exit 1
	done <"$T_STATE/ldd"
}

# nobody_env CMD...: run CMD as nobody, finding the copied libraries,
# with this test's GOALS_DB and GOALS_NOW.
nobody_env() {
	nobody env LD_LIBRARY_PATH="$NOBODY_DIR/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
		GOALS_DB="$GOALS_DB" GOALS_NOW="$GOALS_NOW" "$@"
}
