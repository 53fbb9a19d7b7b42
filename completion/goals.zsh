#compdef goals
# zsh completion for goals(1).
#
# Installed as _goals in a directory of $fpath: share/zsh/vendor-completions
# (Debian's place for packages) or share/zsh/site-functions (any other
# prefix).  compinit then loads it for goals.
#
# Every candidate comes from `goals __complete WORD...`, which knows the
# commands, each command's options and what their values are from the
# tables goals parses its command line with, and the goal ids from the
# store.  It prints "WORD" or "WORD<TAB>DESCRIPTION" lines, or ":file"
# for a file name.

_goals() {
	local prog=${words[1]} out line word
	local -a args cands plain
	# the words after goals up to the current one, unquoted
	args=("${(@Q)words[2,CURRENT]}")
	out=$(${~prog} __complete "${args[@]}" 2>/dev/null) || return 1
	# --kind=VALUE: complete VALUE
	[[ $PREFIX == --*=* ]] && compset -P '*='
	if [[ $out == :file ]]; then
		_files
		return
	fi
	for line in "${(@f)out}"; do
		[[ -n $line ]] || continue
		word=${line%%$'\t'*}
		if [[ $line == *$'\t'* ]]; then
			cands+=("${word//:/\\:}:${line#*$'\t'}")
		else
			plain+=("$word")
		fi
	done
	local ret=1
	(( $#cands )) && _describe -t goals-candidates 'goals' cands && ret=0
	(( $#plain )) && compadd -a plain && ret=0
	return ret
}

_goals "$@"
