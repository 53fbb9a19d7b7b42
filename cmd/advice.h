/*
 * advice.h - how the binary words the SMART engine's advice: a sentence
 * per advice code, with the options that set its fields ("--target 5").
 */
#ifndef GOALS_CMD_ADVICE_H
#define GOALS_CMD_ADVICE_H

#include <stddef.h>

#include "cli.h"

/* Room for a letter's advice, worded. */
#define ADVICE_LINE 1024

/* The options of a suggestion's fields, into buf (n bytes): "--kind
 * total --target 12 --unit books"; a value that is the user's to give
 * as a placeholder ("--target N", "--why 'what it will change for
 * you'"). */
void advice_options(char *buf, size_t n, const goals_suggestion *s);

/* A letter's advice as one line, into buf (n bytes; "" when there is
 * none): each suggestion's sentence, alternatives joined by ", or ".
 * ctx is unused (the shape of goals_advice_words). */
void advice_words(char *buf, size_t n, const goals_criterion *c, void *ctx);

#endif
