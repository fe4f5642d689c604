"""Temporary files and directories.

mkstemp() and mkdtemp() create a file / directory with a unique random name;
TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile and
TemporaryDirectory are higher-level interfaces that clean up after
themselves.  gettempdir() tells where they go (tempdir overrides it).
"""

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "template",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

import os as _os
import sys as _sys
import io as _io
import errno as _errno

TMP_MAX = getattr(_os, "TMP_MAX", 238328)
template = "tmp"
tempdir = None

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
if hasattr(_os, 'O_NOFOLLOW'):
    _text_openflags |= _os.O_NOFOLLOW
_bin_openflags = _text_openflags
if hasattr(_os, 'O_BINARY'):
    _bin_openflags |= _os.O_BINARY


def _infer_return_type(*args):
    result = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        kind = bytes if isinstance(arg, bytes) else str
        if result is not None and result is not kind:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        result = kind
    if result is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return result


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of random 8-character names (letters, digits, '_')."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, '_rng_pid', None):
            import random
            self._rng = random.Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        choose = self.rng.choice
        return ''.join([choose(self.characters) for _ in range(8)])


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_dirs():
    result = []
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(var)
        if value:
            result.append(value)
    if _os.name == 'nt':
        result.extend([r'c:\temp', r'c:\tmp', r'\temp', r'\tmp'])
    else:
        result.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        result.append(_os.getcwd())
    except (AttributeError, OSError):
        result.append(_os.curdir)
    return result


def _get_default_tempdir():
    names = _get_candidate_names()
    errors = []
    for dir in _candidate_dirs():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(100):
            name = _os.path.join(dir, next(names))
            try:
                fd = _os.open(name, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                    _os.unlink(name)
                return dir
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % _candidate_dirs())


def gettempprefix():
    """The prefix given to temporary names ('tmp'), as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """gettempprefix() as bytes."""
    return _os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The directory used for temporary files (computed once), as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(_gettempdir())


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, pre + name + suf)
        _sys.audit("tempfile.mkstemp", file)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file with a unique name, readable and writable only by the creating user;
    return (fd, absolute path).  The caller must close and delete it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory with a unique name, accessible only by the creating user, and
    return its path.  The caller must delete it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, prefix + name + suffix)
        _sys.audit("tempfile.mkdtemp", file)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a file name that did not exist when it was chosen (unsafe; use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _open_new(dir, prefix, suffix, flags, output_type, mode, buffering, encoding, newline,
              errors):
    # Open a freshly created file; returns (file object, its path).
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    # The name given to open() only decides file.name: pick the one mkstemp will create by
    # creating the file first and reopening it through its descriptor.
    fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
    try:
        def reuse(path, _flags):
            return fd
        file = _io.open(name, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors, opener=reuse)
    except BaseException:
        try:
            _os.close(fd)
        except OSError:
            pass
        _os.unlink(name)
        raise
    return file, name


class _TemporaryFileCloser:
    file = None
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    unlink(self.name)

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """A file object (attribute .file) whose file is deleted when it is closed."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        file = self.__dict__['file']
        a = getattr(file, name)
        if not isinstance(a, int) and not callable(a):
            setattr(self, name, a)
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the file; with delete=True this also removes it."""
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Create and return a temporary file with a visible name (its .name attribute); it is
    deleted when closed unless delete is false."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    file, name = _open_new(dir, prefix, suffix, _bin_openflags, output_type, mode, buffering,
                           encoding, newline, errors)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create and return an anonymous temporary file (already removed from its directory)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows beyond max_size bytes (or fileno() is
    called); then it is moved to a real TemporaryFile."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.StringIO(newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._rolled or isinstance(self._file, _io.BytesIO):
            return self._file.encoding
        return self._TemporaryFileArgs['encoding']

    @property
    def errors(self):
        if self._rolled or isinstance(self._file, _io.BytesIO):
            return self._file.errors
        return self._TemporaryFileArgs['errors'] or 'strict'

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


def _reset_and_remove(path, ignore_errors):
    # Remove a tree, making read-only / unsearchable directories writable where that is what
    # stops the removal.
    import shutil

    def onerror(func, p, exc_info):
        exc = exc_info[1]
        if isinstance(exc, PermissionError):
            try:
                if p != path:
                    _os.chmod(_os.path.dirname(p), 0o700)
                _os.chmod(p, 0o700)
            except OSError:
                pass
            try:
                if _os.path.isdir(p) and not _os.path.islink(p):
                    _reset_and_remove(p, ignore_errors)
                else:
                    _os.unlink(p)
                return
            except FileNotFoundError:
                return
            except OSError:
                if not ignore_errors:
                    raise
                return
        if isinstance(exc, FileNotFoundError):
            return
        if not ignore_errors:
            raise exc

    shutil.rmtree(path, onerror=onerror)


class TemporaryDirectory:
    """Create a temporary directory (its path is .name, and what the with statement gives);
    cleanup() or the end of the with block removes it and everything in it."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalized = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._finalized:
            self._finalized = True
            if _os.path.exists(self.name):
                _reset_and_remove(self.name, self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
