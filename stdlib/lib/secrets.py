"""Cryptographically strong random numbers and tokens (passwords, reset links, session keys),
drawn from the operating system's generator through random.SystemRandom.
"""
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

# bytes of randomness in a token when no size is given
DEFAULT_ENTROPY = 32


def _as_buffer_bytes(x):
    try:
        return memoryview(x).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%.100s'"
                        % type(x).__name__) from None


def _has_buffer(x):
    try:
        memoryview(x)
    except TypeError:
        return False
    return True


def compare_digest(a, b):
    """a == b for two ASCII str or two bytes-like objects, in time that depends on the
    length of the inputs but not on where they differ (against timing attacks).
    """
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        x = a.encode('ascii')
        y = b.encode('ascii')
    else:
        if not _has_buffer(a) and not _has_buffer(b):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%.100s' and '%.100s'" % (type(a).__name__, type(b).__name__))
        x = _as_buffer_bytes(a)
        y = _as_buffer_bytes(b)
    # look at every byte of y whatever the lengths, and never stop early
    result = 0 if len(x) == len(y) else 1
    left = x if len(x) == len(y) else y
    for i in range(len(y)):
        result |= left[i] ^ y[i]
    return result == 0


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when nbytes is None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """A random text of 2*nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe Base64 text (about 1.3 characters per byte, no padding)."""
    from base64 import urlsafe_b64encode
    return urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
