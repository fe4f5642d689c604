"""Facts about the machine, the operating system and the Python implementation running.

python_implementation() tells the truth: it is sys.implementation.name with the
capitalisation CPython's module uses ('CPython', 'PyPy', 'IronPython', 'Jython'), and the
name capitalised otherwise (slotpy reports 'Slotpy').
"""
import collections
import functools
import itertools
import os
import sys

__version__ = '1.0.8'

_KNOWN_IMPLEMENTATIONS = {'cpython': 'CPython', 'pypy': 'PyPy',
                          'ironpython': 'IronPython', 'jython': 'Jython'}


# ---- libc and executable format -----------------------------------------------------------------

def _version_key(text):
    key = []
    for part in text.split('.'):
        key.append(int(part) if part.isdigit() else -1)
    return key


def _scan_glibc(path):
    # the highest GLIBC_x.y[.z] symbol version named in the file at path
    best = ''
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return best
    start = 0
    while True:
        i = data.find(b'GLIBC_', start)
        if i < 0:
            break
        j = i + 6
        while j < len(data) and (48 <= data[j] <= 57 or data[j] == 46):
            j += 1
        ver = data[i + 6:j].decode('ascii').strip('.')
        if ver and ver[0].isdigit() and (not best or _version_key(ver) > _version_key(best)):
            best = ver
        start = j
    return best


def _loaded_libc():
    # the path of the C library mapped into this process, if any
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.rstrip('\n').split(None, 5)[-1]
                base = path.rsplit('/', 1)[-1]
                if base.startswith('libc.so') or (base.startswith('libc-') and '.so' in base):
                    return path
    except OSError:
        pass
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library: ('glibc', '2.36') for example. Without an
    executable this asks the running process; with one, it reads the glibc symbol versions
    the file refers to.
    """
    if not executable:
        confstr = getattr(os, 'confstr', None)
        if confstr is not None:
            try:
                parts = confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
                if len(parts) == 2:
                    return tuple(parts)
            except (AttributeError, ValueError, OSError):
                pass
        libc = _loaded_libc()
        if libc:
            found = _scan_glibc(libc)
            if found:
                return 'glibc', found
        executable = sys.executable
        if not executable:
            return lib, version
    found = _scan_glibc(os.path.realpath(executable))
    if found:
        if lib != 'glibc' or _version_key(found) > _version_key(version):
            return 'glibc', found
    return lib, version


_default_architecture = {
    'win32': ('', 'WindowsPE'),
    'win16': ('', 'Windows'),
    'dos': ('', 'MSDOS'),
}


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of an executable, e.g. ('64bit', 'ELF'). Bits default to the
    pointer size of this interpreter; ELF files are recognised by their header.
    """
    if not bits:
        import struct
        bits = str(struct.calcsize('P') * 8) + 'bit'
    header = b''
    if executable:
        try:
            with open(executable, 'rb') as f:
                header = f.read(5)
        except OSError:
            header = b''
    if not header:
        if executable == sys.executable and sys.platform in _default_architecture:
            b, l = _default_architecture[sys.platform]
            bits = b or bits
            linkage = l or linkage
        return bits, linkage
    if header[:4] == b'\x7fELF':
        linkage = 'ELF'
        if header[4:5] == b'\x01':
            bits = '32bit'
        elif header[4:5] == b'\x02':
            bits = '64bit'
    return bits, linkage


# ---- uname ---------------------------------------------------------------------------------------

def _unknown_as_blank(val):
    return '' if val == 'unknown' else val


class _Processor:
    @classmethod
    def get(cls):
        # `uname -p`, as CPython asks on POSIX systems
        try:
            import subprocess
        except ImportError:
            return ''
        try:
            return subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL,
                                           text=True, encoding='utf8').strip()
        except (OSError, subprocess.CalledProcessError):
            return ''


