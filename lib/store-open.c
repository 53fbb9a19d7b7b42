/*
 * store-open.c - opening a store: what is at its path (a store, an empty
 * file, nothing, or something that must not be touched), the connection
 * (read-write, read-only and immutable, in memory for a store that is not
 * there, or without shared memory when none can be made), WAL mode, and
 * checking a store's integrity.
 *
 * Nothing is written, created or chmod'ed at a path before it is known
 * to be a regular file that is ours to use: a device, a FIFO, a
 * directory, or a symbolic link to anything but a goals store is refused
 * as it is found.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "error.h"
#include "path.h"
#include "store-int.h"

/* What goals_store_open finds at a store's path. */
enum found {
	FOUND_NOTHING, /* no file: created, or an empty store in memory */
	FOUND_EMPTY,   /* an empty regular file */
	FOUND_FILE     /* a regular file with something in it */
};

/* The kind of a file that is not a regular one, for messages. */
static const char *file_kind(mode_t m)
{
	if (S_ISDIR(m))
		return "a directory";
	if (S_ISCHR(m))
		return "a character device";
	if (S_ISBLK(m))
		return "a block device";
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISSOCK(m))
		return "a socket";
	return "not a regular file";
}

/* 1 when the file at path begins as a goals store does: SQLite's header
 * with the application id of goals. */
static int looks_like_store(const char *path)
{
	unsigned char h[100];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return 0;
	n = read(fd, h, sizeof(h));
	close(fd);
	return n == (ssize_t)sizeof(h) && !memcmp(h, "SQLite format 3", 16) &&
	       ((unsigned)h[68] << 24 | (unsigned)h[69] << 16 |
		(unsigned)h[70] << 8 | h[71]) == STORE_APPLICATION_ID;
}

/* Refuse the symbolic link at path, saying where it points and why. */
static int refuse_link(const char *path, const char *why)
{
	char target[PATH_MAX];
	ssize_t n = readlink(path, target, sizeof(target) - 1);
	if (n < 0)
		n = 0;
	target[n] = '\0';
	return goals_error(GOALS_ESTORE,
			   "the store '%s' is a symbolic link to '%s', %s; "
			   "refusing to use it",
			   path, target, why);
}

/*
 * Look at what is at path, following a symbolic link only to a goals
 * store.  GOALS_ESTORE, with a message, for anything a store cannot be.
 */
static int inspect(const char *path, enum found *out)
{
	struct stat st;
	if (lstat(path, &st) != 0) {
		if (errno == ENOENT) {
			*out = FOUND_NOTHING;
			return GOALS_OK;
		}
		return goals_error(GOALS_ESTORE,
				   "cannot open the store '%s': %s", path,
				   strerror(errno));
	}
	if (S_ISLNK(st.st_mode)) {
		if (stat(path, &st) != 0)
			return refuse_link(
				path, errno == ENOENT ? "which does not exist"
						      : strerror(errno));
		if (!S_ISREG(st.st_mode))
			return refuse_link(path, file_kind(st.st_mode));
		if (!looks_like_store(path))
			return refuse_link(
				path, access(path, R_OK) != 0
					      ? "which cannot be read"
					      : "which is not a goals store");
	}
	if (!S_ISREG(st.st_mode))
		return goals_error(GOALS_ESTORE,
				   "the store '%s' is %s, not a file", path,
				   file_kind(st.st_mode));
	if (access(path, R_OK) != 0)
		return goals_error(GOALS_ESTORE,
				   "cannot open the store '%s': %s", path,
				   strerror(errno));
	*out = st.st_size == 0 ? FOUND_EMPTY : FOUND_FILE;
	return GOALS_OK;
}

/*
 * Put the store in WAL mode, so that cron and a shell can write at the
 * same time.  The mode is kept in the file, so this changes something
 * only once.  Changing it needs the file to itself, and SQLite does not
 * call its busy handler for that, so wait here, up to the busy timeout.
 */
