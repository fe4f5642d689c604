"""Object-oriented filesystem paths.

PurePath, PurePosixPath and PureWindowsPath do pure path arithmetic; Path and
PosixPath also access the file system.
"""

import os
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP, EINVAL

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

# File type bits of st_mode (the values of the stat module).
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000
_S_IFBLK = 0o060000
_S_IFCHR = 0o020000
_S_IFIFO = 0o010000
_S_IFSOCK = 0o140000

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(e):
    return getattr(e, 'errno', None) in _IGNORED_ERRNOS or getattr(e, 'winerror', None) in (21, 123, 1921)


# ---- glob patterns --------------------------------------------------------------------------------

def _translate(pat):
    """Shell wildcard pattern -> regular expression source (whole-string match)."""
    import re
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            # escape backslashes and a leading '^' / set operators
            body = body.replace('\\', '\\\\')
            for ch in '&~|':
                body = body.replace(ch, '\\' + ch)
            if not body and negate:
                out.append('.')
                continue
            if not body:
                out.append('(?!)')
                continue
            if negate:
                body = '^' + body
            elif body[0] == '^':
                body = '\\' + body
            out.append('[' + body + ']')
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + r')\Z'


def _compile(pat, ignorecase=False):
    import re
    try:
        from fnmatch import translate
    except ImportError:
        translate = _translate
    return re.compile(translate(pat), re.IGNORECASE if ignorecase else 0).match


# ---- flavours ---------------------------------------------------------------------------------------

class _Flavour:
    altsep = ''

    def parse_parts(self, parts):
        parsed = []
        sep = self.sep
        altsep = self.altsep
        drv = root = ''
        pending = list(parts)
        while pending:
            part = pending.pop()
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            drv, root, rel = self.splitroot(part)
            for x in reversed(rel.split(sep)):
                if x and x != '.':
                    parsed.append(x)
            if drv or root:
                if not drv:
                    # look for a drive in the earlier arguments
                    while pending:
                        part = pending.pop()
                        if not part:
                            continue
                        if altsep:
                            part = part.replace(altsep, sep)
                        drv = self.splitroot(part)[0]
                        if drv:
                            break
                break
        if drv or root:
            parsed.append(drv + root)
        parsed.reverse()
        return drv, root, parsed

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2


class _PosixFlavour(_Flavour):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = os.name != 'nt'

    def splitroot(self, part, sep='/'):
        if part and part[0] == sep:
            stripped = part.lstrip(sep)
            if len(part) - len(stripped) == 2:
                return '', sep * 2, stripped
            return '', sep, stripped
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return _compile(pattern)

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _quote(os.fsencode(str(path)))


class _WindowsFlavour(_Flavour):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = os.name == 'nt'
    _letters = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    _reserved = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                 | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
                 | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})

    def splitroot(self, part, sep='\\'):
        prefix = ''
        if part[:2] == sep * 2:
            for ext in ('\\\\?\\UNC\\', '\\\\?\\'):
                if part.startswith(ext):
                    if ext == '\\\\?\\UNC\\':
                        prefix = ext[:-1]
                        part = '\\' + part[len(ext) - 1:]
                    else:
                        prefix = ext
                        part = part[len(ext):]
                    break
        first, second, third = part[0:1], part[1:2], part[2:3]
        if first == sep and second == sep and third != sep:
            i = part.find(sep, 2)
            if i != -1:
                j = part.find(sep, i + 1)
                if j != i + 1:
                    if j == -1:
                        j = len(part)
                    if prefix:
                        return prefix + part[1:j], sep, part[j + 1:]
                    return part[:j], sep, part[j + 1:]
        drv = root = ''
        if second == ':' and first in self._letters:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        return _compile(pattern, True)

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in self._reserved

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _quote(rest.encode('utf-8')))
        return 'file:' + _quote(path.as_posix().encode('utf-8'))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()

_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote(data):
    return ''.join(chr(b) if b in _SAFE else '%%%02X' % b for b in data)


# ---- pure paths -------------------------------------------------------------------------------------

