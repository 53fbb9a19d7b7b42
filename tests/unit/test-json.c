/*
 * test-json.c - unit tests of lib/json.c: the keys of a goal and their
 * order, null for absent values, dates, ids and short ids, rounded
 * percents, escaping, and lists as arrays.  The output is parsed back
 * with cJSON.  Goals come from a fresh store in a temp directory, or are
 * built by hand where a test needs values the store would not give.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <sqlite3.h>

#include "fixture.h"
#include "helpers.h"

#include "goals/common.h"
#include "goals/date.h"
#include "goals/goal.h"
#include "goals/json.h"
#include "goals/store.h"
#include "id.h"
#include "json-write.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))
#define NOW     "2026-03-04T12:00:00Z"

/* The keys of a goal, in order. */
static const char *const goal_keys[] = {
	"id",         "short_id", "text",     "status",     "area",
	"kind",       "metric",   "unit",     "baseline",   "target",
	"every",      "start",    "deadline", "why",        "parent",
	"confidence", "review",   "over",       "deadline_from_text",
	"revision",
	"created",    "updated",  "progress",
};
static const char *const progress_keys[] = { "current", "percent", "entries",
					     "last_at" };

/* A hand-built done goal with a text and a fixed id. */
static void hand_goal(goals_goal *g, const char *text)
{
	memset(g, 0, sizeof(*g));
	goals_fields_init(&g->f);
	assert_int_equal(goals_fields_set_str(&g->f, GOALS_F_TEXT, text),
			 GOALS_OK);
	g->f.kind = GOALS_KIND_DONE;
	g->f.set |= GOALS_F_KIND;
	snprintf(g->id.hex, sizeof(g->id.hex), "%s",
		 "0123456789abcdef0123456789abcdef");
	g->short_len = GOALS_SHORT_MIN;
	g->status = GOALS_STATUS_ACTIVE;
	g->revision = 1;
	g->created = T("2026-03-01T09:30:00Z");
	g->updated = T("2026-03-02T10:45:05Z");
	g->progress.has_current = 1;
	g->progress.has_percent = 1;
}

/* Render g and parse it back; the caller deletes the result. */
static cJSON *render(const goals_goal *g)
{
	char *out = NULL;
	cJSON *o;

	assert_int_equal(goals_json_goal(&out, g), GOALS_OK);
	assert_non_null(out);
	/* compact: one line */
	assert_null(strchr(out, '\n'));
	o = cJSON_Parse(out);
	if (!o)
		fail_msg("not JSON: %s", out);
	free(out);
	assert_true(cJSON_IsObject(o));
	return o;
}

/* Fail unless the members of o are exactly keys[], in order. */
static void check_keys(const cJSON *o, const char *const *keys, size_t n)
{
	const cJSON *it;
	size_t i = 0;

	cJSON_ArrayForEach(it, o)
	{
		if (i >= n)
			fail_msg("extra key '%s'", it->string);
		if (strcmp(it->string, keys[i]) != 0)
			fail_msg("key %zu is '%s', want '%s'", i, it->string,
				 keys[i]);
		i++;
	}
	assert_int_equal(i, n);
}

static const cJSON *member(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	if (!v)
		fail_msg("no key '%s'", key);
	return v;
}

static void is_null(const cJSON *o, const char *key)
{
	if (!cJSON_IsNull(member(o, key)))
		fail_msg("'%s' is not null", key);
}

static void is_str(const cJSON *o, const char *key, const char *want)
{
	const cJSON *v = member(o, key);
	if (!cJSON_IsString(v))
		fail_msg("'%s' is not a string", key);
	if (strcmp(v->valuestring, want) != 0)
		fail_msg("'%s' is \"%s\", want \"%s\"", key, v->valuestring,
			 want);
}

static void is_num(const cJSON *o, const char *key, double want)
{
	const cJSON *v = member(o, key);
	if (!cJSON_IsNumber(v))
		fail_msg("'%s' is not a number", key);
	if (fabs(v->valuedouble - want) > 1e-9)
		fail_msg("'%s' is %.17g, want %.17g", key, v->valuedouble,
			 want);
}

/* Add f (and clear it), which must succeed; return the goal. */
static goals_goal *add_ok(goals_store *s, goals_fields *f, const char *now)
{
	goals_goal *g = NULL;
	if (goals_add(&g, s, f, T(now)) != GOALS_OK)
		fail_msg("add: %s", goals_errmsg());
	goals_fields_clear(f);
	return g;
}

