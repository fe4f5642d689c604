"""Conversion between Python values and C structs represented as bytes objects.

Format strings start with an optional byte-order character:
  @ native order, size and alignment (default)   = native order, standard sizes
  < little-endian    > big-endian    ! network (big-endian)
followed by (optionally counted) codes from  x c b B ? h H i I l L q Q n N e f d s p P.
"""

import math as _math
import operator as _operator

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


_MAXSIZE = (1 << 63) - 1
_LONG = (-(1 << 63), (1 << 63) - 1)
_ULONG = (0, (1 << 64) - 1)

# Integer codes: code -> (size, signed, first-stage range, (range, message) or None).
# The first stage mimics the C conversion (PyLong_AsLong & co.), the second the
# size check of the pack function CPython uses for that byte order.


def _rng(code, size, signed):
    if signed:
        hi = (1 << (8 * size - 1)) - 1
        return ((-hi - 1, hi), "'%s' format requires %d <= number <= %d" % (code, -hi - 1, hi))
    hi = (1 << (8 * size)) - 1
    return ((0, hi), "'%s' format requires 0 <= number <= %d" % (code, hi))


_BYTE = ((-128, 127), 'byte format requires -128 <= number <= 127')
_UBYTE = ((0, 255), 'ubyte format requires 0 <= number <= 255')
_SHORT = ((-32768, 32767), 'short format requires -32768 <= number <= 32767')
_USHORT = ((0, 65535), 'ushort format requires 0 <= number <= 65535')

_AS_LONG = (_LONG, 'argument out of range')
_AS_ULONG = (_ULONG, 'argument out of range')
_AS_BYTES_S8 = (_LONG, 'int too large to convert')
_AS_BYTES_U8 = (_ULONG, 'int too large to convert')

_NATIVE_INTS = {
    'b': (1, True, _AS_LONG, _BYTE),
    'B': (1, False, _AS_LONG, _UBYTE),
    'h': (2, True, _AS_LONG, _SHORT),
    'H': (2, False, _AS_LONG, _USHORT),
    'i': (4, True, _AS_LONG, _rng('i', 4, True)),
    'I': (4, False, _AS_ULONG, _rng('I', 4, False)),
    'l': (8, True, _AS_LONG, None),
    'L': (8, False, _AS_ULONG, None),
    'q': (8, True, _AS_LONG, None),
    'Q': (8, False, _AS_ULONG, None),
    'n': (8, True, _AS_LONG, None),
    'N': (8, False, _AS_ULONG, None),
    'P': (8, False, (((-(1 << 63)), (1 << 64) - 1), 'int too large to convert'), None),
}
# '<' and '=' share native implementations where the sizes agree (little-endian host).
_LITTLE_INTS = dict(_NATIVE_INTS)
del _LITTLE_INTS['n'], _LITTLE_INTS['N'], _LITTLE_INTS['P']
_LITTLE_INTS['l'] = (4, True, _AS_LONG, _rng('l', 4, True))
_LITTLE_INTS['L'] = (4, False, _AS_ULONG, _rng('L', 4, False))
_BIG_INTS = {
    'b': (1, True, _AS_LONG, _BYTE),
    'B': (1, False, _AS_LONG, _UBYTE),
    'h': (2, True, _AS_LONG, _rng('h', 2, True)),
    'H': (2, False, _AS_ULONG, _rng('H', 2, False)),
    'i': (4, True, _AS_LONG, _rng('i', 4, True)),
    'I': (4, False, _AS_ULONG, _rng('I', 4, False)),
    'l': (4, True, _AS_LONG, _rng('l', 4, True)),
    'L': (4, False, _AS_ULONG, _rng('L', 4, False)),
    'q': (8, True, _AS_BYTES_S8, None),
    'Q': (8, False, _AS_BYTES_U8, None),
}

_FLOAT_SIZES = {'e': 2, 'f': 4, 'd': 8}
_FLOAT_SHAPE = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


# ---------------------------------------------------------------- floats <-> bits

