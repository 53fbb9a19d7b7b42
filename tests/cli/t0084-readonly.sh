#!/bin/sh
# A store the user may read but not write (another user's, or on a
# read-only medium): read commands work and leave no file beside it;
# write commands say the store is read-only, exit 3, and change nothing.
# Needs to run as root (to act as another user, with setpriv).
. "$(dirname "$0")/lib.sh"

if test "$(id -u)" != 0 || ! command -v setpriv >/dev/null 2>&1; then
	test_skip "a store another user may only read" "needs root and setpriv"
	test_done
fi

as_nobody() {
	run setpriv --reuid=65534 --regid=65534 --clear-groups \
		env GOALS_DB="$GOALS_DB" GOALS_NOW="$GOALS_NOW" "$GOALS_BIN" "$@"
}

chmod 755 "$TRASH"
must goals add --json "Call Mum on Sundays" -w "I miss her"
id=$(json .short_id)
chmod 755 "$(dirname "$GOALS_DB")"
chmod 644 "$GOALS_DB"
files() { ls -A "$(dirname "$GOALS_DB")" | sort | paste -sd ' ' -; }
before=$(store_snapshot)
files_before=$(files)

test_case "read commands work on a store one may only read"
as_nobody list
expect_code 0
expect_stdout_match "Call Mum on Sundays"
as_nobody show "$id"
expect_code 0
as_nobody check --json
expect_code 1
expect_json_valid

test_case "and they leave no -wal or -shm file beside it"
expect_eq "files beside the store" "$files_before" "$(files)"

test_case "a write says the store is read-only, exits 3, changes nothing"
as_nobody add "Another goal"
expect_code 3
expect_stderr_lines 1
expect_stderr_match "read-only"
as_nobody progress "$id" 1
expect_code 3
expect_stderr_match "read-only"
expect_store_unchanged "$before"
expect_eq "files beside the store" "$files_before" "$(files)"

test_done
