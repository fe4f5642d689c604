"""Read a password without echoing it (getpass) and find the user's login name (getuser).

slotpy has no termios module: getpass() turns the terminal's echo off by running
`stty -echo` on /dev/tty (and `stty echo` afterwards). Without a terminal, or when stty
fails, it falls back to reading sys.stdin with a GetPassWarning, as CPython does.
"""
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _stty(fd, setting):
    # True if `stty setting` succeeded on the terminal open as fd
    try:
        import subprocess
        done = subprocess.run(['stty', setting], stdin=fd, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    except (OSError, ImportError, ValueError):
        return False
    return done.returncode == 0


def _read_line_fd(fd):
    chunks = []
    while True:
        b = os.read(fd, 1)
        if not b:
            break
        chunks.append(b)
        if b == b'\n':
            break
    return b''.join(chunks).decode(sys.stdin.encoding if sys.stdin and
                                   getattr(sys.stdin, 'encoding', None) else 'utf-8',
                                   'replace')


class _TtyWriter:
    # a minimal text stream writing to the terminal's descriptor
    def __init__(self, fd):
        self.fd = fd

    def write(self, text):
        os.write(self.fd, text.encode('utf-8', 'replace'))
        return len(text)

    def flush(self):
        pass


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt on stream (the terminal by default) and read a line with echo turned off.

    Raises EOFError when the input ends; warns with GetPassWarning when echo cannot be
    turned off.
    """
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    except OSError:
        fd = None
    if fd is None:
        # no terminal: CPython tries stdin's terminal settings, which fail the same way
        passwd = fallback_getpass(prompt, stream)
        (stream or sys.stderr).write('\n')
        return passwd
    try:
        if not stream:
            stream = _TtyWriter(fd)
        if not _stty(fd, '-echo'):
            if isinstance(stream, _TtyWriter):
                stream = None
            os.close(fd)
            fd = None
            passwd = fallback_getpass(prompt, stream)
            (stream or sys.stderr).write('\n')
            return passwd
        try:
            stream.write(prompt)
            stream.flush()
            line = _read_line_fd(fd)
        finally:
            _stty(fd, 'echo')
            stream.flush()
        if not line:
            raise EOFError
        if line[-1] == '\n':
            line = line[:-1]
        stream.write('\n')
        return line
    finally:
        if fd is not None:
            os.close(fd)


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a line from sys.stdin after warning that it may be echoed."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt='', stream=None, input=None):
    # write the prompt to stream (sys.stderr by default), read one line from input
    # (sys.stdin by default) and drop its newline; EOFError at the end of the input
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            # a prompt the stream cannot encode: write what it can
            prompt = prompt.encode(stream.encoding, 'replace')
            prompt = prompt.decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """The login name: the first of $LOGNAME, $USER, $LNAME, $USERNAME that is set and
    not empty, else the password database's name for the real user id.
    """
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        import pwd
    except ImportError:
        pwd = None
    if pwd is not None:
        return pwd.getpwuid(uid)[0]
    # no pwd module: read the password file the way getpwuid() would find a local user
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 3 and fields[2].isdigit() and int(fields[2]) == uid:
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


getpass = unix_getpass