def _round_half_even(n, d):
    q, r = divmod(n, d)
    r2 = r + r
    if r2 > d or (r2 == d and q & 1):
        q += 1
    return q


def _float_to_bits(x, code):
    """IEEE-754 bit pattern of x in the format of code; None on overflow."""
    ebits, mbits = _FLOAT_SHAPE[code]
    nbits = ebits + mbits
    sign = (1 << nbits) if _math.copysign(1.0, x) < 0.0 else 0
    emax = (1 << ebits) - 1
    if x != x:
        return sign | (emax << mbits) | (1 << (mbits - 1))
    if x == 0.0:
        return sign
    if x in (_INF, -_INF):
        return sign | (emax << mbits)
    a = -x if x < 0 else x
    bias = (1 << (ebits - 1)) - 1
    n, d = a.as_integer_ratio()
    e = _math.frexp(a)[1] - 1
    if e < 1 - bias:
        k = bias - 1 + mbits
        return sign | _round_half_even(n << k, d)
    k = mbits - e
    if k >= 0:
        q = _round_half_even(n << k, d)
    else:
        q = _round_half_even(n, d << -k)
    mag = ((e + bias) << mbits) + q - (1 << mbits)
    if mag >= (emax << mbits):
        return None
    return sign | mag


def _bits_to_float(bits, code):
    ebits, mbits = _FLOAT_SHAPE[code]
    emax = (1 << ebits) - 1
    neg = (bits >> (ebits + mbits)) & 1
    ef = (bits >> mbits) & emax
    mf = bits & ((1 << mbits) - 1)
    bias = emax >> 1
    if ef == emax:
        v = _NAN if mf else _INF
    elif ef == 0:
        v = _math.ldexp(float(mf), 1 - bias - mbits)
    else:
        v = _math.ldexp(float(mf | (1 << mbits)), ef - bias - mbits)
    return -v if neg else v


_INF = float('inf')
_NAN = float('nan')


# ---------------------------------------------------------------- format compiling

def _parse(fmt):
    """Return (size, item count, items); items are (kind, code, offset, size, extra)."""
    if not fmt:
        return 0, 0, []
    order = fmt[0]
    if order in '@=<>!':
        i = 1
    else:
        order = '@'
        i = 0
    native = order == '@'
    if native:
        ints = _NATIVE_INTS
        little = True
    elif order in '<=':
        ints = _LITTLE_INTS
        little = True
    else:
        ints = _BIG_INTS
        little = False
    n = len(fmt)
    size = 0
    nitems = 0
    items = []
    while i < n:
        c = fmt[i]
        i += 1
        if c in ' \t\n\r\x0b\x0c':
            continue
        if '0' <= c <= '9':
            num = ord(c) - 48
            while i < n and '0' <= fmt[i] <= '9':
                d = ord(fmt[i]) - 48
                if num > (_MAXSIZE - d) // 10:
                    raise error('total struct size too long')
                num = num * 10 + d
                i += 1
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
            i += 1
        else:
            num = 1
        if c in ints:
            isize = ints[c][0]
            kind = 'int'
        elif c in _FLOAT_SIZES:
            isize = _FLOAT_SIZES[c]
            kind = 'float'
        elif c in 'xcsp?':
            isize = 1
            kind = c
        else:
            raise error('bad char in struct format')
        if native and isize > 1 and size % isize:
            size += isize - size % isize
        if num and num > (_MAXSIZE - size) // isize:
            raise error('total struct size too long')
        if kind in 'sp':
            items.append((kind, c, size, num, little))
            size += num
            nitems += 1
        elif kind == 'x':
            size += num
        else:
            extra = ints[c] if kind == 'int' else native
            for _ in range(num):
                items.append((kind, c, size, isize, extra))
                size += isize
            nitems += num
    return size, nitems, items


def _not_float():
    return error('required argument is not a float')


def _as_float(v):
    if type(v) is float:
        return v
    if isinstance(v, (str, bytes, bytearray, memoryview)):
        raise _not_float()
    try:
        return float(v)
    except (TypeError, ValueError, OverflowError):
        raise _not_float() from None


