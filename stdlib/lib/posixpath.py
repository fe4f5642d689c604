"""Path name manipulation for POSIX systems.

Normally reached as os.path rather than imported by name.
"""

import posix as _posix

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath"]

_fspath = _posix.fspath


def _seps(p):
    # (sep, curdir, pardir) of the type of p
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """POSIX file names are case-sensitive: s comes back unchanged."""
    return _fspath(s)


def isabs(s):
    """True if s starts at the root (begins with a slash)."""
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Glue path pieces together with '/' between them.

    An absolute piece restarts the result from itself; an empty final piece leaves
    a trailing slash.
    """
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep  # a type check, as CPython's
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is what follows the last slash, head what precedes it.

    Either may be empty; trailing slashes are removed from head unless it is all slashes.
    """
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext) where ext runs from the last dot of the final component.

    Dots at the start of the component do not count, so ext may be empty.
    """
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # skip the leading dots of the last component
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """(drive, rest); there are no drive letters on POSIX, so drive is empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """What follows the last slash of p."""
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """Everything before the last slash of p (trailing slashes trimmed)."""
    p = _fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    "The longest prefix shared by all items of m (compared item by item, not by path component)."
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The deepest directory path that all of the given paths lie under."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    sep, curdir, _ = _seps(paths[0])
    try:
        pieces = []
        for path in paths:
            pieces.append(path.split(sep))
        rooted = {path[:1] == sep for path in paths}
        if len(rooted) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        pieces = [[part for part in parts if part and part != curdir] for parts in pieces]
        lo, hi = min(pieces), max(pieces)
        # the lexicographic extremes share the prefix that every list shares
        n = 0
        while n < len(lo) and lo[n] == hi[n]:
            n += 1
        head = sep if rooted.pop() else sep[:0]
        return head + sep.join(lo[:n])
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


# ---- questions to the file system -------------------------------------------------------------

def _mode(path, follow=True):
    try:
        st = _posix.stat(path) if follow else _posix.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode


def exists(path):
    """True if path names something that stat() can reach (a dangling link does not count)."""
    return _mode(path) is not None


def lexists(path):
    """True if path names something, dangling symbolic links included."""
    return _mode(path, False) is not None


def isfile(path):
    """True if path leads to a regular file."""
    m = _mode(path)
    return m is not None and m & 0o170000 == 0o100000


def isdir(s):
    """True if s leads to a directory."""
    m = _mode(s)
    return m is not None and m & 0o170000 == 0o040000


def islink(path):
    """True if path itself is a symbolic link."""
    m = _mode(path, False)
    return m is not None and m & 0o170000 == 0o120000


def ismount(path):
    """True if path is where a file system is mounted."""
    try:
        s1 = _posix.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = _posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    """Size in bytes, from os.stat()."""
    return _posix.stat(filename).st_size


def getmtime(filename):
    """Modification time, from os.stat()."""
    return _posix.stat(filename).st_mtime


def getatime(filename):
    """Access time, from os.stat()."""
    return _posix.stat(filename).st_atime


def getctime(filename):
    """Status change time, from os.stat()."""
    return _posix.stat(filename).st_ctime


def samestat(s1, s2):
    """True if the two stat results describe one and the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True if both paths lead to the same file (after following links)."""
    return samestat(_posix.stat(f1), _posix.stat(f2))


def sameopenfile(fp1, fp2):
    """True if the two file descriptors are open on the same file."""
    return samestat(_posix.fstat(fp1), _posix.fstat(fp2))


# ---- rewriting paths --------------------------------------------------------------------------

def _environ_get(name):
    import os
    return os.environ.get(name)


def _passwd_home(name=None):
    # The home directory of the user `name` (None: the current user) from /etc/passwd.
    try:
        uid = None if name is not None else _posix.getuid()
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) < 7:
                    continue
                if (fields[0] == name) if name is not None else (fields[2] == str(uid)):
                    return fields[5]
    except (OSError, ValueError):
        pass
    return None


def expanduser(path):
    """Replace a leading ~ or ~name by that user's home directory.

    The path is returned unchanged when the home directory cannot be found.
    """
    path = _fspath(path)
    if isinstance(path, bytes):
        tilde, sep = b'~', b'/'
    else:
        tilde, sep = '~', '/'
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _environ_get('HOME')
        if home is None:
            home = _passwd_home()
            if home is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        home = _passwd_home(name)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = home.encode('utf-8', 'surrogateescape')
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _is_word(c):
    return c.isascii() and (c.isalnum() or c == '_')


def expandvars(path):
    """Substitute environment variables written $name or ${name}; unset ones stay as written."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    dollar = b'$' if is_bytes else '$'
    if dollar not in path:
        return path
    text = path.decode('latin-1') if is_bytes else path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and text[j] == '{':
            k = text.find('}', j + 1)
            if k < 0:
                out.append(c)
                i += 1
                continue
            name = text[j + 1:k]
            end = k + 1
        else:
            k = j
            while k < n and _is_word(text[k]):
                k += 1
            if k == j:
                out.append(c)
                i += 1
                continue
            name = text[j:k]
            end = k
        if is_bytes:
            value = _environ_get(name.encode('latin-1').decode('utf-8', 'surrogateescape'))
            if value is not None:
                value = value.encode('utf-8', 'surrogateescape').decode('latin-1')
        else:
            value = _environ_get(name)
        if value is None:
            out.append(text[i:end])
        else:
            out.append(value)
        i = end
    result = ''.join(out)
    return result.encode('latin-1') if is_bytes else result


def normpath(path):
    """Tidy a path lexically: collapse repeated slashes and resolve . and .. parts."""
    path = _fspath(path)
    sep, curdir, pardir = _seps(path)
    empty = path[:0]
    if path == empty:
        return curdir
    initial = 0
    if path.startswith(sep):
        # POSIX allows one or two initial slashes, but treats three or more as single
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    new_comps = []
    for comp in path.split(sep):
        if comp == empty or comp == curdir:
            continue
        if comp != pardir or (not initial and not new_comps) or (new_comps and new_comps[-1] == pardir):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep * initial + sep.join(new_comps)
    return path or curdir


def abspath(path):
    """path made absolute against the working directory, then normalized."""
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwdb() if isinstance(path, bytes) else _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The absolute path of filename with every symbolic link along it resolved."""
    filename = _fspath(filename)
    resolved = _joinrealpath(filename[:0], filename, strict, {})[0]
    return abspath(resolved)


def _joinrealpath(path, rest, strict, seen):
    sep, curdir, pardir = _seps(rest)
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = _posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _posix.stat(newpath)  # raises the loop error
            return join(newpath, rest), False
        seen[newpath] = None  # not resolved yet
        path, ok = _joinrealpath(path, _posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """path expressed relative to start (default: the working directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep, curdir, pardir = _seps(path)
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    try:
        here = abspath(start).split(sep)
        there = abspath(path).split(sep)
        here = [part for part in here if part]
        there = [part for part in there if part]
        shared = len(commonprefix([here, there]))
        steps = [pardir] * (len(here) - shared)
        steps.extend(there[shared:])
        return join(*steps) if steps else curdir
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise
