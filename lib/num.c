/*
 * num.c - the scale of a typed value, and decimal rounding of sums (see
 * num.h).  printf and strtod do the decimal work: they convert exactly.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

int num_scale(double v)
{
	char buf[32], *e;
	int decimals = 0, exp = 0;
	const char *dot;
	if (!isfinite(v))
		return NUM_BINARY;
	snprintf(buf, sizeof(buf), "%.15g", v);
	if (strtod(buf, NULL) != v)
		return NUM_BINARY; /* more than 15 significant digits */
	e = strchr(buf, 'e');
	if (e) {
		exp = atoi(e + 1);
		*e = '\0';
	}
	dot = strchr(buf, '.');
	if (dot)
		decimals = (int)strlen(dot + 1);
	decimals -= exp;
	if (decimals < 0)
		return 0;
	return decimals > 15 ? NUM_BINARY : decimals;
}

double num_round(double v, int scale)
{
	/* %f of the largest double is 309 digits, and 15 decimals */
	char buf[400];
	double r;
	if (scale < 0 || scale >= NUM_BINARY || !isfinite(v))
		return v;
	snprintf(buf, sizeof(buf), "%.*f", scale, v);
	r = strtod(buf, NULL);
	return r == 0 ? 0 : r; /* no -0 */
}

double num_add(double a, double b)
{
	int sa = num_scale(a), sb = num_scale(b);
	return num_round(a + b, sa > sb ? sa : sb);
}
