"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings."""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _as_bytes(s):
    if isinstance(s, bytes_types):
        return s
    return memoryview(s).tobytes()


# ---------------------------------------------------------------- base64

def b64encode(s, altchars=None):
    """Base64-encode the bytes-like object s; altchars replaces '+/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data; with validate, non-alphabet characters are errors."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode with the standard Base64 alphabet."""
    return b64decode(s)


_URLSAFE_ENC = bytes.maketrans(b'+/', b'-_')
_URLSAFE_DEC = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode with the URL-safe alphabet ('-' and '_' instead of '+' and '/')."""
    return b64encode(s).translate(_URLSAFE_ENC)


def urlsafe_b64decode(s):
    """Decode the URL-safe Base64 alphabet."""
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_URLSAFE_DEC))


# ---------------------------------------------------------------- base32

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B32_PAIRS = {}
_B32_REV = {}
_B32_TAIL = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    pairs = _B32_PAIRS.get(alphabet)
    if pairs is None:
        pairs = [bytes((a, b)) for a in alphabet for b in alphabet]
        _B32_PAIRS[alphabet] = pairs
    s = _as_bytes(s)
    rest = len(s) % 5
    if rest:
        s = s + bytes(5 - rest)
    out = bytearray()
    for i in range(0, len(s), 5):
        v = int.from_bytes(s[i:i + 5], 'big')
        out += pairs[v >> 30]
        out += pairs[(v >> 20) & 1023]
        out += pairs[(v >> 10) & 1023]
        out += pairs[v & 1023]
    if rest:
        k = _B32_TAIL[rest]
        out[-k:] = b'=' * k
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    rev = _B32_REV.get(alphabet)
    if rev is None:
        rev = {c: i for i, c in enumerate(alphabet)}
        _B32_REV[alphabet] = rev
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    npad = total - len(s)
    out = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            d = rev.get(c)
            if d is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + d
        out += acc.to_bytes(5, 'big')
    if npad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if npad and out:
        acc <<= 5 * npad
        keep = (43 - 5 * npad) // 8
        out[-5:] = acc.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using base32 and return a bytes object."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode base32 data (casefold accepts lower case; map01 maps 0->O, 1->map01)."""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s using base32hex and return a bytes object."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode base32hex data."""
    return _b32decode(_b32hexalphabet, s, casefold)


# ---------------------------------------------------------------- base16

_B16_DIGITS = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Encode the bytes-like object s using Base16 (upper-case hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 data; casefold accepts lower-case digits."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    ok = _B16_DIGITS
    for c in s:
        if c not in ok:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---------------------------------------------------------------- base85 / ascii85

def _85encode(b, chars, chars2, pad=False, foldnuls=False, foldspaces=False):
    b = _as_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + bytes(padding)
    chunks = []
    for i in range(0, len(b), 4):
        w = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not w:
            chunks.append(b'z')
        elif foldspaces and w == 0x20202020:
            chunks.append(b'y')
        else:
            chunks.append(chars2[w // 614125] + chars2[w // 85 % 7225] + chars[w % 85])
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = chars[0] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


_a85chars = None
_a85chars2 = None


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85."""
    global _a85chars, _a85chars2
    if _a85chars2 is None:
        _a85chars = [bytes((i,)) for i in range(33, 118)]
        _a85chars2 = [a + c for a in _a85chars for c in _a85chars]
    result = _85encode(b, _a85chars, _a85chars2, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b'~>'))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = []
    group = []
    for x in b + b'uuuu':
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for y in group:
                    acc = 85 * acc + (y - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out.append(acc.to_bytes(4, 'big'))
                group.clear()
        elif x == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and x == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    result = b''.join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85chars = None
_b85chars2 = None
_b85dec = None


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 (as used by git)."""
    global _b85chars, _b85chars2
    if _b85chars2 is None:
        _b85chars = [bytes((i,)) for i in _b85alphabet]
        _b85chars2 = [a + c for a in _b85chars for c in _b85chars]
    return _85encode(b, _b85chars, _b85chars2, pad)


def b85decode(b):
    """Decode base85 data."""
    global _b85dec
    if _b85dec is None:
        _b85dec = [None] * 256
        for i, c in enumerate(_b85alphabet):
            _b85dec[c] = i
    dec = _b85dec
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            d = dec[c]
            if d is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + d
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


# ---------------------------------------------------------------- legacy interface

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a binary file to base64 lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode base64 lines from a binary file."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    if isinstance(s, bytes_types):
        return
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (m.ndim, s.__class__.__name__))


def encodebytes(s):
    """Base64 lines (at most 76 characters each, newline-terminated)."""
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode base64 lines."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
