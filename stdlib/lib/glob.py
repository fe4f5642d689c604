"""Unix shell-style pathname pattern expansion (glob, iglob, escape, has_magic)."""
import os
import sys
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return the list of paths matching the pathname pattern (in directory order)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator over the paths matching the pathname pattern."""
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit("glob.glob", pathname, recursive)
        audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, dir_fd, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # The recursive part yields the empty relative path first: drop it.
        return _skip_empty(it)
    return it


def _skip_empty(it):
    for first in it:
        if first:
            yield first
        break
    yield from it


def _iglob(pathname, root_dir, dir_fd, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname), dir_fd):
                yield pathname
        elif _isdir(_join(root_dir, dirname), dir_fd):
            # A trailing separator matches directories only.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dir_fd, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dir_fd, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, dir_fd, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        in_dir = _glob0
    elif recursive and _isrecursive(basename):
        in_dir = _glob2
    else:
        in_dir = _glob1
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dir_fd, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dir_fd, dironly, include_hidden=False):
    names = _listdir(dirname, dir_fd, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dir_fd, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename), dir_fd):
            return [basename]
    elif _isdir(dirname, dir_fd):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, None, False)


def _glob2(dirname, pattern, dir_fd, dironly, include_hidden=False):
    yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly, include_hidden)


def _iterdir(dirname, dir_fd, dironly):
    fd = None
    try:
        encode = None
        if dir_fd is not None:
            if dirname:
                fd = arg = os.open(dirname, _dir_open_flags, dir_fd=dir_fd)
            else:
                arg = dir_fd
            if isinstance(dirname, bytes):
                encode = os.fsencode
        elif dirname:
            arg = dirname
        elif isinstance(dirname, bytes):
            arg = os.curdir.encode('ascii')
        else:
            arg = os.curdir
        result = []
        with os.scandir(arg) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        result.append(encode(entry.name) if encode else entry.name)
                except OSError:
                    pass
        return result
    except OSError:
        return []
    finally:
        if fd is not None:
            os.close(fd)


def _listdir(dirname, dir_fd, dironly):
    return _iterdir(dirname, dir_fd, dironly)


def _rlistdir(dirname, dir_fd, dironly, include_hidden=False):
    for x in _listdir(dirname, dir_fd, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dir_fd, dironly, include_hidden):
                yield _join(x, y)


def _lexists(pathname, dir_fd):
    if dir_fd is None:
        return os.path.lexists(pathname)
    try:
        os.lstat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname, dir_fd):
    if dir_fd is None:
        return os.path.isdir(pathname)
    try:
        st = os.stat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return (st.st_mode & 0o170000) == 0o040000


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _magic_at(s):
    """Index of the first of '*?[' in s, or -1."""
    if isinstance(s, bytes):
        for i, c in enumerate(s):
            if c in (42, 63, 91):
                return i
        return -1
    for i, c in enumerate(s):
        if c in '*?[':
            return i
    return -1


def has_magic(s):
    return _magic_at(s) >= 0


def _ishidden(path):
    return path[0] in ('.', 46)


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """Escape the magic characters '*', '?' and '[' (the drive is left as is)."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in (42, 63, 91):
                out += b'[' + bytes((c,)) + b']'
            else:
                out.append(c)
        pathname = bytes(out)
    else:
        pathname = ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
    return drive + pathname


_dir_open_flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)
