#!/bin/sh
# A hostile system: output that cannot be written, a file-size limit, a
# full disk, and store paths that hold something a store cannot be (a
# device, a FIFO, a symbolic link to someone else's file, an empty file,
# a damaged store).  Each gets a clear message and exit 3, and nothing
# is lost or touched.
. "$(dirname "$0")/lib.sh"
require jq sqlite3

must goals add --json "Read 12 books" -t 12 -u books -d +8w -w "I miss it"
id=$(json .short_id)
must goals progress "$id" 2

test_case "a write error on stdout is exit 3 with a message"
for args in "list --json" "list" "show $id" "progress $id --json" \
	"check $id" "log $id"; do
	# shellcheck disable=SC2086
	goals $args >/dev/full 2>"$TRASH/err"
	code=$?
	expect_eq "exit code of 'goals $args >/dev/full'" 3 "$code"
	expect_eq "stderr of 'goals $args >/dev/full'" \
		"goals: cannot write the output: No space left on device" \
		"$(cat "$TRASH/err")"
done

test_case "a write error after a change: exit 3, the change is kept"
goals progress "$id" 1 >/dev/full 2>"$TRASH/err"
expect_eq "exit code" 3 "$?"
expect_eq "entries" 2 "$(sql 'SELECT count(*) FROM entries')"

if command -v prlimit >/dev/null 2>&1; then
	test_case "a file-size limit: exit 3 saying so, never a signal, nothing lost"
	before=$(sql 'SELECT count(*) FROM entries')
	ok=0
	failed=0
	for i in 1 2 3 4 5 6; do
		prlimit --fsize=40000 goals progress "$id" 1 \
			>"$TRASH/out" 2>"$TRASH/err"
		code=$?
		case $code in
		0) ok=$((ok + 1)) ;;
		3)
			failed=$((failed + 1))
			expect_match "stderr" "file size limit" "$(cat "$TRASH/err")"
			;;
		*) fail "exit code $code: $(cat "$TRASH/err")" ;;
		esac
	done
	expect_eq "runs that failed with exit 3 (some must)" yes \
		"$(test "$failed" -gt 0 && echo yes)"
	expect_eq "entries: each success, and only them" $((before + ok)) \
		"$(sql 'SELECT count(*) FROM entries')"
	expect_eq "integrity" ok "$(sql 'PRAGMA integrity_check')"
	run goals progress "$id" 1
	expect_code 0
else
	test_skip "a file-size limit" "needs prlimit"
fi

# A full disk: a small tmpfs, filled up.  Needs root to mount it.
full=$TRASH/full
if test "$(id -u)" = 0 && mkdir "$full" &&
	mount -t tmpfs -o size=256k tmpfs "$full" 2>/dev/null; then
	trap 'umount "$full" 2>/dev/null; t_cleanup' EXIT
	db=$full/goals.db
	goals --db "$db" add "Call Mum on Sundays" -k habit -t 1 -e week \
		-d +8w >/dev/null 2>&1
	fid=$(goals --db "$db" list --json | jq -r '.[0].short_id')
	goals --db "$db" progress "$fid" 1 >/dev/null 2>&1
	store_snapshot "$db"
	dd if=/dev/zero of="$full/fill" bs=4k count=1000 2>/dev/null

	test_case "a full disk: reads work"
	run goals --db "$db" list
	expect_code 0
	expect_stdout_match "Call Mum on Sundays"
	run goals --db "$db" show "$fid"
	expect_code 0
	run goals --db "$db" check --json
	expect_code 1 # a letter fails: no --why
	expect_json_valid
	run goals --db "$db" progress "$fid"
	expect_code 0

	test_case "a full disk: writes say the disk is full, exit 3, change nothing"
	run goals --db "$db" progress "$fid" 1
	expect_code 3
	expect_stderr_lines 1
	expect_stderr_match "the disk is full"
	run goals --db "$db" add "Another goal"
	expect_code 3
	expect_stderr_match "the disk is full"
	rm -f "$full/fill"
	expect_store_unchanged "$db"

	test_case "a full disk: once there is room again, writes work"
	run goals --db "$db" progress "$fid" 1
	expect_code 0
	expect_eq "entries" 2 "$(sql 'SELECT count(*) FROM entries' "$db")"
	umount "$full"
	trap t_cleanup EXIT
else
	test_skip "a full disk" "needs root to mount a small tmpfs"
fi

# Store paths that hold something a store cannot be ---------------------

test_case "a FIFO is refused at once, exit 3"
mkfifo "$TRASH/fifo"
run timeout 10 goals --db "$TRASH/fifo" list
expect_code 3
expect_stderr_eq "goals: the store '$TRASH/fifo' is a FIFO, not a file"
run timeout 10 goals --db "$TRASH/fifo" add "x"
expect_code 3

