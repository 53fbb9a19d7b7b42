/*
 * path.c - where the store lives: resolution of its path from the
 * --db option and the environment, and creation of a private directory
 * and file for it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"
#include "goals/store.h"
#include "path.h"

/* Return getenv(name), or NULL when unset or empty. */
static const char *env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

/* Set *out to a malloc'd a + b. */
static int join(char **out, const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 1;
	*out = malloc(n);
	if (!*out)
		return goals_error_oom();
	snprintf(*out, n, "%s%s", a, b);
	return GOALS_OK;
}

int goals_store_path(char **out, const char *opt)
{
	const char *v;
	*out = NULL;
	if (opt) {
		if (!*opt)
			return goals_error(GOALS_EINVAL,
					   "--db needs a file name");
		return join(out, opt, "");
	}
	if ((v = env("GOALS_DB")))
		return join(out, v, "");
	if ((v = env("XDG_DATA_HOME")))
		return join(out, v, "/goals/goals.db");
	if ((v = env("HOME")))
		return join(out, v, "/.local/share/goals/goals.db");
	return goals_error(GOALS_EOS,
			   "cannot find where to keep the store: set HOME, "
			   "XDG_DATA_HOME or GOALS_DB, or use --db FILE");
}

/* mkdir dir with mode 0700 unless it exists as a directory. */
static int make_dir(const char *dir)
{
	struct stat st;
	if (mkdir(dir, 0700) == 0) {
		if (chmod(dir, 0700) != 0)
			return goals_error(GOALS_EOS,
					   "cannot make '%s' private: %s", dir,
					   strerror(errno));
		return GOALS_OK;
	}
	if (errno == EEXIST && stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return GOALS_OK;
	return goals_error(GOALS_EOS, "cannot create directory '%s': %s", dir,
			   strerror(errno));
}

int path_make_parent_dirs(const char *path)
{
	char *dir = strdup(path);
	char *slash, *p;
	int rc = GOALS_OK;
	struct stat st;
	if (!dir)
		return goals_error_oom();
	slash = strrchr(dir, '/');
	if (!slash || slash == dir) {
		free(dir);
		return GOALS_OK;
	}
	*slash = '\0';
	if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) {
		free(dir);
		return GOALS_OK;
	}
	/* Create each missing component from the top. */
	for (p = dir + 1; *p && rc == GOALS_OK; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
			rc = make_dir(dir);
		*p = '/';
	}
	if (rc == GOALS_OK)
		rc = make_dir(dir);
	free(dir);
	return rc;
}

int path_create_private_file(const char *path, int *created)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	*created = 0;
	if (fd < 0) {
		if (errno == EEXIST)
			return GOALS_OK;
		return goals_error(GOALS_ESTORE, "cannot create store '%s': %s",
				   path, strerror(errno));
	}
	*created = 1;
	if (fchmod(fd, 0600) != 0) {
		int e = errno;
		close(fd);
		return goals_error(GOALS_ESTORE,
				   "cannot make store '%s' private: %s", path,
				   strerror(e));
	}
	if (close(fd) != 0)
		return goals_error(GOALS_ESTORE, "cannot create store '%s': %s",
				   path, strerror(errno));
	return GOALS_OK;
}

int path_make_private(const char *path)
{
	struct stat st;
	/* by name, not through a file descriptor: closing any descriptor of
	 * the file would drop the locks SQLite holds on it (POSIX locks are
	 * the process's), and another process would then take our journal
	 * for a crashed one */
	if (lstat(path, &st) != 0)
		return goals_error(GOALS_ESTORE,
				   "cannot make the store '%s' private: %s",
				   path, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return goals_error(GOALS_ESTORE,
				   "cannot make the store '%s' private: not a "
				   "regular file",
				   path);
	if ((st.st_mode & 07777) != 0600 && chmod(path, 0600) != 0)
		return goals_error(GOALS_ESTORE,
				   "cannot make the store '%s' private: %s",
				   path, strerror(errno));
	return GOALS_OK;
}
