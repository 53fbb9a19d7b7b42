/*
 * export.c - a store's records out: JSON (one document, written goal by
 * goal), JSON Lines (a record a line), CSV (the entries) and iCalendar
 * (the deadlines), through the caller's write callback.  The records'
 * shapes are goals-export(5)'s; import.c reads them back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "goals/export.h"
#include "goals/history.h"
#include "goals/parse.h"
#include "json-int.h"
#include "json-write.h"
#include "ops.h"
#include "storage.h"

/* How many goal ids are read at a time. */
#define ID_CHUNK 256
/* How much output is gathered before it is written. */
#define OUT_CHUNK 65536

/* The formats' names, by goals_export_format. */
static const char *const format_names[] = {NULL, "json", "jsonl", "csv",
					   "ics"};

const char *goals_export_format_name(goals_export_format f)
{
	if ((int)f < 1 ||
	    (size_t)f >= sizeof(format_names) / sizeof(format_names[0]))
		return NULL;
	return format_names[f];
}

int goals_parse_export_format(goals_export_format *out, const char *s)
{
	size_t i;
	for (i = 1; s && i < sizeof(format_names) / sizeof(format_names[0]);
	     i++)
		if (!strcasecmp(s, format_names[i])) {
			*out = (goals_export_format)i;
			return GOALS_OK;
		}
	return goals_error(GOALS_EINVAL,
			   "invalid format '%.40s': expected json, jsonl, csv "
			   "or ics",
			   s ? s : "");
}

/* The state of one export. */
struct ex {
	goals_store *s;
	const goals_export_opts *o;
	goals_write_fn write;
	void *ctx;
	int rc;           /* the first failure: nothing more is written */
	size_t n_goals;   /* goals written so far */
	size_t n_entries; /* entries of the goal being written */
	const goals_goal *g; /* the goal being written */
	char goal_hex[GOALS_ID_HEXLEN + 1];
	struct jbuf b;    /* output gathered, not written yet */
};

/* Write what was gathered, unless an earlier write failed. */
static int flush(struct ex *x)
{
	if (x->b.oom && !x->rc)
		x->rc = goals_error_oom();
	if (!x->rc && x->b.len)
		x->rc = x->write(x->ctx, x->b.s, x->b.len);
	x->b.len = 0;
	return x->rc;
}

/* Gather len bytes, writing them out by chunks. */
static int out(struct ex *x, const char *buf, size_t len)
{
	if (x->rc)
		return x->rc;
	jw_raw(&x->b, buf, len);
	return x->b.len >= OUT_CHUNK || x->b.oom ? flush(x) : GOALS_OK;
}

static int outs(struct ex *x, const char *s)
{
	return out(x, s, strlen(s));
}

/* Print o compactly (freeing it), followed by `after`. */
static int out_json(struct ex *x, cJSON *o, const char *after)
{
	char *text;
	int rc = json_print(&text, o);
	if (rc)
		return x->rc ? x->rc : (x->rc = rc);
	rc = outs(x, text);
	free(text);
	return rc ? rc : outs(x, after);
}

/* Records --------------------------------------------------------------- */

static cJSON *revision_record(const goals_revision *r, const goals_id *goal)
{
	char uuid[GOALS_UUID_BUFSZ];
	cJSON *o = cJSON_CreateObject();
	unsigned i;
	const char *name;
	if (!o)
		return NULL;
	J(cJSON_AddStringToObject(o, "type", "revision"));
	goals_id_format(uuid, &r->id);
	J(cJSON_AddStringToObject(o, "id", uuid));
	goals_id_format(uuid, goal);
	J(cJSON_AddStringToObject(o, "goal", uuid));
	J(cJSON_AddNumberToObject(o, "revision", r->number));
	json_time(o, "at", 1, r->at);
	json_str(o, "message", r->message);
	for (i = 0; (name = json_field_name(i)); i++)
		json_field(o, name, &r->f, 1u << i);
	J(cJSON_AddBoolToObject(o, "deadline_from_text",
				(r->f.set & GOALS_F_DEADLINE) &&
					r->f.deadline_from_text));
	return o;
}

static cJSON *event_record(const goals_event *e, const goals_id *goal)
{
	char uuid[GOALS_UUID_BUFSZ];
	cJSON *o = cJSON_CreateObject();
	if (!o)
		return NULL;
	J(cJSON_AddStringToObject(o, "type", "event"));
	goals_id_format(uuid, &e->id);
	J(cJSON_AddStringToObject(o, "id", uuid));
	goals_id_format(uuid, goal);
	J(cJSON_AddStringToObject(o, "goal", uuid));
	json_str(o, "event", goals_event_name(e->type));
	json_time(o, "at", 1, e->at);
	json_str(o, "message", e->message);
	return o;
}

