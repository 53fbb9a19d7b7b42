#!/bin/sh
# deb.sh - the Debian package, as a Debian user gets it: build goals for
# /usr and package it with `cpack -G DEB`, then, in a clean Debian root (a
# chroot of a fresh `debootstrap --variant=minbase bookworm`), `apt-get
# install ./goals_*.deb` must bring what it depends on from the archive
# and give a working goals with its manuals and completion, and `apt-get
# remove` (then autoremove) must leave the root as it was.
#
# usage: sh tests/package/deb.sh [BUILD_DIR]
#
#   BUILD_DIR  where goals is built for /usr and packaged (default
#              build-deb, beside build)
#
# Needs root (chroot, mount) and the network to the Debian archive.  The
# clean root comes from $GOALS_DEB_ROOT, a tarball of a fresh minbase
# bookworm (default: chroot-base.tar beside the repository, as CI has
# it), or else from debootstrap, once, into BUILD_DIR/debian-root.tar.
# Without root, or without either, it says so and skips (exit 0).  It
# runs from .ci/run after the test suite (about 2 minutes), and prints
# what the CLI tests print: "ok N - ...", "N passed, N failed".
set -u

SRC=$(cd "$(dirname "$0")/../.." && pwd)
B=${1:-$SRC/build-deb}
case $B in
/*) ;;
*) B=$(pwd)/$B ;;
esac

skip() {
	echo "ok 1 - the Debian package # SKIP $*"
	echo "0 passed, 0 failed"
	echo "# 1 skipped"
	exit 0
}
test "$(id -u)" = 0 || skip "needs root (chroot, mount)"
command -v chroot >/dev/null 2>&1 || skip "needs chroot"
command -v cpack >/dev/null 2>&1 || skip "needs cpack"
BASE=${GOALS_DEB_ROOT:-$SRC/../chroot-base.tar}
if ! test -f "$BASE"; then
	BASE=$B/debian-root.tar
	if ! test -f "$BASE"; then
		command -v debootstrap >/dev/null 2>&1 ||
			skip "no clean Debian root ($GOALS_DEB_ROOT or" \
				"../chroot-base.tar) and no debootstrap"
	fi
fi

# Build and package -------------------------------------------------------------

echo "# building goals for /usr in $B"
mkdir -p "$B"
if ! { cmake -S "$SRC" -B "$B" -DCMAKE_INSTALL_PREFIX=/usr \
	-DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOALS_TESTS=OFF \
	-DGOALS_WERROR=ON >"$B/build.log" 2>&1 &&
	cmake --build "$B" -j "$(nproc 2>/dev/null || echo 2)" \
		>>"$B/build.log" 2>&1 &&
	rm -f "$B"/goals_*.deb &&
	(cd "$B" && cpack -G DEB) >>"$B/build.log" 2>&1; }; then
	tail -n 30 "$B/build.log"
	echo "not ok 1 - the package builds (log: $B/build.log)"
	echo "0 passed, 1 failed"
	exit 1
fi
DEB=$(ls "$B"/goals_*.deb)

# The tests' assertions, a temporary directory, and goals of this build.
GOALS_BIN=$B/goals
GOALS_BUILD=$B
export GOALS_BIN GOALS_BUILD
. "$SRC/tests/cli/lib.sh"

version=$(sed -n 's/^project(goals VERSION \([0-9][0-9.]*\).*/\1/p' \
	"$SRC/CMakeLists.txt")

test_case "the package: goals $version, Depends exactly libc6, libcjson1 and libsqlite3-0"
expect_eq "the package's file" "goals_${version}_$(dpkg --print-architecture).deb" \
	"$(basename "$DEB")"
run dpkg-deb -f "$DEB" Package Version Depends
expect_stdout_match "^Package: goals\$"
expect_stdout_match "^Version: $version\$"
deps=$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' |
	sed 's/^ *\([^ ]*\).*/\1/' | LC_ALL=C sort | tr '\n' ' ')
