#!/bin/sh
# man-examples.sh - run the EXAMPLES of a manual page as a test, as jq
# runs the examples of its manual.
#
# usage: sh man-examples.sh PAGE DIR
#
# runs the examples of PAGE (a path) in DIR (new, empty), in a shell of
# its own whose environment is only what the page asks for (t0096-docs
# runs it with `env -i`), and prints what differs; exit 0 when every
# example printed what the page shows, 1 otherwise, 2 when the page
# does not say how its examples run.
#
# A page takes part by saying, in a roff comment at the top of its
# EXAMPLES (readers never see it), the environment its examples were run
# in; each page starts in a home of its own, with no store yet:
#
#	.\" examples: GOALS_NOW=2026-11-27T10:00:00Z LC_ALL=C.UTF-8
#
# (HOME=DIR there names the home the page shows, and TMP=DIR a directory
# for scratch files: this run's own home and scratch directory are
# written as DIR in what it prints, and DIR in a command is this run's.)  In its .EX blocks, a line "$ COMMAND" (continued on the next
# lines while one ends with a backslash) is run, in one shell for the
# whole page, so that variables and exports carry on (and while a quote
# it opened is open); the lines after
# it, up to the next command or .EE, are what it must print (standard
# output, then standard error, as a terminal shows goals's; or the other
# way round).  Lines after a command that start with "> " (the shell's
# second prompt) are more of the command.  Ids are random, so an id (seven or more
# hex digits, a UUID, or an editor file's GOAL_EDIT-XXXXXX) stands for
# whichever came at the same place of the output: the first id of the
# page in the output is the first id in the page, and so on; an id of
# the page written in a later command (goals close 06e0e00, or a prefix
# of 4 to 6 digits with a letter, bb16) is replaced by the id it stood
# for.  Roff comments in a block:
#
#	.\" $ COMMAND     run COMMAND too (setup the reader need not see)
#	.\" skip: WHY     show the next command, but do not run it
#
# and "cat FILE" of a FILE that is not there writes FILE with the lines
# the page shows (executable when they start with #!), so that a page
# can show the script it then uses.

# ex_plan PAGE DIR: split the EXAMPLES of PAGE into DIR/N.kind ("run",
# "hidden" or "skip"), DIR/N.cmd and DIR/N.out; print the environment
# line ("" when the page has none).
ex_plan() {
	awk -v dir="$2" '
	function emit() {
		if (kind == "") return
		n++
		printf "%s\n", kind > (dir "/" n ".kind")
		printf "%s", cmd > (dir "/" n ".cmd")
		printf "%s", out > (dir "/" n ".out")
		close(dir "/" n ".kind"); close(dir "/" n ".cmd")
		close(dir "/" n ".out")
		kind = ""; cmd = ""; out = ""
	}
	/^\.SH EXAMPLES/ { sec = 1; next }
	/^\.SH/ { sec = 0 }
	!sec { next }
	/^\.\\" examples: / { sub(/^\.\\" examples: /, ""); env = $0; next }
	/^\.EX/ { ex = 1; next }
	/^\.EE/ { emit(); ex = 0; next }
	!ex { next }
	/^\.\\" skip/ { skipping = 1; next }
	/^\.\\" \$ / { emit(); kind = "hidden"; cmd = substr($0, 7) "\n"; next }
	/^\.\\"/ { next }
	# a command goes on while a line ends with a backslash, or while a
	# quote it opened is open
	function goes_on(text,   t) {
		t = text
		return text ~ /\\e\n$/ || gsub(/\\\(aq/, "", t) % 2 == 1
	}
	cont { cmd = cmd $0 "\n"; cont = goes_on(cmd); next }
	# the second prompt of the shell, after a command not yet ended
	incmd && /^> / { cmd = cmd substr($0, 3) "\n"; cont = goes_on(cmd); next }
	{ incmd = 0 }
	/^\$ / {
		emit()
		kind = skipping ? "skip" : "run"; skipping = 0
		cmd = substr($0, 3) "\n"; cont = goes_on(cmd); incmd = 1; next
	}
	kind != "" { out = out $0 "\n" }
	END { emit(); print env }
	' "$1"
}