if test "$(id -u)" = 0; then
	test_case "a device is refused and its mode is left alone"
	mknod "$TRASH/dev" c 1 3
	chmod 666 "$TRASH/dev"
	run goals --db "$TRASH/dev" list
	expect_code 3
	expect_stderr_eq "goals: the store '$TRASH/dev' is a character device, not a file"
	run goals --db "$TRASH/dev" add "x"
	expect_code 3
	run goals --db "$TRASH/dev" init
	expect_code 3
	expect_mode "$TRASH/dev" crw-rw-rw-
else
	test_skip "a device is refused" "needs root for mknod"
fi

test_case "a symbolic link to someone's empty file is refused, the file untouched"
: >"$TRASH/theirs"
chmod 644 "$TRASH/theirs"
ln -s theirs "$TRASH/planted"
for c in "list" "add x" "init"; do
	# shellcheck disable=SC2086
	run goals --db "$TRASH/planted" $c
	expect_code 3
	expect_stderr_eq "goals: the store '$TRASH/planted' is a symbolic link to 'theirs', which is not a goals store; refusing to use it"
done
expect_mode "$TRASH/theirs" -rw-r--r--
expect_eq "size of the file" 0 "$(wc -c <"$TRASH/theirs" | tr -d ' ')"
expect_absent "$TRASH/theirs-wal"
expect_absent "$TRASH/planted-wal"

test_case "a dangling symbolic link is called what it is, and nothing is made"
ln -s nowhere.db "$TRASH/dangling"
run goals --db "$TRASH/dangling" list
expect_code 3
expect_stderr_eq "goals: the store '$TRASH/dangling' is a symbolic link to 'nowhere.db', which does not exist; refusing to use it"
run goals --db "$TRASH/dangling" add "x"
expect_code 3
expect_stderr_no_match "read-only"
expect_absent "$TRASH/nowhere.db"

test_case "a symbolic link to a goals store is followed"
ln -s "$GOALS_DB" "$TRASH/mine"
run goals --db "$TRASH/mine" list
expect_code 0
expect_stdout_match "Read 12 books"
before=$(sql 'SELECT count(*) FROM entries')
run goals --db "$TRASH/mine" progress "$id" 1
expect_code 0
expect_eq "entries in the store" $((before + 1)) \
	"$(sql 'SELECT count(*) FROM entries')"
expect_eq "the link" "$GOALS_DB" "$(readlink "$TRASH/mine")"

test_case "a read command on an empty file reads an empty store and writes nothing"
: >"$TRASH/empty.db"
chmod 640 "$TRASH/empty.db"
run goals --db "$TRASH/empty.db" list --json
expect_code 0
expect_stdout_eq "[]"
run goals --db "$TRASH/empty.db" check
expect_code 0
expect_eq "size of the file" 0 "$(wc -c <"$TRASH/empty.db" | tr -d ' ')"
expect_mode "$TRASH/empty.db" -rw-r-----
expect_absent "$TRASH/empty.db-wal"
expect_absent "$TRASH/empty.db-shm"

test_case "init makes an existing empty file a private store, and says so"
run goals init "$TRASH/empty.db"
expect_code 0
expect_stdout_eq "Initialized empty goals store in existing file $TRASH/empty.db"
expect_mode "$TRASH/empty.db" -rw-------
run goals init "$TRASH/empty.db"
expect_stdout_eq "Reinitialized existing goals store in $TRASH/empty.db"

test_case "init on a damaged store says it is damaged, exit 3"
for i in 1 2 3 4 5 6 7 8 9 10; do
	goals --db "$TRASH/dmg.db" add "Goal $i with a longer text to fill the pages up" \
		-t 10 -w "a reason that takes some room in the page as well" \
		>/dev/null
done
n=$(($(wc -c <"$TRASH/dmg.db") / 4096))
# random bytes in the last page that holds rows, garbage at page 2
dd if=/dev/urandom of="$TRASH/dmg.db" bs=4096 seek=$((n - 1)) count=1 \
	conv=notrunc 2>/dev/null
run goals init "$TRASH/dmg.db"
expect_code 3
expect_stderr_lines 1
expect_stderr_match "^goals: the store '$TRASH/dmg.db' is damaged"
expect_stdout_empty
cp "$GOALS_DB" "$TRASH/dmg2.db"
printf 'garbage%.0s' $(seq 1 500) |
	dd of="$TRASH/dmg2.db" bs=4096 seek=1 conv=notrunc 2>/dev/null
run goals init "$TRASH/dmg2.db"
expect_code 3
expect_stderr_match "damaged"
expect_stdout_empty

test_done