/* A void as a record (with its entry's day and value when the entry is
 * in the store, for readers; an import takes neither). */
static cJSON *void_record(const goals_void *v)
{
	return json_void(v, 1);
}

/* The records of one goal ----------------------------------------------- */

/* An entry of the walk, written as entry_record would print it (see
 * json-write.h): a line of its own, or an item of the goal's array. */
static int entry_out(void *ctx, const struct store_entry_text *e)
{
	struct ex *x = ctx;
	struct jbuf *b = &x->b;
	if (x->rc)
		return x->rc;
	if (x->o->format == GOALS_EXPORT_JSON && x->n_entries++)
		jw_lit(b, ",");
	jw_lit(b, "{\"type\":\"entry\",\"id\":");
	jw_uuid(b, e->uuid);
	jw_lit(b, ",\"goal\":");
	jw_uuid(b, x->goal_hex);
	jw_lit(b, ",\"at\":");
	jw_string(b, e->at);
	jw_lit(b, ",\"day\":");
	jw_string(b, e->day);
	jw_lit(b, ",\"value\":");
	jw_number(b, e->value == 0 ? 0 : e->value);
	jw_lit(b, ",\"note\":");
	jw_string(b, e->note);
	jw_lit(b, x->o->format == GOALS_EXPORT_JSONL ? "}\n" : "}");
	return b->len >= OUT_CHUNK || b->oom ? flush(x) : GOALS_OK;
}

/* 1 when instant t is kept by --since. */
static int kept(const struct ex *x, goals_time t)
{
	return !x->o->since || t >= x->o->since;
}

/* Write the records of an array of the JSON document: `,"key":[`, each
 * record, `]`. */
static int array_out(struct ex *x, const char *key, cJSON **items, size_t n)
{
	size_t i;
	int rc = outs(x, ",\"") || outs(x, key) || outs(x, "\":[") ? x->rc : 0;
	for (i = 0; !rc && i < n; i++)
		rc = out_json(x, items[i], i + 1 < n ? "," : "");
	for (; i < n; i++)
		cJSON_Delete(items[i]);
	return rc ? rc : outs(x, "]");
}

/* Write goal g (row id gid) with its revisions, entries, events and
 * voids: one JSON object (written as it is read: the goal's object,
 * then its arrays), or lines. */
static int goal_out(struct ex *x, const goals_goal *g, int64_t gid)
{
	goals_history h;
	cJSON **items = NULL;
	char *text;
	size_t i, n, most;
	int jsonl = x->o->format == GOALS_EXPORT_JSONL, rc;
	if ((rc = goals_history_get(&h, x->s, &g->id)))
		return rc;
	snprintf(x->goal_hex, sizeof(x->goal_hex), "%s", g->id.hex);
	x->n_entries = 0;
	if (jsonl) {
		rc = out_json(x, json_goal(g, "goal"), "\n");
		for (i = 0; !rc && i < h.n_revisions; i++)
			if (kept(x, h.revisions[i].at))
				rc = out_json(x,
					      revision_record(&h.revisions[i],
							      &g->id),
					      "\n");
		if (!rc)
			rc = store_entries_texts(x->s, gid, x->o->since,
						 entry_out, x);
		for (i = 0; !rc && i < h.n_events; i++)
			if (kept(x, h.events[i].at))
				rc = out_json(x,
					      event_record(&h.events[i], &g->id),
					      "\n");
		for (i = 0; !rc && i < h.n_voids; i++)
			if (kept(x, h.voids[i].at))
				rc = out_json(x, void_record(&h.voids[i]),
					      "\n");
		goals_history_free(&h);
		return rc;
	}
	/* the goal's object without its closing brace */
	if ((rc = json_print(&text, json_goal(g, NULL)))) {
		goals_history_free(&h);
		return x->rc = rc;
	}
	text[strlen(text) - 1] = '\0';
	rc = (x->n_goals && outs(x, ",")) || outs(x, text) ? x->rc : 0;
	free(text);
	most = h.n_revisions > h.n_events ? h.n_revisions : h.n_events;
	most = most > h.n_voids ? most : h.n_voids;
	if (!rc && most && !(items = calloc(most, sizeof(*items))))
		rc = x->rc = goals_error_oom();
	for (i = n = 0; !rc && i < h.n_revisions; i++)
		if (kept(x, h.revisions[i].at))
			items[n++] = revision_record(&h.revisions[i], &g->id);
	if (!rc)
		rc = array_out(x, "revisions", items, n);
	if (!rc && !(rc = outs(x, ",\"entries\":[")))
		rc = store_entries_texts(x->s, gid, x->o->since, entry_out, x);
	if (!rc)
		rc = outs(x, "]");
	for (i = n = 0; !rc && i < h.n_events; i++)
		if (kept(x, h.events[i].at))
			items[n++] = event_record(&h.events[i], &g->id);
	if (!rc)
		rc = array_out(x, "events", items, n);
	for (i = n = 0; !rc && i < h.n_voids; i++)
		if (kept(x, h.voids[i].at))
			items[n++] = void_record(&h.voids[i]);
	if (!rc)
		rc = array_out(x, "voids", items, n);
	free(items);
	goals_history_free(&h);
	return rc ? rc : outs(x, "}");
}

