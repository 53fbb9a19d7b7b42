/*
 * num.h - numbers as people type them: decimals that sum and compare as
 * decimals.  Private.
 *
 * A value typed as 0.7 is kept as the double nearest to 0.7; adding 0.1
 * in binary gives 0.7999999999999999, not 0.8.  Each value has a scale:
 * the number of decimals it was written with (the shortest form, of at
 * most 15 significant digits, that reads back as it), and a sum of such
 * values is rounded to the largest scale among its terms, so that it is
 * the double nearest to the decimal sum.  A value that needs more than 15
 * significant digits or 15 decimals has scale NUM_BINARY: sums with it
 * are left as binary arithmetic gives them.
 */
#ifndef GOALS_LIB_NUM_H
#define GOALS_LIB_NUM_H

/* The scale of a value with no decimal form of 15 digits or less. */
#define NUM_BINARY 16

/* The number of decimals v is written with (0..15), or NUM_BINARY. */
int num_scale(double v);

/* v rounded to `scale` decimals (half away from zero, as printf rounds
 * a decimal's nearest double); v itself when scale is NUM_BINARY. */
double num_round(double v, int scale);

/* a + b, rounded to the larger scale of the two. */
double num_add(double a, double b);

#endif
