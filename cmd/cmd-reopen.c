/*
 * cmd-reopen.c - goals reopen ID...: make closed goals active again,
 * recorded in their history.
 */
#include "cli.h"
#include "options.h"
#include "status.h"

static const char *const synopsis[] = {"[-m MESSAGE] ID...", NULL};
static const struct usage usage = {
	"reopen", synopsis,
	"Make achieved or abandoned goals active again.",
	COMP_GOAL, COMP_GOAL};

int cmd_reopen(int argc, char **argv)
{
	const char *message = NULL;
	int nargs, rc;
	const struct opt opts[] = {
		OPT_STR('m', "message", &message, "text", "why"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs == 0)
		return opt_error("reopen", "missing ID");
	return status_change(argv, nargs, GOALS_STATUS_ACTIVE, message);
}
