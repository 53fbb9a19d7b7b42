/*
 * vec.h - growing arrays, for the lists the library returns.  Private.
 */
#ifndef GOALS_LIB_VEC_H
#define GOALS_LIB_VEC_H

#include <stddef.h>

/*
 * Make room for one more item in an array of `count` items of `size`
 * bytes, whose pointer is at `pitems` (a T **) and whose capacity is
 * *cap, doubling it when full.  Returns GOALS_OK, or GOALS_ENOMEM with
 * the array left as it was.
 */
int vec_grow(void *pitems, size_t count, size_t *cap, size_t size);

#endif
