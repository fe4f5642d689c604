"""Codec registry, error handlers and the basic codec functions (slotpy's _codecs)."""

# The text codecs come from str.encode / bytes.decode; this module adds the registry
# (search functions, cached look-ups), error handlers that Python code can register, and
# the "final"-aware decoding functions used by the incremental decoders.

_search_functions = []
_cache = {}

# Error handlers the interpreter's own str.encode / bytes.decode implement.
_NATIVE_ERRORS = frozenset(('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
                            'surrogatepass', 'xmlcharrefreplace'))


def _normalize(name):
    out = []
    pending = False
    for c in name:
        if c.isalnum() or c == '.':
            if pending and out:
                out.append('_')
            pending = False
            out.append(c.lower())
        else:
            pending = True
    return ''.join(out)


def _search_name(name):
    # The name given to search functions: lowercase, spaces and hyphens as underscores.
    out = []
    prev_us = False
    for c in name:
        if c == ' ' or c == '-':
            if not prev_us:
                out.append('_')
            prev_us = True
        else:
            out.append(c.lower())
            prev_us = False
    return ''.join(out)


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        return
    _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _search_name(encoding)
    r = _cache.get(key)
    if r is not None:
        return r
    import codecs
    r = codecs._builtin_search(key)
    if r is None:
        for f in _search_functions:
            r = f(key)
            if r is None:
                continue
            if not isinstance(r, tuple) or len(r) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
    if r is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = r
    return r


def _forget_codec(encoding):
    _cache.pop(_search_name(encoding), None)


def _wrap(exc, what, encoding):
    t = type(exc)
    if (len(exc.args) > 1 or t.__init__ is not BaseException.__init__
            or t.__new__ is not BaseException.__new__ or getattr(exc, '__dict__', None)):
        return exc
    try:
        new = type(exc)("%s with %r codec failed (%s: %s)" % (what, encoding, type(exc).__name__, exc))
    except Exception:
        return exc
    return new


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        r = info[0](obj, errors)
    except Exception as e:
        new = _wrap(e, 'encoding', encoding)
        if new is e:
            raise
        raise new from e
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return r[0]


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        r = info[1](obj, errors)
    except Exception as e:
        new = _wrap(e, 'decoding', encoding)
        if new is e:
            raise
        raise new from e
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return r[0]


# ---- error handlers ---------------------------------------------------------------------------

def _kind(exc):
    if isinstance(exc, UnicodeEncodeError):
        return 'e'
    if isinstance(exc, UnicodeDecodeError):
        return 'd'
    if isinstance(exc, UnicodeTranslateError):
        return 't'
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _cant(exc):
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if not isinstance(exc, BaseException):
        raise TypeError("codec must pass exception instance")
    raise exc


def ignore_errors(exc):
    _kind(exc)
    return ('', exc.end)


def replace_errors(exc):
    k = _kind(exc)
    n = exc.end - exc.start
    if k == 'e':
        return ('?' * n, exc.end)
    if k == 'd':
        return ('\ufffd', exc.end)
    return ('\ufffd' * n, exc.end)


def _escape(c):
    v = ord(c)
    if v < 0x100:
        return '\\x%02x' % v
    if v < 0x10000:
        return '\\u%04x' % v
    return '\\U%08x' % v


def backslashreplace_errors(exc):
    k = _kind(exc)
    if k == 'd':
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    return (''.join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        _cant(exc)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        _cant(exc)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else _escape(c))
    return (''.join(out), exc.end)


def _surrogateescape(exc):
    k = _kind(exc)
    if k == 'd':
        data = exc.object[exc.start:exc.end]
        out = []
        for b in data[:4]:
            if b < 128:
                raise exc
            out.append(chr(0xDC00 + b))
        return (''.join(out), exc.start + len(out))
    if k == 'e':
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            v = ord(c)
            if not 0xDC80 <= v <= 0xDCFF:
                raise exc
            out.append(v - 0xDC00)
        return (bytes(out), exc.end)
    _cant(exc)


def _surrogate_form(encoding):
    e = _normalize(encoding or '')
    if e in ('utf_8', 'utf8'):
        return ('utf8', 3)
    if e in ('utf_16', 'utf_16_le', 'utf16'):
        return ('little', 2)
    if e == 'utf_16_be':
        return ('big', 2)
    if e in ('utf_32', 'utf_32_le', 'utf32'):
        return ('little', 4)
    if e == 'utf_32_be':
        return ('big', 4)
    return (None, 0)


