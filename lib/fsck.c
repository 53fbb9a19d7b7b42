/*
 * fsck.c - goals fsck: judging what store-fsck.c reads against what the
 * model promises, and handing each problem to the caller as data.  It
 * never writes; the words are the binary's.
 *
 * Sums are compared as the triggers keep them: rounded to the largest
 * scale of their terms, so equal to the last bit when whole; sums of
 * binary floats (scale past 15) may differ in the last bits from a sum
 * taken in another order, and count as equal within 1e-9 of their size.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/fsck.h"
#include "goals/parse.h"
#include "id.h"
#include "printable.h"
#include "storage.h"
#include "store-fsck.h"

struct fsck {
	goals_fsck_fn cb;
	void *ctx;
	goals_fsck_stats st;
	int damaged;
};

/* Hand a problem to the caller. */
static int report(struct fsck *f, goals_fsck_code code, const char *record,
		  const goals_id *goal, const char *id, const char *expected,
		  const char *found, const char *detail, ...)
	__attribute__((format(printf, 8, 9)));
static int report(struct fsck *f, goals_fsck_code code, const char *record,
		  const goals_id *goal, const char *id, const char *expected,
		  const char *found, const char *detail, ...)
{
	goals_fsck_problem p;
	va_list ap;
	memset(&p, 0, sizeof(p));
	p.code = code;
	p.record = record;
	if (goal)
		p.goal = *goal;
	/* what a damaged store holds may be anything: shown as text */
	text_printable(p.id, sizeof(p.id), id ? id : "", 0);
	text_printable(p.expected, sizeof(p.expected), expected ? expected : "",
		       0);
	text_printable(p.found, sizeof(p.found), found ? found : "", 0);
	if (detail) {
		char raw[GOALS_FSCK_DETAIL_BUFSZ];
		va_start(ap, detail);
		vsnprintf(raw, sizeof(raw), detail, ap);
		va_end(ap);
		text_printable(p.detail, sizeof(p.detail), raw, 0);
	}
	f->st.problems++;
	return f->cb(f->ctx, &p);
}

/* A number as it reads back exactly, shortest first. */
static void num_text(char *buf, size_t n, double v)
{
	snprintf(buf, n, "%.15g", v);
	if (strtod(buf, NULL) != v)
		snprintf(buf, n, "%.17g", v);
}

static void int_text(char *buf, size_t n, int64_t v)
{
	snprintf(buf, n, "%lld", (long long)v);
}

/* Two sums kept and recomputed are the same (see the top). */
static int same_sum(double a, double b)
{
	double m = fmax(1.0, fmax(fabs(a), fabs(b)));
	return a == b || fabs(a - b) <= 1e-9 * m;
}

/* The checks, one callback each ------------------------------------ */

static int on_damage(void *ctx, const char *line)
{
	struct fsck *f = ctx;
	f->damaged = 1;
	return report(f, GOALS_FSCK_DAMAGED, "store", NULL, NULL, NULL, NULL,
		      "%s", line);
}

static int on_foreign_key(void *ctx, const char *table, int64_t rowid,
			  const char *parent)
{
	char id[32];
	snprintf(id, sizeof(id), "row %lld", (long long)rowid);
	return report(ctx, GOALS_FSCK_FOREIGN_KEY, table ? table : "?", NULL,
		      id, parent ? parent : "?", NULL, NULL);
}

static int on_schema(void *ctx, const char *type, const char *name,
		     const char *have, const char *want)
{
	if (!have)
		return report(ctx, GOALS_FSCK_SCHEMA_MISSING, type, NULL, name,
			      NULL, NULL, NULL);
	if (!want) /* an index or table of one's own is harmless; a
		    * trigger changes what every write does */
		return strcmp(type, "trigger")
			       ? 0
			       : report(ctx, GOALS_FSCK_SCHEMA_EXTRA, type,
					NULL, name, NULL, NULL, NULL);
	if (strcmp(have, want))
		return report(ctx, GOALS_FSCK_SCHEMA_CHANGED, type, NULL, name,
			      NULL, NULL, NULL);
	return 0;
}

