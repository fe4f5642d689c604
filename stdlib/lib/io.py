"""Streams: the file classes behind open() (which also lives here) and the
in-memory StringIO and BytesIO.

The file objects of open() are native (_io.TextIOWrapper, _io.BufferedReader, ...); StringIO and
BytesIO, the in-memory streams, are written here in Python.
"""

import sys

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"]

DEFAULT_BUFFER_SIZE = 8 * 1024
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open
BlockingIOError = BlockingIOError


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding."""
    if encoding is None:
        return "locale"
    return encoding


# The native classes, found through objects that have them.
def _native_types():
    f = open('/dev/null', 'rb', buffering=0)
    try:
        try:
            f.write(b'')
        except Exception as e:
            unsupported = type(e)
        else:
            unsupported = OSError
        fileio = type(f)
    finally:
        f.close()
    with open('/dev/null', 'rb') as f:
        reader = type(f)
    with open('/dev/null', 'wb') as f:
        writer = type(f)
    with open('/dev/null', 'r+b') as f:
        random = type(f)
    with open('/dev/null', 'r') as f:
        text = type(f)
    return unsupported, fileio, reader, writer, random, text


(UnsupportedOperation, FileIO, BufferedReader, BufferedWriter, BufferedRandom,
 TextIOWrapper) = _native_types()
del _native_types

import abc as _abc


def _closed_error():
    return ValueError("I/O operation on closed file.")


class IOBase(metaclass=_abc.ABCMeta):
    """The abstract base class for all I/O classes."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        """Change the stream position to the given byte offset."""
        self._unsupported("seek")

    def tell(self):
        """Return current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Truncate file to size bytes."""
        self._unsupported("truncate")

    def flush(self):
        """Flush write buffers, if applicable."""
        self._checkClosed()

    def close(self):
        """Flush and close the IO object."""
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        """Return whether object supports random access."""
        return False

    def readable(self):
        """Return whether object was opened for reading."""
        return False

    def writable(self):
        """Return whether object was opened for writing."""
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        """Return the underlying file descriptor if one exists."""
        self._unsupported("fileno")

    def isatty(self):
        """Return whether this is an 'interactive' stream."""
        self._checkClosed()
        return False

    def readline(self, size=-1):
        """Read and return a line from the stream."""
        size = _size_arg(size)
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    i = ahead.find(b"\n") + 1
                    n = i if i > 0 else len(ahead)
                    if size >= 0:
                        n = min(n, size - len(res))
            b = self.read(n)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return a list of lines from the stream."""
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n > hint:
                break
        return lines

    def writelines(self, lines):
        """Write a list of lines to stream."""
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        """Read until EOF, using multiple read() call."""
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def _readinto(self, b, read):
        m = memoryview(b) if not isinstance(b, memoryview) else b
        data = read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def readline(self, size=-1):
        self._unsupported("readline")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


RawIOBase.register(FileIO)
for _klass in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
TextIOBase.register(TextIOWrapper)
del _klass


