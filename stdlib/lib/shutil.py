"""High-level file operations: copying files and trees, removing trees, moving, which(),
the terminal size."""

import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "which", "ignore_patterns", "SameFileError",
           "get_terminal_size", "ReadError", "RegistryError"]

_WINDOWS = os.name == 'nt'
COPY_BUFSIZE = 1024 * 1024 if _WINDOWS else 64 * 1024

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFLNK = 0o120000
_S_IFIFO = 0o010000


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """The operation is not possible on a special file such as a FIFO."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """Registering or unregistering an archive format failed."""


def _is_direntry(x):
    return isinstance(x, os.DirEntry)


def copyfileobj(fsrc, fdst, length=0):
    """Copy everything readable from file object fsrc to file object fdst, length bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _samefile(src, dst):
    if _is_direntry(src):
        try:
            a = src.stat()
            b = os.stat(dst)
            return a.st_ino == b.st_ino and a.st_dev == b.st_dev
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if _is_direntry(fn) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if _is_direntry(fn) else os.path.islink(fn)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file src to dst (created or truncated) and return dst.

    With follow_symlinks false, a symlink src is reproduced as a symlink."""
    sys.audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            pass
        else:
            if (st.st_mode & _S_IFMT) == _S_IFIFO:
                fn = fn.path if _is_direntry(fn) else fn
                raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
    else:
        with open(src, 'rb') as fsrc:
            try:
                with open(dst, 'wb') as fdst:
                    copyfileobj(fsrc, fdst)
            except IsADirectoryError as e:
                if not os.path.exists(dst):
                    raise FileNotFoundError(f'Directory does not exist: {dst}') from e
                raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst (a no-op for two symlinks when
    follow_symlinks is false and os.lchmod is unavailable)."""
    sys.audit("shutil.copymode", src, dst)
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        if not hasattr(os, 'lchmod'):
            return
        st = os.lstat(src)
        os.lchmod(dst, st.st_mode & 0o7777)
        return
    st = _stat(src)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and access/modification times of src to dst.

    With follow_symlinks false and both paths symlinks, the links themselves are used."""
    sys.audit("shutil.copystat", src, dst)
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if _is_direntry(src):
        st = src.stat(follow_symlinks=follow)
    else:
        st = os.stat(src, follow_symlinks=follow)
    mode = st.st_mode & 0o7777
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    if follow:
        # chmod cannot leave a symlink alone on Linux: the not-following case is a no-op
        try:
            os.chmod(dst, mode)
        except NotImplementedError:
            pass


def _copy_then(src, dst, follow_symlinks, copy_meta):
    # shared by copy() and copy2(): a directory destination receives src's base name
    target = os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copy_meta(src, target, follow_symlinks=follow_symlinks)
    return target


def copy(src, dst, *, follow_symlinks=True):
    """Copy file contents and permission bits; dst may be a directory. Return the new file's path."""
    return _copy_then(src, dst, follow_symlinks, copymode)


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), but copy the metadata with copystat() as well."""
    return _copy_then(src, dst, follow_symlinks, copystat)


def ignore_patterns(*patterns):
    """Return a copytree() ignore callable skipping names that match any of the glob patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(_fnfilter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def _fnfilter(names, pattern):
    try:
        from fnmatch import filter as f
    except ImportError:
        from pathlib import _compile
        match = _compile(pattern)
        return [n for n in names if match(n)]
    return f(names, pattern)


def _copytree(entries, src, dst, symlinks, ignore, copy_function,
              ignore_dangling_symlinks, dirs_exist_ok=False):
    skip = set()
    if ignore is not None:
        skip = ignore(os.fspath(src), [entry.name for entry in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []

    def descend(source, target):
        copytree(source, target, symlinks, ignore, copy_function,
                 ignore_dangling_symlinks, dirs_exist_ok)

    for entry in entries:
        if entry.name in skip:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink() and symlinks:
                # recreate the link itself
                os.symlink(os.readlink(source), target)
                copystat(source, target, follow_symlinks=False)
                continue
            if entry.is_symlink():
                pointee = os.readlink(source)
                if ignore_dangling_symlinks and not os.path.exists(pointee):
                    continue
            if entry.is_dir():
                descend(source, target)
            else:
                copy_function(source, target)
        except Error as err:
            problems.extend(err.args[0])
        except OSError as why:
            problems.append((source, target, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if getattr(why, 'winerror', None) is None:
            problems.append((src, dst, str(why)))
    if problems:
        raise Error(problems)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst and return dst.

    symlinks: reproduce symbolic links instead of copying what they point to.
    ignore: callable(directory, names) -> names to skip (see ignore_patterns()).
    copy_function copies each file (copy2 by default); dirs_exist_ok allows an existing dst.
    Problems are collected and raised together as Error([(src, dst, reason), ...])."""
    sys.audit("shutil.copytree", src, dst)
    with os.scandir(src) as itr:
        entries = list(itr)
    return _copytree(entries=entries, src=src, dst=dst, symlinks=symlinks,
                     ignore=ignore, copy_function=copy_function,
                     ignore_dangling_symlinks=ignore_dangling_symlinks,
                     dirs_exist_ok=dirs_exist_ok)


def _retarget(exc, name):
    # Errors of calls made relative to a directory descriptor name just the entry.
    try:
        exc.filename = name
    except Exception:
        pass


def _rmtree_inner(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as err:
        err.filename = path
        onerror(os.scandir, path, sys.exc_info())
        return
    for entry in entries:
        fullname = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                os.lstat(fullname)
            except OSError as e:
                _retarget(e, fullname)
                onerror(os.lstat, fullname, sys.exc_info())
                continue
            _rmtree_inner(fullname, onerror)
            try:
                os.rmdir(fullname)
            except OSError as e:
                _retarget(e, entry.name)
                onerror(os.rmdir, fullname, sys.exc_info())
        else:
            try:
                os.unlink(fullname)
            except OSError as e:
                _retarget(e, entry.name)
                onerror(os.unlink, fullname, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree at path.

    ignore_errors: suppress all errors; otherwise onerror(function, path, exc_info) is called
    for each failure, and without onerror the exception propagates."""
    sys.audit("shutil.rmtree", path, dir_fd)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if isinstance(path, bytes):
        path = os.fsdecode(path)
        as_bytes = True
    else:
        as_bytes = False
    path = os.fspath(path)
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    try:
        st = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    if (st.st_mode & _S_IFMT) == _S_IFLNK:
        try:
            os.stat(path)
        except Exception:
            onerror(os.open, path, sys.exc_info())
            return
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    if as_bytes:
        def report(func, p, info, _orig=onerror):
            return _orig(func, os.fsencode(p), info)
    else:
        report = onerror
    _rmtree_inner(path, report)
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = True


def _basename(path):
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to dst ("mv"), renaming when possible and copying then
    deleting otherwise. If dst is a directory, src goes inside it. Return the new path."""
    sys.audit("shutil.move", src, dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


if hasattr(os, 'statvfs'):
    def disk_usage(path):
        """Return usage(total, used, free) in bytes for the file system holding path."""
        info = os.statvfs(path)
        unit = info.f_frsize
        return _ntuple_diskusage(info.f_blocks * unit, (info.f_blocks - info.f_bfree) * unit,
                                 info.f_bavail * unit)

    def _make_usage():
        from collections import namedtuple
        return namedtuple('usage', 'total used free')

    _ntuple_diskusage = _make_usage()
    __all__.append('disk_usage')


if hasattr(os, 'chown'):
    def chown(path, user=None, group=None):
        """Change the owner and/or group (ids or names) of path."""
        sys.audit('shutil.chown', path, user, group)
        if user is None and group is None:
            raise ValueError("user and/or group must be set")
        _user = user
        _group = group
        if user is None:
            _user = -1
        elif isinstance(user, str):
            import pwd
            try:
                _user = pwd.getpwnam(user).pw_uid
            except KeyError:
                raise LookupError("no such user: {!r}".format(user)) from None
        if group is None:
            _group = -1
        elif not isinstance(group, int):
            import grp
            try:
                _group = grp.getgrnam(group).gr_gid
            except KeyError:
                raise LookupError("no such group: {!r}".format(group)) from None
        os.chown(path, _user, _group)

    __all__.append('chown')


def get_terminal_size(fallback=(80, 24)):
    """Return os.terminal_size(columns, lines) for the output terminal.

    Positive integers in the COLUMNS / LINES environment variables win; otherwise the
    terminal of sys.__stdout__ is asked, and failing that fallback is used."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Return the path of the executable cmd found on path (default: $PATH) that is
    accessible with mode, or None."""
    def usable(fn):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)

    if os.path.dirname(cmd):
        if usable(cmd):
            return cmd
        return None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if use_bytes:
        dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        dirs = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for d in dirs:
        if d in seen:
            continue
        seen.add(d)
        name = os.path.join(d, cmd)
        if usable(name):
            return name
    return None
