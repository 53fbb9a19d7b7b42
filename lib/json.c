/*
 * json.c - the JSON shapes of goals, built with cJSON.  Key order is
 * fixed and documented in goals(1); absent values are null.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "error.h"
#include "goals/json.h"
#include "goals/parse.h"
#include "json-int.h"

/*
 * Set when adding to a JSON tree failed (out of memory), so that a tree
 * with a key missing is never printed as if whole: print() reports it.
 */
static _Thread_local int json_oom;

void json_failed(void)
{
	json_oom = 1;
}

/* Add a string, or null when absent. */
void json_str(cJSON *o, const char *key, const char *v)
{
	if (v)
		J(cJSON_AddStringToObject(o, key, v));
	else
		J(cJSON_AddNullToObject(o, key));
}

void json_num(cJSON *o, const char *key, int has, double v)
{
	if (has)
		J(cJSON_AddNumberToObject(o, key, v));
	else
		J(cJSON_AddNullToObject(o, key));
}

void json_date(cJSON *o, const char *key, int has, goals_date d)
{
	char buf[GOALS_DATE_BUFSZ];
	if (!has || d == GOALS_DATE_NONE) {
		J(cJSON_AddNullToObject(o, key));
		return;
	}
	goals_date_format(buf, d);
	J(cJSON_AddStringToObject(o, key, buf));
}

void json_time(cJSON *o, const char *key, int has, goals_time t)
{
	char buf[GOALS_TIME_BUFSZ];
	if (!has) {
		J(cJSON_AddNullToObject(o, key));
		return;
	}
	goals_time_format(buf, t);
	J(cJSON_AddStringToObject(o, key, buf));
}

/* Round a percent to one decimal, as it is shown. */
static double round1(double v)
{
	return round(v * 10.0) / 10.0;
}

/* Print o (compact, one line) into *out and free it; GOALS_ENOMEM on failure. */
int json_print(char **out, cJSON *o)
{
	int oom = json_oom;
	json_oom = 0;
	*out = o && !oom ? cJSON_PrintUnformatted(o) : NULL;
	cJSON_Delete(o);
	if (!*out)
		return goals_error_oom();
	return GOALS_OK;
}

/* The JSON names of the fields, by bit number (GOALS_F_TEXT is bit 0). */
static const char *const field_names[] = {
	"text",  "area",  "kind",     "metric", "unit", "baseline",
	"target", "every", "start",   "deadline", "why", "parent",
	"confidence", "review", "over"};
#define N_FIELDS (sizeof(field_names) / sizeof(field_names[0]))

const char *json_field_name(unsigned i)
{
	return i < N_FIELDS ? field_names[i] : NULL;
}

/* Add the value of the field `bit` of f under key (null when absent). */
void json_field(cJSON *o, const char *key, const goals_fields *f,
		      unsigned bit)
{
	char buf[GOALS_UUID_BUFSZ];
	int has = (f->set & bit) != 0;
	switch (bit) {
	case GOALS_F_TEXT:
		json_str(o, key, has ? f->text : NULL);
		break;
	case GOALS_F_AREA:
		json_str(o, key, has ? f->area : NULL);
		break;
	case GOALS_F_KIND:
		json_str(o, key, has ? goals_kind_name(f->kind) : NULL);
		break;
	case GOALS_F_METRIC:
		json_str(o, key, has ? f->metric : NULL);
		break;
	case GOALS_F_UNIT:
		json_str(o, key, has ? f->unit : NULL);
		break;
	case GOALS_F_BASELINE:
		json_num(o, key, has, f->baseline);
		break;
	case GOALS_F_TARGET:
		json_num(o, key, has, f->target);
		break;
	case GOALS_F_EVERY:
		json_str(o, key, has ? goals_every_name(f->every) : NULL);
		break;
	case GOALS_F_START:
		json_date(o, key, has, f->start);
		break;
	case GOALS_F_DEADLINE:
		json_date(o, key, has, f->deadline);
		break;
	case GOALS_F_WHY:
		json_str(o, key, has ? f->why : NULL);
		break;
	case GOALS_F_PARENT:
		if (has)
			goals_id_format(buf, &f->parent);
		json_str(o, key, has ? buf : NULL);
		break;
	case GOALS_F_CONFIDENCE:
		json_num(o, key, has, f->confidence);
		break;
	case GOALS_F_OVER:
		json_num(o, key, has && f->over > 0, f->over);
		break;
	case GOALS_F_REVIEW:
		if (has && f->review.n > 0)
			goals_review_format(buf, f->review);
		json_str(o, key, has && f->review.n > 0 ? buf : NULL);
		break;
	}
}

