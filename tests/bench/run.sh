#!/bin/sh
# Benchmark goals on a big store -- 10,000 goals and 1,000,000 progress
# entries -- against floors measured in the same run on the same file:
# sqlite3 opening it and answering one indexed query (the floor of a
# command on one goal), and `sqlite3 -json` printing every goal with its
# current revision (the floor of a listing).  Prints, per command, the
# best of N runs in milliseconds and its ratio to the floor.  Timings
# vary with the machine; the ratios are what to compare between runs.
#
# usage: run.sh [-n RUNS] [-k] [DIR]   (DIR: where to build the store)
# env: GOALS_BIN (default: build/goals)
set -eu

runs=5
keep=0
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -k) keep=1; shift ;;
    *) break ;;
  esac
done
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=${GOALS_BIN:-$here/build/goals}
dir=${1:-$(mktemp -d)}
[ "$keep" = 1 ] || trap 'rm -rf "$dir"' EXIT
export GOALS_DB="$dir/bench.db" GOALS_NOW=2026-11-27T10:00:00Z NO_COLOR=1 LC_ALL=C TZ=UTC

if [ ! -s "$GOALS_DB" ]; then
  echo "building a store of 10,000 goals and 1,000,000 entries in $dir ..." >&2
  "$bin" init >/dev/null
  sqlite3 "$GOALS_DB" <<'SQL'
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
-- goals written down over a year, one every 52 minutes, as a store grows
INSERT INTO goals (uuid, status, created, updated, revision)
SELECT lower(hex(randomblob(16))), 'active', t, t, 1 FROM (
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (i * 52) || ' minutes') AS t
  FROM n);
INSERT INTO revisions (goal, number, uuid, at, text, kind, target, every,
                       deadline, why)
SELECT gid, 1, lower(hex(randomblob(16))), created,
       CASE gid % 3 WHEN 0 THEN 'Read ' || gid || ' pages this year'
                    WHEN 1 THEN 'Call a friend twice a week'
                    ELSE 'Rate my anxiety from 8 down to 4' END,
       CASE gid % 3 WHEN 0 THEN 'total' WHEN 1 THEN 'habit' ELSE 'level' END,
       CASE gid % 3 WHEN 0 THEN 10000 WHEN 1 THEN 2 ELSE 4 END,
       CASE gid % 3 WHEN 1 THEN 'week' END, '2027-06-30', 'it matters to me'
FROM goals;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)
INSERT INTO entries (uuid, goal, at, day, value, scale)
SELECT lower(hex(randomblob(16))), (i % 10000) + 1,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || (i / 10000 * 6) || ' days'),
       date('2025-01-01', '+' || (i / 10000 * 6) || ' days'), 1 + i % 5, 0
FROM n;
COMMIT;
SQL
fi

one=$("$bin" list --json | jq -r '.[4999].short_id')
hex=$(sqlite3 "$GOALS_DB" "SELECT uuid FROM goals ORDER BY gid LIMIT 1 OFFSET 4999")

# best NAME CMD...: the fastest of $runs runs, in milliseconds
best() {
  name=$1
  shift
  b=
  i=0
  while [ $i -lt "$runs" ]; do
    t0=$(date +%s%N)
    rc=0
    "$@" >/dev/null 2>&1 || rc=$?
    # check exits 1 when a goal fails a letter: an answer, not a failure
    if [ "$rc" -gt 1 ]; then echo "benchmark: '$*' failed ($rc)" >&2; exit 1; fi
    t1=$(date +%s%N)
    t=$(( (t1 - t0) / 1000 ))
    if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
    i=$((i + 1))
  done
  echo "$name $b"
}

results=$dir/results
{
  best floor-one sqlite3 "$GOALS_DB" "SELECT r.text, g.n_entries, g.sum_value FROM goals g JOIN revisions r ON r.goal = g.gid AND r.number = g.revision WHERE g.uuid = '$hex'"
  best floor-all sqlite3 -json "$GOALS_DB" "SELECT * FROM goals g JOIN revisions r ON r.goal = g.gid AND r.number = g.revision"
  best show "$bin" show "$one"
  best "show --json" "$bin" show --json "$one"
  best progress "$bin" progress "$one"
  best log "$bin" log "$one"
  best "check ID" "$bin" check "$one"
  best list "$bin" list
  best "list --json" "$bin" list --json
  best check "$bin" check
  best "check --json" "$bin" check --json
  # export: every entry of the store, a line each, against sqlite3
  # printing the same entries as JSON
  best floor-entries sqlite3 -json "$GOALS_DB" "SELECT e.uuid, g.uuid AS goal, e.at, e.day, e.value, e.note FROM entries e JOIN goals g ON g.gid = e.goal ORDER BY e.goal, e.at, e.eid"
  best "export jsonl" "$bin" export --format jsonl
} >"$results"
# the peak memory of an export, and of its floor, in KiB
mem() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
peak_floor=$(mem sqlite3 -json "$GOALS_DB" "SELECT e.uuid, g.uuid AS goal, e.at, e.day, e.value, e.note FROM entries e JOIN goals g ON g.gid = e.goal ORDER BY e.goal, e.at, e.eid")
peak_export=$(mem "$bin" export --format jsonl)

floor_one=$(awk '$1 == "floor-one" { print $2 }' "$results")
floor_all=$(awk '$1 == "floor-all" { print $2 }' "$results")
floor_ent=$(awk '$1 == "floor-entries" { print $2 }' "$results")
printf '%-14s %9s %8s  %s\n' command ms ratio floor
awk -v one="$floor_one" -v all="$floor_all" -v ent="$floor_ent" '
  { n = $NF; name = $0; sub(/ [0-9]+$/, "", name) }
  name ~ /^floor/ { printf "%-14s %9.1f\n", name, n / 1000; next }
  { f = one; what = "sqlite3, one goal"
    if (name ~ /^(list|check)( --json)?$/) { f = all; what = "sqlite3 -json of every goal" }
    if (name ~ /^export/) { f = ent; what = "sqlite3 -json of every entry" }
    printf "%-14s %9.1f %7.1fx  %s\n", name, n / 1000, n / f, what }
' "$results"
# rows a second: the million entries (and their goals' lines, for export)
awk -v ent="$floor_ent" '$1 == "export" { printf "entries a second: export jsonl %.0f, sqlite3 -json %.0f\n", 1e6 / ($NF / 1e6), 1e6 / (ent / 1e6) }' "$results"
echo "peak memory (KiB): export jsonl $peak_export, sqlite3 -json $peak_floor"
