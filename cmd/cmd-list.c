/*
 * cmd-list.c - goals list: the goals that match a filter, one a line.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "options.h"

static const char *const synopsis[] = {
	"[--status STATUS] [--area WORD] [--due-before DATE] [--json]", NULL};
static const struct usage usage = {
	"list", synopsis,
	"List goals (active ones by default), soonest deadline first.",
	COMP_OPTIONS, COMP_OPTIONS};

/* Parse --status into a bitmask of statuses. */
static int parse_statuses(unsigned *out, const char *v)
{
	goals_status st;
	if (!v) {
		*out = 1u << GOALS_STATUS_ACTIVE;
		return EXIT_OK;
	}
	if (opt_word_eq(v, "all")) { /* and complete.c offers "all" */
		*out = (1u << GOALS_STATUS_ACTIVE) |
		       (1u << GOALS_STATUS_ACHIEVED) |
		       (1u << GOALS_STATUS_ABANDONED);
		return EXIT_OK;
	}
	if (goals_parse_status(&st, v) != GOALS_OK)
		return cli_bad_input("invalid --status '%.40s': expected "
				     "active, achieved, abandoned or all",
				     v);
	*out = 1u << st;
	return EXIT_OK;
}

/* Print one goal as a line: id, deadline, percent, [status], text, area. */
static void line(const goals_goal *g, int with_status, int depth)
{
	char due[GOALS_DATE_BUFSZ] = "-", pct[16] = "-";
	if (g->f.set & GOALS_F_DEADLINE)
		goals_date_format(due, g->f.deadline);
	if (g->progress.has_percent)
		snprintf(pct, sizeof(pct), "%d%%",
			 cli_percent(g->progress.percent));
	printf("%s%-*.*s%s  %-10s  %4s  ", cli_color(C_YELLOW),
	       GOALS_SHORT_MIN, g->short_len, g->id.hex, cli_color(C_RESET),
	       due, pct);
	if (with_status)
		printf("%-9s  ", goals_status_name(g->status));
	if (depth > 0)
		printf("%*s%s ", 2 * (depth - 1), "",
		       cli.utf8 ? "\xe2\x94\x94" : "-");
	fputs(g->f.text, stdout);
	if (g->f.set & GOALS_F_AREA)
		printf("  %s[%s]%s", cli_color(C_DIM), g->f.area,
		       cli_color(C_RESET));
	putchar('\n');
}

/* A goal of the list and where its parent is in it. */
struct node {
	const goals_goal *g;
	size_t parent;     /* index in the list, or (size_t)-1 */
	size_t first_kid;  /* first child, or (size_t)-1 */
	size_t next;       /* next sibling, or (size_t)-1 */
	size_t key;        /* the first place in the list of a goal in its
			    * subtree: the soonest deadline under it */
	int shown;
};

#define NONE ((size_t)-1)

/* Compare list indexes by the id of their goal (for bsearch). */
static const goals_goal *sort_base;
static int by_id(const void *a, const void *b)
{
	return strcmp(sort_base[*(const size_t *)a].id.hex,
		      sort_base[*(const size_t *)b].id.hex);
}

/* Compare node indexes by key (for qsort). */
static const struct node *key_base;
static int by_key(const void *a, const void *b)
{
	size_t ka = key_base[*(const size_t *)a].key;
	size_t kb = key_base[*(const size_t *)b].key;
	return ka < kb ? -1 : ka > kb;
}

/* Print node i and, under it, its children, depth first, each subtree
 * in the order of the soonest deadline in it. */
static int tree_print(struct node *n, size_t i, int with_status, int depth)
{
	size_t k, m = 0, *kids;
	int rc = EXIT_OK;
	if (n[i].shown)
		return EXIT_OK; /* a loop in the parents: each goal once */
	n[i].shown = 1;
	line(n[i].g, with_status, depth);
	for (k = n[i].first_kid; k != NONE; k = n[k].next)
		m++;
	if (!m)
		return EXIT_OK;
	if (!(kids = malloc(m * sizeof(*kids))))
		return cli_fail(GOALS_ENOMEM, NULL);
	m = 0;
	for (k = n[i].first_kid; k != NONE; k = n[k].next)
		kids[m++] = k;
	key_base = n;
	qsort(kids, m, sizeof(*kids), by_key);
	for (k = 0; !rc && k < m; k++)
		rc = tree_print(n, kids[k], with_status, depth + 1);
	free(kids);
	return rc;
}