expect_eq "the packages it depends on" "libc6 libcjson1 libsqlite3-0 " "$deps"
expect_stdout_match '^Depends: .*libc6 \(>= [0-9.]+\)'

test_case "the package holds goals, libgoals, headers, .pc, manuals and completion"
run dpkg-deb -c "$DEB"
for f in ./usr/bin/goals ./usr/include/goals.h ./usr/include/goals/store.h \
	./usr/share/man/man1/goals.1 ./usr/share/man/man1/goals-add.1 \
	./usr/share/bash-completion/completions/goals \
	./usr/share/zsh/vendor-completions/_goals; do
	expect_stdout_match " $f\$"
done
expect_stdout_match " \\./usr/lib/[^ ]*/libgoals\\.so\\.$version\$"
expect_stdout_match " \\./usr/lib/[^ ]*/pkgconfig/libgoals\\.pc\$"
expect_stdout_no_match ' \./usr/local/'
run dpkg-deb -I "$DEB" shlibs
expect_stdout_match "^libgoals 0 goals \\(>= $version\\)\$"

test_case "goals in /usr has no RUNPATH: libgoals is in the system's directory"
run readelf -d "$B/_CPack_Packages/Linux/DEB/goals-$version-Linux/usr/bin/goals"
expect_code 0
expect_stdout_no_match 'RUNPATH|RPATH'

# The clean root -----------------------------------------------------------------

if ! test -f "$BASE"; then
	echo "# debootstrap of a minbase bookworm into $BASE (once)"
	boot=$(mktemp -d "${TMPDIR:-/tmp}/goals-debootstrap.XXXXXX") &&
		debootstrap --variant=minbase bookworm "$boot" >"$B/debootstrap.log" 2>&1 &&
		tar -C "$boot" -cf "$BASE" . ||
		{ test_case "debootstrap"; fail "debootstrap failed: $B/debootstrap.log"; test_done; }
	rm -rf "$boot"
fi

ROOT=$(mktemp -d "${TMPDIR:-/tmp}/goals-deb-root.XXXXXX") || exit 1
# Unmount /proc before anything is removed, whatever happens.
deb_cleanup() {
	rc=$?
	if mountpoint -q "$ROOT/proc" 2>/dev/null; then
		umount "$ROOT/proc" 2>/dev/null || umount -l "$ROOT/proc"
	fi
	if mountpoint -q "$ROOT/proc" 2>/dev/null; then
		echo "# cannot unmount $ROOT/proc: $ROOT is left in place"
	else
		rm -rf "$ROOT"
	fi
	(exit $rc)
	t_cleanup
}
trap deb_cleanup EXIT

echo "# a clean root from $BASE in $ROOT"
tar -C "$ROOT" -xpf "$BASE" || exit 1
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
mount -t proc proc "$ROOT/proc" || exit 1
cp "$DEB" "$ROOT/tmp/"

# in_root CMD: run shell text CMD as root in the root, with the
# environment of a fresh login and nothing of ours.
in_root() {
	chroot "$ROOT" /usr/bin/env -i HOME=/root USER=root LOGNAME=root \
		LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
		PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		MANPAGER=cat PAGER=cat /bin/sh -c "cd /root && $1" </dev/null
}
# The files of the root, but for what apt, dpkg and man-db keep as their
# state and what runs leave in /tmp.
root_files() {
	(cd "$ROOT" && find . -xdev \( -path ./proc -o -path ./tmp -o \
		-path ./var/lib/dpkg -o -path ./var/lib/apt -o \
		-path ./var/cache -o -path ./var/log -o -path ./root \) -prune \
		-o -print) | LC_ALL=C sort
}

test_case "setup: the archive's lists, and man-db to read manuals with"
run in_root 'apt-get update -qq && apt-get install -y -qq --no-install-recommends man-db'
expect_code 0
root_files >"$TRASH/before"
expect_match "files in the root" '^[0-9]{4,}$' "$(wc -l <"$TRASH/before" | tr -d ' ')"

