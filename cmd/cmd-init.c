/*
 * cmd-init.c - goals init: create the store explicitly and say where.
 */
#include "cli.h"
#include "options.h"

static const char *const synopsis[] = {"[FILE]", NULL};
static const struct usage usage = {
	"init", synopsis,
	"Create the store (or check an existing one) and print its path.",
	COMP_FILE, COMP_NONE};

int cmd_init(int argc, char **argv)
{
	const struct opt opts[] = {OPT_END_()};
	goals_store *s;
	int nargs, rc;
	if ((rc = opt_parse(&usage, opts, argc, argv, &nargs)) != OPT_CONTINUE)
		return rc;
	if (nargs > 1)
		return opt_extra("init", nargs - 1, argv + 1,
				 "give at most one FILE");
	if (nargs == 1) {
		if (cli.db)
			return opt_error("init", "give the store as --db or "
						 "FILE, not both: '%.40s' and "
						 "'%.40s'",
					 cli.db, argv[0]);
		cli.db = argv[0];
	}
	if ((rc = cli_open_store(&s, 1)))
		return rc;
	/* an existing store is said to be fine only once it is checked */
	if (goals_store_existed(s) && (rc = goals_store_verify(s))) {
		rc = cli_fail(rc, NULL);
		goals_store_close(s);
		return rc;
	}
	printf("%s goals store in %s%s\n",
	       goals_store_existed(s) ? "Reinitialized existing"
				      : "Initialized empty",
	       goals_store_reused(s) ? "existing file " : "",
	       goals_store_file(s));
	goals_store_close(s);
	return EXIT_OK;
}
