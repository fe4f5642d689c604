"""Reading and writing gzip files (RFC 1952), on top of the zlib module.

compress()/decompress() work on bytes; GzipFile and open() on files and file objects. The
header written is CPython's: magic, method 8, the FNAME flag when a file name is known, the
modification time (the `mtime` argument, else the current time), the XFL byte (2 for level 9,
4 for level 1) and OS 255 (compress() with mtime=0 uses zlib's own gzip header, as CPython).
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024
_EOF_MESSAGE = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_EOF_MESSAGE)
        data += more
    return data


def _read_gzip_header(fp):
    """Reads a member header; returns its mtime, or None at the end of the input."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for field in (FNAME, FCOMMENT):
        if flag & field:
            while True:
                c = fp.read(1)
                if not c or c == b'\000':
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return mtime


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Opens a gzip file (a name or a file object) in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for value, name in ((encoding, 'encoding'), (errors, 'errors'), (newline, 'newline')):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary_file, encoding, errors, newline)
    return binary_file


class _Input:
    """A binary input with a pushback buffer (data read ahead and returned)."""

    def __init__(self, fp):
        self.fp = fp
        self.pending = b''

    def read(self, n):
        if not self.pending:
            return self.fp.read(n)
        data, self.pending = self.pending[:n], self.pending[n:]
        if len(data) < n:
            data += self.fp.read(n - len(data))
        return data

    def unread(self, data):
        self.pending = data + self.pending

    def rewind(self):
        self.pending = b''
        self.fp.seek(0)


class GzipFile(io.BufferedIOBase):
    """A file object that compresses what is written and decompresses what is read."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self.name = filename
            self._input = _Input(fileobj)
            self._start_reading()
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    # ---- writing ---------------------------------------------------------------------------
    def _write_gzip_header(self, compresslevel):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, FNAME if fname else 0, int(mtime),
                             _xfl(compresslevel), 255)
        self.fileobj.write(header + (fname + b'\000' if fname else b''))

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    # ---- reading ---------------------------------------------------------------------------
    def _start_reading(self):
        self._buf = b''         # decompressed data not yet returned
        self._pos = 0           # position in the uncompressed stream (of the start of _buf)
        self._new_member = True
        self._eof = False
        self._decomp = None
        self.mtime = None

    def _next_chunk(self):
        """Decompresses more data into _buf; False at the end of the last member."""
        inp = self._input
        while not self._eof:
            if self._new_member:
                # members may be separated by zero padding
                c = inp.read(1)
                while c == b'\x00':
                    c = inp.read(1)
                if not c:
                    self._eof = True
                    return False
                inp.unread(c)
                mtime = _read_gzip_header(inp)
                if mtime is None:
                    self._eof = True
                    return False
                self.mtime = mtime
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self._member_crc = zlib.crc32(b"")
                self._member_size = 0
                self._new_member = False
            d = self._decomp
            raw = d.unconsumed_tail or inp.read(READ_BUFFER_SIZE)
            if not raw:
                raise EOFError(_EOF_MESSAGE)
            out = d.decompress(raw, READ_BUFFER_SIZE)
            self._member_crc = zlib.crc32(out, self._member_crc)
            self._member_size += len(out)
            if d.eof:
                inp.unread(d.unused_data)
                self._check_trailer()
                self._new_member = True
            if out:
                self._buf += out
                return True
        return False

    def _check_trailer(self):
        crc, isize = struct.unpack("<II", _read_exact(self._input, 8))
        if crc != self._member_crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._member_crc)))
        if isize != (self._member_size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")

    def _take(self, n):
        data, self._buf = self._buf[:n], self._buf[n:]
        self._pos += len(data)
        return data

    def read(self, size=-1):
        self._check_read("read")
        if size is None or size < 0:
            while self._next_chunk():
                pass
            return self._take(len(self._buf))
        while len(self._buf) < size and self._next_chunk():
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._buf:
            self._next_chunk()
        return self._take(size)

    def peek(self, n):
        self._check_read("peek")
        if not self._buf:
            self._next_chunk()
        return self._buf

    def readinto(self, b):
        data = self.read(len(memoryview(b)))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        start = 0
        while True:
            i = self._buf.find(b'\n', start)
            if i >= 0:
                n = i + 1
                break
            if 0 <= size <= len(self._buf):
                n = size
                break
            start = len(self._buf)
            if not self._next_chunk():
                n = len(self._buf)
                break
        if 0 <= size < n:
            n = size
        return self._take(n)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- common ------------------------------------------------------------------------------
    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<LL", self.crc, self.size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._input.rewind()
        self._start_reading()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self.offset if self.mode == WRITE else self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            chunk = b'\0' * 1024
            for _ in range(count // 1024):
                self.write(chunk)
            self.write(b'\0' * (count % 1024))
            return self.offset
        self._check_read("seek")
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            while self._next_chunk():
                pass
            offset = self._pos + len(self._buf) + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if offset < self._pos:
            self.rewind()
        while self._pos < offset:
            if not self.read(min(io.DEFAULT_BUFFER_SIZE, offset - self._pos)):
                break
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_not_closed()
        return self


class _TextFile(io.TextIOBase):
    """Text mode of gzip.open(): encodes to and decodes from a GzipFile."""

    def __init__(self, binary, encoding, errors, newline):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = binary
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._newline = newline
        self._text = None
        self._tpos = 0

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def _load(self):
        if self._text is None:
            text = self.buffer.read().decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
        return self._text

    def read(self, size=-1):
        self._check()
        text = self._load()
        end = len(text) if size is None or size < 0 else min(len(text), self._tpos + size)
        data = text[self._tpos:end]
        self._tpos = end
        return data

    def readline(self, size=-1):
        self._check()
        text = self._load()
        ends = '\n' if self._newline in (None, '\n') else self._newline
        if self._newline == '':
            cands = [i for i in (text.find('\r', self._tpos), text.find('\n', self._tpos)) if i >= 0]
            i = min(cands) if cands else -1
            if i >= 0 and text[i] == '\r' and text.startswith('\r\n', i):
                i += 1
            end = len(text) if i < 0 else i + 1
        else:
            i = text.find(ends, self._tpos)
            end = len(text) if i < 0 else i + len(ends)
        if size is not None and size >= 0:
            end = min(end, self._tpos + size)
        data = text[self._tpos:end]
        self._tpos = end
        return data

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        return len(s)

    def _check(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compresses data into one gzip member (header, raw deflate data, CRC and size)."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)  # zlib's own header
    if mtime is None:
        mtime = time.time()
    header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime), _xfl(compresslevel), 255)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompresses every gzip member of data and returns the concatenation."""
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = d.decompress(data[fp.tell():])
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_EOF_MESSAGE)
        crc, length = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = d.unused_data[8:].lstrip(b"\x00")
