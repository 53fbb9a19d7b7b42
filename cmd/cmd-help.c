/*
 * cmd-help.c - goals help [COMMAND]: the list of commands, or one
 * command's manual (its usage when the manual is not installed).
 */
#include <string.h>

#include "cli.h"
#include "options.h"

static const char *const synopsis[] = {"[COMMAND]", NULL};
static const struct usage usage = {
	"help", synopsis, "Show the list of commands, or a command's manual.",
	COMP_COMMAND, COMP_NONE};

int cmd_help(int argc, char **argv)
{
	const struct opt opts[] = {OPT_END_()};
	const struct cmd_entry *c;
	char *args[3];
	int nargs, rc;
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs == 0) {
		main_usage(stdout);
		return EXIT_OK;
	}
	if (nargs > 1)
		return opt_extra("help", nargs - 1, argv + 1,
				 "give one COMMAND");
	if (!(c = cli_find_command(argv[0])) || !c->summary)
		return cli_unknown_command(argv[0]);
	if (cli_man(c->name))
		return EXIT_OK;
	/* No manual: the command's own -h prints its usage. */
	args[0] = (char *)c->name;
	args[1] = "-h";
	args[2] = NULL;
	return c->fn(2, args);
}