/* Build the object of one goal; NULL when out of memory. */
cJSON *json_goal(const goals_goal *g, const char *type)
{
	const goals_fields *f = &g->f;
	char uuid[GOALS_UUID_BUFSZ], shortid[GOALS_ID_HEXLEN + 1];
	cJSON *o = cJSON_CreateObject(), *p;
	size_t i;
	if (!o)
		return NULL;
	if (type)
		J(cJSON_AddStringToObject(o, "type", type));
	goals_id_format(uuid, &g->id);
	snprintf(shortid, sizeof(shortid), "%.*s", g->short_len, g->id.hex);
	J(cJSON_AddStringToObject(o, "id", uuid));
	J(cJSON_AddStringToObject(o, "short_id", shortid));
	json_field(o, "text", f, GOALS_F_TEXT);
	json_str(o, "status", goals_status_name(g->status));
	for (i = 1; i < N_FIELDS; i++)
		json_field(o, field_names[i], f, 1u << i);
	J(cJSON_AddBoolToObject(o, "deadline_from_text",
				(f->set & GOALS_F_DEADLINE) &&
					f->deadline_from_text));
	J(cJSON_AddNumberToObject(o, "revision", g->revision));
	json_time(o, "created", 1, g->created);
	json_time(o, "updated", 1, g->updated);
	J(p = cJSON_AddObjectToObject(o, "progress"));
	if (p) {
		json_num(p, "current", g->progress.has_current,
			g->progress.current);
		json_num(p, "percent", g->progress.has_percent,
			round1(g->progress.percent));
		J(cJSON_AddNumberToObject(p, "entries",
					(double)g->progress.entries));
		json_time(p, "last_at", g->progress.entries > 0,
			 g->progress.last_at);
	}
	return o;
}

/* Build the object of revision r, with its changes from prev (NULL for
 * the first revision: every field it sets is a change from null). */
static cJSON *revision_object(const goals_revision *r,
			      const goals_revision *prev)
{
	goals_fields none;
	const goals_fields *before = prev ? &prev->f : &none;
	cJSON *o = cJSON_CreateObject(), *changes;
	unsigned diff;
	size_t i;
	if (!o)
		return NULL;
	goals_fields_init(&none);
	diff = goals_fields_diff(before, &r->f);
	J(cJSON_AddStringToObject(o, "type", "revision"));
	J(cJSON_AddNumberToObject(o, "revision", r->number));
	json_time(o, "at", 1, r->at);
	json_str(o, "message", r->message);
	for (i = 0; i < N_FIELDS; i++)
		json_field(o, field_names[i], &r->f, 1u << i);
	J(cJSON_AddBoolToObject(o, "deadline_from_text",
				(r->f.set & GOALS_F_DEADLINE) &&
					r->f.deadline_from_text));
	J(changes = cJSON_AddObjectToObject(o, "changes"));
	for (i = 0; changes && i < N_FIELDS; i++) {
		cJSON *c;
		if (!(diff & (1u << i)))
			continue;
		J(c = cJSON_AddObjectToObject(changes, field_names[i]));
		if (!c)
			continue;
		json_field(c, "from", before, 1u << i);
		json_field(c, "to", &r->f, 1u << i);
	}
	return o;
}

/* Build the object of a void: id, entry, goal, at, reason, and the
 * entry's day and value (null when the entry is not in the store). */
