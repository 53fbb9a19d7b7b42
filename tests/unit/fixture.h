/*
 * fixture.h - a fresh store per test, for the unit tests of the library's
 * verbs (ops, history, json, errors), and small builders of their input.
 */
#ifndef GOALS_TEST_FIXTURE_H
#define GOALS_TEST_FIXTURE_H

#include <sqlite3.h>

#include "goals.h"
#include "helpers.h"

/* A store in a private temp directory, and a raw SQLite connection to
 * the same file, for planting rows and counting them. */
struct fx {
	char *dir;
	char *db;
	goals_store *s;
	sqlite3 *raw;
};

/* cmocka setup and teardown: *state is a struct fx. */
int fx_setup(void **state);
int fx_teardown(void **state);

/* Parse an ISO instant, a date, or a 32-hex id; fail the test if bad. */
goals_time T(const char *s);
goals_date D(const char *s);
goals_id ID(const char *hex);

/* Fail unless the last message of libgoals contains needle. */
void msg_has(const char *needle);

/* Fields with only a text (f is initialised first). */
void f_text(goals_fields *f, const char *text);
/* Set one field of f. */
void f_str(goals_fields *f, unsigned bit, const char *v);
void f_kind(goals_fields *f, goals_kind k);
void f_target(goals_fields *f, double v);
void f_baseline(goals_fields *f, double v);
void f_every(goals_fields *f, goals_every e);
void f_start(goals_fields *f, const char *d);
void f_deadline(goals_fields *f, const char *d);
void f_parent(goals_fields *f, const goals_id *p);
void f_confidence(goals_fields *f, int c);
void f_review(goals_fields *f, int n, char unit);

#endif