class uname_result(collections.namedtuple('uname_result_base',
                                          'system node release version machine')):
    """(system, node, release, version, machine, processor); processor is computed only
    when it is asked for.
    """

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @functools.cached_property
    def processor(self):
        return _unknown_as_blank(_Processor.get())

    def __iter__(self):
        return itertools.chain(super().__iter__(), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        n = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != n + 1:
            raise TypeError(f'Expected {n} arguments, got {len(result)}')
        return result

    # (tuple(iter(self)), not tuple(self): slotpy's tuple() copies a tuple subclass's items
    # directly instead of calling its __iter__)
    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(iter(self))[:len(self._fields) - 1]


_uname_cache = None


def uname():
    """The uname_result of this machine (from os.uname())."""
    global _uname_cache
    if _uname_cache is None:
        try:
            infos = tuple(os.uname())
        except AttributeError:
            infos = (sys.platform, '', '', '', '')
        _uname_cache = uname_result(*map(_unknown_as_blank, infos))
    return _uname_cache


def system():
    """The operating system's name, e.g. 'Linux' ('' when unknown)."""
    return uname().system


def node():
    """The machine's network name ('' when unknown)."""
    return uname().node


def release():
    """The operating system's release, e.g. '6.1.0' ('' when unknown)."""
    return uname().release


def version():
    """The operating system's version text ('' when unknown)."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64' ('' when unknown)."""
    return uname().machine


def processor():
    """The processor name, often '' on Linux."""
    return uname().processor


def system_alias(system, release, version):
    """(system, release, version) with marketing names for a few systems."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        parts = release.split('.')
        try:
            parts[0] = str(int(parts[0]) - 3)
        except ValueError:
            pass
        release = '.'.join(parts)
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


# ---- the interpreter -------------------------------------------------------------------------------

def _parse_sys_version():
    # "3.11.7 (buildno, build date) [compiler]" -> (buildno, builddate, compiler)
    text = sys.version
    buildno = builddate = compiler = ''
    lp = text.find('(')
    rp = text.find(')', lp + 1)
    if lp >= 0 and rp > lp:
        inner = [p.strip() for p in text[lp + 1:rp].split(',')]
        buildno = inner[0].lstrip('#')
        builddate = ' '.join(inner[1:3]) if len(inner) > 1 else ''
        rest = text[rp + 1:]
        lb = rest.find('[')
        if lb >= 0:
            compiler = rest[lb + 1:].split(']')[0]
    return buildno, builddate, compiler


def python_implementation():
    """'CPython', 'PyPy', ... : the running implementation (see the module docstring)."""
    name = sys.implementation.name
    return _KNOWN_IMPLEMENTATIONS.get(name, name.capitalize())


def python_version():
    """'major.minor.patchlevel' of the Python language version implemented."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """python_version() as a tuple of three strings."""
    return tuple(python_version().split('.'))


def _git():
    return getattr(sys, '_git', ('', '', ''))


def python_branch():
    """The source control branch the interpreter was built from ('' if unknown)."""
    return _git()[1]


def python_revision():
    """The source control revision the interpreter was built from ('' if unknown)."""
    return _git()[2]


def python_build():
    """(buildno, builddate) strings from sys.version."""
    return _parse_sys_version()[:2]


def python_compiler():
    """The compiler that built the interpreter, from sys.version."""
    return _parse_sys_version()[2]


# ---- platform() ----------------------------------------------------------------------------------

def _platform(*args):
    # join the non-empty parts with '-' into a file-name friendly text
    text = '-'.join(x.strip() for x in args if len(x))
    text = text.replace(' ', '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_platform_cache = {}


def platform(aliased=0, terse=0):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Windows':
        if terse:
            result = _platform(system, release)
        else:
            result = _platform(system, release, version)
    elif system == 'Linux':
        libname, libversion = libc_ver()
        result = _platform(system, release, machine, processor, 'with', libname + libversion)
    elif terse:
        result = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(system, release, machine, processor, bits, linkage)
    _platform_cache[key] = result
    return result


# ---- /etc/os-release -----------------------------------------------------------------------------

_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None


def _unescape_os_release(value):
    out = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
            out.append(value[i + 1])
            i += 2
            continue
        out.append(ch)
        i += 1
    return ''.join(out)


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.rstrip('\n')
        name, sep, value = line.partition('=')
        if not sep or not name or not all(c.isalnum() and c.isascii() or c == '_'
                                           for c in name):
            continue
        if len(value) >= 2 and value[0] in '"\'' and value[-1] == value[0]:
            value = value[1:-1]
        info[name] = _unescape_os_release(value)
    return info


def freedesktop_os_release():
    """The key/value pairs of the os-release file as a new dict."""
    global _os_release_cache
    if _os_release_cache is None:
        err = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                err = e.errno
        else:
            raise OSError(err, f"Unable to read files {', '.join(_os_release_candidates)}")
    return _os_release_cache.copy()


if __name__ == '__main__':
    terse = 'terse' in sys.argv or '--terse' in sys.argv
    aliased = 'nonaliased' not in sys.argv and '--nonaliased' not in sys.argv
    print(platform(aliased, terse))
    sys.exit(0)