/*
 * Print the list as a tree: each goal whose parent is not listed at the
 * top, in list order, with its children under it, indented.  Linear in
 * the list but for a sort.
 */
static int print_tree(const goals_goal_list *l, int with_status)
{
	struct node *n = calloc(l->count ? l->count : 1, sizeof(*n));
	size_t *order = calloc(l->count ? l->count : 1, sizeof(*order));
	size_t i, k, *last = calloc(l->count ? l->count : 1, sizeof(*last));
	int rc = EXIT_OK;
	if (!n || !order || !last) {
		free(n);
		free(order);
		free(last);
		return cli_fail(GOALS_ENOMEM, NULL);
	}
	for (i = 0; i < l->count; i++) {
		order[i] = i;
		n[i].g = &l->items[i];
		n[i].parent = n[i].first_kid = n[i].next = last[i] = NONE;
	}
	sort_base = l->items;
	qsort(order, l->count, sizeof(*order), by_id);
	for (i = 0; i < l->count; i++) {
		const goals_fields *f = &l->items[i].f;
		size_t lo = 0, hi = l->count, p;
		if (!(f->set & GOALS_F_PARENT))
			continue;
		while (lo < hi) { /* find the parent among the listed */
			size_t mid = lo + (hi - lo) / 2;
			int c = strcmp(l->items[order[mid]].id.hex,
				       f->parent.hex);
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == l->count ||
		    strcmp(l->items[order[lo]].id.hex, f->parent.hex))
			continue;
		p = order[lo];
		n[i].parent = p;
		if (last[p] == NONE)
			n[p].first_kid = i;
		else
			n[last[p]].next = i;
		last[p] = i;
	}
	/* a subtree sorts by its soonest deadline: the first place in the
	 * list (sorted by deadline) of any goal in it */
	for (i = 0; i < l->count; i++)
		n[i].key = i;
	for (i = 0; i < l->count; i++) {
		size_t p = n[i].parent, depth = 0;
		for (; p != NONE && depth < l->count; p = n[p].parent, depth++)
			if (n[p].key > i)
				n[p].key = i;
	}
	for (i = 0, k = 0; i < l->count; i++)
		if (n[i].parent == NONE)
			order[k++] = i;
	key_base = n;
	qsort(order, k, sizeof(*order), by_key);
	for (i = 0; !rc && i < k; i++)
		rc = tree_print(n, order[i], with_status, 0);
	for (i = 0; !rc && i < l->count; i++) /* goals caught in a loop */
		if (!n[i].shown)
			rc = tree_print(n, i, with_status, 0);
	free(n);
	free(order);
	free(last);
	return rc;
}

int cmd_list(int argc, char **argv)
{
	const char *status = NULL, *area = NULL, *due = NULL;
	char areabuf[GOALS_AREA_MAX + 1];
	int json = 0, nargs, rc;
	goals_filter filter = {0, NULL, GOALS_DATE_NONE};
	goals_goal_list l = {NULL, 0};
	goals_store *s = NULL;
	const struct opt opts[] = {
		OPT_STRC('s', "status", &status, "status",
			 "active, achieved, abandoned or all", COMP_STATUS),
		OPT_STR('a', "area", &area, "word", "only goals in this area"),
		OPT_STR(0, "due-before", &due, "date",
			"only goals due before this date"),
		OPT_FLAG_(0, "json", &json, "print a JSON array"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs > 0)
		return opt_extra("list", nargs, argv,
				 "list takes options only");
	if ((rc = parse_statuses(&filter.statuses, status)))
		return rc;
	if (area) {
		if ((rc = goals_parse_area(areabuf, area)))
			return cli_fail(rc, "--area");
		filter.area = areabuf;
	}
	if (due && (rc = goals_date_parse(&filter.due_before, due, cli.today,
					  0)))
		return cli_fail(rc, "--due-before");
	if ((rc = cli_open_store(&s, 0)))
		return rc;
	rc = goals_list(&l, s, &filter, cli.now);
	goals_store_close(s);
	if (rc)
		return cli_fail(rc, NULL);
	if (json) {
		char *out;
		rc = goals_json_goal_list(&out, &l);
		if (rc) {
			goals_goal_list_free(&l);
			return cli_fail(rc, NULL);
		}
		puts(out);
		free(out);
	} else {
		int with_status = filter.statuses != 1u << GOALS_STATUS_ACTIVE;
		rc = print_tree(&l, with_status);
	}
	goals_goal_list_free(&l);
	return rc;
}
