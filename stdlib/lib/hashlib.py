"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384, sha512.

Pure-Python implementations (correct, not fast).
"""

import math as _math

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'file_digest')

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _primes(n):
    found = []
    k = 2
    while len(found) < n:
        if all(k % p for p in found if p * p <= k):
            found.append(k)
        k += 1
    return found


def _icbrt(n):
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def _frac_sqrt(p, bits):
    return _math.isqrt(p << (2 * bits)) & ((1 << bits) - 1)


def _frac_cbrt(p, bits):
    return _icbrt(p << (3 * bits)) & ((1 << bits) - 1)


_P80 = _primes(80)
_K256 = tuple(_frac_cbrt(p, 32) for p in _P80[:64])
_K512 = tuple(_frac_cbrt(p, 64) for p in _P80)
_IV256 = tuple(_frac_sqrt(p, 32) for p in _P80[:8])
_IV224 = tuple(_frac_sqrt(p, 64) & _M32 for p in _P80[8:16])
_IV512 = tuple(_frac_sqrt(p, 64) for p in _P80[:8])
_IV384 = tuple(_frac_sqrt(p, 64) for p in _P80[8:16])
_MD5_K = tuple(int(abs(_math.sin(i + 1)) * 4294967296.0) & _M32 for i in range(64))
_MD5_S = (7, 12, 17, 22) * 4 + (5, 9, 14, 20) * 4 + (4, 11, 16, 23) * 4 + (6, 10, 15, 21) * 4
_MD5_G = tuple(list(range(16)) + [(5 * i + 1) % 16 for i in range(16, 32)]
               + [(3 * i + 5) % 16 for i in range(32, 48)] + [(7 * i) % 16 for i in range(48, 64)])


# ---------------------------------------------------------------- compression functions

def _md5_blocks(state, data):
    K, S, G = _MD5_K, _MD5_S, _MD5_G
    M = _M32
    a0, b0, c0, d0 = state
    frm = int.from_bytes
    for off in range(0, len(data), 64):
        X = [frm(data[j:j + 4], 'little') for j in range(off, off + 64, 4)]
        a, b, c, d = a0, b0, c0, d0
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
            elif i < 32:
                f = (d & b) | (~d & c)
            elif i < 48:
                f = b ^ c ^ d
            else:
                f = c ^ (b | (~d & M))
            f = (f + a + K[i] + X[G[i]]) & M
            s = S[i]
            a, d, c = d, c, b
            b = (b + ((f << s) | (f >> (32 - s)))) & M
        a0 = (a0 + a) & M
        b0 = (b0 + b) & M
        c0 = (c0 + c) & M
        d0 = (d0 + d) & M
    return (a0, b0, c0, d0)


def _sha1_blocks(state, data):
    M = _M32
    h0, h1, h2, h3, h4 = state
    frm = int.from_bytes
    for off in range(0, len(data), 64):
        w = [frm(data[j:j + 4], 'big') for j in range(off, off + 64, 4)]
        for i in range(16, 80):
            x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w.append(((x << 1) | (x >> 31)) & M)
        a, b, c, d, e = h0, h1, h2, h3, h4
        for i in range(80):
            if i < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            t = (((a << 5) | (a >> 27)) + f + e + k + w[i]) & M
            e = d
            d = c
            c = ((b << 30) | (b >> 2)) & M
            b = a
            a = t
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
    return (h0, h1, h2, h3, h4)


def _sha256_blocks(state, data):
    M = _M32
    K = _K256
    h0, h1, h2, h3, h4, h5, h6, h7 = state
    frm = int.from_bytes
    for off in range(0, len(data), 64):
        w = [frm(data[j:j + 4], 'big') for j in range(off, off + 64, 4)]
        for i in range(16, 64):
            x = w[i - 15]
            y = w[i - 2]
            s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)
            s1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10)
            w.append((w[i - 16] + w[i - 7] + (s0 & M) + (s1 & M)) & M)
        a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
        for i in range(64):
            S1 = (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))) & M
            t1 = h + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]
            S0 = (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))) & M
            t2 = S0 + ((a & b) ^ (a & c) ^ (b & c))
            h = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
        h5 = (h5 + f) & M
        h6 = (h6 + g) & M
        h7 = (h7 + h) & M
    return (h0, h1, h2, h3, h4, h5, h6, h7)


def _sha512_blocks(state, data):
    M = _M64
    K = _K512
    h0, h1, h2, h3, h4, h5, h6, h7 = state
    frm = int.from_bytes
    for off in range(0, len(data), 128):
        w = [frm(data[j:j + 8], 'big') for j in range(off, off + 128, 8)]
        for i in range(16, 80):
            x = w[i - 15]
            y = w[i - 2]
            s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
            s1 = ((y >> 19) | (y << 45)) ^ ((y >> 61) | (y << 3)) ^ (y >> 6)
            w.append((w[i - 16] + w[i - 7] + (s0 & M) + (s1 & M)) & M)
        a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
        for i in range(80):
            S1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23))) & M
            t1 = h + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]
            S0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25))) & M
            t2 = S0 + ((a & b) ^ (a & c) ^ (b & c))
            h = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
        h5 = (h5 + f) & M
        h6 = (h6 + g) & M
        h7 = (h7 + h) & M
    return (h0, h1, h2, h3, h4, h5, h6, h7)


# ---------------------------------------------------------------- hash objects

def _buffer(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytearray):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError('object supporting the buffer API required')


class _Hash:
    __slots__ = ('_state', '_pending', '_length')
    # subclass attributes: name, digest_size, block_size, _iv, _blocks, _word, _order, _lenbytes

    def __init__(self, data=b''):
        self._state = self._iv
        self._pending = b''
        self._length = 0
        if data:
            self.update(data)

    def update(self, data, /):
        """Update this hash object's state with the provided bytes."""
        data = _buffer(data)
        if not data:
            return
        self._length += len(data)
        buf = self._pending + data
        bs = self.block_size
        whole = len(buf) - len(buf) % bs
        if whole:
            self._state = self._blocks(self._state, buf[:whole])
        self._pending = buf[whole:]

    def digest(self):
        """Return the digest value as a bytes object."""
        bs = self.block_size
        lb = self._lenbytes
        tail = self._pending + b'\x80'
        tail += bytes((-len(tail) - lb) % bs)
        tail += (self._length * 8).to_bytes(lb, self._order)
        state = self._blocks(self._state, tail)
        w = self._word
        out = b''.join(v.to_bytes(w, self._order) for v in state)
        return out[:self.digest_size]

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        other._state = self._state
        other._pending = self._pending
        other._length = self._length
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