# ex_text: roff as text (stdin to stdout): the escapes the pages use.
ex_text() {
	sed -e 's/\\-/-/g' -e "s/\\\\(aq/'/g" -e 's/\\(pc/·/g' \
		-e 's/\\\[->\]/→/g' -e 's/\\\[u2713\]/✓/g' -e 's/\\\[u2717\]/✗/g' \
		-e 's/\\\[u2588\]/█/g' -e 's/\\\*(sF/█/g' -e 's/\\\[u2514\]/└/g' \
		-e 's/\\\[u2581\]/▁/g' -e 's/\\\[u2582\]/▂/g' -e 's/\\\[u2583\]/▃/g' \
		-e 's/\\\[u2584\]/▄/g' -e 's/\\\[u2585\]/▅/g' -e 's/\\\[u2586\]/▆/g' \
		-e 's/\\\[u2587\]/▇/g' -e 's/\\\[u21B5\]/↵/g' -e 's/\\(lq/“/g' \
		-e 's/\\(rq/”/g' -e 's/\\(em/—/g' -e 's/\\&//g' -e 's/\\e/\\/g'
}

# ex_canon MAP: stdin with each id replaced by <N> (or <N:L> for L
# digits, <N:uuid>), N numbering the ids in order of first appearance
# as kept in MAP (a line "PREFIX7 N" each), which grows.
ex_canon() {
	awk -v map="$1" '
	BEGIN {
		while ((getline line < map) > 0) {
			split(line, f, " "); num[f[1]] = f[2]; n = f[2] > n ? f[2] : n
		}
		close(map)
		hex = "[0-9a-f]"
		uuid = hex hex hex hex hex hex hex hex "-" hex hex hex hex "-" \
		       hex hex hex hex "-" hex hex hex hex "-" \
		       hex hex hex hex hex hex hex hex hex hex hex hex
		run = hex hex hex hex hex hex hex hex "*"
		an = "[A-Za-z0-9]"
		edit = "GOAL_EDIT-" an an an an an an
	}
	function id(tok, what,   k) {
		k = tok ~ /^GOAL_EDIT/ ? tok : substr(tok, 1, 7)
		if (!(k in num)) { num[k] = ++n; print k, n >> map }
		return "<" num[k] what ">"
	}
	{
		s = $0; o = ""
		while (s != "") {
			if (match(s, edit) || match(s, uuid) || match(s, run)) {
				pre = substr(s, 1, RSTART - 1)
				tok = substr(s, RSTART, RLENGTH)
				before = RSTART > 1 ? substr(s, RSTART - 1, 1) : ""
				after = substr(s, RSTART + RLENGTH, 1)
				s = substr(s, RSTART + RLENGTH)
				if (before ~ /[0-9A-Za-z]/ || after ~ /[0-9A-Za-z]/) {
					o = o pre tok
				} else if (tok ~ /^GOAL_EDIT/) {
					o = o pre id(tok, ":file")
				} else if (tok ~ /-/) {
					o = o pre id(tok, ":uuid")
				} else {
					o = o pre id(tok, length(tok) > 7 ? ":" length(tok) : "")
				}
			} else { o = o s; s = "" }
		}
		print o
	}'
}

# ex_subst EXPMAP ACTMAP: stdin (a command) with each id of the page
# that stands for an id of this run replaced by that id (as long as it
# was written).
ex_subst() {
	awk -v em="$1" -v am="$2" '
	BEGIN {
		while ((getline line < em) > 0) { split(line, f, " "); e[f[1]] = f[2] }
		while ((getline line < am) > 0) { split(line, f, " "); a[f[2]] = f[1] }
		hex = "[0-9a-f]"
		an = "[A-Za-z0-9]"
		pat = "GOAL_EDIT-" an an an an an an "|" \
		      hex hex hex hex hex "*"
	}
	# the id of this run for prefix k of an id of the page (4 to 6
	# digits, one a letter, as people type them), when one id has it
	function by_prefix(k,   key, hit, n) {
		if (length(k) < 4 || length(k) > 6 || k !~ /[a-f]/) return ""
		for (key in e)
			if (substr(key, 1, length(k)) == k) { hit = key; n++ }
		return n == 1 && (e[hit] in a) ? a[e[hit]] : ""
	}
	{
		s = $0; o = ""
		while (s != "" && match(s, pat)) {
			tok = substr(s, RSTART, RLENGTH)
			before = RSTART > 1 ? substr(s, RSTART - 1, 1) : ""
			after = substr(s, RSTART + RLENGTH, 1)
			k = tok ~ /^GOAL_EDIT/ ? tok : substr(tok, 1, 7)
			if (before ~ /[0-9A-Za-z]/ || after ~ /[0-9A-Za-z]/)
				;
			else if ((k in e) && (e[k] in a))
				tok = k ~ /^GOAL_EDIT/ ? a[e[k]] : a[e[k]] substr(tok, 8)
			else if (length(tok) < 7 && (p = by_prefix(tok)) != "")
				tok = p
			o = o substr(s, 1, RSTART - 1) tok
			s = substr(s, RSTART + RLENGTH)
		}
		print o s
	}'
}

