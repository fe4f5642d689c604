"""JSON encoding: JSONEncoder, encode_basestring and encode_basestring_ascii."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b',
            '\f': '\\f'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
_ESCAPES_ASCII = dict(_ESCAPES)
_ESCAPES_ASCII['\x7f'] = '\\u007f'
del _i


def _quote(s):
    # s without control characters
    if '\\' in s:
        s = s.replace('\\', '\\\\')
    if '"' in s:
        s = s.replace('"', '\\"')
    return '"' + s + '"'


def py_encode_basestring(s):
    """s as a JSON string literal (non-ASCII characters kept)."""
    if s and min(s) < ' ':
        get = _ESCAPES.get
        return '"' + ''.join([get(c, c) for c in s]) + '"'
    return _quote(s)


def py_encode_basestring_ascii(s):
    """s as a JSON string literal using only ASCII (\\u escapes for the rest)."""
    if s.isascii():
        if s.isprintable():
            return _quote(s)
        get = _ESCAPES_ASCII.get
        return '"' + ''.join([get(c, c) for c in s]) + '"'
    out = ['"']
    append = out.append
    get = _ESCAPES_ASCII.get
    for c in s:
        if c < '\x7f':
            append(get(c, c))
            continue
        n = ord(c)
        if n < 0x10000:
            append('\\u%04x' % n)
        else:
            n -= 0x10000
            append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    append('"')
    return ''.join(out)


try:
    import _json
except ImportError:
    _json = None
c_encode_basestring = getattr(_json, 'encode_basestring', None)
c_encode_basestring_ascii = getattr(_json, 'encode_basestring_ascii', None)
del _json

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Turns Python data into JSON text (https://json.org).

    dicts become objects, lists and tuples arrays, str strings, int and float numbers,
    True/False/None true/false/null.  For other types, override default() (or pass
    default=) to return something encodable, or raise TypeError as the base one does.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            item_sep, key_sep = separators
            self.item_separator = item_sep
            self.key_separator = key_sep
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Hook for unsupported objects: return an encodable stand-in for o.

        This base version refuses with TypeError.
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o piece by piece: an iterable of str chunks that join to the JSON text."""
        markers = {} if self.check_circular else None
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        if _one_shot and self.indent is None:
            whole = _OneShot(markers, self.default, quote, self.key_separator,
                             self.item_separator, self.sort_keys, self.skipkeys,
                             self.allow_nan)
            return whole.run(o)
        chunks = _make_iterencode(markers, self.default, quote, self.indent,
                                  self.allow_nan, self.key_separator, self.item_separator,
                                  self.sort_keys, self.skipkeys)
        return chunks(o, 0)


_float_repr = float.__repr__
_int_repr = int.__repr__


def _floatstr(o, allow_nan, with_repr):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return _float_repr(o)
    if not allow_nan:
        if with_repr:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def _key_text(key, allow_nan, skipkeys, with_repr):
    # the str of a dict key, or None to skip it
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _floatstr(key, allow_nan, with_repr)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return _int_repr(key)
    if skipkeys:
        return None
    raise TypeError(f'keys must be str, int, float, bool or None, '
                    f'not {key.__class__.__name__}')


class _OneShot:
    """encode() without indentation: the whole text at once (CPython's C encoder)."""

    def __init__(self, markers, default, encoder, key_separator, item_separator, sort_keys,
                 skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def run(self, o):
        out = []
        self.encode(o, out)
        return [''.join(out)]

    def encode(self, o, out):
        if isinstance(o, (list, tuple)):
            self.encode_list(o, out)
        elif isinstance(o, dict):
            self.encode_dict(o, out)
        else:
            self.encode_scalar(o, out)

    def encode_scalar(self, o, out):
        # o neither list, tuple nor dict
        if isinstance(o, str):
            out.append(self.encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(_int_repr(o))
        elif isinstance(o, float):
            out.append(_floatstr(o, self.allow_nan, False))
        else:
            markers = self.markers
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            try:
                self.encode(self.default(o), out)
            except RecursionError as e:
                _recursion_error(e)
            if markers is not None:
                del markers[marker]

    def encode_list(self, lst, out):
        if not lst:
            out.append('[]')
            return
        markers = self.markers
        if markers is not None:
            marker = id(lst)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = lst
        out.append('[')
        first = True
        sep = self.item_separator
        try:
            for value in lst:
                if first:
                    first = False
                else:
                    out.append(sep)
                if isinstance(value, (list, tuple)):
                    self.encode_list(value, out)
                elif isinstance(value, dict):
                    self.encode_dict(value, out)
                else:
                    self.encode_scalar(value, out)
        except RecursionError as e:
            _recursion_error(e)
        out.append(']')
        if markers is not None:
            del markers[marker]

    def encode_dict(self, dct, out):
        if not dct:
            out.append('{}')
            return
        markers = self.markers
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = dct
        out.append('{')
        items = sorted(dct.items()) if self.sort_keys else list(dct.items())
        first = True
        sep = self.item_separator
        key_sep = self.key_separator
        try:
            for key, value in items:
                key = _key_text(key, self.allow_nan, self.skipkeys, False)
                if key is None:
                    continue
                if first:
                    first = False
                else:
                    out.append(sep)
                out.append(self.encoder(key))
                out.append(key_sep)
                if isinstance(value, (list, tuple)):
                    self.encode_list(value, out)
                elif isinstance(value, dict):
                    self.encode_dict(value, out)
                else:
                    self.encode_scalar(value, out)
        except RecursionError as e:
            _recursion_error(e)
        out.append('}')
        if markers is not None:
            del markers[marker]


def _recursion_error(e):
    if e.args and 'JSON' in str(e.args[0]):
        raise e
    raise RecursionError('maximum recursion depth exceeded while encoding a JSON object') from None


def _make_iterencode(markers, _default, _encoder, _indent, allow_nan, _key_separator,
                     _item_separator, _sort_keys, _skipkeys):
    """The chunk generator of iterencode() (and of dump())."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def floatstr(o):
        return _floatstr(o, allow_nan, True)

    def scalar(value):
        # the text of a scalar value, or None for containers and others
        if isinstance(value, str):
            return _encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return _int_repr(value)
        if isinstance(value, float):
            return floatstr(value)
        return None

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def nested(value, level):
        if isinstance(value, (list, tuple)):
            return iterencode_list(value, level)
        if isinstance(value, dict):
            return iterencode_dict(value, level)
        return iterencode(value, level)

    def iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        enter(lst)
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield ']'
        leave(lst)

    def iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            key = _key_text(key, allow_nan, _skipkeys, True)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield '}'
        leave(dct)

    def iterencode(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from iterencode_dict(o, level)
        else:
            enter(o)
            yield from iterencode(_default(o), level)
            leave(o)

    return iterencode