cJSON *json_void(const goals_void *v, int typed)
{
	char uuid[GOALS_UUID_BUFSZ];
	cJSON *o = cJSON_CreateObject();
	if (!o)
		return NULL;
	if (typed)
		J(cJSON_AddStringToObject(o, "type", "void"));
	goals_id_format(uuid, &v->id);
	J(cJSON_AddStringToObject(o, "id", uuid));
	goals_id_format(uuid, &v->entry);
	J(cJSON_AddStringToObject(o, "entry", uuid));
	goals_id_format(uuid, &v->goal);
	J(cJSON_AddStringToObject(o, "goal", uuid));
	json_time(o, "at", 1, v->at);
	json_str(o, "reason", v->reason);
	json_date(o, "day", v->has_entry, v->day);
	json_num(o, "value", v->has_entry, v->value);
	return o;
}

/* Build the object of a status event. */
static cJSON *event_object(const goals_event *e)
{
	cJSON *o = cJSON_CreateObject();
	if (!o)
		return NULL;
	J(cJSON_AddStringToObject(o, "type", "event"));
	json_str(o, "event", goals_event_name(e->type));
	json_time(o, "at", 1, e->at);
	json_str(o, "message", e->message);
	return o;
}

int goals_json_history(char **out, const goals_history *h)
{
	cJSON *a = cJSON_CreateArray();
	size_t r = h->n_revisions, e = h->n_events, v = h->n_voids;
	if (!a)
		return json_print(out, NULL);
	/* newest first; at the same instant, a void came after an event,
	 * and an event after a revision */
	while (r > 0 || e > 0 || v > 0) {
		cJSON *o;
		goals_time te = e ? h->events[e - 1].at : INT64_MIN;
		goals_time tr = r ? h->revisions[r - 1].at : INT64_MIN;
		if (v > 0 && h->voids[v - 1].at >= te &&
		    h->voids[v - 1].at >= tr) {
			o = json_void(&h->voids[--v], 1);
		} else if (e > 0 && te >= tr) {
			o = event_object(&h->events[--e]);
		} else {
			r--;
			o = revision_object(&h->revisions[r],
					    r ? &h->revisions[r - 1] : NULL);
		}
		if (!o) {
			cJSON_Delete(a);
			return json_print(out, NULL);
		}
		J(cJSON_AddItemToArray(a, o));
	}
	return json_print(out, a);
}

int goals_json_goal(char **out, const goals_goal *g)
{
	return json_print(out, json_goal(g, NULL));
}

int goals_json_goal_list(char **out, const goals_goal_list *l)
{
	cJSON *a = cJSON_CreateArray();
	size_t i;
	if (!a)
		return json_print(out, NULL);
	for (i = 0; i < l->count; i++) {
		cJSON *o = json_goal(&l->items[i], NULL);
		if (!o) {
			cJSON_Delete(a);
			return json_print(out, NULL);
		}
		J(cJSON_AddItemToArray(a, o));
	}
	return json_print(out, a);
}

/* The object of one letter's judgement, its advice worded by words. */
static cJSON *criterion_object(const goals_criterion *c,
			       goals_advice_words words, void *ctx)
{
	cJSON *o = cJSON_CreateObject(), *a, *one, *set;
	char text[GOALS_SMART_MSG * 2];
	int i, k;
	unsigned bit;
	if (!o)
		return NULL;
	json_str(o, "verdict", goals_verdict_name(c->verdict));
	json_str(o, "code", c->code);
	json_str(o, "reason", c->reason);
	text[0] = '\0';
	if (words && c->n_advice)
		words(text, sizeof(text), c, ctx);
	json_str(o, "suggestion", text[0] ? text : NULL);
	json_str(o, "quote", c->quote[0] ? c->quote : NULL);
	J(a = cJSON_AddArrayToObject(o, "advice"));
	for (i = 0; a && i < c->n_advice; i++) {
		const goals_suggestion *s = &c->advice[i];
		if (!(one = cJSON_CreateObject()) ||
		    !cJSON_AddItemToArray(a, one)) {
			cJSON_Delete(one);
			json_failed();
			break;
		}
		json_str(one, "code", goals_advice_name(s->advice));
		json_str(one, "action", goals_action_name(s->action));
		J(set = cJSON_AddObjectToObject(one, "set"));
		for (k = 0; set && k < s->n_set; k++) {
			for (bit = 0; bit < 32 && !(s->set[k].field >> bit & 1);
			     bit++)
				;
			json_str(set, json_field_name(bit),
				 s->set[k].value[0] ? s->set[k].value : NULL);
		}
	}
	return o;
}