/* Log a progress entry through a raw connection. */
static void raw_entry(const char *db, const goals_id *id, const char *at,
		      double value)
{
	sqlite3 *raw;
	sqlite3_stmt *st;
	goals_id uuid;

	assert_int_equal(sqlite3_open_v2(db, &raw, SQLITE_OPEN_READWRITE, NULL),
			 SQLITE_OK);
	sqlite3_busy_timeout(raw, 5000);
	assert_int_equal(id_random(&uuid), GOALS_OK);
	assert_int_equal(
		sqlite3_prepare_v2(
			raw,
			"INSERT INTO entries (uuid, goal, at, day, value)"
			" SELECT ?1, gid, ?3, substr(?3, 1, 10), ?4"
			" FROM goals WHERE uuid = ?2",
			-1, &st, NULL),
		SQLITE_OK);
	sqlite3_bind_text(st, 1, uuid.hex, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, id->hex, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(st, 4, value);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	assert_int_equal(sqlite3_changes(raw), 1);
	sqlite3_finalize(st);
	sqlite3_close(raw);
}

/* Tests -------------------------------------------------------------------- */

static void test_full_goal(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *parent, *g, *got;
	char want_id[GOALS_UUID_BUFSZ], want_parent[GOALS_UUID_BUFSZ];
	char want_short[GOALS_SHORT_MIN + 1];
	cJSON *o;
	const cJSON *p;

	goals_fields_init(&f);
	goals_fields_set_str(&f, GOALS_F_TEXT, "be fit");
	parent = add_ok(fx->s, &f, "2026-02-01T00:00:00Z");

	goals_fields_init(&f);
	goals_fields_set_str(&f, GOALS_F_TEXT, "Run 100 km");
	goals_fields_set_str(&f, GOALS_F_AREA, "health");
	goals_fields_set_str(&f, GOALS_F_METRIC, "distance");
	goals_fields_set_str(&f, GOALS_F_UNIT, "km");
	goals_fields_set_str(&f, GOALS_F_WHY, "to feel well");
	f.kind = GOALS_KIND_TOTAL;
	f.baseline = 4;
	f.target = 104;
	f.start = D("2026-03-01");
	f.deadline = D("2026-06-30");
	f.parent = parent->id;
	f.confidence = 7;
	f.review.n = 2;
	f.review.unit = 'w';
	f.set |= GOALS_F_KIND | GOALS_F_BASELINE | GOALS_F_TARGET |
		 GOALS_F_START | GOALS_F_DEADLINE | GOALS_F_PARENT |
		 GOALS_F_CONFIDENCE | GOALS_F_REVIEW;
	g = add_ok(fx->s, &f, "2026-03-01T08:00:00Z");
	raw_entry(fx->db, &g->id, "2026-03-02T07:00:00Z", 5.5);
	raw_entry(fx->db, &g->id, "2026-03-03T18:30:15Z", 7);
	assert_int_equal(goals_get(&got, fx->s, g->id.hex, T(NOW)), GOALS_OK);

	o = render(got);
	check_keys(o, goal_keys, N_OF(goal_keys));
	goals_id_format(want_id, &g->id);
	goals_id_format(want_parent, &parent->id);
	snprintf(want_short, sizeof(want_short), "%.7s", g->id.hex);
	is_str(o, "id", want_id);
	is_str(o, "short_id", want_short);
	is_str(o, "text", "Run 100 km");
	is_str(o, "status", "active");
	is_str(o, "area", "health");
	is_str(o, "kind", "total");
	is_str(o, "metric", "distance");
	is_str(o, "unit", "km");
	is_num(o, "baseline", 4);
	is_num(o, "target", 104);
	is_null(o, "every");
	is_str(o, "start", "2026-03-01");
	is_str(o, "deadline", "2026-06-30");
	is_str(o, "why", "to feel well");
	is_str(o, "parent", want_parent);
	is_num(o, "confidence", 7);
	is_str(o, "review", "2w");
	is_num(o, "revision", 1);
	is_str(o, "created", "2026-03-01T08:00:00Z");
	is_str(o, "updated", "2026-03-01T08:00:00Z");
	p = member(o, "progress");
	assert_true(cJSON_IsObject(p));
	check_keys(p, progress_keys, N_OF(progress_keys));
	is_num(p, "current", 16.5);
	is_num(p, "percent", 12.5);
	is_num(p, "entries", 2);
	is_str(p, "last_at", "2026-03-03T18:30:15Z");
	cJSON_Delete(o);

	/* the parent: only a text, everything else absent is null */
	goals_goal_free(got);
	assert_int_equal(goals_get(&got, fx->s, parent->id.hex, T(NOW)),
			 GOALS_OK);
	o = render(got);
	check_keys(o, goal_keys, N_OF(goal_keys));
	is_str(o, "text", "be fit");
	is_str(o, "kind", "done");
	is_null(o, "area");
	is_null(o, "metric");
	is_null(o, "unit");
	is_null(o, "baseline");
	is_null(o, "target");
	is_null(o, "every");
	is_null(o, "start");
	is_null(o, "deadline");
	is_null(o, "why");
	is_null(o, "parent");
	is_null(o, "confidence");
	is_null(o, "review");
	p = member(o, "progress");
	check_keys(p, progress_keys, N_OF(progress_keys));
	is_num(p, "current", 0);
	is_num(p, "percent", 0);
	is_num(p, "entries", 0);
	is_null(p, "last_at");
	cJSON_Delete(o);

	goals_goal_free(got);
	goals_goal_free(g);
	goals_goal_free(parent);
}

static void test_habit_and_level(void **state)
{
	struct fx *fx = *state;
	goals_fields f;
	goals_goal *g;
	cJSON *o;
	const cJSON *p;

	/* a habit names its period */
	goals_fields_init(&f);
	goals_fields_set_str(&f, GOALS_F_TEXT, "swim");
	f.every = GOALS_EVERY_WEEK;
	f.target = 3;
	f.set |= GOALS_F_EVERY | GOALS_F_TARGET;
	g = add_ok(fx->s, &f, NOW);
	o = render(g);
	is_str(o, "kind", "habit");
	is_str(o, "every", "week");
	is_num(o, "target", 3);
	is_null(o, "baseline");
	cJSON_Delete(o);
	goals_goal_free(g);

	/* a level goal with no baseline and no entry has no progress yet */
	goals_fields_init(&f);
	goals_fields_set_str(&f, GOALS_F_TEXT, "weigh 70 kg");
	f.kind = GOALS_KIND_LEVEL;
	f.target = 70;
	f.set |= GOALS_F_KIND | GOALS_F_TARGET;
	g = add_ok(fx->s, &f, NOW);
	o = render(g);
	is_str(o, "kind", "level");
	p = member(o, "progress");
	is_null(p, "current");
	is_null(p, "percent");
	is_num(p, "entries", 0);
	is_null(p, "last_at");
	cJSON_Delete(o);
	goals_goal_free(g);
}

static void test_percent_rounding(void **state)
{
	static const struct {
		double percent, want;
	} cases[] = {
		{ 200.0 / 3, 66.7 }, { 100.0 / 3, 33.3 }, { 12.34, 12.3 },
		{ 12.36, 12.4 },     { 0.04, 0 },         { 0.06, 0.1 },
		{ 99.94, 99.9 },     { 100, 100 },        { 0, 0 },
		{ 50, 50 },          { 2.25, 2.3 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		goals_goal g;
		cJSON *o;
		const cJSON *p;

		hand_goal(&g, "rounding");
		g.f.kind = GOALS_KIND_TOTAL;
		g.progress.current = 1.23456789;
		g.progress.percent = cases[i].percent;
		o = render(&g);
		p = member(o, "progress");
		is_num(p, "percent", cases[i].want);
		/* current is not rounded */
		is_num(p, "current", 1.23456789);
		cJSON_Delete(o);
		goals_fields_clear(&g.f);
	}
}

static void test_short_id(void **state)
{
	static const int lens[] = { 7, 8, 9, 12, 31, 32 };
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(lens); i++) {
		goals_goal g;
		char want[GOALS_ID_HEXLEN + 1];
		cJSON *o;

		hand_goal(&g, "short");
		g.short_len = lens[i];
		o = render(&g);
		snprintf(want, sizeof(want), "%.*s", lens[i], g.id.hex);
		is_str(o, "short_id", want);
		assert_int_equal(strlen(member(o, "short_id")->valuestring),
				 (size_t)lens[i]);
		is_str(o, "id", "01234567-89ab-cdef-0123-456789abcdef");
		cJSON_Delete(o);
		goals_fields_clear(&g.f);
	}
}

static void test_dates_and_times(void **state)
{
	static const struct {
		const char *start, *deadline;
	} cases[] = {
		{ "2026-03-01", "2026-12-31" },
		{ "0001-01-01", "9999-12-31" },
		{ "2024-02-29", "2024-03-01" },
		{ "1969-12-31", "1970-01-01" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		goals_goal g;
		cJSON *o;

		hand_goal(&g, "dates");
		g.f.start = D(cases[i].start);
		g.f.deadline = D(cases[i].deadline);
		g.f.set |= GOALS_F_START | GOALS_F_DEADLINE;
		o = render(&g);
		is_str(o, "start", cases[i].start);
		is_str(o, "deadline", cases[i].deadline);
		is_str(o, "created", "2026-03-01T09:30:00Z");
		is_str(o, "updated", "2026-03-02T10:45:05Z");
		cJSON_Delete(o);
		goals_fields_clear(&g.f);
	}
}

static void test_statuses_and_values(void **state)
{
	static const struct {
		goals_status status;
		const char *want;
	} cases[] = {
		{ GOALS_STATUS_ACTIVE, "active" },
		{ GOALS_STATUS_ACHIEVED, "achieved" },
		{ GOALS_STATUS_ABANDONED, "abandoned" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(cases); i++) {
		goals_goal g;
		cJSON *o;
		const cJSON *p;

		hand_goal(&g, "status");
		g.status = cases[i].status;
		g.revision = 3;
		g.f.kind = GOALS_KIND_LEVEL;
		g.f.baseline = -2.5;
		g.f.target = 0.125;
		g.f.confidence = 0;
		g.f.review.n = 10;
		g.f.review.unit = 'd';
		g.f.set |= GOALS_F_BASELINE | GOALS_F_TARGET |
			   GOALS_F_CONFIDENCE | GOALS_F_REVIEW;
		g.progress.current = -1.5;
		g.progress.percent = 40;
		g.progress.entries = 12;
		g.progress.last_at = T("2026-03-03T23:59:59Z");
		o = render(&g);
		is_str(o, "status", cases[i].want);
		is_str(o, "kind", "level");
		is_num(o, "revision", 3);
		is_num(o, "baseline", -2.5);
		is_num(o, "target", 0.125);
		/* 0 is a confidence, not an absent one */
		is_num(o, "confidence", 0);
		is_str(o, "review", "10d");
		p = member(o, "progress");
		is_num(p, "current", -1.5);
		is_num(p, "percent", 40);
		is_num(p, "entries", 12);
		is_str(p, "last_at", "2026-03-03T23:59:59Z");
		cJSON_Delete(o);
		goals_fields_clear(&g.f);
	}
}

static void test_escaping(void **state)
{
	static const char *const texts[] = {
		"quote \" and backslash \\",
		"tab\tinside",
		"Fr\xc3\xbchling \xe2\x80\x94 \xf0\x9f\x8f\x83",
		"</script>",
		"line\nbreak",
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_OF(texts); i++) {
		goals_goal g;
		cJSON *o;

		hand_goal(&g, texts[i]);
		goals_fields_set_str(&g.f, GOALS_F_WHY, texts[i]);
		o = render(&g);
		is_str(o, "text", texts[i]);
		is_str(o, "why", texts[i]);
		cJSON_Delete(o);
		goals_fields_clear(&g.f);
	}
}

static void test_list(void **state)
{
	static const char *const texts[] = { "first", "second", "third" };
	struct fx *fx = *state;
	goals_goal_list l;
	char *out = NULL;
	cJSON *a;
	const cJSON *it;
	size_t i;

	/* empty */
	assert_int_equal(goals_list(&l, fx->s, NULL, T(NOW)), GOALS_OK);
	assert_int_equal(goals_json_goal_list(&out, &l), GOALS_OK);
	assert_string_equal(out, "[]");
	free(out);
	goals_goal_list_free(&l);

	for (i = 0; i < N_OF(texts); i++) {
		goals_fields f;
		goals_goal *g;
		char now[32];
		goals_fields_init(&f);
		goals_fields_set_str(&f, GOALS_F_TEXT, texts[i]);
		snprintf(now, sizeof(now), "2026-03-01T00:00:0%zuZ", i);
		g = add_ok(fx->s, &f, now);
		goals_goal_free(g);
	}
	assert_int_equal(goals_list(&l, fx->s, NULL, T(NOW)), GOALS_OK);
	assert_int_equal(l.count, N_OF(texts));
	assert_int_equal(goals_json_goal_list(&out, &l), GOALS_OK);
	assert_null(strchr(out, '\n'));
	a = cJSON_Parse(out);
	if (!a)
		fail_msg("not JSON: %s", out);
	free(out);
	assert_true(cJSON_IsArray(a));
	assert_int_equal(cJSON_GetArraySize(a), N_OF(texts));
	i = 0;
	cJSON_ArrayForEach(it, a)
	{
		char want_id[GOALS_UUID_BUFSZ];
		assert_true(cJSON_IsObject(it));
		check_keys(it, goal_keys, N_OF(goal_keys));
		/* the list's order, each with its own id */
		is_str(it, "text", texts[i]);
		goals_id_format(want_id, &l.items[i].id);
		is_str(it, "id", want_id);
		i++;
	}
	cJSON_Delete(a);
	goals_goal_list_free(&l);
}

/* The export's writer prints what cJSON prints, byte for byte ------------- */

/* cJSON's print of item, compact. */
static char *cjson_of(cJSON *item)
{
	char *out = cJSON_PrintUnformatted(item);
	cJSON_Delete(item);
	assert_non_null(out);
	return out;
}

static void same_number(double d)
{
	struct jbuf b = {NULL, 0, 0, 0};
	char *want = cjson_of(cJSON_CreateNumber(d));
	jw_number(&b, d);
	assert_false(b.oom);
	if (strcmp(b.s, want))
		fail_msg("%.17g: jw %s, cJSON %s", d, b.s, want);
	free(want);
	free(b.s);
}

static void same_string(const char *s)
{
	struct jbuf b = {NULL, 0, 0, 0};
	char *want = cjson_of(cJSON_CreateString(s));
	jw_string(&b, s);
	assert_false(b.oom);
	if (strcmp(b.s, want))
		fail_msg("'%s': jw %s, cJSON %s", s, b.s, want);
	free(want);
	free(b.s);
}

static void test_writer_is_cjson(void **state)
{
	static const double numbers[] = {
		0, 1, -1, 0.1, 0.7, 60.3, 10.1, 1e-7, -2.5, 123456.789,
		2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0,
		1e15, -1e15, 999999999999999.9, 0.30000000000000004,
		1.0 / 3, 2.0 / 3, 1e300, 2.2250738585072014e-308, 4.9e-300,
		3.14159, 80.1, 1e21, 123456789012345678.0};
	static const char *const strings[] = {
		"", "plain", "a \"quoted\" note", "back\\slash",
		"line\nbreak", "tab\there", "\r\b\f", "\x01\x1f\x7f",
		"caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80", "/slash/",
		"a, b; c"};
	unsigned long long x = 88172645463325252ULL;
	size_t i;
	(void)state;
	for (i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		same_number(numbers[i]);
		same_number(-numbers[i]);
	}
	/* any double at all (xorshift bits), and decimals as people type */
	for (i = 0; i < 20000; i++) {
		double d;
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		memcpy(&d, &x, sizeof(d));
		if (isfinite(d))
			same_number(d);
		same_number((double)(x % 100000000) / 1000.0);
	}
	for (i = 0; i < sizeof(strings) / sizeof(strings[0]); i++)
		same_string(strings[i]);
	{
		struct jbuf b = {NULL, 0, 0, 0};
		jw_string(&b, NULL);
		jw_uuid(&b, "0123456789abcdef0123456789abcdef");
		assert_string_equal(
			b.s, "null\"01234567-89ab-cdef-0123-456789abcdef\"");
		free(b.s);
	}
}

int main(void)
{
#define T_(f) cmocka_unit_test_setup_teardown(f, fx_setup, fx_teardown)
	const struct CMUnitTest tests[] = {
		T_(test_full_goal),
		T_(test_habit_and_level),
		cmocka_unit_test(test_percent_rounding),
		cmocka_unit_test(test_short_id),
		cmocka_unit_test(test_dates_and_times),
		cmocka_unit_test(test_statuses_and_values),
		cmocka_unit_test(test_escaping),
		T_(test_list),
		cmocka_unit_test(test_writer_is_cjson),
	};
#undef T_

	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
