#!/bin/sh
# Every command of a typical session runs clean under valgrind: no invalid
# reads or writes, no use of uninitialised memory, no definite leaks.
# (The sanitizer build checks the same with ASan/UBSan; valgrind cannot run
# a sanitized binary, so there this script skips.)
. "$(dirname "$0")/lib.sh"

if test -n "${GOALS_SANITIZED:-}"; then
	test_skip "commands under valgrind" "sanitizer build"
	test_done
fi
require valgrind jq

vg() {
	run valgrind -q --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite --show-leak-kinds=definite "$@"
}

test_case "add, list, show, check, progress and help under valgrind"
vg goals add "Read 12 books this year" -t 12 -u books -w "I miss reading"
expect_code 0
vg goals add --json "Call my sister every Sunday" -k habit -t 1 -e week \
	-d +8w -a relationships
expect_code 0
id=$(json .short_id)
vg goals add "Be happier" --strict
expect_code 1
vg goals list
expect_code 0
vg goals list --json --status all
expect_code 0
vg goals show "$id"
expect_code 0
vg goals progress "$id" 1 -n "called on Sunday" --at yesterday
expect_code 0
vg goals progress "$id" --json
expect_code 0
vg goals check
expect_code 0
vg goals check --json "$id"
expect_code 0
vg goals show 0000
expect_code 2
vg goals add "bad date" --by 2026-02-30
expect_code 2
vg goals help add
expect_code 0

test_case "refine, log, close, reopen, rm and the editor under valgrind"
vg goals refine "$id" -m "twice a week" -t 2 --clear area
expect_code 0
vg goals refine "$id" --by none
expect_code 0
vg goals log "$id"
expect_code 0
vg goals log --json -p "$id"
expect_code 0
vg goals close "$id" -m "did it"
expect_code 0
vg goals reopen "$id"
expect_code 0
printf '#!/bin/sh\nsed -i "s/^target: .*/target: 3/; s/^message: .*/message: by editor/" "$1"\n' \
	>"$TRASH/editor.sh"
chmod +x "$TRASH/editor.sh"
GOALS_EDITOR="$TRASH/editor.sh" vg goals refine -E "$id"
expect_code 0
printf 'text: Walk the dog\nby: 2026-02-30\n' >"$TRASH/bad.txt"
vg goals add -F "$TRASH/bad.txt"
expect_code 2
vg goals add --json "Save for a deposit" -t 2000 -p "$id"
expect_code 0
vg goals list --status all
expect_code 0
vg goals rm -f "$id"
expect_code 0

test_done
