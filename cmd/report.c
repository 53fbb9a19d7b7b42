/*
 * report.c - rendering SMART judgements for people (marks, colour,
 * failing letters first) and for scripts (JSON through libgoals).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "advice.h"
#include "report.h"

static const char *const letter_labels[] = {"specific", "measurable",
					    "achievable", "relevant",
					    "time-bound"};

/* The mark of a verdict: ✓ ! ✗ in UTF-8, PASS WARN FAIL otherwise. */
static const char *mark(goals_verdict v)
{
	static const char *const utf8[] = {"\xe2\x9c\x93", "!", "\xe2\x9c\x97"};
	static const char *const ascii[] = {"PASS", "WARN", "FAIL"};
	return cli.utf8 ? utf8[v] : ascii[v];
}

/* The colour of a verdict. */
static const char *colour(goals_verdict v)
{
	return cli_color(v == GOALS_PASS ? C_GREEN
			 : v == GOALS_WARN ? C_YELLOW
					   : C_RED);
}

void report_compare(const goals_smart *before, const goals_smart *after)
{
	int l;
	for (l = 0; l < GOALS_LETTERS; l++) {
		goals_verdict b = before->c[l].verdict, a = after->c[l].verdict;
		printf("  %-11s %s", letter_labels[l], colour(b));
		cli_pad(stdout, mark(b), cli.utf8 ? 1 : 4);
		printf("%s %s %s", cli_color(C_RESET),
		       cli.utf8 ? "\xe2\x86\x92" : "->", colour(a));
		cli_pad(stdout, mark(a), cli.utf8 ? 1 : 4);
		printf("%s", cli_color(C_RESET));
		if (a != GOALS_PASS && after->c[l].n_advice) {
			char words[ADVICE_LINE];
			advice_words(words, sizeof(words), &after->c[l], NULL);
			printf("  %s", words);
		}
		putchar('\n');
	}
}

goals_verdict report_worst(const goals_smart *r)
{
	goals_verdict w = GOALS_PASS;
	int l;
	for (l = 0; l < GOALS_LETTERS; l++)
		if (r->c[l].verdict > w)
			w = r->c[l].verdict;
	return w;
}

void report_smart(const goals_goal *g, const goals_smart *r)
{
	printf("%s%.*s%s %s\n", cli_color(C_YELLOW), g->short_len, g->id.hex,
	       cli_color(C_RESET), g->f.text);
	report_letters(r);
}

void report_letters(const goals_smart *r)
{
	int v, l;
	for (v = GOALS_FAIL; v >= GOALS_PASS; v--)
		for (l = 0; l < GOALS_LETTERS; l++) {
			const goals_criterion *c = &r->c[l];
			if ((int)c->verdict != v)
				continue;
			printf("  %s", colour(c->verdict));
			cli_pad(stdout, mark(c->verdict), cli.utf8 ? 1 : 4);
			printf("%s %-11s %s\n", cli_color(C_RESET),
			       letter_labels[l], c->reason);
			if (c->n_advice) {
				char words[ADVICE_LINE];
				advice_words(words, sizeof(words), c, NULL);
				printf("  %*s %-11s %s %s\n", cli.utf8 ? 1 : 4, "",
				       "",
				       cli.utf8 ? "\xe2\x86\x92" : "->",
				       words);
			}
		}
}

void report_summary(const goals_smart *r)
{
	static const char letters[] = "SMART";
	int l;
	printf("SMART ");
	for (l = 0; l < GOALS_LETTERS; l++)
		printf(" %c %s%s%s", letters[l], colour(r->c[l].verdict),
		       cli.utf8 ? mark(r->c[l].verdict)
				: goals_verdict_name(r->c[l].verdict),
		       cli_color(C_RESET));
	putchar('\n');
}

int report_json(const goals_goal *const *goals, const goals_smart *r,
		size_t n)
{
	char *out;
	int rc = goals_json_checks(&out, goals, r, n, advice_words, NULL);
	if (rc)
		return cli_fail(rc, NULL);
	puts(out);
	free(out);
	return EXIT_OK;
}
