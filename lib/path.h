/*
 * path.h - making the store's directory.  Private.
 */
#ifndef GOALS_LIB_PATH_H
#define GOALS_LIB_PATH_H

/*
 * Create the directory that will hold file `path`, and any missing
 * parents, each 0700 whatever the umask.  Existing directories are left
 * as they are.  GOALS_EOS with a message naming the directory on failure.
 */
int path_make_parent_dirs(const char *path);

/* Create file `path` empty with mode 0600 (whatever the umask) if it does
 * not exist.  *created is set to 1 when this call created it. */
int path_create_private_file(const char *path, int *created);

/* Make the regular file at path private (mode 0600); a symbolic link is
 * refused, not followed.  It opens no descriptor of the file, so that
 * SQLite's locks on it hold.  GOALS_ESTORE with a message on failure. */
int path_make_private(const char *path);

#endif