static int use_wal(goals_store *s)
{
	sqlite3_stmt *st;
	int rc, waited = 0, wal;
	for (;;) {
		if ((rc = sq_prepare(s, &st, "PRAGMA journal_mode")))
			return rc;
		rc = sqlite3_step(st);
		wal = rc == SQLITE_ROW &&
		      !sqlite3_stricmp((const char *)sqlite3_column_text(st, 0),
				       "wal");
		sq_release(s, st);
		if (wal)
			return GOALS_OK;
		if (rc == SQLITE_ROW)
			rc = sqlite3_exec(s->db, "PRAGMA journal_mode = WAL",
					  NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			return GOALS_OK;
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			return sq_fail(s, rc, "open");
		if (waited >= BUSY_TIMEOUT_MS)
			return sq_fail(s, rc, "open");
		sqlite3_sleep(20);
		waited += 20;
	}
}

/*
 * The URI that opens path read-only and immutable: no -wal or -shm file
 * is made beside it, so a store a user may only read stays as it is.
 * With live, read-only but not immutable: what others write while it is
 * read is seen as SQLite's locks say (GOALS_OPEN_READONLY).  Malloc'd;
 * NULL when out of memory.
 */
static char *readonly_uri(const char *path, int live)
{
	static const char hex[] = "0123456789ABCDEF";
	const char *query = live ? "?mode=ro" : "?immutable=1";
	size_t n = strlen(path), i, o = 0;
	char *uri = malloc(3 * n + sizeof("file:?immutable=1"));
	if (!uri)
		return NULL;
	memcpy(uri, "file:", 5);
	o = 5;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)path[i];
		if (isalnum(c) || strchr("/._-~", c)) {
			uri[o++] = (char)c;
		} else {
			uri[o++] = '%';
			uri[o++] = hex[c >> 4];
			uri[o++] = hex[c & 15];
		}
	}
	memcpy(uri + o, query, strlen(query) + 1);
	return uri;
}

/* Close the connection of s and forget its prepared statements. */
static void disconnect(goals_store *s)
{
	size_t i;
	for (i = 0; i < STMT_CACHE; i++) {
		sqlite3_finalize(s->cache[i].st);
		memset(&s->cache[i], 0, sizeof(s->cache[i]));
	}
	sqlite3_close(s->db);
	s->db = NULL;
	s->in_txn = 0;
}

/* 1 when SQLite's extended code rc says the shared-memory file beside
 * the store could not be made or grown (a full disk, most often). */
static int shm_failure(int rc)
{
	return rc == SQLITE_IOERR_SHMOPEN || rc == SQLITE_IOERR_SHMSIZE ||
	       rc == SQLITE_IOERR_SHMMAP || rc == SQLITE_IOERR_SHMLOCK ||
	       (rc & 0xff) == SQLITE_FULL;
}

/*
 * Open the connection and set it up: timeouts, foreign keys, the schema
 * (checked before anything is written, so that a file that is not a
 * goals store is left as it was), then WAL.  With s->exclusive, the
 * store is used without shared memory: SQLite then keeps the WAL index
 * in the process and holds the file's lock until it is closed.
 */
static int connect(goals_store *s, const char *file)
{
	char *uri = s->readonly ? readonly_uri(file, s->readonly_live) : NULL;
	int rc;
	if (s->readonly && !uri)
		return goals_error_oom();
	rc = sqlite3_open_v2(
		uri ? uri : file, &s->db,
		s->readonly ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
			    : SQLITE_OPEN_READWRITE |
				      (s->memory ? SQLITE_OPEN_CREATE : 0),
		NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		if (!s->db)
			return goals_error_oom();
		return sq_fail(s, rc, "open");
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	if (s->exclusive) {
		/* closing would checkpoint into a file that cannot grow */
		sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1,
				  NULL);
		if ((rc = sq_exec(s, "PRAGMA locking_mode = EXCLUSIVE",
				  "open")))
			return rc;
	}
	if ((rc = sq_exec(s, "PRAGMA foreign_keys = ON", "open")) ||
	    (rc = store_migrate(s)))
		return rc;
	s->baseline_changes = sqlite3_total_changes(s->db);
	return s->memory || s->readonly ? GOALS_OK : use_wal(s);
}

/* Connect to the store's file; when its shared memory cannot be made,
 * connect again without it, so that reading still works. */
static int connect_file(goals_store *s)
{
	int rc;
	s->last_rc = SQLITE_OK;
	rc = connect(s, s->path);
	if (rc && !s->readonly && !s->exclusive && shm_failure(s->last_rc)) {
		disconnect(s);
		s->exclusive = 1;
		rc = connect(s, s->path);
	}
	return rc;
}

/* Connect to an empty store in memory, for a store that is not there
 * (or is an empty file) and that this open may not create. */
static int connect_memory(goals_store *s)
{
	s->memory = 1;
	s->readonly = 0;
	s->exclusive = 0;
	s->as_empty = 0;
	return connect(s, ":memory:");
}

