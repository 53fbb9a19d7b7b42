/*
 * attend.c - the windows of status and remind, and judging the goals of
 * the store for attention, in one read transaction.
 */
#include <stdlib.h>
#include <string.h>

#include "attend.h"

int attend_days(int *out, const char *option, const char *v)
{
	goals_review r;
	if (goals_parse_review(&r, v) != GOALS_OK)
		return cli_bad_input("invalid %s '%.40s': expected a number of "
				     "days, weeks or months such as 7d, 2w "
				     "or 1m",
				     option, v);
	*out = r.n * (r.unit == 'w' ? 7 : r.unit == 'm' ? 30 : 1);
	return EXIT_OK;
}

int attend_load(struct attend *out, unsigned statuses,
		const goals_attention_opts *o)
{
	goals_filter filter;
	goals_store *s;
	size_t i;
	int rc;
	memset(out, 0, sizeof(*out));
	memset(&filter, 0, sizeof(filter));
	filter.statuses = statuses;
	filter.due_before = GOALS_DATE_NONE;
	if ((rc = cli_open_store(&s, 0)))
		return rc;
	if ((rc = goals_store_begin(s, 0)) ||
	    (rc = goals_list(&out->goals, s, &filter, cli.now)))
		goto fail;
	if (out->goals.count &&
	    !(out->att = calloc(out->goals.count, sizeof(*out->att)))) {
		rc = GOALS_ENOMEM;
		goto fail;
	}
	for (i = 0; i < out->goals.count; i++)
		if ((rc = goals_attention_get(&out->att[i], s,
					      &out->goals.items[i], o,
					      cli.now)))
			goto fail;
	goals_store_close(s);
	return EXIT_OK;
fail:
	goals_store_close(s);
	attend_free(out);
	return cli_fail(rc, NULL);
}

void attend_free(struct attend *a)
{
	goals_goal_list_free(&a->goals);
	free(a->att);
	a->att = NULL;
}