def _as_int(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return _operator.index(v)
    raise error('required argument is not an integer')


def _raw_overflow(code, v):
    # the message of the C conversion when it is not replaced by struct.error
    if code == 'P':
        if v < 0:
            return 'Python int too large to convert to C long'
        return 'Python int too large to convert to C unsigned long'
    if v < 0 and code == 'Q':
        return "can't convert negative int to unsigned"
    return 'int too big to convert'


def _readable(buf):
    if isinstance(buf, (bytes, bytearray)):
        return buf
    if isinstance(buf, memoryview):
        return buf.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__)


class _ReadOnly:
    # a read-only attribute reporting errors like a C getset descriptor
    def __init__(self, name, slot, doc):
        self.name = name
        self.slot = slot
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of '_struct.Struct' objects is not writable" % self.name)

    def __delete__(self, obj):
        raise AttributeError("attribute '%s' of '_struct.Struct' objects is not writable" % self.name)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __slots__ = ('_format', '_size', '_nitems', '_items', '_order', '__weakref__')

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        self._size, self._nitems, self._items = _parse(format)
        self._format = format
        self._order = 'big' if format[:1] in ('>', '!') else 'little'

    format = _ReadOnly('format', '_format', 'struct format string')
    size = _ReadOnly('size', '_size', 'struct size in bytes')

    def _pack_to(self, out, base, values):
        for (kind, code, off, size, extra), v in zip(self._items, values):
            off += base
            if kind == 'int':
                orig = v
                v = _as_int(v)
                (lo, hi), msg = extra[2]
                if v < lo or v > hi:
                    if msg == 'int too large to convert' and not isinstance(orig, int):
                        raise OverflowError(_raw_overflow(code, v))
                    raise error(msg)
                if extra[3] is not None:
                    (lo, hi), msg = extra[3]
                    if v < lo or v > hi:
                        raise error(msg)
                if v < 0 and not extra[1]:
                    v += 1 << (8 * size)
                out[off:off + size] = v.to_bytes(size, self._order, signed=extra[1])
            elif kind == 'float':
                x = _as_float(v)
                bits = _float_to_bits(x, code)
                if bits is None and extra and code == 'f':
                    # native 'f' is a plain C cast: overflow gives an infinity
                    bits = _float_to_bits(_INF if x > 0 else -_INF, code)
                if bits is None:
                    if isinstance(v, int):
                        raise error('int too large to convert')
                    raise OverflowError('float too large to pack with %s format' % code)
                out[off:off + size] = bits.to_bytes(size, self._order)
            elif kind == 's' or kind == 'p':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % kind)
                if kind == 's':
                    data = v[:size]
                    out[off:off + len(data)] = data
                else:
                    data = v[:size - 1] if size > 0 else b''
                    if data:
                        out[off + 1:off + 1 + len(data)] = data
                    if size > 0:
                        out[off] = min(len(data), 255)
            elif kind == 'c':
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                out[off] = v[0]
            else:  # '?'
                out[off] = 1 if v else 0

    def pack(self, *values):
        """S.pack(v1, v2, ...) -> bytes"""
        if len(values) != self._nitems:
            raise error('pack expected %d items for packing (got %d)' % (self._nitems, len(values)))
        out = bytearray(self._size)
        self._pack_to(out, 0, values)
        return bytes(out)

    def pack_into(self, *args):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        if len(args) != self._nitems + 2:
            if not args:
                raise error('pack_into expected buffer argument')
            if len(args) == 1:
                raise error('pack_into expected offset argument')
            raise error('pack_into expected %d items for packing (got %d)'
                        % (self._nitems, len(args) - 2))
        buf, offset = args[0], args[1]
        if isinstance(buf, bytearray):
            pass
        elif isinstance(buf, memoryview) and not buf.readonly:
            pass
        else:
            raise TypeError('argument must be read-write bytes-like object, not %s'
                            % type(buf).__name__)
        offset = _operator.index(offset)
        n = len(buf) if not isinstance(buf, memoryview) else buf.nbytes
        size = self._size
        if offset < 0:
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d' % (size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes '
                        'at offset %d (actual buffer size is %d)' % (size + offset, size, offset, n))
        tmp = bytearray(size)
        self._pack_to(tmp, 0, args[2:])
        buf[offset:offset + size] = tmp

    def _unpack_at(self, data, base):
        res = []
        append = res.append
        for kind, code, off, size, extra in self._items:
            off += base
            if kind == 'int':
                append(int.from_bytes(data[off:off + size], self._order, signed=extra[1]))
            elif kind == 'float':
                bits = int.from_bytes(data[off:off + size], self._order)
                append(_bits_to_float(bits, code))
            elif kind == 's':
                append(bytes(data[off:off + size]))
            elif kind == 'p':
                k = data[off] if size else 0
                if k >= size:
                    k = size - 1
                append(bytes(data[off + 1:off + 1 + k]))
            elif kind == 'c':
                append(bytes(data[off:off + 1]))
            else:
                append(data[off] != 0)
        return tuple(res)

    def unpack(self, buffer, /):
        """S.unpack(buffer) -> tuple"""
        data = _readable(buffer)
        if len(data) != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        """S.unpack_from(buffer, offset=0) -> tuple"""
        data = _readable(buffer)
        offset = _operator.index(offset)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            if offset + self._size > 0:
                raise error('not enough data to unpack %d bytes at offset %d' % (self._size, offset))
            offset += n
        if n - offset < self._size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (self._size + offset, self._size, offset, n))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer, /):
        """S.iter_unpack(buffer) -> iterator(tuple)"""
        if self._size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        data = _readable(buffer)
        if len(data) % self._size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self._size)
        return unpack_iterator(self, data)

    def __sizeof__(self):
        return 40 + 16 * len(self._items)


