"""Extract, format and print Python stack traces and exceptions."""

import collections.abc
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---- lists of entries -------------------------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or (filename, lineno, name, line) tuples."""
    if file is None:
        file = sys.stderr
    for text in StackSummary.from_list(extracted_list).format():
        print(text, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects or 4-tuples: one string per entry."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of the traceback tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of the traceback tb."""
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb),
                                                         limit=limit)


# ---- exceptions -------------------------------------------------------------------------------

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception with its traceback (and its chain) to file (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    TracebackException(type(value), value, tb, limit=limit, compact=True).print(file=file,
                                                                                chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The final lines of an exception report (type and message), as a list of strings."""
    if value is _sentinel:
        value = exc
    return list(TracebackException(type(value), value, None, compact=True)
                .format_exception_only())


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc would print."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type / sys.last_value / sys.last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# ---- stacks -----------------------------------------------------------------------------------

def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (default: the caller's frame)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (default: the caller's), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    if stack:  # works around a runtime crash of [].reverse()
        stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of the frames of a traceback (where supported)."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


class FrameSummary:
    """One entry of a stack: filename, lineno, name, line (and locals when captured)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_markers')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._markers = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno,
                                                              self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) following f_back from f (default: the caller's caller)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of the traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


# Code objects do not expose their instruction positions (co_positions) here, but the
# interpreter's own traceback printer (sys.__excepthook__) computes CPython's position
# markers. We let it print the traceback and read the marker line of every entry back.

def _runtime_marker_lines(tb):
    """For each entry of tb (in order): the runtime's marker line ('~~^^' line) or None."""
    entries = []
    t = tb
    while t is not None:
        entries.append(t)
        t = t.tb_next
    result = [None] * len(entries)
    hook = getattr(sys, '__excepthook__', None)
    if hook is None or not entries:
        return result
    try:
        import io
        buf = io.StringIO()
        saved_err = sys.stderr
        had_limit = hasattr(sys, 'tracebacklimit')
        saved_limit = getattr(sys, 'tracebacklimit', None)
        sys.stderr = buf
        try:
            if had_limit:
                del sys.tracebacklimit
            hook(Exception, Exception(), tb)
        finally:
            sys.stderr = saved_err
            if had_limit:
                sys.tracebacklimit = saved_limit
        lines = buf.getvalue().split('\n')
    except Exception:
        return result
    # Entry blocks: '  File ...' then '    source' then optionally '    markers'.
    blocks = []
    current = None
    for text in lines[1:]:
        if text.startswith('  File '):
            current = []
            blocks.append(current)
        elif text.startswith('    ') and current is not None:
            current.append(text)
        else:
            current = None
    # Map printed blocks to entries, skipping the ones the printer folded into
    # "[Previous line repeated N more times]".
    last = None
    count = 0
    k = 0
    for i, t in enumerate(entries):
        code = t.tb_frame.f_code
        key = (code.co_filename, t.tb_lineno, code.co_name)
        if key != last:
            last = key
            count = 0
        count += 1
        if count > _RECURSIVE_CUTOFF:
            # Folded away by the printer: the same line as the previous entry.
            result[i] = result[i - 1]
            continue
        if k >= len(blocks):
            break
        block = blocks[k]
        k += 1
        if len(block) >= 2:
            result[i] = block[1]
    return result


def _walk_tb_with_full_positions(tb):
    markers = _runtime_marker_lines(tb)
    i = 0
    while tb is not None:
        yield tb.tb_frame, (tb.tb_lineno, None, None, None), markers[i]
        i += 1
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3


def _byte_offset_to_character_offset(text, offset):
    return len(text.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Build a StackSummary from an iterable of (frame, lineno) pairs."""
        def extended():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None), None
        return klass._extract_from_extended_frame_gen(extended(), limit=limit,
                                                      lookup_lines=lookup_lines,
                                                      capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        items = []
        if limit is not None and limit >= 0:
            if limit:
                for item in frame_gen:
                    items.append(item)
                    if len(items) >= limit:
                        break
        else:
            items = list(frame_gen)
            if limit is not None:
                items = items[len(items) + limit:] if -limit < len(items) else items
        result = klass()
        names = set()
        for f, (lineno, end_lineno, colno, end_colno), markers in items:
            code = f.f_code
            filename = code.co_filename
            names.add(filename)
            try:
                linecache.lazycache(filename, f.f_globals)
            except Exception:
                pass
            fs = FrameSummary(filename, lineno, code.co_name, lookup_line=False,
                              locals=f.f_locals if capture_locals else None,
                              end_lineno=end_lineno, colno=colno, end_colno=end_colno)
            fs._markers = markers
            result.append(fs)
        for filename in names:
            linecache.checkcache(filename)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: the File line, the source line and its markers, locals."""
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename,
                                                       frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            stripped = line.strip()
            row.append('    {}\n'.format(stripped))
            original = frame_summary._original_line
            stripped_chars = len(original) - len(line.lstrip())
            markers = getattr(frame_summary, '_markers', None)
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                start = _byte_offset_to_character_offset(original, frame_summary.colno) + 1
                end = _byte_offset_to_character_offset(original, frame_summary.end_colno) + 1
                if frame_summary.lineno != frame_summary.end_lineno:
                    end = stripped_chars + len(stripped)
                if end - start < len(stripped):
                    row.append('    ' + ' ' * (start - stripped_chars) + '^' * (end - start) + '\n')
            elif markers:
                # The runtime's marker line is indented relative to the line without its
                # leading whitespace; CPython's traceback module positions it from the column.
                body = markers[4:]
                marks = body.lstrip(' ')
                col = len(original) - len(original.lstrip(' \t\f')) + len(body) - len(marks)
                row.append('    ' + ' ' * (col + 1 - stripped_chars) + marks.rstrip() + '\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {} = {}\n'.format(name, value))
        return ''.join(row)

    def format(self):
        """The formatted entries (one string each), with long runs of a repeated entry
        folded into a "[Previous line repeated N more times]" line."""
        result = []
        last = None
        count = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last or None in key:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield ''.join(prefix + piece for piece in text.splitlines(True))


class TracebackException:
    """An exception captured for formatting: its stack, type, message, and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        nested = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if nested:
            return
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth,
                       _seen=_seen)
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            cause = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, **options)
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            context = None
            if (e and e.__context__ is not None and need_context and
                    id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, **options)
            exceptions = None
            if (e and isinstance(e, BaseExceptionGroup) and
                    getattr(e, "exceptions", None) is not None):
                exceptions = [TracebackException(type(x), x, x.__traceback__, **options)
                              for x in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((cause, e.__cause__))
            if context:
                queue.append((context, e.__context__))
            if exceptions:
                queue.extend(zip(exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException for the exception exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for fs in self.stack:
            fs.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the lines naming the exception (SyntaxError's location block first)."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                note = _safe_string(note, 'note')
                for piece in note.split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}'.format(pad, '^' * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the full report: chain, tracebacks, exception lines."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    message, following = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    message, following = _context_message, exc.__context__
                else:
                    message, following = None, None
                output.append((message, exc))
                exc = following
        else:
            output.append((None, exc))
        for message, exc in reversed(output):
            if message is not None:
                yield from _ctx.emit(message)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        toplevel = _ctx.exception_group_depth == 0
        if toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        total = len(exc.exceptions)
        shown = total if total <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = total - self.max_group_width
                yield from _ctx.emit(
                    f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print self.format(chain=chain) to file (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for text in self.format(chain=chain):
            print(text, file=file, end="")
