#!/bin/sh
# A store the user may read but not write (another user's, or on a
# read-only medium): read commands work and leave no file beside it;
# write commands say the store is read-only, exit 3, and change nothing.
# Needs to run as root (to act as another user, nobody, with setpriv).
#
# nobody runs a copy of the binary, and of the libraries it finds outside
# the system's directories (libgoals, through its RUNPATH into the build
# tree), from a directory it may enter: the checkout may be where nobody
# can go, as a clone in /root (mode 0700) is.
. "$(dirname "$0")/lib.sh"

if test "$(id -u)" != 0 || ! command -v setpriv >/dev/null 2>&1; then
	test_skip "a store another user may only read" "needs root and setpriv"
	test_done
fi
require ldd sqlite3

# nobody runs its own copy of the build (lib.sh: nobody_setup)
nobody_setup
ro=$NOBODY_DIR
cd "$ro" || exit 1

GOALS_DB=$ro/store/goals.db
as_nobody() {
	run nobody_env "$ro/bin/goals" "$@"
}

must goals add --json "Call Mum on Sundays" -w "I miss her"
id=$(json .short_id)
chmod 755 "$(dirname "$GOALS_DB")"
chmod 644 "$GOALS_DB"
files() { ls -A "$(dirname "$GOALS_DB")" | sort | paste -sd ' ' -; }
store_snapshot
cp "$GOALS_DB" "$TRASH/before.db"

test_case "nobody may read the store, not write it, and runs this build"
expect_eq "files beside the store" "goals.db" "$(files)"
run nobody test -r "$GOALS_DB"
expect_code 0
run nobody test -w "$GOALS_DB"
expect_code 1
run nobody test -w "$(dirname "$GOALS_DB")"
expect_code 1
run nobody_env ldd "$ro/bin/goals"
expect_code 0
expect_stdout_match "^[[:space:]]libgoals\.so[.0-9]* => $ro/lib/libgoals\.so"
expect_stdout_no_match "not found"

test_case "read commands work on a store one may only read"
as_nobody list
expect_code 0
expect_stdout_match "Call Mum on Sundays"
as_nobody show "$id"
expect_code 0
expect_stdout_match "Call Mum on Sundays"
as_nobody check --json
expect_code 1
expect_json_valid

test_case "and they leave no -wal or -shm file beside it"
as_nobody list
expect_code 0
expect_eq "files beside the store" "goals.db" "$(files)"

test_case "a write says the store is read-only, exits 3, changes nothing"
as_nobody add "Another goal"
expect_code 3
expect_stderr_lines 1
expect_stderr_match "read-only"
as_nobody progress "$id" 1
expect_code 3
expect_stderr_lines 1
expect_stderr_match "read-only"
as_nobody rm -f "$id"
expect_code 3
expect_stderr_lines 1
expect_stderr_match "read-only"
expect_store_unchanged
expect_same_file "$TRASH/before.db" "$GOALS_DB"
expect_eq "files beside the store" "goals.db" "$(files)"

test_case "another user's private store: permission denied, said once"
chmod 600 "$GOALS_DB"
as_nobody list
expect_code 3
expect_stderr_eq "goals: cannot open the store '$GOALS_DB': Permission denied"
as_nobody add "Mine now"
expect_code 3
expect_stderr_eq "goals: cannot open the store '$GOALS_DB': Permission denied"
expect_store_unchanged
expect_eq "files beside the store" "goals.db" "$(files)"

test_done