int goals_json_checks(char **out, const goals_goal *const *goals,
		      const goals_smart *r, size_t n, goals_advice_words words,
		      void *ctx)
{
	cJSON *a = cJSON_CreateArray();
	size_t i;
	int l;
	if (!a)
		return json_print(out, NULL);
	for (i = 0; i < n; i++) {
		const goals_goal *g = goals[i];
		char uuid[GOALS_UUID_BUFSZ], shortid[GOALS_ID_HEXLEN + 1];
		cJSON *o = cJSON_CreateObject(), *smart;
		if (!o) {
			cJSON_Delete(a);
			return json_print(out, NULL);
		}
		J(cJSON_AddItemToArray(a, o));
		if (g->id.hex[0]) {
			goals_id_format(uuid, &g->id);
			snprintf(shortid, sizeof(shortid), "%.*s", g->short_len,
				 g->id.hex);
			J(cJSON_AddStringToObject(o, "id", uuid));
			J(cJSON_AddStringToObject(o, "short_id", shortid));
		} else { /* judged before it was stored */
			J(cJSON_AddNullToObject(o, "id"));
			J(cJSON_AddNullToObject(o, "short_id"));
		}
		json_str(o, "text", g->f.text);
		J(smart = cJSON_AddObjectToObject(o, "smart"));
		for (l = 0; smart && l < GOALS_LETTERS; l++) {
			J(cJSON_AddItemToObject(smart, goals_letter_name(l),
						criterion_object(&r[i].c[l], words, ctx)));
		}
		json_date(o, "deadline", r[i].deadline != GOALS_DATE_NONE,
			 r[i].deadline);
		J(cJSON_AddBoolToObject(o, "deadline_from_text",
				      r[i].deadline_from_text));
	}
	return json_print(out, a);
}

