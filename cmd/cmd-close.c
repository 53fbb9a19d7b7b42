/*
 * cmd-close.c - goals close ID...: mark goals achieved (the default) or
 * abandoned, with a message, recorded in their history.
 */
#include "cli.h"
#include "options.h"
#include "status.h"

static const char *const synopsis[] = {
	"[--achieved | --abandoned] [-m MESSAGE] ID...", NULL};
static const struct usage usage = {
	"close", synopsis,
	"Close goals: achieved (the default) or abandoned.  'goals log' keeps "
	"when and why.",
	COMP_GOAL, COMP_GOAL};

int cmd_close(int argc, char **argv)
{
	int achieved = 0, abandoned = 0, nargs, rc;
	const char *message = NULL;
	const struct opt opts[] = {
		OPT_FLAG_(0, "achieved", &achieved, "the goal was reached"),
		OPT_FLAG_(0, "abandoned", &abandoned,
			  "the goal was let go (no failure: wants change)"),
		OPT_STR('m', "message", &message, "text", "why, or how it went"),
		OPT_END_(),
	};
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (achieved && abandoned)
		return opt_error("close", "give --achieved or --abandoned, not "
					  "both");
	if (nargs == 0)
		return opt_error("close", "missing ID");
	return status_change(argv, nargs,
			     abandoned ? GOALS_STATUS_ABANDONED
				       : GOALS_STATUS_ACHIEVED,
			     message);
}
