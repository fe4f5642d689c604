"""Constants and helpers for working with text.

Module-level constants (all plain ASCII):

whitespace -- the whitespace characters
ascii_lowercase -- the letters a to z
ascii_uppercase -- the letters A to Z
ascii_letters -- ascii_lowercase followed by ascii_uppercase
digits -- the decimal digits 0 to 9
hexdigits -- the hexadecimal digits, both letter cases
octdigits -- the octal digits 0 to 7
punctuation -- the punctuation characters
printable -- digits, letters, punctuation and whitespace together

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Character classes, ASCII only.
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = f'{ascii_lowercase}{ascii_uppercase}'
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Capitalize every word of s.  The words come from s.split(sep), each is
    passed through str.capitalize, and they are joined again with sep.
    When sep is omitted or None, the split is on whitespace runs and the
    words are joined with single spaces, so leading, trailing and repeated
    whitespace disappears.

    """
    words = [w.capitalize() for w in s.split(sep)]
    return (' ' if sep is None else sep).join(words)


# ---- Template: $-substitution (PEP 292) ------------------------------------------------------
try:
    import re as _re
except ImportError:
    _re = None

from collections import ChainMap as _ChainMap

_sentinel_dict = {}
_IGNORECASE = _re.IGNORECASE if _re is not None else 2
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class Template:
    """Text with $name / ${name} placeholders, filled in by substitute()."""

    delimiter = '$'
    # The identifier pattern is ASCII-only through its inline (?a:...) group; the class-wide
    # flags stay IGNORECASE alone, so subclasses that override flags keep working.
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        # Templates with the default identifier syntax are scanned by hand (_scan); the others
        # need the regular expression CPython builds here.
        cls._custom = ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                       or cls.braceidpattern is not None or cls.flags != _IGNORECASE)
        if cls._custom and _re is None:
            raise ImportError('string.Template subclasses with custom patterns need re')
        # Every class has its compiled `pattern` (as in CPython), even where _scan does not
        # need it.
        if _re is not None:
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = _re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                # alternatives, in order: a doubled delimiter, a bare name, a name in
                # braces, and anything else (an error, matched as an empty group)
                alternatives = [f'(?P<escaped>{delim})', f'(?P<named>{id})',
                                f'{{(?P<braced>{bid})}}', '(?P<invalid>)']
                pattern = '\n%s(?:\n  %s\n)\n' % (delim, '\n| '.join(alternatives))
            flags = cls.flags | _re.VERBOSE
            cls.pattern = _re.compile(pattern, flags)

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (start, end, kind, name) for each placeholder: kind is 'escaped', 'named',
        'braced' or 'invalid' (then start/end cover the delimiter only; name is None)."""
        if type(self)._custom:
            for mo in self.pattern.finditer(self.template):
                gd = mo.groupdict()
                for kind in ('escaped', 'named', 'braced', 'invalid'):
                    if gd.get(kind) is not None:
                        if kind == 'invalid':
                            yield mo.start('invalid'), mo.end(), kind, None
                        else:
                            yield mo.start(), mo.end(), kind, gd[kind]
                        break
                else:
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return
        s = self.template
        if not isinstance(s, str):
            raise TypeError(f'expected string or bytes-like object, got {type(s).__name__!r}')
        delim = self.delimiter
        dlen = len(delim)
        n = len(s)
        pos = s.find(delim)
        while pos >= 0:
            after = pos + dlen
            if s.startswith(delim, after):
                yield pos, after + dlen, 'escaped', delim
                pos = s.find(delim, after + dlen)
                continue
            if after < n and s[after] in _ID_START:
                end = after + 1
                while end < n and s[end] in _ID_CHARS:
                    end += 1
                yield pos, end, 'named', s[after:end]
                pos = s.find(delim, end)
                continue
            if after < n and s[after] == '{' and after + 1 < n and s[after + 1] in _ID_START:
                end = after + 2
                while end < n and s[end] in _ID_CHARS:
                    end += 1
                if end < n and s[end] == '}':
                    yield pos, end + 1, 'braced', s[after + 1:end]
                    pos = s.find(delim, end + 1)
                    continue
            yield after, after, 'invalid', None
            pos = s.find(delim, after)

    def _invalid(self, i):
        # report a bad placeholder by its 1-based line and column
        before = self.template[:i]
        row = col = 1
        if before:
            pieces = before.splitlines(keepends=True)
            row = len(pieces)
            col = i - (len(before) - len(pieces[-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (row, col))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = _lookup_source(mapping, kws)
        parts = []
        last = 0
        template = self.template
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                self._invalid(start)
            parts.append(template[last:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            else:
                parts.append(str(mapping[name]))
            last = end
        parts.append(template[last:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = _lookup_source(mapping, kws)
        parts = []
        last = 0
        template = self.template
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                continue   # the bare delimiter stays in the text
            parts.append(template[last:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            else:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(template[start:end])
            last = end
        parts.append(template[last:])
        return ''.join(parts)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


Template._custom = False


def _lookup_source(mapping, kws):
    # keyword arguments win over the positional mapping
    if mapping is _sentinel_dict:
        return kws
    return _ChainMap(kws, mapping) if kws else mapping


# ---- Formatter: str.format with overridable steps (PEP 3101) --------------------------------
# parse() and the field-name splitting use the pure-Python parsers at the end of this module.

_AUTO_MANUAL_MIX = ('cannot switch from manual field specification to automatic field '
                    'numbering')


Template.__init_subclass__()   # the base class gets its pattern too

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text = self._vformat(format_string, args, kwargs, seen, 2)[0]
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next implicit argument number, or False once an explicit
        # number has been seen; the updated value is returned with the text.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        next_auto = auto_arg_index
        for text, name, spec, conv in self.parse(format_string):
            if text:
                pieces.append(text)
            if name is None:
                continue
            if name == '':
                if next_auto is False:
                    raise ValueError(_AUTO_MANUAL_MIX)
                name = str(next_auto)
                next_auto += 1
            elif name.isdigit():
                if next_auto:
                    raise ValueError(_AUTO_MANUAL_MIX)
                next_auto = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conv)
            # the spec may itself hold replacement fields
            spec, next_auto = self._vformat(spec, args, kwargs, used_args,
                                            recursion_depth - 1, auto_arg_index=next_auto)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), next_auto

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        for code, convert in (('s', str), ('r', repr), ('a', ascii)):
            if conversion == code:
                return convert(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        # yields (literal_text, field_name, format_spec, conversion); field_name is None
        # for a trailing piece of plain text
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        # resolve e.g. "0.name" or "key[3]": returns the object and the argument key used
        key, steps = _formatter_field_name_split(field_name)
        obj = self.get_value(key, args, kwargs)
        for by_attr, part in steps:
            obj = getattr(obj, part) if by_attr else obj[part]
        return obj, key


# ---- the parsers of CPython's _string module (Objects/stringlib/unicode_format.h) -------------

def _formatter_parser(s):
    if not isinstance(s, str):
        raise TypeError(f"descriptor 'formatter_parser' for 'str' objects doesn't apply to a "
                        f"'{type(s).__name__}' object")
    return _parse_markup(s)


def _parse_markup(s):
    n = len(s)
    pos = 0
    while pos < n:
        # literal text up to a brace
        start = pos
        c = None
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                break
        else:
            c = None
        at_end = pos >= n
        length = pos - start
        if c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        markup = c is not None
        if not at_end and c is not None:
            if s[pos] == c:
                pos += 1        # escaped brace: part of the literal text
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield literal, None, None, None
            continue
        # the field: name up to '}', ':' or '!' ('[...]' may hold any of them)
        name_start = pos
        c = None
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
                c = None
                continue
            if c in '}:!':
                break
            c = None
        name = s[name_start:pos - 1] if c is not None else s[name_start:pos]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if pos >= n:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c = s[pos]
                    pos += 1
                    if c == '}':
                        yield literal, name, '', conversion
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            count = 1
            while pos < n:
                c = s[pos]
                pos += 1
                if c == '{':
                    count += 1
                elif c == '}':
                    count -= 1
                    if count == 0:
                        break
            else:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:pos - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield literal, name, spec, conversion


def _formatter_field_name_split(name):
    if not isinstance(name, str):
        raise TypeError(f"descriptor 'formatter_field_name_split' for 'str' objects doesn't "
                        f"apply to a '{type(name).__name__}' object")
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first and first.isdigit() and first.isascii():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            attr = name[start:i]
            if not attr:
                raise ValueError('Empty attribute in format string')
            yield True, attr
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
            if not key:
                raise ValueError('Empty attribute in format string')
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            if key.isdigit() and key.isascii():
                key = int(key)
            yield False, key
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
