"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


# Functions which aren't available as string methods.

# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
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
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # r'[a-z]' matches to non-ASCII letters when used with IGNORECASE, but
    # without the ASCII flag.  We can't add re.ASCII to flags because of
    # backward compatibility.  So we use the ?a local flag and [a-z] pattern.
    # See https://bugs.python.org/issue31672
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        # Templates with the default identifier syntax are scanned by hand (_scan); the others
        # need the regular expression CPython builds here.
        cls._custom = ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                       or cls.braceidpattern is not None or cls.flags != _IGNORECASE)
        if cls._custom:
            if _re is None:
                raise ImportError('string.Template subclasses with custom patterns need re')
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = _re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = fr"""
                {delim}(?:
                  (?P<escaped>{delim})  |   # Escape sequence of two delimiters
                  (?P<named>{id})       |   # delimiter and a Python identifier
                  {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
                  (?P<invalid>)             # Other ill-formed delimiter exprs
                )
                """
            cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    # Search for $$, $identifier, ${identifier}, and any bare $'s

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
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
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
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
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


########################################################################
# the Formatter class
# see PEP 3101 for details and purpose of this class

# The hard parts are reused from the C implementation.  They're exposed as "_"
# prefixed methods of str.

# The overall parser is implemented in _string.formatter_parser.
# The field name parser is implemented in _string.formatter_field_name_split

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)

    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first


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
