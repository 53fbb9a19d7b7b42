/*
 * printable.h - text from outside (an import's values, a damaged store's
 * rows) made safe to show in a message.  Private.
 */
#ifndef GOALS_LIB_PRINTABLE_H
#define GOALS_LIB_PRINTABLE_H

#include <stddef.h>

/*
 * Copy s into out (n >= 5 bytes, cut short to fit) as it may be shown on
 * a terminal and put in JSON: control characters (C0, DEL and C1: ESC
 * and CSI start terminal commands) and bytes that are not UTF-8 (or a
 * sequence cut short) are written as \xNN; the rest is copied.  keep_nl
 * keeps newlines as they are.
 */
void text_printable(char *out, size_t n, const char *s, int keep_nl);

#endif
