/*
 * fixture.c - a fresh store per test, and builders of goals_fields.
 */
#include <stdlib.h>
#include <string.h>

#include "fixture.h"

int fx_setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	fx->dir = test_tempdir();
	fx->db = test_path(fx->dir, "goals.db");
	if (goals_store_open(&fx->s, fx->db, GOALS_OPEN_CREATE) != GOALS_OK)
		fail_msg("open: %s", goals_errmsg());
	assert_int_equal(
		sqlite3_open_v2(fx->db, &fx->raw, SQLITE_OPEN_READWRITE, NULL),
		SQLITE_OK);
	sqlite3_busy_timeout(fx->raw, 5000);
	*state = fx;
	return 0;
}

int fx_teardown(void **state)
{
	struct fx *fx = *state;

	sqlite3_close(fx->raw);
	goals_store_close(fx->s);
	free(fx->db);
	test_rmtree(fx->dir);
	free(fx);
	return 0;
}

goals_time T(const char *s)
{
	goals_time t;
	if (goals_time_parse_iso(&t, s) != GOALS_OK)
		fail_msg("cannot parse '%s': %s", s, goals_errmsg());
	return t;
}

goals_date D(const char *s)
{
	goals_date d;
	if (goals_date_parse(&d, s, 0, 0) != GOALS_OK)
		fail_msg("cannot parse '%s': %s", s, goals_errmsg());
	return d;
}

goals_id ID(const char *hex)
{
	goals_id id;
	assert_int_equal(strlen(hex), GOALS_ID_HEXLEN);
	memcpy(id.hex, hex, GOALS_ID_HEXLEN + 1);
	return id;
}

void msg_has(const char *needle)
{
	if (!strstr(goals_errmsg(), needle))
		fail_msg("message \"%s\" lacks \"%s\"", goals_errmsg(), needle);
}

void f_text(goals_fields *f, const char *text)
{
	goals_fields_init(f);
	assert_int_equal(goals_fields_set_str(f, GOALS_F_TEXT, text), GOALS_OK);
}

void f_str(goals_fields *f, unsigned bit, const char *v)
{
	assert_int_equal(goals_fields_set_str(f, bit, v), GOALS_OK);
}

void f_kind(goals_fields *f, goals_kind k)
{
	f->kind = k;
	f->set |= GOALS_F_KIND;
}

void f_target(goals_fields *f, double v)
{
	f->target = v;
	f->set |= GOALS_F_TARGET;
}

void f_baseline(goals_fields *f, double v)
{
	f->baseline = v;
	f->set |= GOALS_F_BASELINE;
}

void f_every(goals_fields *f, goals_every e)
{
	f->every = e;
	f->set |= GOALS_F_EVERY;
}

void f_start(goals_fields *f, const char *d)
{
	f->start = D(d);
	f->set |= GOALS_F_START;
}

void f_deadline(goals_fields *f, const char *d)
{
	f->deadline = D(d);
	f->set |= GOALS_F_DEADLINE;
}

void f_parent(goals_fields *f, const goals_id *p)
{
	f->parent = *p;
	f->set |= GOALS_F_PARENT;
}

void f_confidence(goals_fields *f, int c)
{
	f->confidence = c;
	f->set |= GOALS_F_CONFIDENCE;
}

void f_review(goals_fields *f, int n, char unit)
{
	f->review.n = n;
	f->review.unit = unit;
	f->set |= GOALS_F_REVIEW;
}