static int on_revisions(void *ctx, const store_fsck_revs *r)
{
	char want[GOALS_FSCK_VALUE_BUFSZ], got[GOALS_FSCK_VALUE_BUFSZ];
	int rc;
	if (r->n == 0 || r->min != 1 || r->max != r->n) {
		snprintf(want, sizeof(want), "1..%lld",
			 (long long)(r->n ? r->n : 1));
		if (r->n)
			snprintf(got, sizeof(got), "%lld revisions numbered %lld..%lld",
				 (long long)r->n, (long long)r->min,
				 (long long)r->max);
		else
			snprintf(got, sizeof(got), "no revision");
		if ((rc = report(ctx, GOALS_FSCK_REVISION_NUMBERS, "goal",
				 &r->goal, r->goal.hex, want, got, NULL)))
			return rc;
	}
	if (r->n && r->current != r->max) {
		int_text(want, sizeof(want), r->max);
		int_text(got, sizeof(got), r->current);
		if ((rc = report(ctx, GOALS_FSCK_CURRENT_REVISION, "goal",
				 &r->goal, r->goal.hex, want, got, NULL)))
			return rc;
	}
	return 0;
}

static int on_sums(void *ctx, const goals_id *goal,
		   const store_fsck_sums *k, const store_fsck_sums *a)
{
	char want[GOALS_FSCK_VALUE_BUFSZ], got[GOALS_FSCK_VALUE_BUFSZ];
	int rc;
	if (k->n != a->n) {
		int_text(want, sizeof(want), a->n);
		int_text(got, sizeof(got), k->n);
		if ((rc = report(ctx, GOALS_FSCK_ENTRY_COUNT, "goal", goal,
				 goal->hex, want, got, NULL)))
			return rc;
	}
	if (!same_sum(k->sum, a->sum)) {
		num_text(want, sizeof(want), a->sum);
		num_text(got, sizeof(got), k->sum);
		if ((rc = report(ctx, GOALS_FSCK_ENTRY_SUM, "goal", goal,
				 goal->hex, want, got, NULL)))
			return rc;
	}
	if (k->scale != a->scale) {
		int_text(want, sizeof(want), a->scale);
		int_text(got, sizeof(got), k->scale);
		if ((rc = report(ctx, GOALS_FSCK_ENTRY_SCALE, "goal", goal,
				 goal->hex, want, got, NULL)))
			return rc;
	}
	if ((k->last_at == NULL) != (a->last_at == NULL) ||
	    (a->last_at && (strcmp(k->last_at, a->last_at) ||
			    !same_sum(k->last_value, a->last_value)))) {
		char v[32];
		if (a->last_at) {
			num_text(v, sizeof(v), a->last_value);
			snprintf(want, sizeof(want), "%s at %s", v, a->last_at);
		} else {
			snprintf(want, sizeof(want), "none");
		}
		if (k->last_at) {
			num_text(v, sizeof(v), k->last_value);
			snprintf(got, sizeof(got), "%s at %s", v, k->last_at);
		} else {
			snprintf(got, sizeof(got), "none");
		}
		if ((rc = report(ctx, GOALS_FSCK_LAST_ENTRY, "goal", goal,
				 goal->hex, want, got, NULL)))
			return rc;
	}
	return 0;
}

static int on_period(void *ctx, const store_fsck_period *p)
{
	char id[GOALS_FSCK_ID_BUFSZ], want[GOALS_FSCK_VALUE_BUFSZ],
		got[GOALS_FSCK_VALUE_BUFSZ], v[32];
	snprintf(id, sizeof(id), "%s %s", p->every ? p->every : "?",
		 p->first ? p->first : "?");
	if (p->has_actual) {
		num_text(v, sizeof(v), p->actual_sum);
		snprintf(want, sizeof(want), "sum %s of %lld entries", v,
			 (long long)p->actual_n);
	}
	if (p->has_kept) {
		num_text(v, sizeof(v), p->kept_sum);
		snprintf(got, sizeof(got), "sum %s of %lld entries", v,
			 (long long)p->kept_n);
	}
	if (!p->has_kept)
		return report(ctx, GOALS_FSCK_PERIOD_MISSING, "period",
			      &p->goal, id, want, "none", NULL);
	if (!p->has_actual)
		return report(ctx, GOALS_FSCK_PERIOD_EXTRA, "period", &p->goal,
			      id, "none", got, NULL);
	if (p->kept_n != p->actual_n || !same_sum(p->kept_sum, p->actual_sum))
		return report(ctx, GOALS_FSCK_PERIOD_SUM, "period", &p->goal,
			      id, want, got, NULL);
	if (p->kept_scale != p->actual_scale) {
		snprintf(want, sizeof(want), "scale %lld",
			 (long long)p->actual_scale);
		snprintf(got, sizeof(got), "scale %lld",
			 (long long)p->kept_scale);
		return report(ctx, GOALS_FSCK_PERIOD_SUM, "period", &p->goal,
			      id, want, got, NULL);
	}
	return 0;
}