class BufferedRWPair(BufferedIOBase):
    """A buffered reader and writer object together."""

    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('File or stream is not readable.')
        if not writer.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode."""

    __module__ = '_io'

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError("decoder should return a string result, not '%s'"
                            % type(output).__name__)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if '\r' in output:
            crlf = output.count('\r\n')
            cr = output.count('\r') - crlf
            lf = output.count('\n') - crlf
            self._seen |= ((_SEEN_LF if lf else 0) | (_SEEN_CR if cr else 0)
                           | (_SEEN_CRLF if crlf else 0))
            if self.translate:
                output = output.replace('\r\n', '\n').replace('\r', '\n')
        elif '\n' in output:
            self._seen |= _SEEN_LF
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES[self._seen]


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        if hasattr(type(size), '__index__'):
            return size.__index__()
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


_SEEN_CR, _SEEN_LF, _SEEN_CRLF = 1, 2, 4
_NEWLINES = {0: None, 1: '\r', 2: '\n', 4: '\r\n', 3: ('\r', '\n'), 5: ('\r', '\r\n'),
             6: ('\n', '\r\n'), 7: ('\r', '\n', '\r\n')}


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object.  The newline
    argument is like the one of TextIOWrapper's constructor."""

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n', *extra, **kwargs):
        if extra:
            raise TypeError("StringIO() takes at most 2 arguments (%d given)" % (2 + len(extra)))
        for key in kwargs:
            raise TypeError("'%s' is an invalid keyword argument for StringIO()" % key)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        self._readnl = newline
        self._writenl = newline if newline in ('\r', '\r\n') else None
        self._seen = 0
        self._value = ''    # the text, except what is pending
        self._pending = []  # text appended at the end, not yet joined
        self._size = 0      # length of the whole text
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _text(self):
        if self._pending:
            self._value += ''.join(self._pending)
            self._pending = []
        return self._value

    def _write(self, s):
        if self._universal:
            if '\r' in s:
                crlf = s.count('\r\n')
                cr = s.count('\r') - crlf
                lf = s.count('\n') - crlf
                self._seen |= (_SEEN_CRLF if crlf else 0) | (_SEEN_CR if cr else 0) | \
                    (_SEEN_LF if lf else 0)
                if self._translate:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= _SEEN_LF
        if self._writenl is not None and '\n' in s:
            s = s.replace('\n', self._writenl)
        n = len(s)
        if not n:
            return
        pos = self._pos
        if pos == self._size:
            self._pending.append(s)
            self._size += n
        else:
            text = self._text()
            if pos > self._size:
                text += '\0' * (pos - self._size)
            self._value = text[:pos] + s + text[pos + n:]
            self._size = len(self._value)
        self._pos = pos + n

    def write(self, s):
        """Write string to file.

        Returns the number of characters written, which is always equal to
        the length of the string."""
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._write(s)
        return n

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check()
        return self._text()

    def read(self, size=-1):
        """Read at most size characters, returned as a string.

        If the argument is negative or omitted, read until EOF
        is reached. Return an empty string at EOF."""
        self._check()
        size = _size_arg(size)
        text = self._text()
        pos = self._pos
        if pos >= self._size:
            return ''
        end = self._size if size < 0 else min(pos + size, self._size)
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos, limit):
        # the index just after the line starting at pos (at most limit)
        if self._translate or self._readnl == '\n':
            i = text.find('\n', pos, limit)
            return limit if i < 0 else i + 1
        if self._universal:
            i = text.find('\n', pos, limit)
            j = text.find('\r', pos, limit)
            if j < 0:
                return limit if i < 0 else i + 1
            if i >= 0 and i < j:
                return i + 1
            if j + 1 < limit and text[j + 1] == '\n':
                return j + 2
            return j + 1
        nl = self._readnl
        i = text.find(nl, pos, limit)
        if i < 0:
            return limit
        return min(i + len(nl), limit)

    def readline(self, size=-1):
        """Read until newline or EOF.

        Returns an empty string if EOF is hit immediately."""
        self._check()
        size = _size_arg(size)
        text = self._text()
        pos = self._pos
        if pos >= self._size:
            return ''
        limit = self._size if size < 0 else min(pos + size, self._size)
        end = self._line_end(text, pos, limit)
        self._pos = end
        return text[pos:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not isinstance(line, str):
            raise OSError("readline() should have returned a str object, not '%s'"
                          % type(line).__name__)
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        if self._closed:
            raise _closed_error()
        return self

    def readlines(self, hint=None):
        if self._closed:
            raise _closed_error()
        return TextIOBase.readlines(self, hint)

    def writelines(self, lines):
        if self._closed:
            raise _closed_error()
        for line in lines:
            self.write(line)

    def tell(self):
        """Tell the current file position."""
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = self._size
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        """Truncate size to pos.

        The pos argument defaults to the current file position, as
        returned by tell().  The current file position is unchanged.
        Returns the new absolute position."""
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = _size_arg(pos)
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        if pos < self._size:
            self._value = self._text()[:pos]
            self._size = pos
        return pos

    def close(self):
        """Close the IO object."""
        self._closed = True
        self._value = ''
        self._pending = []

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        pass

    def isatty(self):
        if self._closed:
            raise _closed_error()
        return False

    def __enter__(self):
        if self._closed:
            raise _closed_error()
        return self

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if not self._universal:
            return None
        return _NEWLINES[self._seen]

    def __getstate__(self):
        return (self.getvalue(), self._readnl, self._pos, None)

    def __getattr__(self, name):
        cls = type(self)
        raise AttributeError("'%s' object has no attribute '%s'"
                             % ('_io.StringIO' if cls is StringIO else cls.__name__, name))


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, memoryview):
        return b.tobytes()
    if hasattr(b, 'tobytes') and hasattr(b, 'itemsize'):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = '_io'

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += _bytes_like(initial_bytes)
        self._buffer = buf
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise _closed_error()

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        self._check()
        return bytes(self._buffer)

    def __getattr__(self, name):
        cls = type(self)
        raise AttributeError("'%s' object has no attribute '%s'"
                             % ('_io.BytesIO' if cls is BytesIO else cls.__name__, name))

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        self._check()
        return memoryview(self._buffer)

    def read(self, size=-1):
        """Read at most size bytes, returned as a bytes object."""
        self._check()
        size = _size_arg(size)
        pos = self._pos
        n = len(self._buffer)
        if pos >= n:
            return b''
        end = n if size < 0 else min(pos + size, n)
        self._pos = end
        return bytes(self._buffer[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        """Next line from the file, as a bytes object."""
        self._check()
        size = _size_arg(size)
        buf = self._buffer
        pos = self._pos
        n = len(buf)
        if pos >= n:
            return b''
        limit = n if size < 0 else min(pos + size, n)
        i = buf.find(b'\n', pos, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(buf[pos:end])

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        self._check()
        return BufferedIOBase.readlines(self, hint)

    def readinto(self, b):
        """Read bytes into buffer b."""
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        """Write bytes to file.  Return the number of bytes written."""
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        buf = self._buffer
        if pos > len(buf):
            buf += b'\0' * (pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def tell(self):
        """Current file position, an integer."""
        self._check()
        return self._pos

    def truncate(self, size=None):
        """Truncate the file to at most size bytes."""
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buffer):
            del self._buffer[size:]
        return size

    def close(self):
        """Disable all I/O operations."""
        self._closed = True

    @property
    def closed(self):
        """True if the file is closed."""
        return self._closed

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False
