/*
 * complete.h - goals __complete: the candidates for a word of a command
 * line, for the shells' completion.  See complete.c.
 */
#ifndef GOALS_CMD_COMPLETE_H
#define GOALS_CMD_COMPLETE_H

#include "options.h"

/* goals __complete [WORD...] CURRENT: print the candidates for CURRENT. */
int cmd_complete(int argc, char **argv);

/* 1 while cmd_complete waits for a command's opt_parse to hand over its
 * option table. */
int complete_pending(void);

/* Complete the words after the command against its usage u and options
 * opts (opt_parse calls it in completion mode); return the exit code. */
int complete_options(const struct usage *u, const struct opt *opts);

#endif