static int on_void_mark(void *ctx, const goals_id *goal, const goals_id *entry,
			int marked)
{
	return report(ctx, GOALS_FSCK_VOID_MARK, "entry", goal, entry->hex,
		      marked ? "not void" : "void",
		      marked ? "void" : "not void",
		      marked ? "marked void, and no void names it"
			     : "a void names it, and it is not marked void");
}

static int on_void_goal(void *ctx, const goals_id *vid, const goals_id *vg,
			const goals_id *eg)
{
	return report(ctx, GOALS_FSCK_VOID_GOAL, "void", vg, vid->hex,
		      eg->hex[0] ? eg->hex : "?", vg->hex[0] ? vg->hex : "?",
		      NULL);
}

static int on_status(void *ctx, const goals_id *goal, const char *status,
		     const char *newest)
{
	const char *want = !newest || !strcmp(newest, "reopened") ? "active"
								  : newest;
	if (status && !strcmp(status, want))
		return 0;
	return report(ctx, GOALS_FSCK_STATUS, "goal", goal, goal->hex, want,
		      status ? status : "null",
		      newest ? "the newest change of status is '%s'"
			     : "it has no change of status%s",
		      newest ? newest : "");
}

/* Parents: the goals in order of id, each with its parent's index. */
struct node {
	goals_id id;
	goals_id parent;
	int has_parent;
	size_t up;       /* index of the parent, or (size_t)-1 */
	unsigned char state; /* 0 not seen, 1 on the path, 2 done */
};

struct nodes {
	struct node *v;
	size_t n, cap;
};

static int on_parent(void *ctx, const goals_id *goal, const char *parent)
{
	struct nodes *ns = ctx;
	struct node *x;
	if (ns->n == ns->cap) {
		size_t c = ns->cap ? ns->cap * 2 : 256;
		struct node *v = realloc(ns->v, c * sizeof(*v));
		if (!v)
			return goals_error_oom();
		ns->v = v;
		ns->cap = c;
	}
	x = &ns->v[ns->n++];
	memset(x, 0, sizeof(*x));
	x->id = *goal;
	if (parent && id_hex_valid(parent)) {
		memcpy(x->parent.hex, parent, GOALS_ID_HEXLEN + 1);
		x->has_parent = 1;
	}
	return 0;
}

static int cmp_node(const void *key, const void *elem)
{
	return strcmp(((const goals_id *)key)->hex,
		      ((const struct node *)elem)->id.hex);
}

/* Report each loop of parents once: walk up from every goal, marking
 * the path; a walk that meets its own path has found a loop. */
static int find_loops(struct fsck *f, struct nodes *ns)
{
	size_t i, j, *path = NULL, len;
	int rc = 0;
	for (i = 0; i < ns->n; i++) {
		struct node *x = &ns->v[i];
		struct node *up = x->has_parent
					  ? bsearch(&x->parent, ns->v, ns->n,
						    sizeof(*ns->v), cmp_node)
					  : NULL;
		x->up = up ? (size_t)(up - ns->v) : (size_t)-1;
	}
	if (ns->n && !(path = malloc(ns->n * sizeof(*path))))
		return goals_error_oom();
	for (i = 0; !rc && i < ns->n; i++) {
		size_t at = i;
		len = 0;
		while (at != (size_t)-1 && ns->v[at].state == 0) {
			ns->v[at].state = 1;
			path[len++] = at;
			at = ns->v[at].up;
		}
		if (at != (size_t)-1 && ns->v[at].state == 1) {
			/* a loop: from `at` to the end of the path */
			char detail[GOALS_FSCK_DETAIL_BUFSZ] = "", *p = detail;
			size_t from = 0, left = sizeof(detail);
			while (path[from] != at)
				from++;
			for (j = from; j < len && left > 20; j++) {
				int w = snprintf(p, left, "%s%.7s",
						 j > from ? " -> " : "",
						 ns->v[path[j]].id.hex);
				p += w;
				left -= (size_t)w;
			}
			if (left > 20)
				snprintf(p, left, " -> %.7s", ns->v[at].id.hex);
			rc = report(f, GOALS_FSCK_PARENT_LOOP, "goal",
				    &ns->v[at].id, ns->v[at].id.hex, NULL, NULL,
				    "%s", detail);
		}
		for (j = 0; j < len; j++)
			ns->v[path[j]].state = 2;
	}
	free(path);
	return rc;
}

