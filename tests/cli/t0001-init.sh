#!/bin/sh
# t0001-init: goals init creates a private store where the resolution
# order says, says where, and refuses files that are not goals stores.

. "$(dirname "$0")/lib.sh"
require sqlite3

test_case "init creates the store 0600 in a new 0700 directory (umask 022)"
umask 022
run goals init
expect_code 0
expect_stdout_eq "Initialized empty goals store in $GOALS_DB"
expect_stderr_empty
expect_mode "$GOALS_DB" -rw-------
expect_mode "$(dirname "$GOALS_DB")" drwx------
expect_match "the schema version of the new store" '^[1-9][0-9]*$' \
	"$(test -e "$GOALS_DB" && sql 'PRAGMA user_version')"
expect_eq "goals in the new store" 0 \
	"$(sql 'SELECT count(*) FROM goals' 2>&1)"

test_case "init again says it reinitialized, and keeps what the store holds"
must goals add "Read 12 books" -t 12
store_snapshot
run goals init
expect_code 0
expect_stdout_eq "Reinitialized existing goals store in $GOALS_DB"
expect_stderr_empty
expect_store_unchanged
expect_mode "$GOALS_DB" -rw-------

test_case "init creates every missing directory 0700 even with umask 000"
umask 000
db=$TRASH/open/a/b/goals.db
run env GOALS_DB="$db" goals init
expect_code 0
expect_stdout_eq "Initialized empty goals store in $db"
expect_mode "$db" -rw-------
expect_mode "$TRASH/open/a/b" drwx------
expect_mode "$TRASH/open/a" drwx------
expect_mode "$TRASH/open" drwx------

test_case "the first write (add) also creates the store private (umask 000)"
db=$TRASH/open2/goals.db
run env GOALS_DB="$db" goals add "Call Mum" -k habit -t 1 -e week
expect_code 0
expect_mode "$db" -rw-------
expect_mode "$TRASH/open2" drwx------
expect_goal_count 1 "$db"
umask 022

test_case "init in an existing directory leaves the directory as it was"
mkdir -m 755 "$TRASH/shared"
run goals init "$TRASH/shared/goals.db"
expect_code 0
expect_mode "$TRASH/shared/goals.db" -rw-------
expect_mode "$TRASH/shared" drwxr-xr-x

test_case "init FILE creates FILE, not the default store"
rm -rf "$TRASH/store"
run goals init "$TRASH/explicit.db"
expect_code 0
expect_stdout_eq "Initialized empty goals store in $TRASH/explicit.db"
expect_stderr_empty
expect_mode "$TRASH/explicit.db" -rw-------
expect_absent "$GOALS_DB"
expect_absent "$XDG_DATA_HOME/goals/goals.db"
expect_absent "$HOME/.local/share/goals/goals.db"

test_case "--db FILE comes before \$GOALS_DB"
run goals --db "$TRASH/opt.db" init
expect_code 0
expect_stdout_eq "Initialized empty goals store in $TRASH/opt.db"
expect_exists "$TRASH/opt.db"
expect_absent "$GOALS_DB"
run goals --db "$TRASH/opt.db" add "Walk every day" -k habit -t 1 -e day
expect_code 0
expect_goal_count 1 "$TRASH/opt.db"
expect_absent "$GOALS_DB"

test_case "--db=FILE works as --db FILE"
run goals --db="$TRASH/opt-eq.db" init
expect_code 0
expect_stdout_eq "Initialized empty goals store in $TRASH/opt-eq.db"
expect_absent "$GOALS_DB"

test_case "init with both --db and FILE is a usage error and creates nothing"
run goals --db "$TRASH/both1.db" init "$TRASH/both2.db"
expect_code 2
expect_stdout_empty
expect_stderr_lines 1
expect_absent "$TRASH/both1.db"
expect_absent "$TRASH/both2.db"

test_case "\$GOALS_DB comes before \$XDG_DATA_HOME and \$HOME"
run goals init
expect_code 0
expect_stdout_eq "Initialized empty goals store in $GOALS_DB"
expect_exists "$GOALS_DB"
expect_absent "$XDG_DATA_HOME/goals"
expect_absent "$HOME/.local/share/goals"

test_case "without \$GOALS_DB the store is \$XDG_DATA_HOME/goals/goals.db"
(
	unset GOALS_DB
	run goals init
)
expect_code 0
expect_stdout_eq "Initialized empty goals store in $XDG_DATA_HOME/goals/goals.db"
expect_mode "$XDG_DATA_HOME/goals/goals.db" -rw-------
expect_mode "$XDG_DATA_HOME/goals" drwx------
expect_absent "$HOME/.local/share/goals"