test_case "apt-get install ./goals_*.deb brings libsqlite3-0 and libcjson1 and installs goals"
run in_root "apt-get install -y --no-install-recommends /tmp/$(basename "$DEB")"
expect_code 0
expect_stdout_match '^Setting up libsqlite3-0(:[a-z0-9]+)? '
expect_stdout_match '^Setting up libcjson1(:[a-z0-9]+)? '
expect_stdout_match "^Setting up goals \\($version\\)"
run in_root 'dpkg-query -W -f "\${Status} \${Version}\n" goals'
expect_stdout_eq "install ok installed $version"

test_case "goals works: on PATH, libgoals from ldconfig, a store in HOME"
run in_root 'command -v goals; goals --version'
expect_code 0
expect_stdout_eq "/usr/bin/goals
goals $version"
run in_root 'ldconfig -p | grep libgoals; ldd /usr/bin/goals | grep libgoals'
expect_stdout_match '^	libgoals\.so\.0 .*=> /(usr/)?lib/[^ ]*/libgoals\.so\.0$'
expect_stdout_match '^	libgoals\.so\.0 => /(usr/)?lib/[^ ]*/libgoals\.so\.0 '
run in_root 'goals add "Read 12 books" -t 12 -u books -d 2030-12-31 -w "I miss reading" &&
	goals list && ls -l .local/share/goals/goals.db'
expect_code 0
expect_stdout_match '^added [0-9a-f]{7} Read 12 books$'
expect_stdout_match '^[0-9a-f]{7}  2030-12-31 +0%  Read 12 books$'
expect_stdout_match '^-rw------- '

test_case "its manuals: man goals, man goals-add, goals help list"
run in_root 'man -w goals goals-add'
expect_stdout_match '^/usr/share/man/man1/goals\.1(\.gz)?$'
expect_stdout_match '^/usr/share/man/man1/goals-add\.1(\.gz)?$'
run in_root 'man goals'
expect_code 0
expect_stdout_match '^GOALS\(1\) +Goals Manual +GOALS\(1\)$'
run in_root 'goals help list'
expect_stdout_match '^GOALS-LIST\(1\)'
run in_root 'goals add --help'
expect_stdout_match '^GOALS-ADD\(1\)'

test_case "completion is where bash-completion and zsh look, and answers"
run in_root 'ls /usr/share/bash-completion/completions/goals /usr/share/zsh/vendor-completions/_goals && goals __complete show ""'
expect_code 0
expect_stdout_match '^[0-9a-f]{7}	Read 12 books$'
run in_root 'cat /usr/lib/*/pkgconfig/libgoals.pc'
expect_stdout_match '^prefix=/usr$'

test_case "apt-get remove takes goals away; purge and autoremove leave the root as it was"
run in_root 'dpkg -L goals'
grep '^/' "$(stdout_file)" >"$TRASH/files"
run in_root 'apt-get remove -y goals'
expect_code 0
expect_stdout_match '^Removing goals '
# only its postrm's record is left (it has no configuration files), for
# a purge to finish
run in_root 'dpkg-query -W -f "\${Status} [\${Conffiles}]\n" goals; command -v goals'
expect_stdout_eq "deinstall ok config-files []"
while IFS= read -r f; do
	test -d "$ROOT$f" && continue # a directory others share, if left
	expect_absent "$ROOT$f"
done <"$TRASH/files"
run in_root 'apt-get purge -y goals && apt-get autoremove -y'
expect_code 0
expect_stdout_match '^Purging configuration files for goals '
expect_stdout_match '^Removing libcjson1'
run in_root 'dpkg-query -W goals'
expect_code 1
root_files >"$TRASH/after"
expect_same_file "$TRASH/before" "$TRASH/after"

test_done
