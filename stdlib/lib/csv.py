"""CSV parsing and writing.

A pure-Python implementation of the csv module (including what CPython keeps in
its _csv extension module): reader, writer, dialects, DictReader, DictWriter
and a small Sniffer.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


Error.__module__ = '_csv'


# ---- dialect objects (the _csv.Dialect type) ----------------------------------------------------

_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')
_MISSING = object()


def _char(name, value, default, allow_none):
    if value is _MISSING:
        return default
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be string, not NoneType' % name)
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRS and key != 'dialect':
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is _Dialect and not kwargs:
                return dialect
        vals = {}
        for name in _ATTRS:
            if name in kwargs:
                vals[name] = kwargs[name]
            elif dialect is not None:
                vals[name] = getattr(dialect, name, _MISSING)
            else:
                vals[name] = _MISSING
        self = object.__new__(cls)
        set_ = object.__setattr__
        set_(self, '_delimiter', _char('delimiter', vals['delimiter'], ',', False))
        v = vals['doublequote']
        set_(self, '_doublequote', True if v is _MISSING else bool(v))
        set_(self, '_escapechar', _char('escapechar', vals['escapechar'], None, True))
        v = vals['lineterminator']
        if v is _MISSING:
            v = '\r\n'
        elif v is not None and not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, '_lineterminator', v)
        quotechar = vals['quotechar']
        set_(self, '_quotechar', _char('quotechar', quotechar, '"', True))
        quoting = vals['quoting']
        if quoting is _MISSING:
            q = QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        else:
            q = quoting
        v = vals['skipinitialspace']
        set_(self, '_skipinitialspace', False if v is _MISSING else bool(v))
        v = vals['strict']
        set_(self, '_strict', False if v is _MISSING else bool(v))
        if q not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting is _MISSING:
            q = QUOTE_NONE
        set_(self, '_quoting', q)
        if q != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def _make_dialect(args, kwargs):
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    if len(args) == 2:
        if 'dialect' in kwargs:
            raise TypeError("argument for function given by name ('dialect') and position (2)")
        return _Dialect(args[1], **kwargs)
    return _Dialect(**kwargs)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if len(args) + len(kwargs) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)"
                        % (len(args) + len(kwargs)))
    for key in kwargs:
        if key != 'new_limit':
            raise TypeError("'%s' is an invalid keyword argument for field_size_limit()" % key)
    new_limit = args[0] if args else kwargs.get('new_limit', _MISSING)
    old = _field_limit
    if new_limit is not _MISSING:
        if not isinstance(new_limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = new_limit
    return old


# ---- reader ---------------------------------------------------------------------------------------

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)
_EOL = None


class _Reader:
    def __init__(self, iterable, dialect):
        self._input = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _save(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d._delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
            else:
                self._add(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d._strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d._delimiter, d._quotechar))
            return
        if state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need "
                            "to open the file in universal-newline mode?")


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(*args, **kwargs):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    it = iter(args[0])
    return _Reader(it, _make_dialect(args, kwargs))


# ---- writer ---------------------------------------------------------------------------------------

def _is_number(x):
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')
            or isinstance(x, complex))


class _Writer:
    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect

    def _append(self, parts, nfields, field, quoted):
        d = self.dialect
        if nfields > 0:
            parts.append(d._delimiter)
        out = []
        if field:
            special = (d._delimiter, d._escapechar, d._quotechar)
            lt = d._lineterminator
            for c in field:
                if c in special or c in lt:
                    want_escape = False
                    if d._quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == d._quotechar:
                            if d._doublequote:
                                out.append(c)
                            else:
                                want_escape = True
                        elif c == d._escapechar:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if d._escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(d._escapechar)
                out.append(c)
        if quoted:
            parts.append(d._quotechar)
            parts.extend(out)
            parts.append(d._quotechar)
        else:
            parts.extend(out)

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        n = 0
        for field in it:
            q = d._quoting
            if q == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = q == QUOTE_ALL
            if field is None:
                text = None
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._append(parts, n, text, quoted)
            n += 1
        if n > 0 and not parts:
            if d._quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            self._append(parts, 0, None, True)
        parts.append(d._lineterminator)
        return self._write(''.join(parts))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(*args, **kwargs):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if not hasattr(args[0], 'write'):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(args[0], _make_dialect(args, kwargs))


# ---- the Python-level dialect classes -------------------------------------------------------------

class Dialect:
    """Base class for dialects given as classes (attributes as in reader())."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Comma-separated values as Excel writes them."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Tab-separated values as Excel writes them."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Fully quoted fields and \\n line endings."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# ---- dictionaries -------------------------------------------------------------------------------

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        nf = len(names)
        nr = len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        elif nf > nr:
            for key in names[nr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# ---- Sniffer ----------------------------------------------------------------------------------------

class Sniffer:
    """Guess the dialect of a CSV sample and whether it starts with a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delim, skip = self._by_quotes(sample, delimiters)
        if not delim:
            delim, skip = self._by_frequency(sample, delimiters)
        if not delim:
            raise Error("Could not determine delimiter")
        attrs = {'_name': 'sniffed', 'lineterminator': '\r\n', 'quoting': QUOTE_MINIMAL,
                 'doublequote': doublequote, 'delimiter': delim,
                 'quotechar': quotechar or '"', 'skipinitialspace': skip}
        return type('dialect', (Dialect,), attrs)

    # A quoted field tells both the quote character and (from its neighbours) the delimiter.
    _QUOTE_PATTERNS = (
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    )

    def _by_quotes(self, data, delimiters):
        import re
        found = None
        for pattern in self._QUOTE_PATTERNS:
            rx = re.compile(pattern, re.DOTALL | re.MULTILINE)
            found = [m.groupdict() for m in rx.finditer(data)]
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quote_counts = {}
        delim_counts = {}
        spaced = 0
        for g in found:
            q = g.get('quote')
            if q:
                quote_counts[q] = quote_counts.get(q, 0) + 1
            if 'delim' not in g:
                continue
            d = g['delim']
            if d and (delimiters is None or d in delimiters):
                delim_counts[d] = delim_counts.get(d, 0) + 1
            if 'space' in g and g['space']:
                spaced += 1
        quotechar = max(quote_counts, key=quote_counts.get)
        if delim_counts:
            delim = max(delim_counts, key=delim_counts.get)
            skip = delim_counts[delim] == spaced
            if delim == '\n':
                delim = ''
        else:
            delim, skip = '', 0
        d = re.escape(delim)
        dq = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
                        % (d, quotechar, d, quotechar, d, quotechar, d), re.MULTILINE)
        return (quotechar, bool(dq.search(data)), delim, skip)

    def _by_frequency(self, data, delimiters):
        # Look for a character that occurs equally often on (nearly) every line, examining the
        # sample in chunks of ten lines.
        lines = [ln for ln in data.split('\n') if ln]
        chunk = min(10, len(lines))
        histograms = {}
        modes = {}
        found = {}
        pos = 0
        rounds = 0
        while pos < len(lines):
            rounds += 1
            for line in lines[pos:pos + chunk]:
                for code in range(127):
                    ch = chr(code)
                    h = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    h[n] = h.get(n, 0) + 1
            for ch, h in histograms.items():
                entries = list(h.items())
                if len(entries) == 1 and entries[0][0] == 0:
                    continue
                if len(entries) > 1:
                    best = max(entries, key=lambda e: e[1])
                    rest = sum(e[1] for e in entries) - best[1]
                    modes[ch] = (best[0], best[1] - rest)
                else:
                    modes[ch] = entries[0]
            total = float(min(chunk * rounds, len(lines)))
            level = 1.0
            while not found and level >= 0.9:
                for ch, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and lines_with / total >= level \
                            and (delimiters is None or ch in delimiters):
                        found[ch] = (count, lines_with)
                level -= 0.01
            if len(found) == 1:
                ch = next(iter(found))
                return (ch, lines[0].count(ch) == lines[0].count(ch + ' '))
            pos += chunk
        if not found:
            return ('', 0)
        if len(found) > 1:
            for ch in self.preferred:
                if ch in found:
                    return (ch, lines[0].count(ch) == lines[0].count(ch + ' '))
        ch = max((v, k) for k, v in found.items())[1]
        return (ch, lines[0].count(ch) == lines[0].count(ch + ' '))

    def has_header(self, sample):
        # Columns whose values all share a type (numeric, or one fixed length) vote for a header
        # when the first row's entry differs from that type.
        rows = reader(sample.splitlines(True), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        kinds = dict.fromkeys(range(ncols))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != ncols:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