def _surrogatepass(exc):
    k = _kind(exc)
    order, size = _surrogate_form(exc.encoding)
    if k == 'e':
        if order is None:
            raise exc
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            v = ord(c)
            if not 0xD800 <= v <= 0xDFFF:
                raise exc
            if order == 'utf8':
                out += bytes((0xE0 | (v >> 12), 0x80 | ((v >> 6) & 0x3F), 0x80 | (v & 0x3F)))
            else:
                out += v.to_bytes(size, order)
        return (bytes(out), exc.end)
    if k == 'd':
        if order is None:
            raise exc
        data = exc.object[exc.start:exc.start + size]
        if len(data) == size:
            if order == 'utf8':
                if (data[0] & 0xF0) == 0xE0 and (data[1] & 0xC0) == 0x80 and (data[2] & 0xC0) == 0x80:
                    v = ((data[0] & 0x0F) << 12) | ((data[1] & 0x3F) << 6) | (data[2] & 0x3F)
                else:
                    v = 0
            else:
                v = int.from_bytes(data, order)
            if 0xD800 <= v <= 0xDFFF:
                return (chr(v), exc.start + size)
        raise exc
    _cant(exc)


_surrogateescape.__name__ = _surrogateescape.__qualname__ = 'surrogateescape'
_surrogatepass.__name__ = _surrogatepass.__qualname__ = 'surrogatepass'

_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogateescape,
    'surrogatepass': _surrogatepass,
}
_BUILTIN_HANDLERS = dict(_error_handlers)


def register_error(name, handler):
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# ---- text codecs on top of str.encode / bytes.decode ------------------------------------------

def _after_first(enc):
    # The codec that continues a stream after its first piece (no second BOM).
    n = _normalize(enc)
    if n in ('utf_16', 'utf16'):
        return 'utf-16-le'
    if n in ('utf_32', 'utf32'):
        return 'utf-32-le'
    if n == 'utf_8_sig':
        return 'utf-8'
    return enc


def _native_errors(errors):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError("argument 2 must be str or None, not %s" % type(errors).__name__)
    if errors in _NATIVE_ERRORS and _error_handlers.get(errors) is _BUILTIN_HANDLERS.get(errors):
        return errors
    return None


def _encode_text(s, enc, errors):
    e = _native_errors(errors)
    if e is not None:
        return s.encode(enc, e)
    handler = None
    out = []
    pos = 0
    n = len(s)
    cur = enc
    while True:
        try:
            out.append(s[pos:].encode(cur))
            break
        except UnicodeEncodeError as err:
            start = pos + err.start
            end = pos + err.end
            out.append(s[pos:start].encode(cur))
            cur = _after_first(cur)
            exc = UnicodeEncodeError(err.encoding, s, start, end, err.reason)
            if handler is None:
                handler = lookup_error(errors)
            res = handler(exc)
            if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], (str, bytes))
                    or not isinstance(res[1], int)):
                raise TypeError("encoding error handler must return (str/bytes, int) tuple")
            rep, newpos = res
            if newpos < 0:
                newpos += n
            if not 0 <= newpos <= n:
                raise IndexError("position %d from error handler out of bounds" % res[1])
            out.append(rep.encode(cur) if isinstance(rep, str) else rep)
            pos = newpos
            if pos >= n:
                break
    return b''.join(out)


def _decode_text(data, enc, errors):
    e = _native_errors(errors)
    if e is not None:
        return data.decode(enc, e)
    handler = None
    out = []
    pos = 0
    n = len(data)
    cur = enc
    while True:
        try:
            out.append(data[pos:].decode(cur))
            break
        except UnicodeDecodeError as err:
            start = pos + err.start
            end = pos + err.end
            out.append(data[pos:start].decode(cur))
            if pos == 0:
                norm = _normalize(cur)
                if norm in ('utf_16', 'utf16'):
                    cur = 'utf-16-be' if data[:2] == b'\xfe\xff' else 'utf-16-le'
                elif norm in ('utf_32', 'utf32'):
                    cur = 'utf-32-be' if data[:4] == b'\x00\x00\xfe\xff' else 'utf-32-le'
                else:
                    cur = _after_first(cur)
            exc = UnicodeDecodeError(err.encoding, data, start, end, err.reason)
            if handler is None:
                handler = lookup_error(errors)
            res = handler(exc)
            if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], str)
                    or not isinstance(res[1], int)):
                raise TypeError("decoding error handler must return (str, int) tuple")
            rep, newpos = res
            if newpos < 0:
                newpos += n
            if not 0 <= newpos <= n:
                raise IndexError("position %d from error handler out of bounds" % res[1])
            out.append(rep)
            pos = newpos
            if pos >= n:
                break
    return ''.join(out)


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _utf8_tail(data):
    # Length of an incomplete (but so far valid) UTF-8 sequence at the end of data.
    n = len(data)
    for k in range(1, min(3, n) + 1):
        b = data[n - k]
        if b < 0x80:
            return 0
        if b >= 0xC0:
            try:
                data[n - k:].decode('utf-8')
            except UnicodeDecodeError as e:
                if e.reason == 'unexpected end of data' and e.end == k:
                    return k
            return 0
    return 0