class unpack_iterator:
    __slots__ = ('_s', '_data', '_pos')

    def __init__(self, s, data):
        self._s = s
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        s = self._s
        if s is None or self._pos >= len(self._data):
            self._s = None
            raise StopIteration
        r = s._unpack_at(self._data, self._pos)
        self._pos += s._size
        return r

    def __length_hint__(self):
        if self._s is None:
            return 0
        return (len(self._data) - self._pos) // self._s._size


Struct.__module__ = '_struct'
unpack_iterator.__module__ = '_struct'

_cache = {}


def _compiled(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        pass
    s = Struct(fmt)
    if len(_cache) >= 100:
        _cache.clear()
    _cache[fmt] = s
    return s


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def calcsize(*args):
    """Return size in bytes of the struct described by the format string."""
    if len(args) != 1:
        raise TypeError('_struct.calcsize() takes exactly one argument (%d given)' % len(args))
    return _compiled(args[0]).size


def pack(*args):
    """pack(format, v1, v2, ...) -> bytes"""
    if not args:
        raise TypeError('missing format argument')
    return _compiled(args[0]).pack(*args[1:])


def pack_into(*args):
    """pack_into(format, buffer, offset, v1, v2, ...)"""
    if not args:
        raise TypeError('missing format argument')
    return _compiled(args[0]).pack_into(*args[1:])


def unpack(*args):
    """unpack(format, buffer) -> tuple"""
    if len(args) != 2:
        raise TypeError('unpack expected 2 arguments, got %d' % len(args))
    return _compiled(args[0]).unpack(args[1])


def unpack_from(*args, **kwargs):
    """unpack_from(format, /, buffer, offset=0) -> tuple"""
    if not args:
        raise TypeError('unpack_from() takes at least 1 positional argument (0 given)')
    return _compiled(args[0]).unpack_from(*args[1:], **kwargs)


def iter_unpack(*args):
    """iter_unpack(format, buffer) -> iterator(tuple)"""
    if len(args) != 2:
        raise TypeError('iter_unpack expected 2 arguments, got %d' % len(args))
    return _compiled(args[0]).iter_unpack(args[1])
