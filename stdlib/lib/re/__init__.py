"""Regular expressions: pattern matching on str and bytes.

In slotpy the pattern is parsed and compiled into a small program by this module,
and the native _sre module runs that program with a backtracking matcher.
"""

import _sre

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L',
           'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

__version__ = "2.2.1"

MAXREPEAT = _sre.MAXREPEAT
MAXGROUPS = _sre.MAXGROUPS


# ---- flags -------------------------------------------------------------------------------------

_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))
_KNOWN_FLAGS = 511


class RegexFlag(int):
    """The re flag values (IGNORECASE, MULTILINE, ...), combinable with |."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _names(self):
        v = int(self)
        return [n for n, b in _FLAG_ORDER if v & b], v & ~_KNOWN_FLAGS

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        names, rest = self._names()
        if not names:
            return 're.RegexFlag(%d)' % v
        parts = ['re.' + n for n in names]
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return int.__format__(int(self), spec)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names, rest = self._names()
        if not names or rest:
            return None
        return '|'.join(names)

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _KNOWN_FLAGS)

    def __reduce__(self):
        return RegexFlag, (int(self),)


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
for _n, _b in _FLAG_ORDER:
    setattr(RegexFlag, _n, globals()[_n])
RegexFlag.NOFLAG = NOFLAG
del _n, _b

_F_TEMPLATE, _F_I, _F_L, _F_M, _F_S, _F_U, _F_X, _F_DEBUG, _F_A = 1, 2, 4, 8, 16, 32, 64, 128, 256


# ---- errors ------------------------------------------------------------------------------------

class error(Exception):
    """Raised when a pattern cannot be compiled.

    Besides the message it records msg (without the position), pattern, pos (index of
    the problem in pattern, or None) and lineno/colno derived from pos (or None).
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# ---- the parser --------------------------------------------------------------------------------

_DIGITS = frozenset('0123456789')
_OCTDIGITS = frozenset('01234567')
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_WHITESPACE = frozenset(' \t\n\r\v\f')
_SPECIAL = '.\\[{()*+?^$|'
_REPEAT_CHARS = '*+?{'
_FLAG_CHARS = {'i': _F_I, 'L': _F_L, 'm': _F_M, 's': _F_S, 'x': _F_X, 'a': _F_A, 't': _F_TEMPLATE,
               'u': _F_U}
