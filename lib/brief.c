/*
 * brief.c - goals_briefs: each goal's id, short id and text, for shell
 * completion and other pickers, from one walk of the store's ids.
 */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "id.h"
#include "ops.h"
#include "vec.h"

/* The state of one walk: every id (for the short ids), and the goals
 * that match with the index of each in ids. */
struct walk {
	goals_id *ids;
	size_t n_ids, cap_ids;
	goals_brief_list *out;
	size_t *at; /* index in ids of out->items[i] */
	size_t cap, cap_at;
};

static int visit(void *vctx, const goals_id *id, goals_status status,
		 const char *text)
{
	struct walk *w = vctx;
	goals_brief *b;
	if (vec_grow(&w->ids, w->n_ids, &w->cap_ids, sizeof(*w->ids)))
		return goals_error_oom();
	w->ids[w->n_ids++] = *id;
	if (!text)
		return GOALS_OK;
	if (vec_grow(&w->out->items, w->out->count, &w->cap,
		     sizeof(*w->out->items)) ||
	    vec_grow(&w->at, w->out->count, &w->cap_at, sizeof(*w->at)))
		return goals_error_oom();
	b = &w->out->items[w->out->count];
	memset(b, 0, sizeof(*b));
	b->id = *id;
	b->status = status;
	if (!(b->text = strdup(text)))
		return goals_error_oom();
	w->at[w->out->count++] = w->n_ids - 1;
	return GOALS_OK;
}

/* Fold prefix to lower-case hex without dashes into out (GOALS_ID_HEXLEN
 * + 1 bytes); 0 when it is not a prefix of any id. */
static int fold(char *out, const char *prefix)
{
	size_t n = 0;
	for (; *prefix; prefix++) {
		char c = *prefix;
		if (c == '-')
			continue;
		if (c >= 'A' && c <= 'F')
			c = (char)(c - 'A' + 'a');
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) ||
		    n == GOALS_ID_HEXLEN)
			return 0;
		out[n++] = c;
	}
	out[n] = '\0';
	return 1;
}

int goals_briefs(goals_brief_list *out, goals_store *s, const char *prefix)
{
	char lo[GOALS_ID_HEXLEN + 1], hi[GOALS_ID_HEXLEN + 2];
	struct walk w;
	size_t i;
	int own, rc;
	out->items = NULL;
	out->count = 0;
	if (!fold(lo, prefix ? prefix : ""))
		return GOALS_OK;
	id_prefix_upper(hi, lo);
	memset(&w, 0, sizeof(w));
	w.out = out;
	if ((rc = ops_txn_enter(s, 0, &own)))
		return rc;
	rc = ops_txn_leave(s, own, store_goal_briefs(s, lo, hi, visit, &w));
	for (i = 0; !rc && i < out->count; i++) {
		/* as many digits as tell it from the ids either side */
		size_t k = w.at[i], len = 0, c;
		if (k > 0)
			len = id_common_len(&w.ids[k], &w.ids[k - 1]);
		if (k + 1 < w.n_ids &&
		    (c = id_common_len(&w.ids[k], &w.ids[k + 1])) > len)
			len = c;
		len++;
		out->items[i].short_len =
			len < GOALS_SHORT_MIN   ? GOALS_SHORT_MIN
			: len > GOALS_ID_HEXLEN ? GOALS_ID_HEXLEN
						: (int)len;
	}
	free(w.ids);
	free(w.at);
	if (rc)
		goals_brief_list_free(out);
	return rc;
}

void goals_brief_list_free(goals_brief_list *l)
{
	size_t i;
	if (!l)
		return;
	for (i = 0; i < l->count; i++)
		free(l->items[i].text);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}
