#!/bin/sh
# t0095-typo: a mistyped command says what was meant, by a word people
# use for it (edit: refine -E), by the start of a command (imp: import),
# or by edit distance (chek: check), and never a command it only looks
# like (remind is no refine, edit is no init); exit 2, nothing on stdout,
# no store.

. "$(dirname "$0")/lib.sh"

# typo WORD MEANT: goals WORD suggests MEANT ('a', 'b' or 'c'), as
# goals help WORD does.
typo() {
	for t_how in "" help; do
		run goals $t_how "$1"
		expect_code 2
		expect_stdout_empty
		expect_stderr_eq "goals: '$1' is not a goals command; did you mean $2?"
	done
}
# none WORD: goals WORD suggests nothing.
none() {
	run goals "$1"
	expect_code 2
	expect_stdout_empty
	expect_stderr_eq "goals: '$1' is not a goals command (see 'goals help')"
}

test_case "edit suggests refine -E, not init"
typo edit "'refine -E'"
typo Edit "'refine -E'"

test_case "the start of a command: stat is status, imp is import"
typo stat "'status'"
typo imp "'import'"
typo exp "'export'"
typo sho "'show'"
typo prog "'progress'"

test_case "the start of several commands names each"
typo re "'refine', 'remind' or 'reopen'"
typo l "'list' or 'log'"

test_case "remind and its typos never suggest refine"
run goals remind
expect_code 0
expect_stderr_empty
for w in remnd remid reminde rmind remidn remind-me Remind; do
	typo "$w" "'remind'"
done
for w in refien refin refinee rfine; do
	typo "$w" "'refine'"
done

test_case "a word that starts with a command suggests it"
typo lists "'list'"
typo initialize "'init'"
typo reopened "'reopen'"
typo rm-all "'rm'"

test_case "typos by edit distance: a letter wrong, missing, extra or swapped"
typo chek "'check'"
typo lsit "'list'"
typo shwo "'show'"
typo statsu "'status'"
typo clse "'close'"
typo reopn "'reopen'"
typo improt "'import'"

test_case "words people use for a command"
typo remove "'rm'"
typo delete "'rm'"
typo ls "'list'"
typo new "'add'"
typo done "'close'"
typo abandon "'close --abandoned'"
typo undo "'progress --undo'"
typo history "'log'"

test_case "a word near no command suggests nothing: short words need to be near"
none exit
none x
none zzzzzz
none sync
none intt2x
none __complet

test_case "a typo creates no store"
expect_absent "$GOALS_DB"
expect_absent "$(dirname "$GOALS_DB")"

test_done