/* Build the object of one entry. */
static cJSON *entry_object(const goals_entry *e)
{
	char uuid[GOALS_UUID_BUFSZ], shortid[GOALS_ID_HEXLEN + 1];
	cJSON *o = cJSON_CreateObject(), *v;
	if (!o)
		return NULL;
	goals_id_format(uuid, &e->id);
	J(cJSON_AddStringToObject(o, "id", uuid));
	snprintf(shortid, sizeof(shortid), "%.*s",
		 e->short_len ? e->short_len : GOALS_SHORT_MIN, e->id.hex);
	J(cJSON_AddStringToObject(o, "short_id", shortid));
	goals_id_format(uuid, &e->goal);
	J(cJSON_AddStringToObject(o, "goal", uuid));
	json_time(o, "at", 1, e->at);
	json_date(o, "day", 1, e->day);
	J(cJSON_AddNumberToObject(o, "value", e->value));
	json_str(o, "note", e->note);
	if (!e->voided) {
		J(cJSON_AddNullToObject(o, "void"));
	} else if ((v = json_void(&e->v, 0))) {
		J(cJSON_AddItemToObject(o, "void", v));
	} else {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

int goals_json_entry(char **out, const goals_entry *e)
{
	return json_print(out, entry_object(e));
}

int goals_json_void(char **out, const goals_void *v)
{
	return json_print(out, json_void(v, 1));
}

/* Build the object of a pace, as of today. */
static cJSON *pace_object(const goals_pace *p, goals_date today)
{
	cJSON *o = cJSON_CreateObject(), *a;
	int i;
	if (!o)
		return NULL;
	J(cJSON_AddBoolToObject(o, "known", p->known));
	J(cJSON_AddBoolToObject(o, "met", p->met));
	/* a habit is judged by periods met, not by a rate per day */
	int rate = p->known && !p->habit;
	json_num(o, "needed_per_day", rate, p->needed);
	json_num(o, "so_far_per_day", rate, p->so_far);
	json_num(o, "ratio", rate && isfinite(p->ratio) && p->needed > 0,
		p->ratio);
	json_date(o, "deadline", p->deadline != GOALS_DATE_NONE, p->deadline);
	json_date(o, "forecast", p->forecast != GOALS_DATE_NONE, p->forecast);
	json_num(o, "suggested_target",
		rate && p->deadline != GOALS_DATE_NONE && !p->met,
		p->suggested_target);
	J(cJSON_AddNumberToObject(o, "periods", p->periods));
	J(cJSON_AddNumberToObject(o, "periods_met", p->periods_met));
	J(cJSON_AddNumberToObject(o, "streak", p->streak));
	J(cJSON_AddNumberToObject(o, "best_streak", p->best_streak));
	J(a = cJSON_AddArrayToObject(o, "recent"));
	for (i = 0; a && i < GOALS_SPARK_DAYS; i++) {
		cJSON *d = cJSON_CreateObject();
		if (!d) {
			json_oom = 1;
			break;
		}
		json_date(d, "day", 1, today - (GOALS_SPARK_DAYS - 1) + i);
		json_num(d, "value", p->spark_has[i], p->spark[i]);
		J(cJSON_AddItemToArray(a, d));
	}
	return o;
}

int goals_json_progress(char **out, const goals_goal *g,
			const goals_pace *pace,
			const goals_entry_list *entries)
{
	cJSON *o = cJSON_CreateObject(), *a;
	size_t i;
	if (!o)
		return json_print(out, NULL);
	J(cJSON_AddItemToObject(o, "goal", json_goal(g, NULL)));
	J(cJSON_AddItemToObject(o, "pace", pace_object(pace, pace->today)));
	J(a = cJSON_AddArrayToObject(o, "entries"));
	for (i = 0; a && i < entries->count; i++) {
		J(cJSON_AddItemToArray(a, entry_object(&entries->items[i])));
	}
	return json_print(out, o);
}

/* A goal with its reasons: goal + "reasons": [ { "code", "text" } ]
 * (not "why": that is the goal's own why it matters). */
static cJSON *attention_object(const goals_goal *g, const goals_attention *a)
{
	cJSON *o = json_goal(g, NULL), *w, *r;
	size_t i;
	if (!o)
		return NULL;
	J(w = cJSON_AddArrayToObject(o, "reasons"));
	for (i = 0; w && i < a->n_why; i++) {
		J(r = cJSON_CreateObject());
		if (!r)
			break;
		json_str(r, "code", a->why[i].code);
		json_str(r, "text", a->why[i].text);
		J(cJSON_AddItemToArray(w, r));
	}
	return o;
}

int goals_json_status(char **out, const goals_goal *const *goals,
		      const goals_attention *att, size_t n)
{
	cJSON *o = cJSON_CreateObject(), *counts, *groups, *arr[GOALS_GROUPS];
	size_t i;
	int k;
	if (!o)
		return json_print(out, NULL);
	J(counts = cJSON_AddObjectToObject(o, "counts"));
	J(groups = cJSON_AddObjectToObject(o, "groups"));
	if (!counts || !groups)
		return json_print(out, o);
	for (k = 0; k < GOALS_GROUPS; k++) {
		int c = 0;
		for (i = 0; i < n; i++)
			c += att[i].groups && att[i].group == (goals_group)k;
		J(cJSON_AddNumberToObject(counts, goals_group_name(k), c));
		J(arr[k] = cJSON_AddArrayToObject(groups, goals_group_name(k)));
	}
	for (i = 0; i < n; i++) {
		cJSON *g;
		if (!att[i].groups || !arr[att[i].group])
			continue;
		J(g = attention_object(goals[i], &att[i]));
		if (g)
			J(cJSON_AddItemToArray(arr[att[i].group], g));
	}
	return json_print(out, o);
}

int goals_json_remind(char **out, const goals_goal *const *goals,
		      const goals_attention *att, size_t n)
{
	cJSON *a = cJSON_CreateArray(), *g;
	size_t i;
	if (!a)
		return json_print(out, NULL);
	for (i = 0; i < n; i++) {
		if (!att[i].needs_attention)
			continue;
		J(g = attention_object(goals[i], &att[i]));
		if (g)
			J(cJSON_AddItemToArray(a, g));
	}
	return json_print(out, a);
}