/* CSV ------------------------------------------------------------------- */

/* Write s as a CSV field: quoted (quotes doubled) when it holds a comma,
 * a quote, a line break or leading or trailing space. */
static int csv_field(struct ex *x, const char *s, int last)
{
	const char *p;
	int rc;
	if (!s)
		s = "";
	if (!s[strcspn(s, ",\"\r\n")] && *s != ' ' &&
	    !(*s && s[strlen(s) - 1] == ' ')) {
		rc = outs(x, s);
	} else {
		rc = outs(x, "\"");
		for (p = s; !rc && *p; p++)
			rc = *p == '"' ? outs(x, "\"\"") : out(x, p, 1);
		if (!rc)
			rc = outs(x, "\"");
	}
	return rc ? rc : outs(x, last ? "\r\n" : ",");
}

/* Write a number as it reads back exactly, with no more digits. */
static void number(char *buf, size_t n, double v)
{
	snprintf(buf, n, "%.15g", v == 0 ? 0 : v);
	if (strtod(buf, NULL) != v)
		snprintf(buf, n, "%.17g", v);
}

/* An entry of the walk, as a CSV row (not when void). */
static int csv_entry(void *ctx, const struct store_entry_text *e)
{
	struct ex *x = ctx;
	char uuid[GOALS_UUID_BUFSZ], shortid[GOALS_ID_HEXLEN + 1], val[32];
	const goals_goal *g = x->g;
	if (e->voided)
		return GOALS_OK;
	goals_id_format(uuid, &g->id);
	snprintf(shortid, sizeof(shortid), "%.*s", g->short_len, g->id.hex);
	number(val, sizeof(val), e->value);
	return csv_field(x, uuid, 0) || csv_field(x, shortid, 0) ||
	       csv_field(x, g->f.text, 0) || csv_field(x, e->day, 0) ||
	       csv_field(x, e->at, 0) || csv_field(x, val, 0) ||
	       csv_field(x, (g->f.set & GOALS_F_UNIT) ? g->f.unit : "", 0) ||
	       csv_field(x, e->note, 1)
		       ? x->rc
		       : GOALS_OK;
}

/* iCalendar ------------------------------------------------------------- */

/* Write one content line: escaped as TEXT (when escape), folded at 75
 * octets (never inside a UTF-8 character), ended with CRLF. */
static int ics_line(struct ex *x, const char *name, const char *value,
		    int escape)
{
	char line[128];
	size_t col = 0, n;
	const char *p;
	int rc = 0;
	/* gather escaped octets; fold when the next character would pass
	 * 75 octets on the line */
	n = (size_t)snprintf(line, sizeof(line), "%s", name);
	col = n;
	for (p = value; !rc && *p;) {
		char chunk[8];
		size_t len;
		unsigned char c = (unsigned char)*p;
		if (escape && (c == '\\' || c == ';' || c == ',')) {
			chunk[0] = '\\';
			chunk[1] = (char)c;
			len = 2;
			p++;
		} else if (escape && c == '\n') {
			chunk[0] = '\\';
			chunk[1] = 'n';
			len = 2;
			p++;
		} else {
			len = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
			if (strnlen(p, len) < len)
				len = 1;
			memcpy(chunk, p, len);
			p += len;
		}
		if (col + len > 75) {
			rc = out(x, line, n) || outs(x, "\r\n ") ? x->rc : 0;
			n = 0;
			col = 1;
		}
		memcpy(line + n, chunk, len);
		n += len;
		col += len;
	}
	if (!rc)
		rc = out(x, line, n);
	return rc ? rc : outs(x, "\r\n");
}