def _make(name, digest_size, block_size, iv, blocks, word, order, lenbytes):
    def __init__(self, string=b'', *, usedforsecurity=True):
        _Hash.__init__(self, string)
    cls = type('HASH', (_Hash,), {
        '__slots__': (), 'name': name, 'digest_size': digest_size, 'block_size': block_size,
        '_iv': iv, '_blocks': staticmethod(blocks), '_word': word, '_order': order,
        '_lenbytes': lenbytes, '__init__': __init__, '__module__': '_hashlib'})

    def constructor(string=b'', *, usedforsecurity=True):
        return cls(string)
    constructor.__name__ = name
    constructor.__qualname__ = name
    constructor.__doc__ = 'Returns a %s hash object; optionally initialized with a string' % name
    return constructor


md5 = _make('md5', 16, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476), _md5_blocks, 4, 'little', 8)
sha1 = _make('sha1', 20, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0),
             _sha1_blocks, 4, 'big', 8)
sha224 = _make('sha224', 28, 64, _IV224, _sha256_blocks, 4, 'big', 8)
sha256 = _make('sha256', 32, 64, _IV256, _sha256_blocks, 4, 'big', 8)
sha384 = _make('sha384', 48, 128, _IV384, _sha512_blocks, 8, 'big', 16)
sha512 = _make('sha512', 64, 128, _IV512, _sha512_blocks, 8, 'big', 16)

_constructors = {'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256,
                 'sha384': sha384, 'sha512': sha512}

algorithms_guaranteed = set(_constructors)
algorithms_available = set(_constructors)


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    if 'string' in kwargs:
        data = kwargs.pop('string')
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    ctor = _constructors.get(name) or _constructors.get(name.lower())
    if ctor is None:
        raise ValueError('unsupported hash type ' + name)
    return ctor(data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a binary file object."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
