/*
 * status.h - changing a goal's status, shared by close and reopen.
 */
#ifndef GOALS_CMD_STATUS_H
#define GOALS_CMD_STATUS_H

#include "cli.h"

/* Set the status of each goal in ids[0..n) to `to`, with message, in one
 * transaction, and say so ("achieved 3f2a1b2 TEXT").  Returns the exit
 * code. */
int status_change(char **ids, int n, goals_status to, const char *message);

#endif
