"""JSON decoding: JSONDecoder, JSONDecodeError and scanstring.

The scanner follows the rules (and error positions) of CPython's C accelerator.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = {c: int(c, 16) for c in '0123456789abcdefABCDEF'}
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                   'r': '\r', 't': '\t'}


class JSONDecodeError(ValueError):
    """A ValueError raised for malformed JSON.

    Besides the formatted message it keeps msg (the bare message), doc (the text being
    decoded), pos (index of the failure in doc) and lineno/colno (1-based position).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


def _hex4(s, start):
    # the value of the 4 hex digits at s[start:start + 4], or -1
    value = 0
    for i in range(start, start + 4):
        d = _HEX.get(s[i])
        if d is None:
            return -1
        value = value * 16 + d
    return value


def py_scanstring(s, end, strict=True):
    """Decode the JSON string literal whose body starts at s[end] (just past the quote).

    Escapes are translated; with strict=False raw control characters are accepted.
    Returns (text, index just past the closing quote); bad input raises JSONDecodeError.
    """
    n = len(s)
    if end < 0 or end > n:
        raise ValueError("end is out of bounds")
    begin = end - 1
    chunks = []
    append = chunks.append
    find = s.find
    q = -1
    while True:
        if q < end:
            q = find('"', end)
        b = find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else (q if q >= 0 else n)
        if stop > end:
            chunk = s[end:stop]
            if strict and min(chunk) < ' ':
                for i in range(end, stop):
                    if s[i] < ' ':
                        raise JSONDecodeError("Invalid control character at", s, i)
            append(chunk)
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if stop == q and b < 0:
            end = q + 1
            break
        # a backslash at stop
        nxt = stop + 1
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[nxt]
        if esc != 'u':
            c = _SIMPLE_ESCAPES.get(esc)
            if c is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            append(c)
            end = nxt + 1
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        c = _hex4(s, nxt)
        if c < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
        if 0xd800 <= c <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            c2 = _hex4(s, end + 2)
            if c2 < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= c2 <= 0xdfff:
                c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00))
                end += 6
        append(chr(c))
    return ''.join(chunks), end


try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

scanstring = c_scanstring or py_scanstring


class _Scanner:
    """The state of one JSONDecoder's scanner; calling it scans one value."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        if not isinstance(string, str):
            raise TypeError("first argument must be a string, not %s" % type(string).__name__)
        if idx < 0:
            raise ValueError("idx cannot be negative")
        try:
            return self.scan(string, idx)
        finally:
            self.memo.clear()

    def scan(self, s, idx):
        if idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return py_scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(s, idx + 1)
        if c == '[':
            return self.parse_array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(s, idx)

    def parse_number(self, s, start):
        n = len(s)
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                raise StopIteration(start)
        c = s[i]
        if '1' <= c <= '9':
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        elif c == '0':
            i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            is_float = True
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
        if i + 1 < n and (s[i] == 'e' or s[i] == 'E'):
            e_start = i
            i += 1
            if i + 1 < n and (s[i] == '-' or s[i] == '+'):
                i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
            if '0' <= s[i - 1] <= '9':
                is_float = True
            else:
                i = e_start
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def parse_object(self, s, idx):
        try:
            n = len(s)
            pairs = []
            memo_get = self.memo.setdefault
            while idx < n and s[idx] in _WS:
                idx += 1
            if idx >= n or s[idx] != '}':
                while True:
                    if idx >= n or s[idx] != '"':
                        raise JSONDecodeError("Expecting property name enclosed in double quotes",
                                              s, idx)
                    key, idx = py_scanstring(s, idx + 1, self.strict)
                    key = memo_get(key, key)
                    while idx < n and s[idx] in _WS:
                        idx += 1
                    if idx >= n or s[idx] != ':':
                        raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                    idx += 1
                    while idx < n and s[idx] in _WS:
                        idx += 1
                    c = s[idx] if idx < n else ''
                    if c == '[':
                        value, idx = self.parse_array(s, idx + 1)
                    elif c == '{':
                        value, idx = self.parse_object(s, idx + 1)
                    else:
                        value, idx = self.scan(s, idx)
                    pairs.append((key, value))
                    while idx < n and s[idx] in _WS:
                        idx += 1
                    if idx < n and s[idx] == '}':
                        break
                    if idx >= n or s[idx] != ',':
                        raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                    idx += 1
                    while idx < n and s[idx] in _WS:
                        idx += 1
            idx += 1
            if self.object_pairs_hook is not None:
                return self.object_pairs_hook(pairs), idx
            obj = dict(pairs)
            if self.object_hook is not None:
                obj = self.object_hook(obj)
            return obj, idx
        except RecursionError as e:
            if e.args and 'JSON' in str(e.args[0]):
                raise
            raise RecursionError('maximum recursion depth exceeded while decoding a JSON '
                                 'object from a unicode string') from None

    def parse_array(self, s, idx):
        try:
            n = len(s)
            values = []
            append = values.append
            while idx < n and s[idx] in _WS:
                idx += 1
            if idx >= n or s[idx] != ']':
                while True:
                    c = s[idx] if idx < n else ''
                    if c == '[':
                        value, idx = self.parse_array(s, idx + 1)
                    elif c == '{':
                        value, idx = self.parse_object(s, idx + 1)
                    else:
                        value, idx = self.scan(s, idx)
                    append(value)
                    while idx < n and s[idx] in _WS:
                        idx += 1
                    if idx < n and s[idx] == ']':
                        break
                    if idx >= n or s[idx] != ',':
                        raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                    idx += 1
                    while idx < n and s[idx] in _WS:
                        idx += 1
            return values, idx + 1
        except RecursionError as e:
            if e.args and 'JSON' in str(e.args[0]):
                raise
            raise RecursionError('maximum recursion depth exceeded while decoding a JSON '
                                 'array from a unicode string') from None


try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

_make_scanner = c_make_scanner or _Scanner


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


class JSONDecoder(object):
    """Turns JSON text (https://json.org) into Python objects.

    Objects become dicts, arrays lists, strings str, numbers int or float (depending on
    whether they have a fraction or exponent), true/false/null True/False/None.  As an
    extension, NaN, Infinity and -Infinity are read as the matching floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s, _w=None):
        """Decode the str s, which must hold exactly one JSON document (plus whitespace)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document starting at s[idx]; trailing text is allowed.

        Returns (value, index where the document stopped).
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