def _utf16_tail(data, order):
    n = len(data)
    t = n % 2
    if n - t >= 2:
        unit = data[n - t - 2:n - t]
        v = int.from_bytes(unit, order)
        if 0xD800 <= v <= 0xDBFF:
            t += 2
    return t


def _make_functions(fname, enc, tail):
    def enc_fn(str, errors=None):
        if not isinstance(str, type('')):
            raise TypeError("%s() argument 1 must be str, not %s" % (fname + '_encode', type(str).__name__))
        return (_encode_text(str, enc, errors), len(str))

    def dec_fn(data, errors=None, final=False):
        data = _as_bytes(data)
        n = len(data)
        if not final and tail is not None:
            n -= tail(data)
        if n == len(data):
            return (_decode_text(data, enc, errors), n)
        return (_decode_text(data[:n], enc, errors), n)

    enc_fn.__name__ = enc_fn.__qualname__ = fname + '_encode'
    dec_fn.__name__ = dec_fn.__qualname__ = fname + '_decode'
    enc_fn.__module__ = dec_fn.__module__ = '_codecs'
    return enc_fn, dec_fn


utf_8_encode, utf_8_decode = _make_functions('utf_8', 'utf-8', _utf8_tail)
ascii_encode, ascii_decode = _make_functions('ascii', 'ascii', None)
latin_1_encode, latin_1_decode = _make_functions('latin_1', 'latin-1', None)
utf_16_le_encode, utf_16_le_decode = _make_functions('utf_16_le', 'utf-16-le',
                                                     lambda d: _utf16_tail(d, 'little'))
utf_16_be_encode, utf_16_be_decode = _make_functions('utf_16_be', 'utf-16-be',
                                                     lambda d: _utf16_tail(d, 'big'))
utf_32_le_encode, utf_32_le_decode = _make_functions('utf_32_le', 'utf-32-le', lambda d: len(d) % 4)
utf_32_be_encode, utf_32_be_decode = _make_functions('utf_32_be', 'utf-32-be', lambda d: len(d) % 4)
unicode_escape_encode, unicode_escape_decode = _make_functions('unicode_escape', 'unicode-escape', None)
raw_unicode_escape_encode, raw_unicode_escape_decode = _make_functions(
    'raw_unicode_escape', 'raw-unicode-escape', None)
utf_16_encode, _utf_16_decode_plain = _make_functions('utf_16', 'utf-16', None)
utf_32_encode, _utf_32_decode_plain = _make_functions('utf_32', 'utf-32', None)


def _bom_ex_decode(data, errors, final, size, boms, name):
    # (text, consumed, byteorder): byteorder -1 little, 1 big, 0 when no BOM was seen.
    data = _as_bytes(data)
    le, be = boms
    if data[:size] == le:
        order, start = -1, size
    elif data[:size] == be:
        order, start = 1, size
    else:
        if not final and len(data) < size and (le.startswith(data) or be.startswith(data)):
            return ('', 0, 0)
        order, start = 0, 0
    big = order == 1
    if size == 2:
        fn = utf_16_be_decode if big else utf_16_le_decode
    else:
        fn = utf_32_be_decode if big else utf_32_le_decode
    try:
        text, used = fn(data[start:], errors, final)
    except UnicodeDecodeError as e:
        raise UnicodeDecodeError(name, data, e.start + start, e.end + start, e.reason) from None
    return (text, used + start, order)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    if byteorder == 0:
        return _bom_ex_decode(data, errors, final, 2, (b'\xff\xfe', b'\xfe\xff'), 'utf-16')
    fn = utf_16_be_decode if byteorder > 0 else utf_16_le_decode
    text, used = fn(data, errors, final)
    return (text, used, byteorder)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    if byteorder == 0:
        return _bom_ex_decode(data, errors, final, 4, (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'),
                              'utf-32')
    fn = utf_32_be_decode if byteorder > 0 else utf_32_le_decode
    text, used = fn(data, errors, final)
    return (text, used, byteorder)


def utf_16_decode(data, errors=None, final=False):
    r = utf_16_ex_decode(data, errors, 0, final)
    return (r[0], r[1])


def utf_32_decode(data, errors=None, final=False):
    r = utf_32_ex_decode(data, errors, 0, final)
    return (r[0], r[1])


def charmap_encode(str, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(str, errors)
    out = bytearray()
    for c in str:
        v = mapping.get(ord(c)) if isinstance(mapping, dict) else mapping[ord(c)]
        if v is None:
            raise UnicodeEncodeError('charmap', str, 0, 1, 'character maps to <undefined>')
        out += bytes((v,)) if isinstance(v, int) else v
    return (bytes(out), len(str))


def charmap_decode(data, errors=None, mapping=None):
    data = _as_bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    for i, b in enumerate(data):
        try:
            v = mapping[b]
        except (LookupError, IndexError):
            v = None
        if v is None or v == '\ufffe':
            raise UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
        out.append(chr(v) if isinstance(v, int) else v)
    return (''.join(out), len(data))