/* A VTODO for goal g: due on its deadline, with a reminder a day before. */
static int ics_goal(struct ex *x, const goals_goal *g)
{
	char buf[GOALS_TIME_BUFSZ], uid[GOALS_UUID_BUFSZ + 16];
	char idbuf[GOALS_UUID_BUFSZ], due[GOALS_DATE_BUFSZ], *desc;
	int y, m, d, rc;
	size_t n;
	goals_id_format(idbuf, &g->id);
	snprintf(uid, sizeof(uid), "%s@goals", idbuf);
	goals_date_to_ymd(g->f.deadline, &y, &m, &d);
	snprintf(due, sizeof(due), "%04d%02d%02d", y, m, d);
	goals_time_format(buf, x->o->now);
	/* 2026-12-04T10:00:00Z -> 20261204T100000Z */
	{
		char *w = buf, *r = buf;
		for (; *r; r++)
			if (*r != '-' && *r != ':')
				*w++ = *r;
		*w = '\0';
	}
	n = strlen(g->f.text) + (g->f.why ? strlen(g->f.why) : 0) + 16;
	if (!(desc = malloc(n)))
		return x->rc = goals_error_oom();
	snprintf(desc, n, "%s%s%s", g->f.text, g->f.why ? "\nWhy: " : "",
		 g->f.why ? g->f.why : "");
	rc = ics_line(x, "BEGIN:", "VTODO", 0) ||
			     ics_line(x, "UID:", uid, 0) ||
			     ics_line(x, "DTSTAMP:", buf, 0) ||
			     ics_line(x, "SUMMARY:", g->f.text, 1) ||
			     ics_line(x, "DESCRIPTION:", desc, 1) ||
			     ics_line(x, "DUE;VALUE=DATE:", due, 0) ||
			     ics_line(x, "STATUS:", "NEEDS-ACTION", 0) ||
			     ics_line(x, "BEGIN:", "VALARM", 0) ||
			     ics_line(x, "ACTION:", "DISPLAY", 0) ||
			     ics_line(x, "DESCRIPTION:", g->f.text, 1) ||
			     ics_line(x, "TRIGGER;RELATED=END:", "-P1D", 0) ||
			     ics_line(x, "END:", "VALARM", 0) ||
			     ics_line(x, "END:", "VTODO", 0)
		     ? x->rc
		     : GOALS_OK;
	free(desc);
	return rc;
}

/* The walk -------------------------------------------------------------- */

/* 1 when goal g (row gid) has something --since keeps, or there is no
 * --since. */
static int stop_at_first(void *ctx, const struct store_entry_text *e)
{
	(void)e;
	*(int *)ctx = 1;
	return 1;
}

static int has_since(struct ex *x, const goals_goal *g, int64_t gid,
		     int *yes)
{
	goals_history h;
	size_t i;
	int rc;
	*yes = !x->o->since;
	if (*yes)
		return GOALS_OK;
	if ((rc = goals_history_get(&h, x->s, &g->id)))
		return rc;
	for (i = 0; i < h.n_revisions; i++)
		*yes |= kept(x, h.revisions[i].at);
	for (i = 0; i < h.n_events; i++)
		*yes |= kept(x, h.events[i].at);
	for (i = 0; i < h.n_voids; i++)
		*yes |= kept(x, h.voids[i].at);
	goals_history_free(&h);
	if (*yes)
		return GOALS_OK;
	rc = store_entries_texts(x->s, gid, x->o->since, stop_at_first, yes);
	return rc == 1 ? GOALS_OK : rc;
}

/* Write goal id (as a format says), if it has what --since keeps. */
static int one_goal(struct ex *x, const goals_id *id)
{
	goals_goal *g = NULL;
	int64_t gid;
	goals_time created;
	int found, rc, yes;
	if ((rc = store_goal_lookup(x->s, id, &gid, &created, &found)))
		return rc;
	if (!found)
		return goals_error(GOALS_ENOTFOUND, "no goal has id '%s'",
				   id->hex);
	if ((rc = ops_read_goal(&g, x->s, id, x->o->now)))
		return rc;
	if ((rc = has_since(x, g, gid, &yes)) || !yes)
		goto done;
	switch (x->o->format) {
	case GOALS_EXPORT_JSON:
	case GOALS_EXPORT_JSONL:
		rc = goal_out(x, g, gid);
		break;
	case GOALS_EXPORT_CSV:
		x->g = g;
		rc = store_entries_texts(x->s, gid, x->o->since, csv_entry, x);
		break;
	case GOALS_EXPORT_ICS:
		if (g->status == GOALS_STATUS_ACTIVE &&
		    (g->f.set & GOALS_F_DEADLINE))
			rc = ics_goal(x, g);
		break;
	}
	if (!rc)
		x->n_goals++;
done:
	goals_goal_free(g);
	return rc ? rc : x->rc;
}

