/*
 * import.c - an export back in: reading JSON Lines a line at a time (or
 * a JSON document whole), checking every record as strictly as the
 * commands check what users type, and merging it into the store by id,
 * in one transaction that a refused record rolls back whole.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "error.h"
#include "goals/export.h"
#include "goals/history.h"
#include "goals/parse.h"
#include "id.h"
#include "ops.h"
#include "storage.h"

/* The longest line of JSON Lines read (a record is far shorter). */
#define LINE_MAX_BYTES (16u << 20)
/* The largest JSON document read whole. */
#define DOC_MAX_BYTES (1u << 30)
/* The largest value of an entry, either way (as goals_entry_add). */
#define ENTRY_MAX 1e15

/* The state of one import. */
struct im {
	goals_store *s;
	goals_import_stats st;
	char where[80];   /* "line 12" or "goals[3].entries[5]" */
	const char *type; /* the record's type, for messages */
	int64_t *touched; /* goals that records were merged into */
	size_t n_touched, cap_touched;
};

/* Refuse the current record: "line 12: entry: key 'value': ...". */
static int bad(struct im *m, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int bad(struct im *m, const char *key, const char *fmt, ...)
{
	char why[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	if (key)
		return goals_error(GOALS_EINVAL, "%s: %s: key '%s': %s",
				   m->where, m->type, key, why);
	return goals_error(GOALS_EINVAL, "%s: %s: %s", m->where, m->type, why);
}

/* Remember that goal gid needs settling. */
static int touch(struct im *m, int64_t gid)
{
	if (m->n_touched && m->touched[m->n_touched - 1] == gid)
		return GOALS_OK;
	if (m->n_touched == m->cap_touched) {
		size_t c = m->cap_touched ? m->cap_touched * 2 : 64;
		int64_t *v = realloc(m->touched, c * sizeof(*v));
		if (!v)
			return goals_error_oom();
		m->touched = v;
		m->cap_touched = c;
	}
	m->touched[m->n_touched++] = gid;
	return GOALS_OK;
}

/* Reading keys ---------------------------------------------------------- */

/* The item of key in o; NULL (after a refusal) when missing and needed. */
static int item(struct im *m, const cJSON *o, const char *key, int needed,
		const cJSON **out)
{
	*out = cJSON_GetObjectItemCaseSensitive(o, key);
	if (!*out && needed)
		return bad(m, key, "missing");
	return GOALS_OK;
}

/* A string, or NULL for null (or missing, when not needed). */
static int get_str(struct im *m, const cJSON *o, const char *key, int needed,
		   const char **out)
{
	const cJSON *v;
	int rc = item(m, o, key, needed, &v);
	*out = NULL;
	if (rc || !v || cJSON_IsNull(v)) {
		if (!rc && needed)
			return bad(m, key, "expected a string, got null");
		return rc;
	}
	if (!cJSON_IsString(v) || !v->valuestring)
		return bad(m, key, "expected a string");
	*out = v->valuestring;
	return GOALS_OK;
}

/* A text as the commands take it (UTF-8, no control characters ...). */
static int get_text(struct im *m, const cJSON *o, const char *key,
		    int needed, unsigned flags, const char **out)
{
	int rc = get_str(m, o, key, needed, out);
	if (rc || !*out)
		return rc;
	if (goals_check_text(*out, key, flags))
		return bad(m, key, "%s", goals_errmsg());
	return GOALS_OK;
}

/* A 32-hex id, written as a UUID (8-4-4-4-12) or as 32 digits. */
static int get_id(struct im *m, const cJSON *o, const char *key, int needed,
		  goals_id *out, int *has)
{
	const char *s;
	size_t i, n = 0;
	int rc = get_str(m, o, key, needed, &s);
	*has = 0;
	if (rc || !s)
		return rc;
	for (i = 0; s[i] && n <= GOALS_ID_HEXLEN; i++) {
		if (s[i] == '-' && (i == 8 || i == 13 || i == 18 || i == 23))
			continue;
		if (!isxdigit((unsigned char)s[i]))
			break;
		out->hex[n++] = (char)tolower((unsigned char)s[i]);
	}
	if (s[i] || n != GOALS_ID_HEXLEN)
		return bad(m, key, "expected an id (a UUID), got \"%.40s\"", s);
	out->hex[n] = '\0';
	*has = 1;
	return GOALS_OK;
}

/* An instant, YYYY-MM-DDTHH:MM:SSZ as exports write it. */
static int get_time(struct im *m, const cJSON *o, const char *key,
		    goals_time *out)
{
	const char *s;
	int rc = get_str(m, o, key, 1, &s);
	if (rc)
		return rc;
	if (goals_time_parse_iso(out, s))
		return bad(m, key, "expected a time such as "
				   "2026-03-01T09:00:00Z, got \"%.40s\"",
			   s);
	return GOALS_OK;
}

/* A day, YYYY-MM-DD, or GOALS_DATE_NONE for null. */
static int get_date(struct im *m, const cJSON *o, const char *key,
		    int needed, goals_date *out)
{
	const char *s;
	int rc = get_str(m, o, key, needed, &s), y, mo, d, k;
	*out = GOALS_DATE_NONE;
	if (rc || !s)
		return rc;
	for (k = 0; k < 10; k++)
		if (k == 4 || k == 7 ? s[k] != '-'
				     : !isdigit((unsigned char)s[k]))
			break;
	if (k != 10 || s[10] || sscanf(s, "%4d-%2d-%2d", &y, &mo, &d) != 3 ||
	    goals_date_from_ymd(out, y, mo, d))
		return bad(m, key, "expected a date YYYY-MM-DD, got \"%.40s\"",
			   s);
	return GOALS_OK;
}

/* A finite number (not a subnormal one), or *has = 0 for null. */
static int get_num(struct im *m, const cJSON *o, const char *key, int needed,
		   double *out, int *has)
{
	const cJSON *v;
	int rc = item(m, o, key, needed, &v);
	*has = 0;
	if (rc || !v || cJSON_IsNull(v)) {
		if (!rc && needed)
			return bad(m, key, "expected a number, got null");
		return rc;
	}
	if (!cJSON_IsNumber(v))
		return bad(m, key, "expected a number");
	if (!isfinite(v->valuedouble) ||
	    fpclassify(v->valuedouble) == FP_SUBNORMAL)
		return bad(m, key, "expected a finite number");
	*out = v->valuedouble == 0 ? 0 : v->valuedouble;
	*has = 1;
	return GOALS_OK;
}

/* A whole number in lo..hi, or *has = 0 for null. */
static int get_int(struct im *m, const cJSON *o, const char *key, int needed,
		   int lo, int hi, int *out, int *has)
{
	double d;
	int rc = get_num(m, o, key, needed, &d, has);
	if (rc || !*has)
		return rc;
	if (d != floor(d) || d < lo || d > hi)
		return bad(m, key, "expected a whole number from %d to %d, got "
				   "%.17g",
			   lo, hi, d);
	*out = (int)d;
	return GOALS_OK;
}

/* One of names[1..n) (names[0] unused), into *out. */
static int get_enum(struct im *m, const cJSON *o, const char *key,
		    const char *const *names, int n, int *out)
{
	const char *s;
	int rc = get_str(m, o, key, 1, &s), i;
	if (rc)
		return rc;
	for (i = 1; i < n; i++)
		if (!strcmp(s, names[i])) {
			*out = i;
			return GOALS_OK;
		}
	return bad(m, key, "unknown value \"%.40s\"", s);
}

/* The goal a record belongs to: it must be in the store (or have come
 * before, in this import). */
static int record_goal(struct im *m, const cJSON *o, goals_id *id,
		       int64_t *gid)
{
	goals_time created;
	int has, found, rc = get_id(m, o, "goal", 1, id, &has);
	if (rc)
		return rc;
	if ((rc = store_goal_lookup(m->s, id, gid, &created, &found)))
		return rc;
	if (!found)
		return bad(m, "goal",
			   "no goal has id %.8s... in the store or before "
			   "this record",
			   id->hex);
	return GOALS_OK;
}

/* 1 when two strings are both NULL or equal. */
static int same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* Records --------------------------------------------------------------- */

static int import_goal(struct im *m, const cJSON *o)
{
	goals_id id;
	goals_time created, had;
	int64_t gid;
	int has, found, rc;
	if ((rc = get_id(m, o, "id", 1, &id, &has)) ||
	    (rc = get_time(m, o, "created", &created)))
		return rc;
	if ((rc = store_goal_lookup(m->s, &id, &gid, &had, &found)))
		return rc;
	if (found) {
		if (had != created)
			return bad(m, "created",
				   "goal %.8s... is in the store, created at "
				   "another time",
				   id.hex);
		m->st.present++;
		return GOALS_OK;
	}
	if ((rc = store_goal_put(m->s, &id, created, &gid)) ||
	    (rc = touch(m, gid)))
		return rc;
	m->st.goals++;
	return GOALS_OK;
}

/* Read the fields of a revision record into f (initialised). */
static int revision_fields(struct im *m, const cJSON *o, goals_fields *f)
{
	static const char *const kinds[] = {NULL, "total", "level", "habit",
					    "done"};
	static const char *const everys[] = {NULL, "day", "week", "month"};
	const char *s;
	char area[GOALS_AREA_MAX + 1];
	const cJSON *v;
	goals_fields check;
	int has, k = 0, rc;
	if ((rc = get_text(m, o, "text", 1, 0, &s)) ||
	    (rc = goals_fields_set_str(f, GOALS_F_TEXT, s)))
		return rc;
	if ((rc = get_str(m, o, "area", 0, &s)))
		return rc;
	if (s) {
		if (goals_parse_area(area, s) || strcmp(area, s))
			return bad(m, "area", "expected a word in lower case, "
					      "got \"%.40s\"",
				   s);
		if ((rc = goals_fields_set_str(f, GOALS_F_AREA, s)))
			return rc;
	}
	if ((rc = get_enum(m, o, "kind", kinds, 5, &k)))
		return rc;
	f->kind = (goals_kind)k;
	f->set |= GOALS_F_KIND;
	if ((rc = get_text(m, o, "metric", 0, 0, &s)) ||
	    (s && (rc = goals_fields_set_str(f, GOALS_F_METRIC, s))) ||
	    (rc = get_text(m, o, "unit", 0, 0, &s)) ||
	    (s && (rc = goals_fields_set_str(f, GOALS_F_UNIT, s))) ||
	    (rc = get_text(m, o, "why", 0, 0, &s)) ||
	    (s && (rc = goals_fields_set_str(f, GOALS_F_WHY, s))))
		return rc;
	if ((rc = get_num(m, o, "baseline", 0, &f->baseline, &has)))
		return rc;
	f->set |= has ? GOALS_F_BASELINE : 0;
	if ((rc = get_num(m, o, "target", 0, &f->target, &has)))
		return rc;
	f->set |= has ? GOALS_F_TARGET : 0;
	if ((rc = item(m, o, "every", 0, &v)))
		return rc;
	if (v && !cJSON_IsNull(v)) {
		if ((rc = get_enum(m, o, "every", everys, 4, &k)))
			return rc;
		f->every = (goals_every)k;
		f->set |= GOALS_F_EVERY;
	}
	if ((rc = get_date(m, o, "start", 0, &f->start)))
		return rc;
	f->set |= f->start != GOALS_DATE_NONE ? GOALS_F_START : 0;
	if ((rc = get_date(m, o, "deadline", 0, &f->deadline)))
		return rc;
	f->set |= f->deadline != GOALS_DATE_NONE ? GOALS_F_DEADLINE : 0;
	if ((rc = get_id(m, o, "parent", 0, &f->parent, &has)))
		return rc;
	f->set |= has ? GOALS_F_PARENT : 0;
	if ((rc = get_int(m, o, "confidence", 0, 0, 10, &f->confidence,
			  &has)))
		return rc;
	f->set |= has ? GOALS_F_CONFIDENCE : 0;
	if ((rc = get_str(m, o, "review", 0, &s)))
		return rc;
	if (s) {
		if (goals_parse_review(&f->review, s))
			return bad(m, "review", "%s", goals_errmsg());
		f->set |= GOALS_F_REVIEW;
	}
	if ((rc = get_int(m, o, "over", 0, 1, 366, &f->over, &has)))
		return rc;
	f->set |= has ? GOALS_F_OVER : 0;
	if ((rc = item(m, o, "deadline_from_text", 0, &v)))
		return rc;
	if (v && !cJSON_IsBool(v))
		return bad(m, "deadline_from_text", "expected true or false");
	f->deadline_from_text = v && cJSON_IsTrue(v) &&
				(f->set & GOALS_F_DEADLINE);
	/* the rules fields obey together (a deadline read from the words
	 * may come before a start given later) */
	check = *f;
	if (check.deadline_from_text)
		check.set &= ~GOALS_F_DEADLINE;
	if (goals_fields_check(&check))
		return bad(m, NULL, "%s", goals_errmsg());
	return GOALS_OK;
}

/* The key of the first field in which two revisions differ, or NULL. */
static const char *revision_differs(const goals_revision *a,
				    const goals_revision *b)
{
	static const char *const names[] = {
		"text",	  "area",     "kind",	"metric", "unit",
		"baseline", "target", "every",	"start",  "deadline",
		"why",	  "parent",   "confidence", "review", "over"};
	unsigned diff = goals_fields_diff(&a->f, &b->f);
	size_t i;
	if (a->at != b->at)
		return "at";
	if (!same_str(a->message, b->message))
		return "message";
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (diff & (1u << i))
			return names[i];
	if (a->f.deadline_from_text != b->f.deadline_from_text)
		return "deadline_from_text";
	return NULL;
}

static int import_revision(struct im *m, const cJSON *o)
{
	goals_revision r, had;
	goals_id goal;
	int64_t gid, had_gid;
	int has, found, rc;
	const char *key;
	memset(&r, 0, sizeof(r));
	goals_fields_init(&r.f);
	if ((rc = get_id(m, o, "id", 1, &r.id, &has)) ||
	    (rc = record_goal(m, o, &goal, &gid)) ||
	    (rc = get_int(m, o, "revision", 1, 1, REVISION_MERGED - 1,
			  &r.number, &has)) ||
	    (rc = get_time(m, o, "at", &r.at)) ||
	    (rc = get_text(m, o, "message", 0, GOALS_TEXT_NEWLINES,
			   (const char **)&r.message)) ||
	    (rc = revision_fields(m, o, &r.f)))
		goto out;
	if ((rc = store_revision_find(m->s, &r.id, &had_gid, &had, &found)))
		goto out;
	if (found) {
		key = had_gid != gid ? "goal" : revision_differs(&had, &r);
		free(had.message);
		goals_fields_clear(&had.f);
		if (key)
			rc = bad(m, key,
				 "revision %.8s... is in the store with "
				 "another value",
				 r.id.hex);
		else
			m->st.present++;
		goto out;
	}
	/* numbered after the goal's own until the goal is settled */
	r.number += REVISION_MERGED;
	rc = store_revision_put(m->s, gid, &r);
	if (rc && goals_errmsg()[0] && strstr(goals_errmsg(), "UNIQUE"))
		rc = bad(m, "revision", "goal %.8s... has revision %d twice",
			 goal.hex, r.number - REVISION_MERGED);
	if (!rc && !(rc = touch(m, gid)))
		m->st.revisions++;
out:
	goals_fields_clear(&r.f);
	return rc;
}

static int import_entry(struct im *m, const cJSON *o)
{
	goals_entry e, had;
	int64_t gid, had_gid;
	int has, found, rc;
	const char *key = NULL;
	memset(&e, 0, sizeof(e));
	if ((rc = get_id(m, o, "id", 1, &e.id, &has)) ||
	    (rc = record_goal(m, o, &e.goal, &gid)) ||
	    (rc = get_time(m, o, "at", &e.at)) ||
	    (rc = get_date(m, o, "day", 1, &e.day)) ||
	    (rc = get_num(m, o, "value", 1, &e.value, &has)) ||
	    (rc = get_text(m, o, "note", 0, GOALS_TEXT_NEWLINES,
			   (const char **)&e.note)))
		return rc;
	if (fabs(e.value) > ENTRY_MAX)
		return bad(m, "value", "%.17g is too large: expected at most "
				       "%g either way",
			   e.value, ENTRY_MAX);
	if ((rc = store_entry_find(m->s, &e.id, &had_gid, &had, &found)))
		return rc;
	if (found) {
		key = had_gid != gid		 ? "goal"
		      : had.at != e.at		 ? "at"
		      : had.day != e.day	 ? "day"
		      : had.value != e.value	 ? "value"
		      : !same_str(had.note, e.note) ? "note"
						 : NULL;
		goals_entry_clear(&had);
		if (key)
			return bad(m, key,
				   "entry %.8s... is in the store with another "
				   "value",
				   e.id.hex);
		m->st.present++;
		return GOALS_OK;
	}
	if ((rc = store_entry_insert(m->s, gid, &e)))
		return rc;
	m->st.entries++;
	return GOALS_OK;
}

static int import_event(struct im *m, const cJSON *o)
{
	static const char *const types[] = {NULL, "achieved", "abandoned",
					    "reopened"};
	goals_event e, had;
	goals_id goal;
	int64_t gid, had_gid;
	int has, found, k = 0, rc;
	const char *key;
	memset(&e, 0, sizeof(e));
	if ((rc = get_id(m, o, "id", 1, &e.id, &has)) ||
	    (rc = record_goal(m, o, &goal, &gid)) ||
	    (rc = get_enum(m, o, "event", types, 4, &k)) ||
	    (rc = get_time(m, o, "at", &e.at)) ||
	    (rc = get_text(m, o, "message", 0, GOALS_TEXT_NEWLINES,
			   (const char **)&e.message)))
		return rc;
	e.type = (goals_event_type)k;
	if ((rc = store_event_find(m->s, &e.id, &had_gid, &had, &found)))
		return rc;
	if (found) {
		key = had_gid != gid	       ? "goal"
		      : had.type != e.type     ? "event"
		      : had.at != e.at	       ? "at"
		      : !same_str(had.message, e.message) ? "message"
							  : NULL;
		free(had.message);
		if (key)
			return bad(m, key,
				   "event %.8s... is in the store with another "
				   "value",
				   e.id.hex);
		m->st.present++;
		return GOALS_OK;
	}
	if ((rc = store_event_insert(m->s, gid, &e)) || (rc = touch(m, gid)))
		return rc;
	m->st.events++;
	return GOALS_OK;
}

static int import_void(struct im *m, const cJSON *o)
{
	goals_void v, had;
	goals_entry e;
	int64_t gid, had_gid, entry_gid;
	int has, found, rc;
	const char *key;
	memset(&v, 0, sizeof(v));
	if ((rc = get_id(m, o, "id", 1, &v.id, &has)) ||
	    (rc = get_id(m, o, "entry", 1, &v.entry, &has)) ||
	    (rc = record_goal(m, o, &v.goal, &gid)) ||
	    (rc = get_time(m, o, "at", &v.at)) ||
	    (rc = get_text(m, o, "reason", 0, GOALS_TEXT_NEWLINES,
			   (const char **)&v.reason)))
		return rc;
	if ((rc = store_void_find(m->s, &v.id, &had_gid, &had, &found)))
		return rc;
	if (found) {
		key = had_gid != gid			  ? "goal"
		      : strcmp(had.entry.hex, v.entry.hex) ? "entry"
		      : had.at != v.at			  ? "at"
		      : !same_str(had.reason, v.reason)	  ? "reason"
							  : NULL;
		goals_void_clear(&had);
		if (key)
			return bad(m, key,
				   "void %.8s... is in the store with another "
				   "value",
				   v.id.hex);
		m->st.present++;
		return GOALS_OK;
	}
	/* its entry, when here, is the same goal's and void of nothing
	 * else yet */
	if ((rc = store_entry_find(m->s, &v.entry, &entry_gid, &e, &found)))
		return rc;
	if (found) {
		int other = e.voided;
		goals_entry_clear(&e);
		if (entry_gid != gid)
			return bad(m, "entry",
				   "entry %.8s... belongs to another goal",
				   v.entry.hex);
		if (other)
			return bad(m, "entry",
				   "entry %.8s... is voided already, by "
				   "another void",
				   v.entry.hex);
	}
	rc = store_void_insert(m->s, gid, &v);
	if (rc && strstr(goals_errmsg(), "UNIQUE"))
		return bad(m, "entry", "entry %.8s... is voided already, by "
				       "another void",
			   v.entry.hex);
	if (rc)
		return rc;
	m->st.voids++;
	return GOALS_OK;
}

/* One record, by its "type". */
static int import_record(struct im *m, const cJSON *o, const char *type)
{
	m->type = type;
	if (!strcmp(type, "goal"))
		return import_goal(m, o);
	if (!strcmp(type, "revision"))
		return import_revision(m, o);
	if (!strcmp(type, "entry"))
		return import_entry(m, o);
	if (!strcmp(type, "event"))
		return import_event(m, o);
	if (!strcmp(type, "void"))
		return import_void(m, o);
	m->type = "record";
	return bad(m, "type",
		   "unknown type \"%.40s\": expected goal, revision, entry, "
		   "event or void",
		   type);
}

/* The format and version of a header (a JSON Lines header line, or the
 * top of a JSON document). */
static int header(struct im *m, const cJSON *o)
{
	const char *s;
	int v, has, rc;
	m->type = "header";
	if ((rc = get_str(m, o, "format", 1, &s)))
		return rc;
	if (strcmp(s, GOALS_EXPORT_FORMAT))
		return bad(m, "format", "expected \"%s\", got \"%.40s\"",
			   GOALS_EXPORT_FORMAT, s);
	if ((rc = get_int(m, o, "version", 1, 1, 1000000, &v, &has)))
		return rc;
	if (v != GOALS_EXPORT_VERSION)
		return bad(m, "version",
			   "version %d is not one this goals reads (%d)", v,
			   GOALS_EXPORT_VERSION);
	return GOALS_OK;
}

/* Input ----------------------------------------------------------------- */

/* A growing buffer of the input. */
struct in {
	goals_read_fn read;
	void *ctx;
	char *buf;
	size_t len, cap, pos; /* [pos, len) not read yet */
	int eof;
};

/* Read more input into in; 0 at the end (in->eof). */
static int fill(struct in *in, size_t max)
{
	size_t got;
	int rc;
	if (in->pos > 0 && in->pos == in->len)
		in->pos = in->len = 0;
	if (in->len + 65536 + 1 > in->cap) {
		size_t c = in->cap ? in->cap * 2 : 131072;
		char *b;
		if (c > max + 65536 + 1)
			c = max + 65536 + 1;
		if (c <= in->len + 1)
			return goals_error(GOALS_EINVAL,
					   "the input is larger than %zu bytes",
					   max);
		if (!(b = realloc(in->buf, c)))
			return goals_error_oom();
		in->buf = b;
		in->cap = c;
	}
	if ((rc = in->read(in->ctx, in->buf + in->len,
			   in->cap - in->len - 1, &got)))
		return rc;
	in->len += got;
	in->buf[in->len] = '\0';
	in->eof = got == 0;
	return GOALS_OK;
}

/* The next line (without its newline) in *line, NUL-terminated in the
 * buffer; *line = NULL at the end. */
static int next_line(struct in *in, char **line, size_t *len)
{
	char *nl;
	int rc;
	for (;;) {
		/* (no buffer at all before the first read) */
		nl = in->len > in->pos
			     ? memchr(in->buf + in->pos, '\n', in->len - in->pos)
			     : NULL;
		if (nl || in->eof)
			break;
		if (in->len - in->pos > LINE_MAX_BYTES)
			return goals_error(GOALS_EINVAL,
					   "a line longer than %u bytes",
					   LINE_MAX_BYTES);
		/* keep what is not read yet at the start */
		if (in->pos) {
			memmove(in->buf, in->buf + in->pos, in->len - in->pos);
			in->len -= in->pos;
			in->pos = 0;
		}
		if ((rc = fill(in, LINE_MAX_BYTES + 1)))
			return rc;
	}
	if (!nl && in->pos == in->len) {
		*line = NULL;
		return GOALS_OK;
	}
	*line = in->buf + in->pos;
	*len = nl ? (size_t)(nl - *line) : in->len - in->pos;
	(*line)[*len] = '\0';
	in->pos += *len + (nl != NULL);
	return GOALS_OK;
}

/* 1 when a line holds only spaces. */
static int blank(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	return !*s;
}

/* Import JSON Lines: the header was line 1. */
static int import_lines(struct im *m, struct in *in)
{
	size_t n = 1, len;
	char *line;
	int rc;
	for (;;) {
		const cJSON *t;
		cJSON *o;
		if ((rc = next_line(in, &line, &len)))
			return rc;
		if (!line)
			return GOALS_OK;
		n++;
		snprintf(m->where, sizeof(m->where), "line %zu", n);
		if (blank(line))
			continue;
		m->type = "record";
		if (!goals_utf8_valid(line, len))
			return bad(m, NULL, "not valid UTF-8");
		if (!(o = cJSON_ParseWithLength(line, len)) ||
		    !cJSON_IsObject(o)) {
			cJSON_Delete(o);
			return bad(m, NULL, "not a JSON object");
		}
		t = cJSON_GetObjectItemCaseSensitive(o, "type");
		rc = !cJSON_IsString(t) ? bad(m, "type", "expected a string")
					: import_record(m, o, t->valuestring);
		cJSON_Delete(o);
		if (rc)
			return rc;
	}
}

/* Import a JSON document: { format, version, exported, goals: [ goal +
 * revisions, entries, events, voids ] }. */
static int import_document(struct im *m, const char *text, size_t len)
{
	static const char *const parts[] = {"revisions", "entries", "events",
					    "voids"};
	static const char *const types[] = {"revision", "entry", "event",
					    "void"};
	cJSON *doc;
	const cJSON *goals, *g, *a, *r;
	size_t i = 0, j, k;
	int rc;
	snprintf(m->where, sizeof(m->where), "the document");
	m->type = "export";
	if (!goals_utf8_valid(text, len))
		return bad(m, NULL, "not valid UTF-8");
	if (!(doc = cJSON_ParseWithLength(text, len)) || !cJSON_IsObject(doc)) {
		cJSON_Delete(doc);
		return bad(m, NULL, "not a JSON object (nor JSON Lines)");
	}
	if ((rc = header(m, doc)))
		goto out;
	goals = cJSON_GetObjectItemCaseSensitive(doc, "goals");
	if (!cJSON_IsArray(goals)) {
		rc = bad(m, "goals", "expected an array");
		goto out;
	}
	cJSON_ArrayForEach(g, goals)
	{
		snprintf(m->where, sizeof(m->where), "goals[%zu]", i);
		m->type = "goal";
		if (!cJSON_IsObject(g)) {
			rc = bad(m, NULL, "expected an object");
			goto out;
		}
		if ((rc = import_goal(m, g)))
			goto out;
		for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++) {
			a = cJSON_GetObjectItemCaseSensitive(g, parts[k]);
			if (!a)
				continue;
			if (!cJSON_IsArray(a)) {
				rc = bad(m, parts[k], "expected an array");
				goto out;
			}
			j = 0;
			cJSON_ArrayForEach(r, a)
			{
				snprintf(m->where, sizeof(m->where),
					 "goals[%zu].%s[%zu]", i, parts[k], j++);
				m->type = types[k];
				if (!cJSON_IsObject(r)) {
					rc = bad(m, NULL, "expected an object");
					goto out;
				}
				if ((rc = import_record(m, r, types[k])))
					goto out;
			}
		}
		i++;
	}
out:
	cJSON_Delete(doc);
	return rc;
}

/* Settle every goal records were merged into; each must have a
 * revision. */
static int settle(struct im *m)
{
	size_t i;
	int rc = GOALS_OK, max;
	for (i = 0; !rc && i < m->n_touched; i++) {
		if (i && m->touched[i] == m->touched[i - 1])
			continue;
		if ((rc = store_revision_max(m->s, m->touched[i], &max)))
			break;
		if (!max)
			return goals_error(GOALS_EINVAL,
					   "a goal of the input has no revision "
					   "(an export made with --since cannot "
					   "add goals)");
		rc = store_goal_settle(m->s, m->touched[i]);
	}
	return rc;
}

static int cmp_gid(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

int goals_import(goals_import_stats *out, goals_store *s, goals_read_fn read,
		 void *ctx, unsigned flags)
{
	struct im m;
	struct in in;
	char *line;
	size_t len;
	cJSON *first = NULL;
	int rc;
	memset(&m, 0, sizeof(m));
	memset(&in, 0, sizeof(in));
	memset(out, 0, sizeof(*out));
	m.s = s;
	in.read = read;
	in.ctx = ctx;
	if (store_in_txn(s))
		return goals_error(GOALS_EINVAL, "an import is a transaction of "
						 "its own: commit the open one "
						 "first");
	if ((rc = store_bulk(s)) || (rc = store_begin(s, 1)))
		return rc;
	/* the first line tells JSON Lines (a header) from a document */
	if ((rc = next_line(&in, &line, &len)))
		goto out;
	snprintf(m.where, sizeof(m.where), "line 1");
	m.type = "header";
	if (!line || blank(line)) {
		rc = bad(&m, NULL, "the input is empty: expected an export");
		goto out;
	}
	first = cJSON_ParseWithLength(line, len);
	if (first && cJSON_IsObject(first) &&
	    cJSON_IsString(cJSON_GetObjectItemCaseSensitive(first, "type"))) {
		const char *t =
			cJSON_GetObjectItemCaseSensitive(first, "type")
				->valuestring;
		if (strcmp(t, "header"))
			rc = bad(&m, "type",
				 "expected \"header\" on the first line, got "
				 "\"%.40s\"",
				 t);
		else if (!(rc = header(&m, first)))
			rc = import_lines(&m, &in);
	} else {
		/* a document: the whole input, read back together */
		line[len] = in.pos <= in.len && line + len < in.buf + in.len
				    ? '\n'
				    : line[len];
		in.pos = 0;
		while (!rc && !in.eof)
			rc = fill(&in, DOC_MAX_BYTES);
		if (!rc)
			rc = import_document(&m, in.buf, in.len);
	}
	if (!rc) {
		qsort(m.touched, m.n_touched, sizeof(*m.touched), cmp_gid);
		rc = settle(&m);
	}
out:
	cJSON_Delete(first);
	free(in.buf);
	free(m.touched);
	if (!rc)
		*out = m.st;
	if (rc || (flags & GOALS_IMPORT_DRY_RUN)) {
		store_rollback(s);
		return rc;
	}
	return store_commit(s);
}
