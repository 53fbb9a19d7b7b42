/*
 * vec.c - growing arrays.
 */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "vec.h"

int vec_grow(void *pitems, size_t count, size_t *cap, size_t size)
{
	void *items, *grown;
	size_t ncap;
	if (count < *cap)
		return GOALS_OK;
	ncap = *cap ? *cap * 2 : 16;
	if (ncap > (size_t)-1 / size)
		return goals_error_oom();
	memcpy(&items, pitems, sizeof(items));
	if (!(grown = realloc(items, ncap * size)))
		return goals_error_oom();
	memcpy(pitems, &grown, sizeof(grown));
	*cap = ncap;
	return GOALS_OK;
}
