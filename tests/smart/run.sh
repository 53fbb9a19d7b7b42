#!/bin/sh
# Measure the SMART engine on a labelled set: feed every goal through the
# real binary (fields as flags, parent goals created first, progress
# logged, GOALS_NOW = its date), compare each letter with the label, and
# print the agreement per letter.  A label "fail" must be judged fail;
# "pass" may be judged pass or warn.
#
# usage: run.sh [-v] [-f FLOOR] FILE.jsonl...
#   -v        list every disagreement
#   -f FLOOR  exit 1 when a letter's agreement (percent) is below FLOOR
# env: GOALS_BIN (default: goals on PATH)
set -eu

bin=${GOALS_BIN:-goals}
verbose=0
floor=0
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1; shift ;;
    -f) floor=$2; shift 2 ;;
    --) shift; break ;;
    -*) echo "run.sh: unknown option '$1'" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: run.sh [-v] [-f FLOOR] FILE.jsonl..." >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1 LC_ALL=C TZ=UTC
results=$tmp/results
: >"$results"

files="$*"
n=0
for file in "$@"; do
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    n=$((n + 1))
    export GOALS_DB="$tmp/store-$n.db"
    q() { printf '%s\n' "$line" | jq -r "$1"; }
    asof=$(q '.fields.as_of // "2025-03-01"')
    export GOALS_NOW="${asof}T12:00:00Z"
    # the fields as flags, one a line, for "set --"
    flags=$(printf '%s\n' "$line" | jq -r '
      .fields as $f |
      [ (if $f.metric then "--metric", $f.metric else empty end),
        (if $f.unit then "--unit", $f.unit else empty end),
        (if $f.baseline != null then "--baseline", ($f.baseline|tostring) else empty end),
        (if $f.agg == "per_period" then "--kind", "habit", "--every", $f.period,
            "--target", ($f.per_period_target|tostring)
         elif $f.target != null then "--target", ($f.target|tostring) else empty end),
        (if $f.agg == "sum" then "--kind", "total"
         elif $f.agg == "last" then "--kind", "level" else empty end),
        (if $f.start then "--start", $f.start else empty end),
        (if $f.deadline then "--by", $f.deadline else empty end),
        (if $f.why and $f.value then "--why", ($f.why + "; value: " + $f.value)
         elif $f.why then "--why", $f.why
         elif $f.value then "--why", ("value: " + $f.value) else empty end),
        (if $f.area then "--area", ($f.area|ascii_downcase|gsub("[^a-z0-9_-]"; "-")) else empty end),
        (if $f.confidence != null then "--confidence", ($f.confidence|tostring) else empty end),
        (if $f.review_every_days then "--review", (($f.review_every_days|tostring) + "d") else empty end)
      ] | .[]')
    parent=$(q '.fields.parent // empty')
    set --
    if [ -n "$flags" ]; then
      # shellcheck disable=SC2086
      oldifs=$IFS; IFS='
'
      set -- $flags
      IFS=$oldifs
    fi
    if [ -n "$parent" ]; then
      pid=$("$bin" add --json -- "$parent" | jq -r .id)
      set -- "$@" --parent "$pid"
    fi
    text=$(q .text)
    if ! id=$("$bin" add --json "$@" -- "$text" 2>"$tmp/err" | jq -r .id); then
      echo "run.sh: goal $n was refused: $(cat "$tmp/err")" >&2
      exit 1
    fi
    printf '%s\n' "$line" | jq -r '.fields.progress // [] | .[] | "\(.date) \(.qty)"' |
      while read -r day qty; do
        "$bin" progress "$id" "$qty" --at "${day}T12:00" >/dev/null
      done
    got=$("$bin" check --json "$id" | jq -r '.[0].smart |
      [.specific, .measurable, .achievable, .relevant, .time_bound] |
      map(if .verdict == "fail" then "fail" else "pass" end) | join(" ")' || true)
    want=$(q '[.expect.S, .expect.M, .expect.A, .expect.R, .expect.T] | join(" ")')
    printf '%s|%s|%s\n' "$got" "$want" "$text" >>"$results"
  done <"$file"
done

status=0
echo "SMART agreement over $n goals ($files):"
i=1
for letter in specific measurable achievable relevant time_bound; do
  agree=$(awk -F'|' -v i=$i '{ split($1, g, " "); split($2, w, " ");
    if (g[i] == w[i]) a++ } END { print a + 0 }' "$results")
  pct=$(awk -v a="$agree" -v n="$n" 'BEGIN { printf "%.1f", n ? 100 * a / n : 0 }')
  printf '  %-11s %3d/%d  %5s%%\n' "$letter" "$agree" "$n" "$pct"
  if awk -v p="$pct" -v f="$floor" 'BEGIN { exit !(p < f) }'; then
    echo "  $letter is below the floor of $floor%" >&2
    status=1
  fi
  if [ "$verbose" = 1 ]; then
    awk -F'|' -v i=$i -v l="$letter" '{ split($1, g, " "); split($2, w, " ");
      if (g[i] != w[i]) printf "    %s: judged %s, labelled %s: %s\n", l, g[i], w[i], $3 }' "$results"
  fi
  i=$((i + 1))
done
exit $status
