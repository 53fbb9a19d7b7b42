/*
 * fields.c - from the strings of the field options to goals_fields, with
 * errors that name the option.
 */
#include <string.h>

#include "fields.h"

/* Parse a number option into *out. */
static int number(double *out, const char *v, const char *opt)
{
	int rc = goals_parse_number(out, v);
	return rc ? cli_fail(rc, opt) : EXIT_OK;
}

/* Copy a text option into a string field, after checking it. */
static int text(goals_fields *f, unsigned bit, const char *v, const char *opt,
		const char *what)
{
	int rc = goals_check_text(v, what, 0);
	if (!rc)
		rc = goals_fields_set_str(f, bit, v);
	return rc ? cli_fail(rc, opt) : EXIT_OK;
}

/* Parse a date option into *out. */
static int date(goals_date *out, const char *v, const char *opt)
{
	int rc = goals_date_parse(out, v, cli.today, 0);
	return rc ? cli_fail(rc, opt) : EXIT_OK;
}

int fields_check_args(goals_fields *f, const struct field_args *a)
{
	char area[GOALS_AREA_MAX + 1];
	int rc;
	if (a->area) {
		if ((rc = goals_parse_area(area, a->area)))
			return cli_fail(rc, "--area");
		if ((rc = text(f, GOALS_F_AREA, area, "--area", "area")))
			return rc;
	}
	if (a->kind) {
		if ((rc = goals_parse_kind(&f->kind, a->kind)))
			return cli_fail(rc, "--kind");
		f->set |= GOALS_F_KIND;
	}
	if (a->metric &&
	    (rc = text(f, GOALS_F_METRIC, a->metric, "--metric", "metric")))
		return rc;
	if (a->unit && (rc = text(f, GOALS_F_UNIT, a->unit, "--unit", "unit")))
		return rc;
	if (a->baseline) {
		if ((rc = number(&f->baseline, a->baseline, "--baseline")))
			return rc;
		f->set |= GOALS_F_BASELINE;
	}
	if (a->target) {
		if ((rc = number(&f->target, a->target, "--target")))
			return rc;
		f->set |= GOALS_F_TARGET;
	}
	if (a->every) {
		if ((rc = goals_parse_every(&f->every, a->every)))
			return cli_fail(rc, "--every");
		f->set |= GOALS_F_EVERY;
	}
	if (a->start) {
		if ((rc = date(&f->start, a->start, "--start")))
			return rc;
		f->set |= GOALS_F_START;
	}
	if (a->by) {
		if ((rc = date(&f->deadline, a->by, "--by")))
			return rc;
		f->set |= GOALS_F_DEADLINE;
	}
	if (a->why && (rc = text(f, GOALS_F_WHY, a->why, "--why", "why")))
		return rc;
	if (a->confidence) {
		if ((rc = goals_parse_confidence(&f->confidence, a->confidence)))
			return cli_fail(rc, "--confidence");
		f->set |= GOALS_F_CONFIDENCE;
	}
	if (a->review) {
		if ((rc = goals_parse_review(&f->review, a->review)))
			return cli_fail(rc, "--review");
		f->set |= GOALS_F_REVIEW;
	}
	return EXIT_OK;
}
