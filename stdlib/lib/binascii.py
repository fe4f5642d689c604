"""Conversions between binary data and ASCII encodings (hex, base64, CRCs)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex',
           'hexlify', 'unhexlify', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _binary(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = [255] * 256
for _i, _c in enumerate(_B64):
    _B64_REV[_c] = _i
del _i, _c
_B64_PAIRS = [bytes((_B64[i >> 6], _B64[i & 63])) for i in range(4096)]


def b2a_base64(data, /, *, newline=True):
    """Base64-code a chunk of binary data (with a trailing newline by default)."""
    data = _binary(data)
    pairs = _B64_PAIRS
    out = []
    n = len(data)
    full = n - n % 3
    frm = int.from_bytes
    for i in range(0, full, 3):
        v = frm(data[i:i + 3], 'big')
        out.append(pairs[v >> 12])
        out.append(pairs[v & 4095])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out.append(pairs[v >> 12])
        out.append(b'==')
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out.append(pairs[v >> 12])
        out.append(bytes((_B64[(v >> 6) & 63],)) + b'=')
    if newline:
        out.append(b'\n')
    return b''.join(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a chunk of base64 data."""
    data = _ascii(data)
    rev = _B64_REV
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    if strict_mode and n and data[0] == 61:
        raise Error('Leading padding not allowed')
    i = 0
    while i < n:
        ch = data[i]
        i += 1
        if ch == 61:  # '='
            padding_started = True
            if strict_mode and quad == 0:
                raise Error('Excess padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = rev[ch]
        if v == 255:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad == 0:
            quad = 1
            left = v
        elif quad == 1:
            quad = 2
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
        elif quad == 2:
            quad = 3
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
        else:
            quad = 0
            out.append(((left << 6) | v) & 255)
            left = 0
    if quad:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, optionally grouped with sep."""
    data = _binary(data)
    h = data.hex()
    if sep is None:
        return h.encode('ascii')
    if isinstance(sep, str):
        sep_b = sep.encode('latin-1') if len(sep) == 1 else None
    elif isinstance(sep, (bytes, bytearray)):
        sep_b = bytes(sep)
    else:
        len(sep)
        sep_b = None
    if sep_b is None or len(sep_b) != 1:
        raise ValueError('sep must be length 1.')
    if not data or bytes_per_sep == 0:
        return h.encode('ascii')
    k = abs(bytes_per_sep) * 2
    s = sep_b.decode('latin-1')
    if bytes_per_sep > 0:
        first = len(h) % k or k
        parts = [h[:first]] + [h[j:j + k] for j in range(first, len(h), k)]
    else:
        parts = [h[j:j + k] for j in range(0, len(h), k)]
    return s.join(parts).encode('latin-1')


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (same as b2a_hex)."""
    return b2a_hex(data, sep, bytes_per_sep)


def a2b_hex(hexstr, /):
    """Binary data from a string of hexadecimal digits (even length)."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii')) if _plain_hex(data) else _bad_hex()
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


_HEXDIGITS = frozenset(b'0123456789abcdefABCDEF')


def _plain_hex(data):
    hx = _HEXDIGITS
    for c in data:
        if c not in hx:
            return False
    return True


def _bad_hex():
    raise ValueError


def unhexlify(hexstr, /):
    """Binary data from hexadecimal representation (same as a2b_hex)."""
    return a2b_hex(hexstr)


def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _make_crc_table()


def crc32(data, crc=0, /):
    """CRC-32 of data, continuing from crc."""
    data = _binary(data)
    table = _CRC32
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def _make_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) if c & 0x8000 else (c << 1)
        table.append(c & 0xFFFF)
    return table


_CRC_HQX = _make_hqx_table()


def crc_hqx(data, crc, /):
    """CRC-CCITT (XMODEM) of data, continuing from crc."""
    data = _binary(data)
    table = _CRC_HQX
    c = crc & 0xFFFF
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[(c >> 8) ^ b]
    return c
