/*
 * fields.c - from the strings of the field options and template lines
 * to goals_fields, with errors that name the option or the line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fields.h"

const char *fields_first_given(const struct field_args *a)
{
	int i;
	for (i = FA_TEXT + 1; i < FA_N; i++)
		if (a->v[i])
			return field_key(i);
	return NULL;
}

/* Report a failure rc of field i: "--by: ..." or "line 7: by: ...". */
static int report(int rc, const struct field_args *a, enum field_arg i,
		  unsigned flags)
{
	char what[64];
	if (flags & FIELDS_QUIET)
		return goals_error_is_input(rc) ? EXIT_USAGE : EXIT_STORE;
	if (a->line[i])
		snprintf(what, sizeof(what), "line %d: %s", a->line[i],
			 field_key(i));
	else if (i == FA_TEXT) /* TEXT is no option */
		return cli_fail(rc, NULL);
	else
		snprintf(what, sizeof(what), "--%s", field_key(i));
	return cli_fail(rc, what);
}

/* Parse field i from string v into f. */
static int parse_one(goals_fields *f, enum field_arg i, const char *v)
{
	char area[GOALS_AREA_MAX + 1];
	int rc;
	switch (i) {
	case FA_TEXT:
		if ((rc = goals_check_text(v, "text", 0)))
			return rc;
		return goals_fields_set_str(f, GOALS_F_TEXT, v);
	case FA_AREA:
		if ((rc = goals_parse_area(area, v)))
			return rc;
		return goals_fields_set_str(f, GOALS_F_AREA, area);
	case FA_METRIC:
	case FA_UNIT:
	case FA_WHY:
		if ((rc = goals_check_text(v, field_key(i), 0)))
			return rc;
		return goals_fields_set_str(f, field_bit(i), v);
	case FA_KIND:
		rc = goals_parse_kind(&f->kind, v);
		break;
	case FA_BASELINE:
		rc = goals_parse_number(&f->baseline, v);
		break;
	case FA_TARGET:
		rc = goals_parse_number(&f->target, v);
		break;
	case FA_EVERY:
		rc = goals_parse_every(&f->every, v);
		break;
	case FA_START:
		rc = goals_date_parse(&f->start, v, cli.today, 0);
		break;
	case FA_BY:
		rc = goals_date_parse(&f->deadline, v, cli.today, 0);
		break;
	case FA_CONFIDENCE:
		rc = goals_parse_confidence(&f->confidence, v);
		break;
	case FA_REVIEW:
		rc = goals_parse_review(&f->review, v);
		break;
	case FA_OVER:
		rc = goals_parse_over(&f->over, v);
		break;
	default:
		return GOALS_OK;
	}
	if (!rc)
		f->set |= field_bit(i);
	return rc;
}

/* 1 when v asks to clear a field: "none", or "" from a template. */
static int clears(const struct field_args *a, enum field_arg i)
{
	return !strcmp(a->v[i], "none") || (a->line[i] && !a->v[i][0]);
}

int fields_parse(goals_fields *f, unsigned *clear, const struct field_args *a,
		 unsigned flags)
{
	int i, rc;
	for (i = 0; i < FA_N; i++) {
		if (!a->v[i] || i == FA_PARENT)
			continue;
		/* an empty (or "none") template line is an absent field when
		 * adding */
		if (a->line[i] && !(flags & FIELDS_CLEAR) && i != FA_TEXT &&
		    (!a->v[i][0] || !strcmp(a->v[i], "none")))
			continue;
		if ((flags & FIELDS_CLEAR) && i != FA_TEXT && clears(a, i)) {
			*clear |= field_bit(i);
			continue;
		}
		if ((rc = parse_one(f, i, a->v[i])))
			return report(rc, a, i, flags);
	}
	return EXIT_OK;
}

int fields_parent(goals_fields *f, unsigned *clear,
		  const struct field_args *a, goals_store *s, unsigned flags)
{
	int rc;
	/* when adding, "none" (and an empty template line) is no parent */
	if (!a->v[FA_PARENT] ||
	    (!(flags & FIELDS_CLEAR) &&
	     ((a->line[FA_PARENT] && !a->v[FA_PARENT][0]) ||
	      !strcmp(a->v[FA_PARENT], "none"))))
		return EXIT_OK;
	if ((flags & FIELDS_CLEAR) && clears(a, FA_PARENT)) {
		*clear |= GOALS_F_PARENT;
		return EXIT_OK;
	}
	if ((rc = goals_resolve(&f->parent, s, a->v[FA_PARENT])))
		return report(rc, a, FA_PARENT, flags);
	f->set |= GOALS_F_PARENT;
	return EXIT_OK;
}

int fields_clear_list(unsigned *bits, const char *list)
{
	const char *p = list;
	while (*p) {
		size_t len = strcspn(p, ",");
		int i, found = 0;
		for (i = 0; i < FA_N; i++)
			if (strlen(field_key(i)) == len &&
			    !strncmp(p, field_key(i), len)) {
				*bits |= field_bit(i);
				found = 1;
			}
		if (len == 8 && !strncmp(p, "deadline", 8)) {
			*bits |= GOALS_F_DEADLINE;
			found = 1;
		}
		if (!found || (len == 4 && !strncmp(p, "text", 4)) ||
		    (len == 4 && !strncmp(p, "kind", 4)))
			return cli_bad_input(
				"--clear: cannot clear '%.*s': expected a list "
				"of area, metric, unit, baseline, target, "
				"every, start, by, why, parent, confidence, "
				"review, over",
				(int)(len > 40 ? 40 : len), p);
		p += len;
		if (*p == ',')
			p++;
	}
	return EXIT_OK;
}

int fields_format(char *vals[FA_N], const goals_fields *f)
{
	char buf[64];
	int i;
	for (i = 0; i < FA_N; i++)
		vals[i] = NULL;
	for (i = 0; i < FA_N; i++) {
		const char *v = NULL;
		if (!(f->set & field_bit(i)))
			continue;
		buf[0] = '\0';
		switch (i) {
		case FA_TEXT:
			v = f->text;
			break;
		case FA_AREA:
			v = f->area;
			break;
		case FA_KIND:
			v = goals_kind_name(f->kind);
			break;
		case FA_METRIC:
			v = f->metric;
			break;
		case FA_UNIT:
			v = f->unit;
			break;
		case FA_WHY:
			v = f->why;
			break;
		case FA_BASELINE:
			cli_number(buf, sizeof(buf), f->baseline);
			break;
		case FA_TARGET:
			cli_number(buf, sizeof(buf), f->target);
			break;
		case FA_EVERY:
			v = goals_every_name(f->every);
			break;
		case FA_START:
			goals_date_format(buf, f->start);
			break;
		case FA_BY:
			goals_date_format(buf, f->deadline);
			break;
		case FA_PARENT:
			snprintf(buf, sizeof(buf), "%.12s", f->parent.hex);
			break;
		case FA_CONFIDENCE:
			snprintf(buf, sizeof(buf), "%d", f->confidence);
			break;
		case FA_REVIEW:
			goals_review_format(buf, f->review);
			break;
		case FA_OVER:
			goals_over_format(buf, f->over);
			break;
		}
		if (!(vals[i] = strdup(v ? v : buf))) {
			fields_format_free(vals);
			return cli_fail(GOALS_ENOMEM, NULL);
		}
	}
	return EXIT_OK;
}

void fields_format_free(char *vals[FA_N])
{
	int i;
	for (i = 0; i < FA_N; i++) {
		free(vals[i]);
		vals[i] = NULL;
	}
}