# The page ---------------------------------------------------------------------

test $# = 2 || { echo "usage: sh man-examples.sh PAGE DIR" >&2; exit 2; }
ex_dir=$2
mkdir -p "$ex_dir/plan" "$ex_dir/run/home" || exit 2
ex_env=$(ex_plan "$1" "$ex_dir/plan")
if test -z "$ex_env"; then
	echo "the page has no '.\\\" examples:' line"
	exit 2
fi
ex_n=$(ls "$ex_dir/plan" | grep -c '\.kind$')
test "$ex_n" -gt 0 || { echo "the page has no example to run"; exit 1; }
: >"$ex_dir/exp.map"
: >"$ex_dir/act.map"
cd "$ex_dir/run" || exit 2
# the store is the default one of that home, as the pages have it
HOME=$ex_dir/run/home
export HOME
unset GOALS_DB XDG_DATA_HOME
ex_home=$HOME
ex_tmp=$ex_dir/run/tmp
ex_tmp_shown=$ex_tmp
mkdir -p "$ex_tmp"
for ex_kv in $ex_env; do
	case $ex_kv in
	HOME=*) ex_home=${ex_kv#HOME=} ;;
	TMP=*) ex_tmp_shown=${ex_kv#TMP=} ;;
	*) export "$ex_kv" ;;
	esac
done
ex_rc=0
ex_i=0
while test "$ex_i" -lt "$ex_n"; do
	ex_i=$((ex_i + 1))
	ex_p=$ex_dir/plan/$ex_i
	ex_kind=$(cat "$ex_p.kind")
	test "$ex_kind" != skip || continue
	ex_cmd=$(ex_text <"$ex_p.cmd" |
		ex_subst "$ex_dir/exp.map" "$ex_dir/act.map" |
		sed -e "s|$ex_home|$HOME|g" -e "s|$ex_tmp_shown/|$ex_tmp/|g")
	ex_text <"$ex_p.out" >"$ex_p.want"
	# a script the page shows with cat, written out
	case $ex_cmd in
	"cat "*)
		ex_f=${ex_cmd#cat }
		if ! test -e "$ex_f" && test "$ex_kind" = run; then
			cp "$ex_p.want" "$ex_f"
			! head -n 1 "$ex_f" | grep -q '^#!' || chmod +x "$ex_f"
		fi
		;;
	esac
	# in this shell, not a pipeline's: what it sets carries on
	eval "$ex_cmd" </dev/null >"$ex_p.stdout" 2>"$ex_p.stderr"
	test "$ex_kind" = run || continue
	# On a terminal, goals's output comes line by line, and a hint
	# after it; into files, its output comes at its exit: take it as
	# output then errors, or else errors then output.  (A page cannot
	# show spaces at the end of a line.)
	cp "$ex_dir/act.map" "$ex_dir/act.map.before"
	ex_canon "$ex_dir/exp.map" <"$ex_p.want" >"$ex_p.want.c"
	for ex_order in "stdout stderr" "stderr stdout"; do
		cp "$ex_dir/act.map.before" "$ex_dir/act.map"
		for ex_s in $ex_order; do
			sed -e "s|$HOME|$ex_home|g" -e "s|$ex_tmp/|$ex_tmp_shown/|g" \
				-e 's/ *$//' "$ex_p.$ex_s"
		done >"$ex_p.got"
		ex_canon "$ex_dir/act.map" <"$ex_p.got" >"$ex_p.got.c"
		! cmp -s "$ex_p.want.c" "$ex_p.got.c" || break
		test "$ex_order" = "stderr stdout" ||
			cp "$ex_p.got.c" "$ex_p.first.c"
	done
	if ! cmp -s "$ex_p.want.c" "$ex_p.got.c"; then
		cp "$ex_p.first.c" "$ex_p.got.c"
		printf '$ %s\n' "$ex_cmd"
		echo "printed (< the page, > this run; ids numbered):"
		diff "$ex_p.want.c" "$ex_p.got.c" | sed 's/^/    /'
		ex_rc=1
	fi
done
exit $ex_rc