test_case "without \$XDG_DATA_HOME either it is \$HOME/.local/share/goals/goals.db"
(
	unset GOALS_DB XDG_DATA_HOME
	run goals init
)
expect_code 0
expect_stdout_eq "Initialized empty goals store in $HOME/.local/share/goals/goals.db"
expect_mode "$HOME/.local/share/goals/goals.db" -rw-------
expect_mode "$HOME/.local/share/goals" drwx------

test_case "writes go to the resolved store too (\$XDG_DATA_HOME)"
(
	unset GOALS_DB
	run goals add "Join one social event a week" -k habit -t 1 -e week
)
expect_code 0
expect_goal_count 1 "$XDG_DATA_HOME/goals/goals.db"
expect_goal_count 0 "$HOME/.local/share/goals/goals.db"

test_case "init on a directory fails with exit 3 and leaves it alone"
mkdir "$TRASH/adir"
run goals init "$TRASH/adir"
expect_code 3
expect_stdout_empty
expect_stderr_lines 1
expect_stderr_match 'adir'
expect_eq "the directory's content" "" "$(ls -A "$TRASH/adir")"

newer=$TRASH/newer.db
test_case "a store with a newer schema is refused with exit 3"
must goals init "$newer"
must goals --db "$newer" add "Read 12 books" -t 12
sql 'PRAGMA user_version = 99' "$newer"
store_snapshot "$newer"
run goals init "$newer"
expect_code 3
expect_stdout_empty
expect_stderr_lines 1
expect_stderr_match 'newer'
expect_store_unchanged "$newer"

test_case "a newer schema is refused by reads and writes alike"
run goals --db "$newer" list
expect_code 3
expect_stdout_empty
expect_stderr_match 'newer'
run goals --db "$newer" add "Call Dad" -k "done"
expect_code 3
expect_stdout_empty
expect_stderr_match 'newer'
expect_store_unchanged "$newer"
expect_eq "schema version after the refusals" 99 \
	"$(sql 'PRAGMA user_version' "$newer")"

foreign=$TRASH/foreign.db
test_case "a SQLite file of another program is refused with exit 3, untouched"
sqlite3 "$foreign" 'CREATE TABLE notes (body TEXT);
	INSERT INTO notes VALUES ('"'"'my notes'"'"');'
cp "$foreign" "$TRASH/foreign.orig"
run goals init "$foreign"
expect_code 3
expect_stdout_empty
expect_stderr_lines 1
expect_stderr_match 'not a goals store'
expect_same_file "$TRASH/foreign.orig" "$foreign"
expect_absent "$foreign-wal"
expect_absent "$foreign-shm"

test_case "reads and writes refuse another program's SQLite file too"
cp "$TRASH/foreign.orig" "$foreign"
run goals --db "$foreign" list
expect_code 3
expect_stdout_empty
expect_stderr_match 'not a goals store'
run goals --db "$foreign" add "Read 12 books" -t 12
expect_code 3
expect_stdout_empty
expect_stderr_match 'not a goals store'
expect_same_file "$TRASH/foreign.orig" "$foreign"
expect_eq "the other program's data" "my notes" \
	"$(sql 'SELECT body FROM notes' "$foreign")"

garbage=$TRASH/garbage.db
test_case "a file of garbage is refused with exit 3 and left as it was"
i=0
while test $i -lt 64; do
	printf 'not a database \001\002\377\376 line %d of garbage\n' $i
	i=$((i + 1))
done >"$garbage"
cp "$garbage" "$TRASH/garbage.orig"
run goals init "$garbage"
expect_code 3
expect_stdout_empty
expect_stderr_lines 1
expect_stderr_match 'garbage\.db'
expect_same_file "$TRASH/garbage.orig" "$garbage"
expect_absent "$garbage-wal"
expect_absent "$garbage-shm"

test_case "reads and writes refuse a garbage file with exit 3"
run goals --db "$garbage" list
expect_code 3
expect_stdout_empty
expect_stderr_lines 1
run goals --db "$garbage" add "Read 12 books" -t 12
expect_code 3
expect_stdout_empty
expect_stderr_lines 1
expect_same_file "$TRASH/garbage.orig" "$garbage"

test_done
