/*
 * goal.c - the value types of the model: fields, goals and lists of
 * goals, and how ids are written.
 */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "goals/goal.h"

void goals_fields_init(goals_fields *f)
{
	memset(f, 0, sizeof(*f));
	f->start = GOALS_DATE_NONE;
	f->deadline = GOALS_DATE_NONE;
	f->confidence = -1;
}

void goals_fields_clear(goals_fields *f)
{
	if (!f)
		return;
	free(f->text);
	free(f->area);
	free(f->metric);
	free(f->unit);
	free(f->why);
	goals_fields_init(f);
}

/* Return the address of the string member that bit names, or NULL. */
static char **string_member(goals_fields *f, unsigned bit)
{
	switch (bit) {
	case GOALS_F_TEXT:
		return &f->text;
	case GOALS_F_AREA:
		return &f->area;
	case GOALS_F_METRIC:
		return &f->metric;
	case GOALS_F_UNIT:
		return &f->unit;
	case GOALS_F_WHY:
		return &f->why;
	default:
		return NULL;
	}
}

int goals_fields_set_str(goals_fields *f, unsigned bit, const char *value)
{
	char **member = string_member(f, bit);
	char *copy;
	if (!member)
		return goals_error(GOALS_EINVAL, "field %#x is not a text field",
				   bit);
	copy = strdup(value ? value : "");
	if (!copy)
		return goals_error_oom();
	free(*member);
	*member = copy;
	f->set |= bit;
	return GOALS_OK;
}

void goals_goal_free(goals_goal *g)
{
	if (!g)
		return;
	goals_fields_clear(&g->f);
	free(g);
}

void goals_goal_list_free(goals_goal_list *l)
{
	size_t i;
	if (!l)
		return;
	for (i = 0; i < l->count; i++)
		goals_fields_clear(&l->items[i].f);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

void goals_id_format(char *buf, const goals_id *id)
{
	/* 8-4-4-4-12 */
	static const int groups[] = {8, 4, 4, 4, 12};
	const char *src = id->hex;
	size_t i;
	int j;
	for (i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		if (i)
			*buf++ = '-';
		for (j = 0; j < groups[i]; j++)
			*buf++ = *src++;
	}
	*buf = '\0';
}