static int on_column(void *ctx, const store_fsck_value *v)
{
	struct fsck *f = ctx;
	const goals_id *goal = v->goal.hex[0] ? &v->goal : NULL;
	char found[GOALS_FSCK_VALUE_BUFSZ];
	const char *val = v->value ? v->value : "null";
	switch (v->check) {
	case FSCK_COL_ID:
		return report(f, GOALS_FSCK_BAD_ID, v->record, goal, v->id,
			      "32 lowercase hex digits", val, "%s", v->column);
	case FSCK_COL_NO_ID:
		return report(f, GOALS_FSCK_BAD_ID, v->record, goal, v->id,
			      "32 lowercase hex digits", "none", "%s",
			      v->column);
	case FSCK_COL_TIME:
		return report(f, GOALS_FSCK_BAD_TIME, v->record, goal, v->id,
			      "YYYY-MM-DDTHH:MM:SSZ", val, "%s", v->column);
	case FSCK_COL_DAY:
		return report(f, GOALS_FSCK_BAD_DAY, v->record, goal, v->id,
			      "YYYY-MM-DD", val, "%s", v->column);
	case FSCK_COL_ENTRY_DAY:
		return report(f, GOALS_FSCK_ENTRY_DAY, v->record, goal, v->id,
			      "a day within a day of its time", val, "%s",
			      v->column);
	case FSCK_COL_TEXT:
	case FSCK_COL_NOTE:
		if (!v->value)
			return 0;
		if ((int64_t)strlen(v->value) != v->len)
			return report(f, GOALS_FSCK_BAD_TEXT, v->record, goal,
				      v->id, NULL, NULL,
				      "%s: holds a NUL byte", v->column);
		if (goals_check_text(v->value, v->column,
				     v->check == FSCK_COL_NOTE
					     ? GOALS_TEXT_NEWLINES |
						       GOALS_TEXT_EMPTY
				     : strcmp(v->column, "text")
					     ? GOALS_TEXT_EMPTY
					     : 0) == GOALS_OK)
			return 0;
		snprintf(found, sizeof(found), "%s", goals_errmsg());
		return report(f, GOALS_FSCK_BAD_TEXT, v->record, goal, v->id,
			      NULL, NULL, "%s", found);
	}
	return 0;
}

/* The whole check, in the open transaction. */
static int run(struct fsck *f, goals_store *s)
{
	struct nodes ns = {NULL, 0, 0};
	int rc;
	if ((rc = store_fsck_integrity(s, on_damage, f)) || f->damaged)
		return rc;
	if ((rc = store_fsck_counts(s, &f->st)) ||
	    (rc = store_fsck_foreign_keys(s, on_foreign_key, f)) ||
	    (rc = store_fsck_schema(s, on_schema, f)) ||
	    (rc = store_fsck_revisions(s, on_revisions, f)) ||
	    (rc = store_fsck_goal_sums(s, on_sums, f)) ||
	    (rc = store_fsck_periods(s, on_period, f)) ||
	    (rc = store_fsck_void_marks(s, on_void_mark, f)) ||
	    (rc = store_fsck_void_goals(s, on_void_goal, f)) ||
	    (rc = store_fsck_statuses(s, on_status, f)))
		return rc;
	if (!(rc = store_fsck_parents(s, on_parent, &ns)))
		rc = find_loops(f, &ns);
	free(ns.v);
	if (rc)
		return rc;
	return store_fsck_columns(s, on_column, f);
}

int goals_fsck(goals_store *s, goals_fsck_fn cb, void *ctx,
	       goals_fsck_stats *stats)
{
	struct fsck f;
	int rc, own = 0;
	if (!s || !cb)
		return goals_error(GOALS_EINVAL, "goals_fsck: no store or "
						 "no callback");
	memset(&f, 0, sizeof(f));
	f.cb = cb;
	f.ctx = ctx;
	if (!store_in_txn(s)) {
		if ((rc = store_begin(s, 0)))
			return rc;
		own = 1;
	}
	rc = run(&f, s);
	if (own)
		store_rollback(s);
	if (stats)
		*stats = f.st;
	return rc;
}

static const char *const code_names[] = {
	NULL,
	"damaged",
	"foreign-key",
	"schema-missing",
	"schema-changed",
	"schema-extra",
	"revision-numbers",
	"current-revision",
	"entry-count",
	"entry-sum",
	"entry-scale",
	"last-entry",
	"period-sum",
	"period-missing",
	"period-extra",
	"void-mark",
	"void-goal",
	"status",
	"parent-loop",
	"bad-id",
	"bad-time",
	"bad-day",
	"entry-day",
	"bad-text",
};

const char *goals_fsck_code_name(goals_fsck_code code)
{
	if ((int)code <= 0 ||
	    (size_t)code >= sizeof(code_names) / sizeof(code_names[0]))
		return NULL;
	return code_names[code];
}