class _PathParents:
    """The logical ancestors of a path, as an immutable sequence."""
    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        n = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed_parts(self._drv, self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def index(self, value, start=0, stop=None):
        n = len(self)
        if start < 0:
            start = max(n + start, 0)
        if stop is None or stop > n:
            stop = n
        elif stop < 0:
            stop += n
        for i in range(start, stop):
            v = self[i]
            if v is value or v == value:
                return i
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


try:
    from collections.abc import Sequence as _Sequence
    _Sequence.register(_PathParents)
except Exception:
    pass


class PurePath:
    """Path arithmetic without file system access (PurePosixPath or PureWindowsPath)."""

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts', '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    parts.append(str(a))
                else:
                    raise TypeError("argument should be a str object or an os.PathLike "
                                    "object returning str, not %r" % type(a))
        return cls._flavour.parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """str(self) with '/' separators."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """'file:' URI of an absolute path."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    drive = property(lambda self: self._drv, doc="The drive prefix (letter or UNC path), if any.")
    root = property(lambda self: self._root, doc="The root of the path, if any.")

    @property
    def anchor(self):
        """drive + root."""
        return self._drv + self._root

    @property
    def name(self):
        """Last component ('' for just an anchor)."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """Extension of the name, e.g. '.gz', or ''."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """All extensions of the name, e.g. ['.tar', '.gz']."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The name without its suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Copy of the path with its name replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = f.parse_parts((name,))
        if (not name or name[-1] in [f.sep, f.altsep] or drv or root
                or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Copy of the path with its stem replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Copy of the path with its suffix replaced (or removed by '')."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """This path expressed relative to the path built from the arguments."""
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """Tuple of the components (the anchor first, if any)."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """Append the arguments to this path."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The path without its last component."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """Sequence of all ancestors, nearest first."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root (and a drive, where drives exist)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Whether the name is reserved (Windows device names)."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Glob-style match against the pattern, from the right."""
        f = self._flavour
        path_pattern = f.casefold(path_pattern)
        drv, root, pat_parts = f.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != f.casefold(self._drv):
            return False
        if root and root != f.casefold(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _compile(pat)(part):
                return False
        return True


try:
    os.PathLike.register(PurePath)
except Exception:
    pass


class PurePosixPath(PurePath):
    """Pure path with POSIX rules."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Pure path with Windows rules (drives, backslashes, case-insensitive)."""
    _flavour = _windows_flavour
    __slots__ = ()


# ---- glob selectors -------------------------------------------------------------------------------

def _make_selector(pattern_parts, flavour):
    pat = pattern_parts[0]
    child_parts = pattern_parts[1:]
    if not pat:
        return _TerminatingSelector()
    if pat == '**':
        cls = _RecursiveWildcardSelector
    elif '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif '*' in pat or '?' in pat or '[' in pat:
        cls = _WildcardSelector
    else:
        cls = _PreciseSelector
    return cls(pat, child_parts, flavour)


class _Selector:
    def __init__(self, child_parts, flavour):
        self.child_parts = child_parts
        if child_parts:
            self.successor = _make_selector(child_parts, flavour)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)


class _TerminatingSelector:
    def _select_from(self, parent_path):
        yield parent_path


class _PreciseSelector(_Selector):
    def __init__(self, name, child_parts, flavour):
        self.name = name
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            path = parent_path._make_child_relpath(self.name)
            if path.is_dir() if self.dironly else path.exists():
                for p in self.successor._select_from(path):
                    yield p
        except PermissionError:
            return


class _WildcardSelector(_Selector):
    def __init__(self, pat, child_parts, flavour):
        self.match = flavour.compile_pattern(pat)
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            with os.scandir(str(parent_path)) as it:
                entries = list(it)
            for entry in entries:
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as e:
                        if not _ignore_error(e):
                            raise
                        continue
                name = entry.name
                if self.match(name):
                    path = parent_path._make_child_relpath(name)
                    for p in self.successor._select_from(path):
                        yield p
        except PermissionError:
            return


class _RecursiveWildcardSelector(_Selector):
    def __init__(self, pat, child_parts, flavour):
        _Selector.__init__(self, child_parts, flavour)

    def _iterate_directories(self, parent_path):
        yield parent_path
        try:
            with os.scandir(str(parent_path)) as it:
                entries = list(it)
            for entry in entries:
                is_dir = False
                try:
                    is_dir = entry.is_dir()
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                if is_dir and not entry.is_symlink():
                    path = parent_path._make_child_relpath(entry.name)
                    for p in self._iterate_directories(path):
                        yield p
        except PermissionError:
            return

    def _select_from(self, parent_path):
        try:
            seen = set()
            for start in self._iterate_directories(parent_path):
                for p in self.successor._select_from(start):
                    if p not in seen:
                        yield p
                        seen.add(p)
        except PermissionError:
            return


# ---- concrete paths -----------------------------------------------------------------------------------

def _passwd_field(uid_or_gid, path, what):
    try:
        with open(path) as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[2] == str(uid_or_gid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError("%s not found: %d" % (what, uid_or_gid))


class Path(PurePath):
    """A path that can also access the file system (PosixPath here)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory as a path."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The home directory as a path."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path names the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        """Yield a path for each entry of this directory."""
        for name in os.listdir(str(self)):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(str(self))

    def glob(self, pattern):
        """Yield existing paths below this directory that match the relative pattern."""
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        f = self._flavour
        drv, root, pattern_parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (f.sep, f.altsep):
            pattern_parts.append('')
        selector = _make_selector(tuple(pattern_parts), f)
        for p in selector.select_from(self):
            yield p

    def rglob(self, pattern):
        """Like glob() with '**/' in front of the pattern."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        f = self._flavour
        drv, root, pattern_parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (f.sep, f.altsep):
            pattern_parts.append('')
        selector = _make_selector(("**",) + tuple(pattern_parts), f)
        for p in selector.select_from(self):
            yield p

    def absolute(self):
        """Absolute version of the path (no normalization, no symlink resolution)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """Absolute path with symlinks and '..' resolved."""
        def check_eloop(e):
            winerror = getattr(e, 'winerror', 0)
            if e.errno == ELOOP or winerror == 1921:
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            s = os.path.realpath(str(self), strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def owner(self):
        """User name owning the file."""
        try:
            import pwd
            return pwd.getpwuid(self.stat().st_uid).pw_name
        except ImportError:
            return _passwd_field(self.stat().st_uid, '/etc/passwd', 'getpwuid(): uid')

    def group(self):
        """Group name of the file."""
        try:
            import grp
            return grp.getgrgid(self.stat().st_gid).gr_name
        except ImportError:
            return _passwd_field(self.stat().st_gid, '/etc/group', 'getgrgid(): gid')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file like the built-in open()."""
        import io
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The whole contents as str."""
        import io
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the contents by the bytes; return the count written."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(data if isinstance(data, (bytes, bytearray)) else view.tobytes())

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the contents by the text; return the count written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        import io
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """Target of the symbolic link, as a path."""
        if not hasattr(os, "readlink"):
            raise NotImplementedError("os.readlink() not available on this system")
        return self._from_parts((os.readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if missing, else update its times (unless exist_ok is false)."""
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (parents too if asked)."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """os.chmod() on this path."""
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() without following a symlink."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Delete the file or symlink."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Delete the (empty) directory."""
        os.rmdir(str(self))

    def lstat(self):
        """os.lstat() of this path."""
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """Rename to target; return the new path."""
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        """Rename to target even if it exists; return the new path."""
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink to target."""
        os.symlink(os.fspath(target), str(self), target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(os.fspath(target), str(self))

    def link_to(self, target):
        """Make target a hard link to this path (deprecated)."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled to be removed "
                      "in Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(str(self), os.fspath(target))

    def exists(self):
        """Whether the path names an existing file."""
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode_is(self, kind, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return (st.st_mode & _S_IFMT) == kind

    def is_dir(self):
        """Whether the path is a directory (after symlinks)."""
        return self._mode_is(_S_IFDIR)

    def is_file(self):
        """Whether the path is a regular file (after symlinks)."""
        return self._mode_is(_S_IFREG)

    def is_mount(self):
        """Whether the path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._mode_is(_S_IFLNK, False)

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._mode_is(_S_IFBLK)

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._mode_is(_S_IFCHR)

    def is_fifo(self):
        """Whether the path is a named pipe."""
        return self._mode_is(_S_IFIFO)

    def is_socket(self):
        """Whether the path is a socket."""
        return self._mode_is(_S_IFSOCK)

    def expanduser(self):
        """Replace a leading ~ or ~user by the home directory."""
        if (not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~'):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Concrete path for POSIX systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Concrete path for Windows systems (not available here)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")
