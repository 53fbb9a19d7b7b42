# bash completion for goals(1)                             -*- shell-script -*-
#
# Installed as share/bash-completion/completions/goals, where
# bash-completion loads it the first time goals is completed; or source
# it from ~/.bashrc.  It needs nothing but bash 4.3 or later.
#
# Every candidate comes from `goals __complete WORD...`, which knows the
# commands, each command's options and what their values are from the
# tables goals parses its command line with, and the goal ids from the
# store (with --db, GOALS_DB, ... as goals itself finds it).  It prints
# "WORD" or "WORD<TAB>DESCRIPTION" lines, or ":file" for a file name.

_goals()
{
	local prog=${COMP_WORDS[0]} cur i w out line word desc width=0
	local -a words=() lines=() cands=()

	# The words up to the current one as goals sees them: bash splits
	# --kind=habit at '=' (COMP_WORDBREAKS); join them back.
	for ((i = 1; i <= COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		if ((${#words[@]})) && [[ $w == = && ${words[-1]} == --* &&
			${words[-1]} != *=* ]]; then
			words[-1]+==
		elif ((${#words[@]})) && [[ ${COMP_WORDS[i - 1]} == = &&
			${words[-1]} == --*= ]]; then
			words[-1]+=$w
		else
			words+=("$w")
		fi
	done
	((${#words[@]})) || words=("")
	cur=${words[-1]}
	# What readline replaces: the value alone, when '=' broke the word.
	local keep=
	if [[ $cur == --*=* && ${COMP_WORDS[COMP_CWORD]} == "$cur" ]]; then
		keep=${cur%%=*}=
	fi
	[[ $cur == --*=* ]] && cur=${cur#*=}

	[[ $prog == "~/"* ]] && prog=$HOME/${prog#"~/"}
	out=$("$prog" __complete "${words[@]}" 2>/dev/null) || return 0

	if [[ $out == :file ]]; then
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		return 0
	fi
	[[ -n $out ]] || return 0
	mapfile -t lines <<<"$out"
	if ((${#lines[@]} == 1)) || ((COMP_TYPE != 63)); then
		# to insert: the words alone
		for line in "${lines[@]}"; do
			cands+=("$keep${line%%$'\t'*}")
		done
		COMPREPLY=("${cands[@]}")
		return 0
	fi
	# to list (the second Tab): each word with what it is
	for line in "${lines[@]}"; do
		word=${line%%$'\t'*}
		((${#word} > width)) && width=${#word}
	done
	for line in "${lines[@]}"; do
		word=${line%%$'\t'*}
		if [[ $line == *$'\t'* ]]; then
			desc=${line#*$'\t'}
			printf -v line '%-*s  -- %s' "$width" "$word" "$desc"
			cands+=("$line")
		else
			cands+=("$word")
		fi
	done
	COMPREPLY=("${cands[@]}")
	return 0
}
complete -F _goals goals