_TYPE_FLAGS = _F_A | _F_L | _F_U
_GLOBAL_FLAGS = _F_DEBUG | _F_TEMPLATE
_ESCAPES = {'\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92}
_CATEGORIES = {'\\d': 'd', '\\D': 'D', '\\s': 's', '\\S': 'S', '\\w': 'w', '\\W': 'W'}
_AT_ESCAPES = {'\\A': 'A', '\\Z': 'Z', '\\b': 'b', '\\B': 'B'}


class _Source:
    __slots__ = ('orig', 'text', 'istext', 'index', 'next')

    def __init__(self, pattern):
        self.orig = pattern
        self.istext = isinstance(pattern, str)
        self.text = pattern if self.istext else str(pattern, 'latin-1')
        self.index = 0
        self._advance()

    def _advance(self):
        i = self.index
        t = self.text
        if i >= len(t):
            self.next = None
            return
        c = t[i]
        if c == '\\':
            i += 1
            if i >= len(t):
                raise error('bad escape (end of pattern)', self.orig, len(self.orig) - 1)
            c += t[i]
        self.index = i + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self._advance()
            return True
        return False

    def get(self):
        c = self.next
        self._advance()
        return c

    def getwhile(self, n, chars):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in chars:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error('missing ' + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.orig, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, len(name) + offset)


class _State:
    __slots__ = ('flags', 'groupdict', 'groupwidths', 'lookbehindgroups', 'grouprefpos')

    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name):
        gid = len(self.groupwidths)
        self.groupwidths.append(None)
        if gid + 1 > MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error('redefinition of group name %r as group %d; was group %d'
                            % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def checkgroup(self, gid):
        return gid < len(self.groupwidths) and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')


def _width(seq, state):
    lo = hi = 0
    for node in seq:
        k = node[0]
        if k in ('lit', 'nlit', 'any', 'in'):
            lo += 1
            hi += 1
        elif k == 'branch':
            i, j = MAXREPEAT - 1, 0
            for alt in node[1]:
                l, h = _width(alt, state)
                i = min(i, l)
                j = max(j, h)
            lo += i
            hi += j
        elif k == 'sub':
            i, j = _width(node[4], state)
            lo += i
            hi += j
        elif k == 'atomic':
            i, j = _width(node[1], state)
            lo += i
            hi += j
        elif k == 'rep':
            i, j = _width(node[4], state)
            lo += i * node[1]
            hi += j * node[2]
        elif k == 'ref':
            i, j = state.groupwidths[node[1]]
            lo += i
            hi += j
        elif k == 'refx':
            i, j = _width(node[2], state)
            if node[3] is not None:
                l, h = _width(node[3], state)
                i = min(i, l)
                j = max(j, h)
            else:
                i = 0
            lo += i
            hi += j
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _named_char(source, escape):
    if not source.match('{'):
        raise source.error('missing {')
    name = source.getuntil('}', 'character name')
    c = None
    if all(ch.isalnum() or ch in ' -' for ch in name) and name.isascii():
        try:
            c = ord(eval('"\\N{' + name + '}"'))
        except Exception:
            c = None
    if c is None:
        raise source.error('undefined character name %r' % name, len(name) + len(r'\N{}'))
    return c


def _hex_escape(source, escape, c):
    n = {'x': 2, 'u': 4, 'U': 8}[c]
    escape += source.getwhile(n, _HEXDIGITS)
    if len(escape) != n + 2:
        raise source.error('incomplete escape %s' % escape, len(escape))
    v = int(escape[2:], 16)
    if v > 0x10FFFF:
        raise source.error('bad escape %s' % escape, len(escape))
    return v


def _class_escape(source, escape):
    code = _ESCAPES.get(escape)
    if code is not None:
        return ('lit', code)
    cat = _CATEGORIES.get(escape)
    if cat is not None:
        return ('cat', cat)
    c = escape[1:2]
    if c == 'x' or (c in ('u', 'U') and source.istext):
        return ('lit', _hex_escape(source, escape, c))
    if c == 'N' and source.istext:
        return ('lit', _named_char(source, escape))
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        v = int(escape[1:], 8)
        if v > 0o377:
            raise source.error('octal escape value %s outside of range 0-0o377' % escape,
                               len(escape))
        return ('lit', v)
    if c in _DIGITS or (len(escape) == 2 and c in _LETTERS):
        raise source.error('bad escape %s' % escape, len(escape))
    return ('lit', ord(escape[1]))


def _escape(source, escape, state):
    cat = _CATEGORIES.get(escape)
    if cat is not None:
        return ('in', False, [('cat', cat)])
    at = _AT_ESCAPES.get(escape)
    if at is not None:
        return ('at', at)
    code = _ESCAPES.get(escape)
    if code is not None:
        return ('lit', code)
    c = escape[1:2]
    if c == 'x' or (c in ('u', 'U') and source.istext):
        return ('lit', _hex_escape(source, escape, c))
    if c == 'N' and source.istext:
        return ('lit', _named_char(source, escape))
    if c == '0':
        escape += source.getwhile(2, _OCTDIGITS)
        return ('lit', int(escape[1:], 8))
    if c in _DIGITS:
        if source.next in _DIGITS:
            escape += source.get()
            if escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and source.next in _OCTDIGITS:
                escape += source.get()
                v = int(escape[1:], 8)
                if v > 0o377:
                    raise source.error('octal escape value %s outside of range 0-0o377' % escape,
                                       len(escape))
                return ('lit', v)
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error('cannot refer to an open group', len(escape))
            state.checklookbehindgroup(group, source)
            return ('ref', group)
        raise source.error('invalid group reference %d' % group, len(escape) - 1)
    if len(escape) == 2 and c in _LETTERS:
        raise source.error('bad escape %s' % escape, len(escape))
    return ('lit', ord(escape[1]))


def _parse_sub(source, state, verbose, nested):
    items = []
    while True:
        items.append(_parse(source, state, verbose, nested + 1, not nested and not items))
        if not source.match('|'):
            break
        if not nested:
            verbose = state.flags & _F_X
    if len(items) == 1:
        return items[0]
    return [('branch', items)]


def _parse_flags(source, state, char):
    add = 0
    dele = 0
    if char != '-':
        while True:
            flag = _FLAG_CHARS[char]
            if source.istext:
                if char == 'L':
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == 'u':
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= flag
            if (flag & _TYPE_FLAGS) and (add & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error('missing -, : or )')
            if char in ')-:':
                break
            if char not in _FLAG_CHARS:
                msg = 'unknown flag' if char.isalpha() else 'missing -, : or )'
                raise source.error(msg, len(char))
    if char == ')':
        state.flags |= add
        return None
    if add & _GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn on global flag', 1)
    if char == '-':
        char = source.get()
        if char is None:
            raise source.error('missing flag')
        if char not in _FLAG_CHARS:
            msg = 'unknown flag' if char.isalpha() else 'missing flag'
            raise source.error(msg, len(char))
        while True:
            flag = _FLAG_CHARS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            dele |= flag
            char = source.get()
            if char is None:
                raise source.error('missing :')
            if char == ':':
                break
            if char not in _FLAG_CHARS:
                msg = 'unknown flag' if char.isalpha() else 'missing :'
                raise source.error(msg, len(char))
    if dele & _GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn off global flag', 1)
    if add & dele:
        raise source.error('bad inline flags: flag turned on and off', 1)
    return add, dele


def _parse_set(source):
    here = source.tell() - 1
    items = []
    negate = source.match('^')
    while True:
        this = source.get()
        if this is None:
            raise source.error('unterminated character set', source.tell() - here)
        if this == ']' and items:
            break
        if this[0] == '\\':
            code1 = _class_escape(source, this)
        else:
            code1 = ('lit', ord(this))
        if source.match('-'):
            that = source.get()
            if that is None:
                raise source.error('unterminated character set', source.tell() - here)
            if that == ']':
                items.append(code1)
                items.append(('lit', 45))
                break
            if that[0] == '\\':
                code2 = _class_escape(source, that)
            else:
                code2 = ('lit', ord(that))
            if code1[0] != 'lit' or code2[0] != 'lit' or code2[1] < code1[1]:
                raise source.error('bad character range %s-%s' % (this, that),
                                   len(this) + 1 + len(that))
            items.append(('range', code1[1], code2[1]))
        else:
            items.append(code1)
    items = list(dict.fromkeys(items))
    if len(items) == 1 and items[0][0] == 'lit':
        return ('nlit' if negate else 'lit', items[0][1])
    return ('in', negate, items)


def _parse(source, state, verbose, nested, first=False):
    seq = []
    append = seq.append
    while True:
        this = source.next
        if this is None or this in '|)':
            break
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = source.get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            append(_escape(source, this, state))
        elif this not in _SPECIAL:
            append(('lit', ord(this)))
        elif this == '[':
            append(_parse_set(source))
        elif this in _REPEAT_CHARS:
            here = source.tell()
            if this == '?':
                lo, hi = 0, 1
            elif this == '*':
                lo, hi = 0, MAXREPEAT
            elif this == '+':
                lo, hi = 1, MAXREPEAT
            else:
                if source.next == '}':
                    append(('lit', ord(this)))
                    continue
                lo, hi = 0, MAXREPEAT
                los = his = ''
                while source.next in _DIGITS:
                    los += source.get()
                if source.match(','):
                    while source.next in _DIGITS:
                        his += source.get()
                else:
                    his = los
                if not source.match('}'):
                    append(('lit', ord(this)))
                    source.seek(here)
                    continue
                if los:
                    lo = int(los)
                    if lo >= MAXREPEAT:
                        raise OverflowError('the repetition number is too large')
                if his:
                    hi = int(his)
                    if hi >= MAXREPEAT:
                        raise OverflowError('the repetition number is too large')
                    if hi < lo:
                        raise source.error('min repeat greater than max repeat',
                                           source.tell() - here)
            item = seq[-1] if seq else None
            if item is None or item[0] == 'at':
                raise source.error('nothing to repeat', source.tell() - here + len(this))
            if item[0] == 'rep':
                raise source.error('multiple repeat', source.tell() - here + len(this))
            if item[0] == 'sub' and item[1] is None and not item[2] and not item[3]:
                body = item[4]
            else:
                body = [item]
            if source.match('?'):
                kind = 1
            elif source.match('+'):
                kind = 2
            else:
                kind = 0
            seq[-1] = ('rep', lo, hi, kind, body)
        elif this == '.':
            append(('any',))
        elif this == '(':
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add = dele = 0
            if source.match('?'):
                char = source.get()
                if char is None:
                    raise source.error('unexpected end of pattern')
                if char == 'P':
                    if source.match('<'):
                        name = source.getuntil('>', 'group name')
                        source.checkgroupname(name, 1)
                    elif source.match('='):
                        name = source.getuntil(')', 'group name')
                        source.checkgroupname(name, 1)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            raise source.error('unknown group name %r' % name, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error('cannot refer to an open group', len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        append(('ref', gid))
                        continue
                    else:
                        char = source.get()
                        if char is None:
                            raise source.error('unexpected end of pattern')
                        raise source.error('unknown extension ?P' + char, len(char) + 2)
                elif char == ':':
                    capture = False
                elif char == '#':
                    while True:
                        if source.next is None:
                            raise source.error('missing ), unterminated comment',
                                               source.tell() - start)
                        if source.get() == ')':
                            break
                    continue
                elif char in '=!<':
                    direction = 1
                    lookbehindgroups = None
                    if char == '<':
                        char = source.get()
                        if char is None:
                            raise source.error('unexpected end of pattern')
                        if char not in '=!':
                            raise source.error('unknown extension ?<' + char, len(char) + 2)
                        direction = -1
                        lookbehindgroups = state.lookbehindgroups
                        if lookbehindgroups is None:
                            state.lookbehindgroups = state.groups
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if direction < 0 and lookbehindgroups is None:
                        state.lookbehindgroups = None
                    if not source.match(')'):
                        raise source.error('missing ), unterminated subpattern',
                                           source.tell() - start)
                    append(('assert', direction, char == '!', p))
                    continue
                elif char == '(':
                    condname = source.getuntil(')', 'group name')
                    if condname.isidentifier():
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            raise source.error('unknown group name %r' % condname,
                                               len(condname) + 1)
                    else:
                        try:
                            condgroup = int(condname)
                            if condgroup < 0:
                                raise ValueError
                        except ValueError:
                            raise source.error('bad character in group name %r' % condname,
                                               len(condname) + 1) from None
                        if not condgroup:
                            raise source.error('bad group number', len(condname) + 1)
                        if condgroup >= MAXGROUPS:
                            raise source.error('invalid group reference %d' % condgroup,
                                               len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
                    state.checklookbehindgroup(condgroup, source)
                    yes = _parse(source, state, verbose, nested + 1)
                    if source.match('|'):
                        no = _parse(source, state, verbose, nested + 1)
                        if source.next == '|':
                            raise source.error('conditional backref with more than two branches')
                    else:
                        no = None
                    if not source.match(')'):
                        raise source.error('missing ), unterminated subpattern',
                                           source.tell() - start)
                    append(('refx', condgroup, yes, no))
                    continue
                elif char == '>':
                    capture = False
                    atomic = True
                elif char in _FLAG_CHARS or char == '-':
                    flags = _parse_flags(source, state, char)
                    if flags is None:
                        if not first or seq:
                            raise source.error('global flags not at the start of the expression',
                                               source.tell() - start)
                        verbose = state.flags & _F_X
                        continue
                    add, dele = flags
                    capture = False
                else:
                    raise source.error('unknown extension ?' + char, len(char) + 1)
            if capture:
                try:
                    gid = state.opengroup(name)
                except error as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                gid = None
            sub_verbose = (verbose or (add & _F_X)) and not (dele & _F_X)
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source.match(')'):
                raise source.error('missing ), unterminated subpattern', source.tell() - start)
            if gid is not None:
                state.groupwidths[gid] = _width(p, state)
            if atomic:
                append(('atomic', p))
            else:
                append(('sub', gid, add, dele, p))
        elif this == '^':
            append(('at', '^'))
        elif this == '$':
            append(('at', '$'))
    # unpack plain non-capturing groups
    out = []
    for node in seq:
        if node[0] == 'sub' and node[1] is None and not node[2] and not node[3]:
            out.extend(node[4])
        else:
            out.append(node)
    return out


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & _F_L:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & _F_A:
            flags |= _F_U
        elif flags & _F_U:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & _F_U:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & _F_L and flags & _F_A:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def _parse_pattern(pattern, flags):
    source = _Source(pattern)
    state = _State(flags)
    seq = _parse_sub(source, state, flags & _F_X, 0)
    state.flags = _fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error('unbalanced parenthesis')
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error('invalid group reference %d' % g, pattern, state.grouprefpos[g])
    return seq, state


# ---- the code generator ------------------------------------------------------------------------

(_OP_FAIL, _OP_SUCCESS, _OP_CHAR, _OP_NOT_CHAR, _OP_CHAR_IGN, _OP_NOT_CHAR_IGN, _OP_CHAR_IGN_A,
 _OP_NOT_CHAR_IGN_A, _OP_ANY, _OP_ANY_ALL, _OP_SET, _OP_AT, _OP_MARK, _OP_JUMP, _OP_SPLIT,
 _OP_GROUPREF, _OP_GROUPREF_EXISTS, _OP_REPEAT_ONE, _OP_REPEAT_INIT, _OP_REPEAT_LOOP, _OP_ASSERT,
 _OP_ASSERT_END, _OP_ATOMIC, _OP_ATOMIC_END) = range(24)

_CAT_BITS = {'d': 0, 'D': 1, 'w': 2, 'W': 3, 's': 4, 'S': 5}
_INFINITE = MAXREPEAT


class _Gen:
    __slots__ = ('code', 'sets', 'nrepeats', 'isbytes', 'state')

    def __init__(self, isbytes, state):
        self.code = []
        self.sets = []
        self.nrepeats = 0
        self.isbytes = isbytes
        self.state = state

    def ascii(self, flags):
        return self.isbytes or flags & (_F_A | _F_L)

    def cased(self, c, flags):
        if self.ascii(flags):
            return 65 <= c <= 90 or 97 <= c <= 122
        ch = chr(c)
        return ch.lower() != ch or ch.upper() != ch

    def single(self, node, flags):
        """The code of a one-character item, or None."""
        k = node[0]
        if k == 'lit' or k == 'nlit':
            c = node[1]
            if flags & _F_I and self.cased(c, flags):
                if self.ascii(flags):
                    op = _OP_CHAR_IGN_A if k == 'lit' else _OP_NOT_CHAR_IGN_A
                else:
                    op = _OP_CHAR_IGN if k == 'lit' else _OP_NOT_CHAR_IGN
            else:
                op = _OP_CHAR if k == 'lit' else _OP_NOT_CHAR
            return [op, c]
        if k == 'any':
            return [_OP_ANY_ALL if flags & _F_S else _OP_ANY]
        if k == 'in':
            ascii = self.ascii(flags)
            ignore = 0
            if flags & _F_I:
                ignore = 2 if ascii else 1
            cats = 0
            ranges = []
            for item in node[2]:
                if item[0] == 'lit':
                    ranges.append(item[1])
                    ranges.append(item[1])
                elif item[0] == 'range':
                    ranges.append(item[1])
                    ranges.append(item[2])
                else:
                    cats |= 1 << (_CAT_BITS[item[1]] + (0 if ascii else 6))
            self.sets.append([1 if node[1] else 0, ignore, cats] + ranges)
            return [_OP_SET, len(self.sets) - 1]
        return None

    def gen(self, seq, flags):
        code = self.code
        for node in seq:
            k = node[0]
            item = self.single(node, flags)
            if item is not None:
                code.extend(item)
            elif k == 'at':
                a = node[1]
                if a == '^':
                    v = 1 if flags & _F_M else 0
                elif a == '$':
                    v = 4 if flags & _F_M else 3
                elif a == 'A':
                    v = 2
                elif a == 'Z':
                    v = 5
                else:
                    v = (6 if self.ascii(flags) else 8) + (a == 'B')
                code.extend((_OP_AT, v))
            elif k == 'sub':
                gid = node[1]
                f = (flags | node[2]) & ~node[3]
                if gid is not None:
                    code.extend((_OP_MARK, 2 * gid))
                self.gen(node[4], f)
                if gid is not None:
                    code.extend((_OP_MARK, 2 * gid + 1))
            elif k == 'branch':
                alts = node[1]
                jumps = []
                for i, alt in enumerate(alts):
                    last = i == len(alts) - 1
                    if not last:
                        split = len(code)
                        code.extend((_OP_SPLIT, 0))
                    self.gen(alt, flags)
                    if not last:
                        jumps.append(len(code))
                        code.extend((_OP_JUMP, 0))
                        code[split + 1] = len(code)
                for j in jumps:
                    code[j + 1] = len(code)
            elif k == 'rep':
                lo, hi, kind, body = node[1], node[2], node[3], node[4]
                item = None
                f = flags
                b = body
                while len(b) == 1 and b[0][0] == 'sub' and b[0][1] is None:
                    f = (f | b[0][2]) & ~b[0][3]
                    b = b[0][4]
                if len(b) == 1:
                    item = self.single(b[0], f)
                if item is not None:
                    code.extend((_OP_REPEAT_ONE, kind, lo, hi))
                    code.extend(item)
                    continue
                if kind == 2:
                    code.append(_OP_ATOMIC)
                r = self.nrepeats
                self.nrepeats += 1
                code.extend((_OP_REPEAT_INIT, r))
                loop = len(code)
                code.extend((_OP_REPEAT_LOOP, r, lo, hi, 1 if kind == 1 else 0, 0))
                self.gen(body, flags)
                code.extend((_OP_JUMP, loop))
                code[loop + 5] = len(code)
                if kind == 2:
                    code.append(_OP_ATOMIC_END)
            elif k == 'ref':
                mode = 0
                if flags & _F_I:
                    mode = 2 if self.ascii(flags) else 1
                code.extend((_OP_GROUPREF, node[1], mode))
            elif k == 'refx':
                at = len(code)
                code.extend((_OP_GROUPREF_EXISTS, node[1], 0))
                self.gen(node[2], flags)
                if node[3] is not None:
                    j = len(code)
                    code.extend((_OP_JUMP, 0))
                    code[at + 2] = len(code)
                    self.gen(node[3], flags)
                    code[j + 1] = len(code)
                else:
                    code[at + 2] = len(code)
            elif k == 'assert':
                direction, negative, body = node[1], node[2], node[3]
                width = 0
                if direction < 0:
                    lo, hi = _width(body, self.state)
                    if lo > 0xFFFFFFFF:
                        raise error('looks too much behind')
                    if lo != hi:
                        raise error('look-behind requires fixed-width pattern')
                    width = lo
                at = len(code)
                code.extend((_OP_ASSERT, (1 if negative else 0) | (2 if direction < 0 else 0),
                             width, 0))
                self.gen(body, flags)
                code.append(_OP_ASSERT_END)
                code[at + 3] = len(code)
            elif k == 'atomic':
                code.append(_OP_ATOMIC)
                self.gen(node[1], flags)
                code.append(_OP_ATOMIC_END)
            else:
                raise AssertionError('unknown node %r' % (k,))


def _compile_pattern(pattern, flags):
    seq, state = _parse_pattern(pattern, flags)
    isbytes = not isinstance(pattern, str)
    g = _Gen(isbytes, state)
    g.gen(seq, state.flags)
    g.code.append(_OP_SUCCESS)
    code = _sre.compile(g.code, g.sets, state.groups - 1, g.nrepeats, isbytes)
    p = object.__new__(Pattern)
    p._init(pattern, state.flags, code, state.groups - 1, state.groupdict)
    return p


# ---- templates (sub / expand) ------------------------------------------------------------------

def _parse_template(pattern, repl):
    """[literal or group index, ...] for a replacement string."""
    s = _Source(repl)
    items = []
    literal = []
    groupindex = pattern.groupindex

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error('invalid group reference %d' % index, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == '\\':
            c = this[1]
            if c == 'g':
                if not s.match('<'):
                    raise s.error('missing <')
                name = s.getuntil('>', 'group name')
                if name.isidentifier():
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError('unknown group name %r' % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error('bad character in group name %r' % name,
                                      len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error('invalid group reference %d' % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == '0':
                if s.next in _OCTDIGITS:
                    this += s.get()
                    if s.next in _OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if s.next in _DIGITS:
                    this += s.get()
                    if c in _OCTDIGITS and this[2] in _OCTDIGITS and s.next in _OCTDIGITS:
                        this += s.get()
                        isoctal = True
                        v = int(this[1:], 8)
                        if v > 0o377:
                            raise s.error('octal escape value %s outside of range 0-0o377'
                                          % this, len(this))
                        literal.append(chr(v))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                v = _ESCAPES.get(this)
                if v is not None:
                    literal.append(chr(v))
                else:
                    if c in _LETTERS:
                        raise s.error('bad escape %s' % this, len(this))
                    literal.append(this)
        else:
            literal.append(this)
    if literal:
        items.append(''.join(literal))
    if not isinstance(repl, str):
        items = [x if isinstance(x, int) else x.encode('latin-1') for x in items]
    return items


_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    t = _template_cache.get(key)
    if t is None:
        items = _parse_template(pattern, repl)
        if len(items) == 1 and not isinstance(items[0], int):
            t = items[0]
        elif not items:
            t = repl[:0]
        else:
            t = items
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        _template_cache[key] = t
    return t


# ---- Pattern and Match -------------------------------------------------------------------------

_MAXSIZE = 9223372036854775807


def _check_subject(string):
    if not isinstance(string, (str, bytes, bytearray)):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


class Pattern:
    """A compiled regular expression, as returned by re.compile()."""

    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_code', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _init(self, pattern, flags, code, groups, groupdict):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = dict(groupdict)
        self._code = code

    @property
    def groupindex(self):
        """Read-only mapping from group names to group numbers."""
        if not self._groupindex:
            return {}
        return _mappingproxy(self._groupindex)

    def _run(self, string, pos, endpos, mode):
        m = self._code.match(string, pos, endpos, mode, False)
        if m is None:
            return None
        return _make_match(self, string, pos, endpos, m)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Match at position pos of string only; a Match object or None."""
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Match all of string[pos:endpos]; a Match object or None."""
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match found anywhere in string[pos:endpos], or None."""
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """All non-overlapping matches in string, as strings or tuples of groups."""
        return self._code.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator yielding a Match object for each non-overlapping match."""
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """The pieces of string between the matches (plus captured groups)."""
        return self._code.split(string, maxsplit)

    def sub(self, repl, string, count=0):
        """string with the first count (0: all) matches replaced by repl."""
        return _subx(self, repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Like sub(), but returns (new_string, number_of_replacements)."""
        return _subx(self, repl, string, count)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and (flags & (_F_L | _F_U | _F_A)) == _F_U:
            flags &= ~_F_U
        text = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
                          ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
                          ('ASCII', 256)):
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self is other or (self.flags == other.flags and
                                  type(self.pattern) is type(other.pattern) and
                                  self.pattern == other.pattern))

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class SRE_Scanner:
    __slots__ = ('pattern', '_string', '_pos', '_endpos', '_must_advance')

    def __init__(self, pattern, string, pos, endpos):
        _check_subject(string)
        self.pattern = pattern
        self._string = string
        n = len(string)
        pos = min(max(pos, 0), n)
        endpos = min(max(endpos, 0), n)
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False

    def _next(self, mode):
        if self._pos is None:
            return None
        m = self.pattern._code.match(self._string, self._pos, self._endpos, mode,
                                     self._must_advance)
        if m is None:
            self._pos = None
            return None
        match = _make_match(self.pattern, self._string, self._pos, self._endpos, m)
        self._must_advance = m[2] == m[1]
        self._pos = m[2]
        return match

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


SRE_Scanner.__module__ = '_sre'


def _slice(string, a, b):
    if isinstance(string, str):
        return string[a:b]
    return bytes(string[a:b])


def _subx(pattern, repl, string, count):
    if callable(repl):
        _check_subject(string)
        code = pattern._code
        parts = []
        pos = last = n = 0
        must_advance = False
        end = len(string)
        while count == 0 or n < count:
            m = code.match(string, pos, end, 2, must_advance)
            if m is None:
                break
            b, e = m[1], m[2]
            if b > last:
                parts.append(_slice(string, last, b))
            r = repl(_make_match(pattern, string, 0, end, m))
            if r is not None:
                parts.append(r)
            n += 1
            last = e
            must_advance = e == b
            pos = e
        if n == 0:
            return _slice(string, 0, end), 0
        parts.append(_slice(string, last, end))
        return _slice(string, 0, 0).join(parts), n
    if isinstance(repl, (str, bytes)) and (('\\' if isinstance(repl, str) else b'\\') not in repl):
        tmpl = repl
    else:
        tmpl = _compile_template(pattern, repl)
    return pattern._code.sub(tmpl, string, count)


def _group_index(match, g):
    if isinstance(g, int):
        i = g
    else:
        i = match.re.groupindex.get(g, -1) if isinstance(g, (str, bytes)) else -1
        try:
            i = i.__index__()
        except Exception:
            pass
    if isinstance(i, int) and 0 <= i <= match.re.groups:
        return i
    raise IndexError('no such group')


class Match:
    """Details of one successful match (always true in a boolean context)."""

    __slots__ = ('_m', 'string', 're', 'pos', 'endpos')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _span(self, i):
        m = self._m
        return m[2 * i + 1], m[2 * i + 2]

    def _get(self, i, default=None):
        m = self._m
        a = m[2 * i + 1]
        b = m[2 * i + 2]
        if a < 0 or b < 0:
            return default
        s = self.string
        if type(s) is not str and type(s) is not bytes:
            return _slice(s, a, b)
        return s[a:b]

    def group(self, *args):
        """The text of one or more groups, by number or name (0: the whole match)."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(_group_index(self, args[0]))
        return tuple(self._get(_group_index(self, g)) for g in args)

    def __getitem__(self, g):
        return self._get(_group_index(self, g))

    def groups(self, default=None):
        """A tuple with the text of groups 1, 2, ...; default fills unmatched ones."""
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """A dict of the named groups and their text; default fills unmatched ones."""
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        """Index in the string where group begins (-1 if it did not take part)."""
        return self._span(_group_index(self, group))[0]

    def end(self, group=0):
        """Index in the string where group ends (-1 if it did not take part)."""
        return self._span(_group_index(self, group))[1]

    def span(self, group=0):
        """(start(group), end(group))."""
        return self._span(_group_index(self, group))

    @property
    def regs(self):
        return tuple(self._span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        """Number of the last group that closed, or None."""
        li = self._m[0]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        """Name of the last group that closed, or None."""
        li = self._m[0]
        if li < 0:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        """Fill in the template with this match, as sub() would."""
        t = _compile_template(self.re, template)
        if not isinstance(t, list):
            return t
        empty = _slice(self.string, 0, 0)
        parts = []
        for x in t:
            if isinstance(x, int):
                v = self._get(x)
                if v is not None:
                    parts.append(v)
            else:
                parts.append(x)
        return empty.join(parts)

    def __repr__(self):
        m = self._m
        return '<re.Match object; span=(%d, %d), match=%s>' % (m[1], m[2],
                                                               repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


def _make_match(pattern, string, pos, endpos, m):
    match = object.__new__(Match)
    match._m = m
    match.string = string
    match.re = pattern
    n = len(string)
    match.pos = min(max(pos, 0), n)
    match.endpos = min(max(endpos, 0), n)
    return match


Pattern.__module__ = 're'
Match.__module__ = 're'
_mappingproxy = type(type.__dict__)
_GenericAlias = type(list[int])


# ---- module functions --------------------------------------------------------------------------

def match(pattern, string, flags=0):
    """Match pattern at the beginning of string: a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match pattern against the whole of string: a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first place in string where pattern matches, as a Match object; None if nowhere."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with each non-overlapping match of pattern replaced by repl.

    repl is a template string (with backslash group references) or a function taking the
    Match and returning the replacement; count limits the number of replacements.
    """
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but returns (new_string, number_of_replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between matches of pattern (plus the groups, if any)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match in string, as strings (or tuples of groups)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects for each non-overlapping match in string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Turn a pattern string into a reusable Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Forget all cached compiled patterns."""
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    """Deprecated: compile pattern with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented "
                  "function without an obvious purpose. Use re.compile() instead.",
                  DeprecationWarning, stacklevel=2)
    return _compile(pattern, flags | T)


# every metacharacter (and whitespace) maps to itself behind a backslash
_ESCAPE_TABLE = dict.fromkeys(b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f')
for _c in _ESCAPE_TABLE:
    _ESCAPE_TABLE[_c] = '\\' + chr(_c)
del _c


def escape(pattern):
    """pattern with every regex metacharacter preceded by a backslash."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPE_TABLE)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_ESCAPE_TABLE).encode('latin1')


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    p = _compile_pattern(pattern, flags)
    if not (flags & _F_DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        alts = []
        for phrase, action in lexicon:
            alts.append('(%s)' % phrase)
        self.scanner = _compile('|'.join(alts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