/* A goal asked for by id, and when it was created: the export's order. */
struct asked {
	goals_time created;
	goals_id id;
};

static int by_creation(const void *a, const void *b)
{
	const struct asked *x = a, *y = b;
	if (x->created != y->created)
		return x->created < y->created ? -1 : 1;
	return strcmp(x->id.hex, y->id.hex);
}

/* Every goal asked for, in order of creation then of id. */
static int all_goals(struct ex *x)
{
	goals_id *ids = NULL;
	struct asked *asked;
	size_t n = 0, cap = 0, i;
	int64_t gid;
	int rc = GOALS_OK, found;
	if (x->o->ids) {
		if (!x->o->n_ids)
			return GOALS_OK;
		if (!(asked = calloc(x->o->n_ids, sizeof(*asked))))
			return goals_error_oom();
		for (i = 0; !rc && i < x->o->n_ids; i++) {
			asked[i].id = x->o->ids[i];
			rc = store_goal_lookup(x->s, &asked[i].id, &gid,
					       &asked[i].created, &found);
			if (!rc && !found)
				rc = goals_error(GOALS_ENOTFOUND,
						 "no goal has id '%s'",
						 asked[i].id.hex);
		}
		if (!rc)
			qsort(asked, x->o->n_ids, sizeof(*asked), by_creation);
		for (i = 0; !rc && i < x->o->n_ids; i++)
			if (!i || strcmp(asked[i].id.hex, asked[i - 1].id.hex))
				rc = one_goal(x, &asked[i].id);
		free(asked);
		return rc;
	}
	/* a chunk of ids at a time: memory does not grow with the store */
	do {
		goals_id after;
		int more = n == ID_CHUNK;
		if (more)
			after = ids[n - 1];
		if ((rc = store_goal_ids(x->s, &ids, &n, &cap,
					 more ? &after : NULL, ID_CHUNK)))
			break;
		for (i = 0; !rc && i < n; i++)
			rc = one_goal(x, &ids[i]);
	} while (!rc && n == ID_CHUNK);
	free(ids);
	return rc;
}

int goals_export(goals_store *s, const goals_export_opts *o,
		 goals_write_fn write, void *ctx)
{
	struct ex x;
	char now[GOALS_TIME_BUFSZ], head[160];
	int own, rc;
	memset(&x, 0, sizeof(x));
	x.s = s;
	x.o = o;
	x.write = write;
	x.ctx = ctx;
	goals_time_format(now, o->now);
	if ((rc = ops_txn_enter(s, 0, &own)))
		return rc;
	switch (o->format) {
	case GOALS_EXPORT_JSON:
		snprintf(head, sizeof(head),
			 "{\"format\":\"%s\",\"version\":%d,\"exported\":"
			 "\"%s\",\"goals\":[",
			 GOALS_EXPORT_FORMAT, GOALS_EXPORT_VERSION, now);
		rc = outs(&x, head);
		break;
	case GOALS_EXPORT_JSONL:
		snprintf(head, sizeof(head),
			 "{\"type\":\"header\",\"format\":\"%s\",\"version\":"
			 "%d,\"exported\":\"%s\"}\n",
			 GOALS_EXPORT_FORMAT, GOALS_EXPORT_VERSION, now);
		rc = outs(&x, head);
		break;
	case GOALS_EXPORT_CSV:
		rc = outs(&x, "goal,short_id,text,day,time,value,unit,note\r\n");
		break;
	case GOALS_EXPORT_ICS:
		rc = ics_line(&x, "BEGIN:", "VCALENDAR", 0) ||
				     ics_line(&x, "VERSION:", "2.0", 0) ||
				     ics_line(&x, "PRODID:",
					      "-//goals//goals " GOALS_VERSION
					      "//EN",
					      0)
			     ? x.rc
			     : GOALS_OK;
		break;
	default:
		rc = goals_error(GOALS_EINVAL, "unknown export format %d",
				 (int)o->format);
	}
	if (!rc)
		rc = all_goals(&x);
	if (!rc && o->format == GOALS_EXPORT_JSON)
		rc = outs(&x, "]}\n");
	if (!rc && o->format == GOALS_EXPORT_ICS)
		rc = ics_line(&x, "END:", "VCALENDAR", 0);
	if (!rc)
		rc = flush(&x);
	free(x.b.s);
	return ops_txn_leave(s, own, rc);
}