/* 1 when this process may write file path and create files beside it. */
static int writable(const char *path)
{
	char *dir = strdup(path), *slash;
	int ok;
	if (!dir)
		return 1; /* try; SQLite says so if not */
	slash = strrchr(dir, '/');
	if (slash == dir)
		slash[1] = '\0';
	else if (slash)
		*slash = '\0';
	ok = access(path, W_OK) == 0 &&
	     access(slash ? dir : ".", W_OK | X_OK) == 0;
	free(dir);
	return ok;
}

int goals_store_open(goals_store **out, const char *path, unsigned flags)
{
	goals_store *s;
	enum found found;
	int rc, created = 0;
	*out = NULL;
	if (!path || !*path)
		return goals_error(GOALS_EINVAL, "no store path given");
	s = calloc(1, sizeof(*s));
	if (!s || !(s->path = strdup(path))) {
		free(s);
		return goals_error_oom();
	}
	s->create = (flags & GOALS_OPEN_CREATE) != 0;
	if (s->create && (flags & GOALS_OPEN_READONLY)) {
		goals_store_close(s);
		return goals_error(GOALS_EINVAL, "a store opened read-only "
						 "cannot be created");
	}
	if ((rc = inspect(path, &found)))
		goto fail;
	s->existed = found != FOUND_NOTHING;
	if (found == FOUND_NOTHING && s->create) {
		if ((rc = path_make_parent_dirs(path)) ||
		    (rc = path_create_private_file(path, &created)))
			goto fail;
		s->existed = !created;
	}
	if (!s->create && found != FOUND_FILE) {
		/* nothing to read, and this open may not make a store: an
		 * empty one in memory, and nothing written anywhere */
		s->existed = 0;
		if ((rc = connect_memory(s)))
			goto fail;
		*out = s;
		return GOALS_OK;
	}
	/* Reading a store one may not write (or whose directory one may
	 * not write, where SQLite keeps its -wal and -shm files): open it
	 * read-only, and leave nothing behind. */
	if (flags & GOALS_OPEN_READONLY) {
		s->readonly = 1;
		/* immutable where nobody can write it, as below */
		s->readonly_live = writable(path);
	} else if (!writable(path)) {
		if (s->create) {
			rc = goals_error(GOALS_ESTORE,
					 "the store '%s' is read-only: cannot "
					 "write to it (or to its directory)",
					 path);
			goto fail;
		}
		s->readonly = 1;
	}
	if ((rc = connect_file(s)))
		goto fail;
	if (s->as_empty) {
		/* a SQLite file that is not a store yet, opened by a command
		 * that may not make it one */
		disconnect(s);
		s->existed = 0;
		if ((rc = connect_memory(s)))
			goto fail;
	}
	*out = s;
	return GOALS_OK;
fail:
	goals_store_close(s);
	return rc;
}

int store_open_reference(goals_store **out)
{
	goals_store *s = calloc(1, sizeof(*s));
	int rc;
	*out = NULL;
	if (!s || !(s->path = strdup(":memory:"))) {
		free(s);
		return goals_error_oom();
	}
	if ((rc = connect_memory(s))) {
		goals_store_close(s);
		return rc;
	}
	*out = s;
	return GOALS_OK;
}

void goals_store_close(goals_store *s)
{
	if (!s)
		return;
	if (s->in_txn)
		store_rollback(s);
	disconnect(s);
	free(s->path);
	free(s);
}

int goals_store_existed(const goals_store *s)
{
	return s->existed;
}

int goals_store_reused(const goals_store *s)
{
	return s->reused;
}

const char *goals_store_file(const goals_store *s)
{
	return s->path;
}

int goals_store_verify(goals_store *s)
{
	sqlite3_stmt *st;
	const char *first = NULL;
	char msg[256] = "";
	int rc, n = 0;
	if (s->memory)
		return GOALS_OK;
	if ((rc = sq_prepare(s, &st, "PRAGMA quick_check(3)")))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		first = (const char *)sqlite3_column_text(st, 0);
		if (first && !strcmp(first, "ok"))
			continue;
		if (n++ == 0 && first) {
			/* the problem is on the row's last line, after
			 * "*** in database main ***" */
			const char *nl = strrchr(first, '\n');
			snprintf(msg, sizeof(msg), "%s", nl ? nl + 1 : first);
		}
	}
	sq_release(s, st);
	if (rc != SQLITE_DONE)
		return sq_fail(s, rc, "check the store");
	if (n)
		return goals_error(GOALS_ECORRUPT,
				   "the store '%s' is damaged (%s)", s->path,
				   msg[0] ? msg : "unreadable");
	return GOALS_OK;
}
