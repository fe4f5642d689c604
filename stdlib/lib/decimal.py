"""Decimal fixed-point and floating-point arithmetic.

An implementation of the General Decimal Arithmetic Specification for slotpy,
behaving like CPython's C-accelerated decimal module (libmpdec).
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

_ROUNDING_MSG = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")
_SIGNALS_MSG = ("valid values for signals are:\n"
                "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                "   Clamped]")

# ---------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

# status bits (same layout as libmpdec)
_CLAMPED = 1
_CONV = 2
_DIVZERO = 4
_DIVIMP = 8
_DIVUNDEF = 16
_FPU = 32
_INEXACT = 64
_INVCTX = 128
_INVOP = 256
_MALLOC = 512
_FLOATOP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = _CONV | _DIVIMP | _DIVUNDEF | _FPU | _INVCTX | _INVOP | _MALLOC

_SIGNAL_MAP = (
    (InvalidOperation, _IEEE_INVALID),
    (FloatOperation, _FLOATOP),
    (DivisionByZero, _DIVZERO),
    (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL),
    (Inexact, _INEXACT),
    (Rounded, _ROUNDED),
    (Clamped, _CLAMPED),
)
_COND_MAP = (
    (InvalidOperation, _INVOP),
    (ConversionSyntax, _CONV),
    (DivisionImpossible, _DIVIMP),
    (DivisionUndefined, _DIVUNDEF),
    (InvalidContext, _INVCTX),
)
_SIGBITS = {cls: bits for cls, bits in _SIGNAL_MAP}
_BIT_NAMES = ('Clamped', 'InvalidOperation', 'DivisionByZero', 'InvalidOperation',
              'InvalidOperation', 'InvalidOperation', 'Inexact', 'InvalidOperation',
              'InvalidOperation', 'InvalidOperation', 'FloatOperation', 'Overflow',
              'Rounded', 'Subnormal', 'Underflow')


def _raise_trapped(t):
    exc = None
    for cls, bits in _SIGNAL_MAP:
        if t & bits:
            exc = cls
            break
    lst = [cls for cls, bits in _COND_MAP if t & bits]
    for cls, bits in _SIGNAL_MAP[1:]:
        if t & bits:
            lst.append(cls)
    raise exc(lst)


def _bits_repr(bits):
    out = []
    inv = False
    for i in range(15):
        if bits & (1 << i):
            if (1 << i) & _IEEE_INVALID:
                if inv:
                    continue
                inv = True
            out.append(_BIT_NAMES[i])
    return '[' + ', '.join(out) + ']'

# ---------------------------------------------------------------------------
# Integer helpers

_P10 = [10 ** i for i in range(80)]
_BIGC = 10 ** 60


def _pow10(n):
    if n < 80:
        return _P10[n]
    return 10 ** n


def _nd(c):
    """Number of decimal digits of the non-negative int c (1 for 0)."""
    if c < _BIGC:
        return len(str(c))
    n = (c.bit_length() * 1233) >> 12
    p = 10 ** n
    while c >= p:
        p *= 10
        n += 1
    while n > 1 and c < p // 10:
        p //= 10
        n -= 1
    return n


def _rnd(c, k, sign, mode):
    """Drop k (>0) low digits of c using rounding mode. Returns (q, inexact)."""
    if k > 40 and _nd(c) < k:
        # every digit lies below the rounding digit: less than half an ulp
        if c == 0:
            return 0, False
        if (mode == ROUND_UP or mode == ROUND_05UP or (mode == ROUND_CEILING and not sign)
                or (mode == ROUND_FLOOR and sign)):
            return 1, True
        return 0, True
    p = _pow10(k)
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if mode is ROUND_HALF_EVEN or mode == ROUND_HALF_EVEN:
        h = p >> 1
        if r > h or (r == h and q & 1):
            q += 1
    elif mode == ROUND_DOWN:
        pass
    elif mode == ROUND_HALF_UP:
        if r >= p >> 1:
            q += 1
    elif mode == ROUND_UP:
        q += 1
    elif mode == ROUND_HALF_DOWN:
        if r > p >> 1:
            q += 1
    elif mode == ROUND_CEILING:
        if not sign:
            q += 1
    elif mode == ROUND_FLOOR:
        if sign:
            q += 1
    else:  # ROUND_05UP
        if q % 5 == 0:
            q += 1
    return q, True


def _overflow_raw(sign, p, rnd, emax):
    st = _OVERFLOW | _INEXACT | _ROUNDED
    if (rnd == ROUND_HALF_EVEN or rnd == ROUND_HALF_UP or rnd == ROUND_HALF_DOWN
            or rnd == ROUND_UP or (rnd == ROUND_CEILING and not sign)
            or (rnd == ROUND_FLOOR and sign)):
        return None, 0, st
    return _pow10(p) - 1, emax - p + 1, st


def _fix_raw(sign, c, e, p, rnd, emin, emax, clamp):
    """Fit (sign, c, e) into the context parameters.
    Returns (coeff, exp, status); coeff None means Infinity."""
    if not c:
        etiny = emin - p + 1
        if e < etiny:
            return 0, etiny, _CLAMPED
        top = emax - p + 1 if clamp else emax
        if e > top:
            return 0, top, _CLAMPED
        return 0, e, 0
    n = _nd(c)
    adj = e + n - 1
    st = 0
    if adj > emax:
        return _overflow_raw(sign, p, rnd, emax)
    if adj < emin:
        etiny = emin - p + 1
        st = _SUBNORMAL
        if e < etiny:
            c, inex = _rnd(c, etiny - e, sign, rnd)
            e = etiny
            st |= _ROUNDED
            if inex:
                st |= _INEXACT | _UNDERFLOW
                if not c:
                    st |= _CLAMPED
    elif n > p:
        c, inex = _rnd(c, n - p, sign, rnd)
        e += n - p
        st = _ROUNDED | _INEXACT if inex else _ROUNDED
        if c == _pow10(p):
            c = _pow10(p - 1)
            e += 1
            if e + p - 1 > emax:
                c, e, st2 = _overflow_raw(sign, p, rnd, emax)
                return c, e, st | st2
    if clamp:
        top = emax - p + 1
        if e > top:
            c *= _pow10(e - top)
            e = top
            st |= _CLAMPED
    return c, e, st


def _new_dec(sign, c, e, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    d._special = special
    return d


def _fix(sign, c, e, ctx, st=0, rnd=None):
    """Round a finite result to the context and signal the status."""
    p = ctx._prec
    if c:
        n = len(str(c)) if c < _BIGC else _nd(c)
        if n <= p:
            adj = e + n - 1
            if ctx._Emin <= adj <= ctx._Emax and (not ctx._clamp or e <= ctx._Emax - p + 1):
                d = object.__new__(Decimal)
                d._sign = sign
                d._int = c
                d._exp = e
                d._special = False
                if st:
                    ctx._signal(st)
                return d
    c, e, st2 = _fix_raw(sign, c, e, p, rnd or ctx._rounding, ctx._Emin, ctx._Emax, ctx._clamp)
    st |= st2
    if c is None:
        d = _new_dec(sign, 0, 'F', True)
    else:
        d = object.__new__(Decimal)
        d._sign = sign
        d._int = c
        d._exp = e
        d._special = False
    if st:
        ctx._signal(st)
    return d

# ---------------------------------------------------------------------------
# Context

class _SignalDict(object):
    """Mapping view of a context's flags or traps."""
    __slots__ = ('_ctx', '_traps')

    def __init__(self, ctx, traps):
        self._ctx = ctx
        self._traps = traps

    def _bits(self):
        return self._ctx._traps if self._traps else self._ctx._flags

    def _setbits(self, v):
        if self._traps:
            self._ctx._traps = v
        else:
            self._ctx._flags = v

    def __getitem__(self, key):
        b = _SIGBITS.get(key) if isinstance(key, type) else None
        if b is None:
            raise KeyError(_SIGNALS_MSG)
        return bool(self._bits() & b)

    def __setitem__(self, key, value):
        b = _SIGBITS.get(key) if isinstance(key, type) else None
        if b is None:
            raise KeyError(_SIGNALS_MSG)
        if value:
            self._setbits(self._bits() | b)
        else:
            self._setbits(self._bits() & ~b)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([cls for cls, b in _SIGNAL_MAP])

    def __len__(self):
        return 9

    def __contains__(self, key):
        return key in _SIGBITS

    def keys(self):
        return [cls for cls, b in _SIGNAL_MAP]

    def values(self):
        bits = self._bits()
        return [bool(bits & b) for cls, b in _SIGNAL_MAP]

    def items(self):
        bits = self._bits()
        return [(cls, bool(bits & b)) for cls, b in _SIGNAL_MAP]

    def get(self, key, default=None):
        if key in _SIGBITS:
            return self[key]
        return default

    def copy(self):
        return dict(self.items())

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.items() == other.items()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __repr__(self):
        bits = self._bits()
        return '{' + ', '.join('%r:%s' % (cls, bool(bits & b)) for cls, b in _SIGNAL_MAP) + '}'


def _signals_to_bits(value):
    if isinstance(value, _SignalDict):
        return value._bits()
    if isinstance(value, dict):
        if len(value) != 9:
            raise KeyError('invalid signal dict')
        bits = 0
        for cls, b in _SIGNAL_MAP:
            if cls not in value:
                raise KeyError('invalid signal dict')
            if value[cls]:
                bits |= b
        return bits
    if isinstance(value, (list, tuple)):
        bits = 0
        for cls in value:
            b = _SIGBITS.get(cls) if isinstance(cls, type) else None
            if b is None:
                raise KeyError(_SIGNALS_MSG)
            bits |= b
        return bits
    raise TypeError('argument must be a signal dict')


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    return int(v)


class Context(object):
    """Contains the context for a Decimal instance."""

    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp',
                 '_flags', '_traps', '_flagsd', '_trapsd', '__weakref__')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = _default_template
        if dc is None:
            self._prec = 28
            self._rounding = ROUND_HALF_EVEN
            self._Emin = -999999
            self._Emax = 999999
            self._capitals = 1
            self._clamp = 0
            self._traps = _IEEE_INVALID | _DIVZERO | _OVERFLOW
        else:
            self._prec = dc._prec
            self._rounding = dc._rounding
            self._Emin = dc._Emin
            self._Emax = dc._Emax
            self._capitals = dc._capitals
            self._clamp = dc._clamp
            self._traps = dc._traps
        self._flags = 0
        self._flagsd = _SignalDict(self, False)
        self._trapsd = _SignalDict(self, True)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _signals_to_bits(traps)
        if flags is not None:
            self._flags = _signals_to_bits(flags)

    # -- attributes
    def _get_prec(self):
        return self._prec

    def _set_prec(self, v):
        v = _check_int(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = v
    prec = property(_get_prec, _set_prec)

    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, v):
        if not isinstance(v, str) or v not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        for r in _ROUNDINGS:
            if r == v:
                v = r
        self._rounding = v
    rounding = property(_get_rounding, _set_rounding)

    def _get_Emin(self):
        return self._Emin

    def _set_Emin(self, v):
        v = _check_int(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = v
    Emin = property(_get_Emin, _set_Emin)

    def _get_Emax(self):
        return self._Emax

    def _set_Emax(self, v):
        v = _check_int(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = v
    Emax = property(_get_Emax, _set_Emax)

    def _get_capitals(self):
        return self._capitals

    def _set_capitals(self, v):
        v = _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = v
    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._clamp

    def _set_clamp(self, v):
        v = _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = v
    clamp = property(_get_clamp, _set_clamp)

    def _get_flags(self):
        return self._flagsd

    def _set_flags(self, v):
        if not isinstance(v, (dict, _SignalDict)):
            raise TypeError('argument must be a signal dict')
        self._flags = _signals_to_bits(v)
    flags = property(_get_flags, _set_flags)

    def _get_traps(self):
        return self._trapsd

    def _set_traps(self, v):
        if not isinstance(v, (dict, _SignalDict)):
            raise TypeError('argument must be a signal dict')
        self._traps = _signals_to_bits(v)
    traps = property(_get_traps, _set_traps)

    # -- status
    def _signal(self, st):
        self._flags |= st
        t = st & self._traps
        if t:
            _raise_trapped(t)

    def _apply(self, a):
        return _fix_dec(_cvt_ctx(a), self)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = object.__new__(type(self))
        c._prec = self._prec
        c._rounding = self._rounding
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        c._flagsd = _SignalDict(c, False)
        c._trapsd = _SignalDict(c, True)
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def _halfeven(self):
        c = self.copy()
        c._rounding = ROUND_HALF_EVEN
        c._traps = 0
        c._flags = 0
        return c

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (self._prec, self._rounding, self._Emin, self._Emax,
                                         self._capitals, self._clamp,
                                         _bits_repr(self._flags), _bits_repr(self._traps)))

    def __reduce__(self):
        flags = [cls for cls, b in _SIGNAL_MAP if self._flags & b]
        traps = [cls for cls, b in _SIGNAL_MAP if self._traps & b]
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp, flags, traps))

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            d = _from_str(num, self, True)
        elif isinstance(num, float):
            self._signal(_FLOATOP)
            d = _from_float(num)
        else:
            d = Decimal(num)
        if d._special:
            if d._exp != 'F' and _nd(d._int) > self._prec - self._clamp:
                self._signal(_CONV)
                return _new_dec(d._sign, 0, 'n', True)
            return d
        return _fix(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._special:
            return d
        return _fix(d._sign, d._int, d._exp, self)

    # -- arithmetic as context methods
    def abs(self, a):
        return _cvt_ctx(a).__abs__(context=self)

    def add(self, a, b):
        return _add(_cvt_ctx(a), _cvt_ctx(b), self, 0)

    def subtract(self, a, b):
        return _add(_cvt_ctx(a), _cvt_ctx(b), self, 1)

    def multiply(self, a, b):
        return _mul(_cvt_ctx(a), _cvt_ctx(b), self)

    def divide(self, a, b):
        return _div(_cvt_ctx(a), _cvt_ctx(b), self)

    def divide_int(self, a, b):
        return _divmod(_cvt_ctx(a), _cvt_ctx(b), self, 1)

    def remainder(self, a, b):
        return _divmod(_cvt_ctx(a), _cvt_ctx(b), self, 2)

    def divmod(self, a, b):
        return _divmod(_cvt_ctx(a), _cvt_ctx(b), self, 3)

    def remainder_near(self, a, b):
        return _cvt_ctx(a).remainder_near(_cvt_ctx(b), context=self)

    def power(self, a, b, modulo=None):
        a = _cvt_ctx(a)
        b = _cvt_ctx(b)
        if modulo is not None:
            return _powmod(a, b, _cvt_ctx(modulo), self)
        return _pow(a, b, self)

    def plus(self, a):
        return _cvt_ctx(a).__pos__(context=self)

    def minus(self, a):
        return _cvt_ctx(a).__neg__(context=self)

    def fma(self, a, b, c):
        return _cvt_ctx(a).fma(b, c, context=self)

    def sqrt(self, a):
        return _cvt_ctx(a).sqrt(context=self)

    def exp(self, a):
        return _cvt_ctx(a).exp(context=self)

    def ln(self, a):
        return _cvt_ctx(a).ln(context=self)

    def log10(self, a):
        return _cvt_ctx(a).log10(context=self)

    def logb(self, a):
        return _cvt_ctx(a).logb(context=self)

    def quantize(self, a, b):
        return _cvt_ctx(a).quantize(_cvt_ctx(b), context=self)

    def normalize(self, a):
        return _cvt_ctx(a).normalize(context=self)

    def compare(self, a, b):
        return _cvt_ctx(a).compare(_cvt_ctx(b), context=self)

    def compare_signal(self, a, b):
        return _cvt_ctx(a).compare_signal(_cvt_ctx(b), context=self)

    def compare_total(self, a, b):
        return _cvt_ctx(a).compare_total(_cvt_ctx(b))

    def compare_total_mag(self, a, b):
        return _cvt_ctx(a).compare_total_mag(_cvt_ctx(b))

    def max(self, a, b):
        return _cvt_ctx(a).max(_cvt_ctx(b), context=self)

    def min(self, a, b):
        return _cvt_ctx(a).min(_cvt_ctx(b), context=self)

    def max_mag(self, a, b):
        return _cvt_ctx(a).max_mag(_cvt_ctx(b), context=self)

    def min_mag(self, a, b):
        return _cvt_ctx(a).min_mag(_cvt_ctx(b), context=self)

    def next_plus(self, a):
        return _cvt_ctx(a).next_plus(context=self)

    def next_minus(self, a):
        return _cvt_ctx(a).next_minus(context=self)

    def next_toward(self, a, b):
        return _cvt_ctx(a).next_toward(_cvt_ctx(b), context=self)

    def scaleb(self, a, b):
        return _cvt_ctx(a).scaleb(_cvt_ctx(b), context=self)

    def shift(self, a, b):
        return _cvt_ctx(a).shift(_cvt_ctx(b), context=self)

    def rotate(self, a, b):
        return _cvt_ctx(a).rotate(_cvt_ctx(b), context=self)

    def same_quantum(self, a, b):
        return _cvt_ctx(a).same_quantum(_cvt_ctx(b))

    def to_integral_value(self, a):
        return _cvt_ctx(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _cvt_ctx(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _cvt_ctx(a).__str__(context=self)

    def to_eng_string(self, a):
        return _cvt_ctx(a).to_eng_string(context=self)

    def number_class(self, a):
        return _cvt_ctx(a).number_class(context=self)

    def logical_and(self, a, b):
        return _cvt_ctx(a).logical_and(_cvt_ctx(b), context=self)

    def logical_or(self, a, b):
        return _cvt_ctx(a).logical_or(_cvt_ctx(b), context=self)

    def logical_xor(self, a, b):
        return _cvt_ctx(a).logical_xor(_cvt_ctx(b), context=self)

    def logical_invert(self, a):
        return _cvt_ctx(a).logical_invert(context=self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_abs(self, a):
        return _cvt_ctx(a).copy_abs()

    def copy_negate(self, a):
        return _cvt_ctx(a).copy_negate()

    def copy_sign(self, a, b):
        return _cvt_ctx(a).copy_sign(_cvt_ctx(b))

    def copy_decimal(self, a):
        return _cvt_ctx(a)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _cvt_ctx(a).is_finite()

    def is_infinite(self, a):
        return _cvt_ctx(a).is_infinite()

    def is_nan(self, a):
        return _cvt_ctx(a).is_nan()

    def is_qnan(self, a):
        return _cvt_ctx(a).is_qnan()

    def is_snan(self, a):
        return _cvt_ctx(a).is_snan()

    def is_signed(self, a):
        return _cvt_ctx(a).is_signed()

    def is_zero(self, a):
        return _cvt_ctx(a).is_zero()

    def is_normal(self, a):
        return _cvt_ctx(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _cvt_ctx(a).is_subnormal(context=self)


_default_template = None
_cur_ctx = None


def getcontext():
    """Return the current context."""
    global _cur_ctx
    if _cur_ctx is None:
        _cur_ctx = DefaultContext.copy()
        _cur_ctx._flags = 0
    return _cur_ctx


def setcontext(context):
    """Set the current context."""
    global _cur_ctx
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _cur_ctx = context


_LOCALCTX_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager that sets a copy of ctx as the current context."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCALCTX_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if k == 'flags':
            new._flags = _signals_to_bits(v)
        elif k == 'traps':
            new._traps = _signals_to_bits(v)
        else:
            setattr(new, k, v)
    return _ContextManager(new)

# ---------------------------------------------------------------------------
# Conversions

def _from_int(v):
    d = object.__new__(Decimal)
    if v < 0:
        d._sign = 1
        d._int = -v
    else:
        d._sign = 0
        d._int = int(v)
    d._exp = 0
    d._special = False
    return d


def _from_float(f):
    if f != f:
        return _new_dec(1 if _math.copysign(1.0, f) < 0 else 0, 0, 'n', True)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_F, _NINF_F):
        return _new_dec(sign, 0, 'F', True)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new_dec(sign, n * 5 ** k, -k)


_INF_F = float('inf')
_NINF_F = float('-inf')


def _cvt_ctx(v):
    """Operand conversion for context methods and Decimal methods."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)


def _cvt_op(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    return None


_OP_NOTSUP = (float, complex, type(None))


_SEQ_TYPES = (str, bytes, bytearray, list, tuple)


def _binop_fail(a, b, sym):
    if sym == '*' and isinstance(a, Decimal) and isinstance(b, _SEQ_TYPES):
        raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
    if (isinstance(a, _OP_NOTSUP) or isinstance(b, _OP_NOTSUP)
            or (sym != '*' and (isinstance(a, str) or isinstance(b, str)))
            or (isinstance(a, _numbers.Rational) and not isinstance(a, int))
            or (isinstance(b, _numbers.Rational) and not isinstance(b, int))):
        an = 'decimal.Decimal' if isinstance(a, Decimal) else type(a).__name__
        bn = 'decimal.Decimal' if isinstance(b, Decimal) else type(b).__name__
        raise TypeError('unsupported operand type(s) for %s: %r and %r' % (sym, an, bn))
    return NotImplemented


def _fix_dec(d, ctx):
    if d._special:
        return d
    return _fix(d._sign, d._int, d._exp, ctx)


def _strip_str(s):
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isascii():
                out.append(ch)
            elif ch.isdecimal():
                out.append(str(int(ch)))
            elif ch.isspace():
                return None
            else:
                return None
        s = ''.join(out)
    return s


def _parse(s):
    """Parse a numeric string. Returns (sign, coeff, exp, special) or None."""
    if not s:
        return None
    sign = 0
    c0 = s[0]
    if c0 == '-':
        sign = 1
        s = s[1:]
    elif c0 == '+':
        s = s[1:]
    if not s:
        return None
    if s.isdigit():
        return sign, int(s), 0, False
    low = s.lower()
    if low[0].isalpha():
        if low == 'inf' or low == 'infinity':
            return sign, 0, 'F', True
        if low.startswith('nan'):
            rest = low[3:]
            kind = 'n'
        elif low.startswith('snan'):
            rest = low[4:]
            kind = 'N'
        else:
            return None
        if rest:
            if not rest.isdigit():
                return None
            return sign, int(rest), kind, True
        return sign, 0, kind, True
    epos = low.find('e')
    exp = 0
    if epos >= 0:
        es = low[epos + 1:]
        low = low[:epos]
        if not es:
            return None
        if es[0] in '+-':
            if len(es) == 1 or not es[1:].isdigit():
                return None
        elif not es.isdigit():
            return None
        exp = int(es)
    dot = low.find('.')
    if dot >= 0:
        ip = low[:dot]
        fp = low[dot + 1:]
        if not ip and not fp:
            return None
        if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
            return None
        return sign, int(ip + fp), exp - len(fp), False
    if not low or not low.isdigit():
        return None
    return sign, int(low), exp, False


def _from_str(s, ctx, check_payload):
    t = _strip_str(s)
    r = _parse(t) if t is not None else None
    if r is None:
        if ctx is None:
            ctx = getcontext()
        ctx._signal(_CONV)
        return _new_dec(0, 0, 'n', True)
    sign, c, e, special = r
    if special and e != 'F' and c and check_payload:
        if ctx is None:
            ctx = getcontext()
        if _nd(c) > ctx._prec - ctx._clamp:
            ctx._signal(_CONV)
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    d._special = special
    return d


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

# ---------------------------------------------------------------------------
# Decimal

class Decimal(object):
    """Construct a new Decimal object."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, str):
            r = _from_str(value, context, False)
        elif isinstance(value, int):
            r = _from_int(value)
        elif isinstance(value, Decimal):
            if cls is Decimal:
                return value
            r = value
        elif isinstance(value, float):
            if context is None:
                context = getcontext()
            context._signal(_FLOATOP)
            r = _from_float(value)
        elif isinstance(value, (tuple, list)):
            r = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        if cls is Decimal:
            return r
        d = object.__new__(cls)
        d._sign = r._sign
        d._int = r._int
        d._exp = r._exp
        d._special = r._special
        return d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            r = _from_int(f)
        elif isinstance(f, float):
            r = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return r
        return cls(r)

    # -- basic properties
    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _nd(self._int) - 1

    def as_tuple(self):
        if self._special:
            if self._exp == 'F':
                return DecimalTuple(self._sign, (0,), 'F')
            digits = tuple(map(int, str(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        c, e = self._int, self._exp
        if e >= 0:
            n, d = c * _pow10(e), 1
        else:
            d = _pow10(-e)
            g = _math.gcd(c, d)
            n, d = c // g, d // g
        return (-n if self._sign else n), d

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        if context is None:
            context = _cur_ctx or getcontext()
        return _to_str(self, eng, context._capitals)

    def to_eng_string(self, context=None):
        if context is None:
            context = _cur_ctx or getcontext()
        return _to_str(self, True, context._capitals)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- predicates
    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._special

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() >= context._Emin

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context._Emin

    def number_class(self, context=None):
        if self._special:
            if self._exp == 'N':
                return 'sNaN'
            if self._exp == 'n':
                return 'NaN'
            return '-Infinity' if self._sign else '+Infinity'
        s = '-' if self._sign else '+'
        if not self._int:
            return s + 'Zero'
        if context is None:
            context = getcontext()
        if self.adjusted() < context._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new_dec(0, 0, 0)

    def conjugate(self):
        return self

    def __bool__(self):
        return self._special or self._int != 0

    # -- conversions
    def __float__(self):
        if self._special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return -_math.nan if self._sign else _math.nan
            return _NINF_F if self._sign else _INF_F
        if not self._int:
            return -0.0 if self._sign else 0.0
        return float(_to_str(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __int__(self):
        if self._special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        c, e = self._int, self._exp
        if e >= 0:
            v = c * _pow10(e)
        else:
            v = c // _pow10(-e)
        return -v if self._sign else v

    __trunc__ = __int__

    def _to_int_rounded(self, rnd):
        if self._special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        c, e = self._int, self._exp
        if e >= 0:
            v = c * _pow10(e)
        else:
            v, _ = _rnd(c, -e, self._sign, rnd)
        return -v if self._sign else v

    def __floor__(self):
        return self._to_int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_rounded(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int_rounded(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new_dec(0, 1, -n), rounding=ROUND_HALF_EVEN)

    def __hash__(self):
        if self._special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        M = 2305843009213693951
        e = self._exp
        if e >= 0:
            h = self._int * pow(10, e, M) % M
        else:
            h = self._int * pow(_INV10, -e, M) % M
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons
    def _cmp_prep(self, other, ordering):
        """Returns (a, b) Decimal pair, or a fraction triple, or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = _cur_ctx or getcontext()
            if ordering:
                ctx._signal(_FLOATOP)
            else:
                ctx._flags |= _FLOATOP
            return _from_float(other)
        if isinstance(other, _numbers.Rational):
            return (other.numerator, other.denominator)
        if isinstance(other, complex) and not ordering and other.imag == 0:
            return self._cmp_prep(other.real, ordering)
        return None

    def _richcmp(self, other, op):
        ordering = op > 1
        b = self._cmp_prep(other, ordering)
        if b is None:
            if ordering and isinstance(other, (str, complex, type(None), list, tuple, dict, bytes)):
                raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and %r"
                                % (('', '', '<', '<=', '>', '>=')[op], type(other).__name__))
            return NotImplemented
        a = self
        if isinstance(b, tuple):
            if a._special and a._exp != 'F':
                bnan = False
            else:
                r = _cmp_frac(a, b[0], b[1])
                return _CMP_RESULT[op](r)
        else:
            bnan = b._special and b._exp != 'F'
        if (a._special and a._exp != 'F') or bnan:
            snan = a._exp == 'N' or (not isinstance(b, tuple) and b._exp == 'N')
            if snan or ordering:
                (_cur_ctx or getcontext())._signal(_INVOP)
            return op == 1
        return _CMP_RESULT[op](_cmp(a, b))

    def __eq__(self, other):
        return self._richcmp(other, 0)

    def __ne__(self, other):
        return self._richcmp(other, 1)

    def __lt__(self, other):
        return self._richcmp(other, 2)

    def __le__(self, other):
        return self._richcmp(other, 3)

    def __gt__(self, other):
        return self._richcmp(other, 4)

    def __ge__(self, other):
        return self._richcmp(other, 5)

    def compare(self, other, context=None):
        other = _cvt_ctx(other)
        ctx = context or _cur_ctx or getcontext()
        if self._special or other._special:
            n = _nan_result(self, other, ctx)
            if n is not None:
                return n
        return _from_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        other = _cvt_ctx(other)
        ctx = context or _cur_ctx or getcontext()
        if self.is_nan() or other.is_nan():
            st = _INVOP
            x = self if self._exp == 'N' else other if other._exp == 'N' else self if self._exp == 'n' else other
            ctx._signal(st)
            return _nan_payload(x, ctx)
        return _from_int(_cmp(self, other))

    def _total_key(self):
        # ordering class
        if self._special:
            if self._exp == 'n':
                k = 5
            elif self._exp == 'N':
                k = 4
            else:
                k = 3
            return k, self._int, 0
        return None

    def compare_total(self, other, context=None):
        other = _cvt_ctx(other)
        return _from_int(_cmp_total(self, other))

    def compare_total_mag(self, other, context=None):
        other = _cvt_ctx(other)
        return _from_int(_cmp_total(self.copy_abs(), other.copy_abs()))

    def same_quantum(self, other, context=None):
        other = _cvt_ctx(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    # -- sign manipulation
    def copy_abs(self):
        return _new_dec(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new_dec(self._sign ^ 1, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _cvt_ctx(other)
        return _new_dec(other._sign, self._int, self._exp, self._special)

    # -- unary arithmetic
    def __neg__(self, context=None):
        ctx = context or _cur_ctx or getcontext()
        if self._special:
            n = _nan_result(self, None, ctx)
            if n is not None:
                return n
            return _new_dec(self._sign ^ 1, 0, 'F', True)
        if not self._int:
            sign = (self._sign ^ 1) if ctx._rounding == ROUND_FLOOR else 0
        else:
            sign = self._sign ^ 1
        return _fix(sign, self._int, self._exp, ctx)

    def __pos__(self, context=None):
        ctx = context or _cur_ctx or getcontext()
        if self._special:
            n = _nan_result(self, None, ctx)
            if n is not None:
                return n
            return _new_dec(self._sign, 0, 'F', True)
        if not self._int:
            sign = self._sign if ctx._rounding == ROUND_FLOOR else 0
        else:
            sign = self._sign
        return _fix(sign, self._int, self._exp, ctx)

    def __abs__(self, round=True, context=None):
        ctx = context or _cur_ctx or getcontext()
        if self._special:
            n = _nan_result(self, None, ctx)
            if n is not None:
                return n
            return _new_dec(0, 0, 'F', True)
        return _fix(0, self._int, self._exp, ctx)

    # -- binary arithmetic
    def __add__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(self, other, '+')
        return _add(self, b, context or _cur_ctx or getcontext(), 0)

    def __radd__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(other, self, '+')
        return _add(b, self, context or _cur_ctx or getcontext(), 0)

    def __sub__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(self, other, '-')
        return _add(self, b, context or _cur_ctx or getcontext(), 1)

    def __rsub__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(other, self, '-')
        return _add(b, self, context or _cur_ctx or getcontext(), 1)

    def __mul__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(self, other, '*')
        return _mul(self, b, context or _cur_ctx or getcontext())

    def __rmul__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(other, self, '*')
        return _mul(b, self, context or _cur_ctx or getcontext())

    def __truediv__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(self, other, '/')
        return _div(self, b, context or _cur_ctx or getcontext())

    def __rtruediv__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(other, self, '/')
        return _div(b, self, context or _cur_ctx or getcontext())

    def __floordiv__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(self, other, '//')
        return _divmod(self, b, context or _cur_ctx or getcontext(), 1)

    def __rfloordiv__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(other, self, '//')
        return _divmod(b, self, context or _cur_ctx or getcontext(), 1)

    def __mod__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(self, other, '%')
        return _divmod(self, b, context or _cur_ctx or getcontext(), 2)

    def __rmod__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(other, self, '%')
        return _divmod(b, self, context or _cur_ctx or getcontext(), 2)

    def __divmod__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(self, other, 'divmod()')
        return _divmod(self, b, context or _cur_ctx or getcontext(), 3)

    def __rdivmod__(self, other, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(other, self, 'divmod()')
        return _divmod(b, self, context or _cur_ctx or getcontext(), 3)

    def __pow__(self, other, modulo=None, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(self, other, '** or pow()')
        ctx = context or _cur_ctx or getcontext()
        if modulo is not None:
            m = _cvt_op(modulo)
            if m is None:
                return NotImplemented
            return _powmod(self, b, m, ctx)
        return _pow(self, b, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        b = _cvt_op(other)
        if b is None:
            return _binop_fail(other, self, '** or pow()')
        return _pow(b, self, context or _cur_ctx or getcontext())

    def remainder_near(self, other, context=None):
        other = _cvt_ctx(other)
        ctx = context or _cur_ctx or getcontext()
        return _remainder_near(self, other, ctx)

    def fma(self, other, third, context=None):
        other = _cvt_ctx(other)
        third = _cvt_ctx(third)
        ctx = context or _cur_ctx or getcontext()
        a = self
        if a._special or other._special:
            if a._exp == 'N' or other._exp == 'N' or third._exp == 'N':
                x = a if a._exp == 'N' else other if other._exp == 'N' else third
                ctx._signal(_INVOP)
                return _nan_payload(x, ctx)
            if a._exp == 'n' or other._exp == 'n':
                return _nan_payload(a if a._exp == 'n' else other, ctx)
            if (a._exp == 'F' and not other._special and not other._int) or \
               (other._exp == 'F' and not a._special and not a._int):
                ctx._signal(_INVOP)
                return _new_dec(0, 0, 'n', True)
            prod = _new_dec(a._sign ^ other._sign, 0, 'F', True)
        else:
            prod = _new_dec(a._sign ^ other._sign, a._int * other._int, a._exp + other._exp)
        return _add(prod, third, ctx, 0)

    # -- rounding and quantizing
    def quantize(self, exp, rounding=None, context=None):
        exp = _cvt_ctx(exp)
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        ctx = context or _cur_ctx or getcontext()
        if rounding is None:
            rnd = ctx._rounding
        else:
            if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
                raise TypeError(_ROUNDING_MSG)
            rnd = rounding
        if self._special or exp._special:
            n = _nan_result(self, exp, ctx)
            if n is not None:
                return n
            if self._exp == 'F' and exp._exp == 'F':
                return _new_dec(self._sign, 0, 'F', True)
            ctx._signal(_INVOP)
            return _new_dec(0, 0, 'n', True)
        return _quantize(self._sign, self._int, self._exp, exp._exp, rnd, ctx)

    def _rescale_int(self, rnd, exact, ctx):
        if self._special:
            n = _nan_result(self, None, ctx)
            if n is not None:
                return n
            return _new_dec(self._sign, 0, 'F', True)
        if self._exp >= 0:
            return self
        c, inex = _rnd(self._int, -self._exp, self._sign, rnd)
        if exact and self._int:
            ctx._signal(_ROUNDED | _INEXACT if inex else _ROUNDED)
        return _new_dec(self._sign, c, 0)

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or _cur_ctx or getcontext()
        if rounding is not None and (not isinstance(rounding, str) or rounding not in _ROUNDINGS):
            raise TypeError(_ROUNDING_MSG)
        return self._rescale_int(rounding or ctx._rounding, False, ctx)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or _cur_ctx or getcontext()
        if rounding is not None and (not isinstance(rounding, str) or rounding not in _ROUNDINGS):
            raise TypeError(_ROUNDING_MSG)
        return self._rescale_int(rounding or ctx._rounding, True, ctx)

    def normalize(self, context=None):
        ctx = context or _cur_ctx or getcontext()
        if self._special:
            n = _nan_result(self, None, ctx)
            if n is not None:
                return n
            return self
        d = _fix(self._sign, self._int, self._exp, ctx)
        if d._special:
            return d
        if not d._int:
            return _new_dec(d._sign, 0, 0)
        c, e = d._int, d._exp
        top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _new_dec(d._sign, c, e)

    # -- other operations
    def sqrt(self, context=None):
        return _sqrt(self, context or _cur_ctx or getcontext())

    def exp(self, context=None):
        return _exp(self, context or _cur_ctx or getcontext())

    def ln(self, context=None):
        return _ln(self, context or _cur_ctx or getcontext(), False)

    def log10(self, context=None):
        return _ln(self, context or _cur_ctx or getcontext(), True)

    def logb(self, context=None):
        ctx = context or _cur_ctx or getcontext()
        if self._special:
            n = _nan_result(self, None, ctx)
            if n is not None:
                return n
            return _new_dec(0, 0, 'F', True)
        if not self._int:
            ctx._signal(_DIVZERO)
            return _new_dec(1, 0, 'F', True)
        return _fix_dec(_from_int(self.adjusted()), ctx)

    def scaleb(self, other, context=None):
        other = _cvt_ctx(other)
        ctx = context or _cur_ctx or getcontext()
        if self._special or other._special:
            n = _nan_result(self, other, ctx)
            if n is not None:
                return n
        if other._special or other._exp != 0:
            ctx._signal(_INVOP)
            return _new_dec(0, 0, 'n', True)
        lim = 2 * (ctx._Emax + ctx._prec)
        k = -other._int if other._sign else other._int
        if not -lim <= k <= lim:
            ctx._signal(_INVOP)
            return _new_dec(0, 0, 'n', True)
        if self._special:
            return self
        return _fix(self._sign, self._int, self._exp + k, ctx)

    def _shift_arg(self, other, ctx):
        if self._special or other._special:
            n = _nan_result(self, other, ctx)
            if n is not None:
                return n, None
        if other._special or other._exp != 0:
            ctx._signal(_INVOP)
            return _new_dec(0, 0, 'n', True), None
        k = -other._int if other._sign else other._int
        if not -ctx._prec <= k <= ctx._prec:
            ctx._signal(_INVOP)
            return _new_dec(0, 0, 'n', True), None
        if self._special:
            return self, None
        return None, k

    def shift(self, other, context=None):
        other = _cvt_ctx(other)
        ctx = context or _cur_ctx or getcontext()
        r, k = self._shift_arg(other, ctx)
        if r is not None:
            return r
        p = ctx._prec
        c = self._int % _pow10(p)
        if k >= 0:
            c = (c * _pow10(k)) % _pow10(p)
        else:
            c = c // _pow10(-k)
        return _new_dec(self._sign, c, self._exp)

    def rotate(self, other, context=None):
        other = _cvt_ctx(other)
        ctx = context or _cur_ctx or getcontext()
        r, k = self._shift_arg(other, ctx)
        if r is not None:
            return r
        p = ctx._prec
        s = str(self._int % _pow10(p)).rjust(p, '0')
        k %= p
        s = s[k:] + s[:k]
        return _new_dec(self._sign, int(s), self._exp)

    def _logical_digits(self, ctx):
        if self._special or self._sign or self._exp != 0:
            return None
        s = str(self._int)
        if s.strip('01'):
            return None
        p = ctx._prec
        if len(s) > p:
            s = s[-p:]
        return s.rjust(p, '0')

    def _logical(self, other, ctx, fn):
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx) if other is not None else None
        if a is None or (other is not None and b is None):
            ctx._signal(_INVOP)
            return _new_dec(0, 0, 'n', True)
        if other is None:
            r = ''.join('1' if x == '0' else '0' for x in a)
        else:
            r = ''.join(fn(x, y) for x, y in zip(a, b))
        return _new_dec(0, int(r), 0)

    def logical_and(self, other, context=None):
        return self._logical(_cvt_ctx(other), context or getcontext(),
                             lambda x, y: '1' if x == '1' and y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(_cvt_ctx(other), context or getcontext(),
                             lambda x, y: '1' if x == '1' or y == '1' else '0')

    def logical_xor(self, other, context=None):
        return self._logical(_cvt_ctx(other), context or getcontext(),
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        return self._logical(None, context or getcontext(), None)

    def _minmax(self, other, ctx, want_max, mag):
        other = _cvt_ctx(other)
        a, b = self, other
        if a._special or b._special:
            an = a.is_nan()
            bn = b.is_nan()
            if an or bn:
                if a._exp == 'N' or b._exp == 'N':
                    ctx._signal(_INVOP)
                    return _nan_payload(a if a._exp == 'N' else b, ctx)
                if not an:
                    return _fix_dec(a, ctx)
                if not bn:
                    return _fix_dec(b, ctx)
                return _nan_payload(a, ctx)
        if mag:
            c = _cmp(a.copy_abs(), b.copy_abs())
            if c == 0:
                c = _cmp_total(a, b)
        else:
            c = _cmp(a, b)
            if c == 0:
                c = _cmp_total(a, b)
        if want_max:
            r = a if c >= 0 else b
        else:
            r = a if c <= 0 else b
        return _fix_dec(r, ctx)

    def max(self, other, context=None):
        return self._minmax(other, context or _cur_ctx or getcontext(), True, False)

    def min(self, other, context=None):
        return self._minmax(other, context or _cur_ctx or getcontext(), False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context or _cur_ctx or getcontext(), True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context or _cur_ctx or getcontext(), False, True)

    def _next(self, ctx, up):
        if self._special:
            n = _nan_result(self, None, ctx)
            if n is not None:
                return n
            if (self._sign == 0) == up:
                return self
            p = ctx._prec
            return _new_dec(self._sign, _pow10(p) - 1, ctx._Emax - p + 1)
        p = ctx._prec
        etiny = ctx._Emin - p + 1
        c, e = self._int, self._exp
        if c:
            low = min(e, e + _nd(c) - 1 - p) - 2
        else:
            low = etiny - 2
        v = (-c if self._sign else c) * _pow10(e - low)
        v += 1 if up else -1
        sign = 1 if v < 0 else 0
        rc, re, st = _fix_raw(sign, abs(v), low, p, ROUND_CEILING if up else ROUND_FLOOR,
                              ctx._Emin, ctx._Emax, ctx._clamp)
        if rc is None:
            return _new_dec(sign, 0, 'F', True)
        return _new_dec(sign, rc, re)

    def next_plus(self, context=None):
        return self._next(context or _cur_ctx or getcontext(), True)

    def next_minus(self, context=None):
        return self._next(context or _cur_ctx or getcontext(), False)

    def next_toward(self, other, context=None):
        other = _cvt_ctx(other)
        ctx = context or _cur_ctx or getcontext()
        if self._special or other._special:
            n = _nan_result(self, other, ctx)
            if n is not None:
                return n
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        r = self._next(ctx, c < 0)
        if r._special:
            ctx._signal(_OVERFLOW | _INEXACT | _ROUNDED)
        elif r.adjusted() < ctx._Emin:
            st = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if not r._int:
                st |= _CLAMPED
            ctx._signal(st)
        return r


_INV10 = pow(10, 2305843009213693951 - 2, 2305843009213693951)

_CMP_RESULT = (
    lambda r: r == 0,
    lambda r: r != 0,
    lambda r: r < 0,
    lambda r: r <= 0,
    lambda r: r > 0,
    lambda r: r >= 0,
)

_numbers.Number.register(Decimal)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp == 'F':
            return _new_dec(sign, 0, 'F', True)
        if exp not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dgt
    if isinstance(exp, str):
        return _new_dec(sign, c, exp, True)
    return _new_dec(sign, c, int(exp))


def _to_str(d, eng, caps):
    sign = '-' if d._sign else ''
    e = d._exp
    if d._special:
        if e == 'F':
            return sign + 'Infinity'
        pl = str(d._int) if d._int else ''
        return sign + ('NaN' if e == 'n' else 'sNaN') + pl
    digits = str(d._int)
    nd = len(digits)
    if e == 0:
        return sign + digits
    left = e + nd
    if e < 0 and left > -6:
        if left <= 0:
            return sign + '0.' + '0' * (-left) + digits
        return sign + digits[:left] + '.' + digits[left:]
    if not eng:
        dot = 1
    elif not d._int:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        s = '0.' + '0' * (-dot) + digits
    elif dot >= nd:
        s = digits + '0' * (dot - nd)
    else:
        s = digits[:dot] + '.' + digits[dot:]
    x = left - dot
    if x == 0:
        return sign + s
    return sign + s + ('E' if caps else 'e') + ('+%d' % x if x > 0 else '%d' % x)

# ---------------------------------------------------------------------------
# Arithmetic cores

def _nan_payload(x, ctx):
    """Quiet NaN derived from x with payload fitted to the context."""
    c = x._int
    if c:
        lim = ctx._prec - ctx._clamp
        if _nd(c) > lim:
            c = c % _pow10(lim) if lim > 0 else 0
    return _new_dec(x._sign, c, 'n', True)


def _nan_result(a, b, ctx):
    """NaN handling for operations; returns a result or None."""
    if a._exp == 'N':
        ctx._signal(_INVOP)
        return _nan_payload(a, ctx)
    if b is not None and b._exp == 'N':
        ctx._signal(_INVOP)
        return _nan_payload(b, ctx)
    if a._exp == 'n':
        return _nan_payload(a, ctx)
    if b is not None and b._exp == 'n':
        return _nan_payload(b, ctx)
    return None


def _invalid(ctx, st=_INVOP):
    ctx._signal(st)
    return _new_dec(0, 0, 'n', True)


def _cmp(a, b):
    """Compare two non-NaN Decimals numerically: -1, 0, 1."""
    if a._special or b._special:
        av = (-1 if a._sign else 1) if a._special else 0
        bv = (-1 if b._sign else 1) if b._special else 0
        if av or bv:
            if av == bv:
                return 0
            if av:
                return av
            return -bv
    ca, cb = a._int, b._int
    if not ca:
        if not cb:
            return 0
        return 1 if b._sign else -1
    if not cb:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    ea, eb = a._exp, b._exp
    if ea == eb:
        r = (ca > cb) - (ca < cb)
        return r * s
    adja = ea + _nd(ca) - 1
    adjb = eb + _nd(cb) - 1
    if adja != adjb:
        return s if adja > adjb else -s
    if ea > eb:
        ca *= _pow10(ea - eb)
    else:
        cb *= _pow10(eb - ea)
    r = (ca > cb) - (ca < cb)
    return r * s


def _cmp_frac(a, num, den):
    if a._special:
        return -1 if a._sign else 1
    v = -a._int if a._sign else a._int
    e = a._exp
    if e >= 0:
        lhs = v * _pow10(e) * den
        rhs = num
    else:
        lhs = v * den
        rhs = num * _pow10(-e)
    return (lhs > rhs) - (lhs < rhs)


def _cmp_total(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1

    def cls(x):
        if x._exp == 'n':
            return 3
        if x._exp == 'N':
            return 2
        if x._exp == 'F':
            return 1
        return 0
    ka, kb = cls(a), cls(b)
    if ka != kb:
        return s if ka > kb else -s
    if ka >= 2:
        r = (a._int > b._int) - (a._int < b._int)
        return r * s
    if ka == 1:
        return 0
    r = _cmp(a.copy_abs(), b.copy_abs())
    if r:
        return r * s
    r = (a._exp > b._exp) - (a._exp < b._exp)
    return r * s


def _add(a, b, ctx, neg):
    bsign = b._sign ^ neg
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid(ctx)
            return _new_dec(a._sign, 0, 'F', True)
        return _new_dec(bsign, 0, 'F', True)
    ca, cb = a._int, b._int
    ea, eb = a._exp, b._exp
    if ea != eb:
        if ea > eb:
            d = ea - eb
            if d > ctx._prec + 30 and ca and cb:
                r = _add_far(ca, ea, a._sign, cb, eb, bsign, ctx)
                if r is not None:
                    return r
            ca *= _pow10(d)
            e = eb
        else:
            d = eb - ea
            if d > ctx._prec + 30 and ca and cb:
                r = _add_far(cb, eb, bsign, ca, ea, a._sign, ctx)
                if r is not None:
                    return r
            cb *= _pow10(d)
            e = ea
    else:
        e = ea
    if a._sign == bsign:
        return _fix(bsign, ca + cb, e, ctx)
    s = cb - ca if a._sign else ca - cb
    if s > 0:
        return _fix(0, s, e, ctx)
    if s < 0:
        return _fix(1, -s, e, ctx)
    return _fix(1 if ctx._rounding == ROUND_FLOOR else 0, 0, e, ctx)


def _add_far(cb, eb, sb, cs, es, ss, ctx):
    """big (cb, eb) has the larger exponent; small operand may be replaced by
    a sticky digit when it lies entirely below the rounding position."""
    p = ctx._prec
    adjb = eb + _nd(cb) - 1
    lim = min(eb, adjb - p - 1)
    adjs = es + _nd(cs) - 1
    if adjs + 1 > lim:
        return None
    e = lim - 1
    big = cb * _pow10(eb - e)
    v = (-big if sb else big) + (-1 if ss else 1)
    if v < 0:
        return _fix(1, -v, e, ctx)
    return _fix(0, v, e, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if (a._exp == 'F' and not b._special and not b._int) or \
           (b._exp == 'F' and not a._special and not a._int):
            return _invalid(ctx)
        return _new_dec(sign, 0, 'F', True)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(ctx)
            return _new_dec(sign, 0, 'F', True)
        # finite / infinity
        etiny = ctx._Emin - ctx._prec + 1
        ctx._signal(_CLAMPED)
        return _new_dec(sign, 0, etiny)
    ca, cb = a._int, b._int
    if not cb:
        if not ca:
            return _invalid(ctx, _DIVUNDEF)
        ctx._signal(_DIVZERO)
        return _new_dec(sign, 0, 'F', True)
    ideal = a._exp - b._exp
    if not ca:
        return _fix(sign, 0, ideal, ctx)
    p = ctx._prec
    na = len(str(ca)) if ca < _BIGC else _nd(ca)
    nb = len(str(cb)) if cb < _BIGC else _nd(cb)
    shift = nb - na + p + 1
    if shift > 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        shift = 0
        q, r = divmod(ca, cb)
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    elif shift:
        # exact: strip trailing zeros toward the ideal exponent
        while shift and q % 10 == 0:
            q //= 10
            shift -= 1
            e += 1
    return _fix(sign, q, e, ctx)


def _divmod(a, b, ctx, which):
    """which: 1 -> a // b, 2 -> a % b, 3 -> (a // b, a % b)."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return (n, n) if which == 3 else n
        if a._exp == 'F':
            if b._exp == 'F':
                n = _invalid(ctx)
                return (n, n) if which == 3 else n
            if which == 1:
                return _new_dec(sign, 0, 'F', True)
            if which == 2:
                return _invalid(ctx)
            ctx._signal(_INVOP)
            return (_new_dec(sign, 0, 'F', True), _new_dec(0, 0, 'n', True))
        # finite op infinity
        q = _new_dec(sign, 0, 0)
        if which == 1:
            return q
        r = _fix(a._sign, a._int, a._exp, ctx)
        return r if which == 2 else (q, r)
    ca, cb = a._int, b._int
    if not cb:
        if not ca:
            n = _invalid(ctx, _DIVUNDEF)
            return (n, n) if which == 3 else n
        if which == 1:
            ctx._signal(_DIVZERO)
            return _new_dec(sign, 0, 'F', True)
        if which == 2:
            return _invalid(ctx)
        ctx._signal(_DIVZERO | _INVOP)
        return (_new_dec(sign, 0, 'F', True), _new_dec(0, 0, 'n', True))
    ea, eb = a._exp, b._exp
    e = ea if ea < eb else eb
    p = ctx._prec
    if ca:
        adjd = (ea + _nd(ca)) - (eb + _nd(cb))
        if adjd > p + 1:
            n = _invalid(ctx, _DIVIMP)
            return (n, n) if which == 3 else n
        if adjd < 0:
            if which == 1:
                return _fix(sign, 0, 0, ctx)
            rem = _fix(a._sign, ca * _pow10(ea - e), e, ctx)
            return rem if which == 2 else (_fix(sign, 0, 0, ctx), rem)
    x = ca * _pow10(ea - e)
    y = cb * _pow10(eb - e)
    q, r = divmod(x, y)
    if q >= _pow10(p):
        n = _invalid(ctx, _DIVIMP)
        return (n, n) if which == 3 else n
    if which == 1:
        return _fix(sign, q, 0, ctx)
    rem = _fix(a._sign, r, e, ctx)
    if which == 2:
        return rem
    return (_fix(sign, q, 0, ctx), rem)


def _remainder_near(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._exp == 'F':
            return _invalid(ctx)
        return _fix(a._sign, a._int, a._exp, ctx)
    ca, cb = a._int, b._int
    if not cb:
        return _invalid(ctx, _DIVUNDEF if not ca else _INVOP)
    ea, eb = a._exp, b._exp
    e = ea if ea < eb else eb
    p = ctx._prec
    if ca:
        adjd = (ea + _nd(ca)) - (eb + _nd(cb))
        if adjd > p + 1:
            return _invalid(ctx, _DIVIMP)
    x = ca * _pow10(ea - e)
    y = cb * _pow10(eb - e)
    q, r = divmod(x, y)
    if 2 * r > y or (2 * r == y and q & 1):
        r -= y
        q += 1
    if q >= _pow10(p):
        return _invalid(ctx, _DIVIMP)
    rs = a._sign
    if r < 0:
        rs ^= 1
        r = -r
    return _fix(rs, r, e, ctx)


def _quantize(sign, c, e, target, rnd, ctx):
    p = ctx._prec
    if target > ctx._Emax or target < ctx._Emin - p + 1:
        return _invalid(ctx)
    st = 0
    if e < target:
        if c:
            c, inex = _rnd(c, target - e, sign, rnd)
            st = _ROUNDED | _INEXACT if inex else _ROUNDED
    elif e > target:
        c *= _pow10(e - target)
    if c:
        n = _nd(c)
        if n > p or target + n - 1 > ctx._Emax:
            return _invalid(ctx)
        if target + n - 1 < ctx._Emin:
            st |= _SUBNORMAL
    if ctx._clamp:
        top = ctx._Emax - p + 1
        if target > top:
            c *= _pow10(target - top)
            target = top
            st |= _CLAMPED
    d = _new_dec(sign, c, target)
    if st:
        ctx._signal(st)
    return d


def _powmod(a, b, m, ctx):
    if a._special or b._special or m._special:
        if a._exp == 'N' or b._exp == 'N' or m._exp == 'N':
            x = a if a._exp == 'N' else b if b._exp == 'N' else m
            ctx._signal(_INVOP)
            return _nan_payload(x, ctx)
        if a._exp == 'n' or b._exp == 'n' or m._exp == 'n':
            x = a if a._exp == 'n' else b if b._exp == 'n' else m
            return _nan_payload(x, ctx)
        return _invalid(ctx)
    for x in (a, b, m):
        if x._exp < 0 and x._int % _pow10(-x._exp):
            return _invalid(ctx)
    ai, bi, mi = int(a), int(b), int(m)
    if bi < 0 or mi == 0 or (ai == 0 and bi == 0) or _nd(abs(mi)) > ctx._prec:
        return _invalid(ctx)
    r = pow(abs(ai), bi, abs(mi))
    sign = 1 if ai < 0 and bi & 1 else 0
    return _new_dec(sign, r, 0)


def _is_integral(d):
    if d._exp >= 0:
        return True
    return d._int % _pow10(-d._exp) == 0


def _pow(a, b, ctx):
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
    binf = b._exp == 'F'
    bint = not b._special and _is_integral(b)
    rsign = 0
    if bint and a._sign:
        if b._exp == 0:
            rsign = b._int & 1
        elif b._exp < 0:
            rsign = (b._int // _pow10(-b._exp)) & 1
    if not a._special and not a._int:
        if not b._special and not b._int:
            return _invalid(ctx)
        if b._sign:
            return _new_dec(rsign, 0, 'F', True)
        return _new_dec(rsign, 0, 0)
    if a._sign and not bint:
        return _invalid(ctx)
    p = ctx._prec
    if binf:
        c = _cmp(a, _ONE)
        if c == 0:
            ctx._signal(_INEXACT | _ROUNDED)
            return _new_dec(rsign, _pow10(p - 1), 1 - p)
        if b._sign:
            c = -c
        if c < 0:
            return _new_dec(rsign, 0, 0)
        return _new_dec(rsign, 0, 'F', True)
    if a._special:
        if not b._int:
            return _new_dec(rsign, 1, 0)
        if b._sign:
            return _new_dec(rsign, 0, 0)
        return _new_dec(rsign, 0, 'F', True)
    if not b._int:
        return _new_dec(rsign, 1, 0)
    # |a| == 1
    if a._exp <= 0 and a._int == _pow10(-a._exp):
        if bint:
            if b._sign:
                return _new_dec(rsign, 1, 0)
            shift = int(b) * (-a._exp)
            st = 0
            if shift > p - 1:
                shift = p - 1
                st = _ROUNDED
        else:
            shift = p - 1
            st = _INEXACT | _ROUNDED
        r = _new_dec(rsign, _pow10(shift), -shift)
        if st:
            ctx._signal(st)
        return r
    # certain overflow / underflow
    t = a.adjusted()
    if t > 0:
        lbz = len(str(t)) - 1
    elif t < -1:
        lbz = len(str(-(t + 1))) - 1
    else:
        if a._exp >= 0:
            d = a._int * _pow10(a._exp) - 1
            u = _nd(abs(d)) - 1
        else:
            d = a._int - _pow10(-a._exp)
            u = a._exp + _nd(abs(d)) - 1
        lbz = u - 2 if t == 0 else u - 1
    lbt = b.adjusted()
    if ((t < 0) ^ b._sign) == 0:
        if len(str(ctx._Emax)) < lbz + lbt:
            return _fix(rsign, 1, _EXP_INF, ctx)
    else:
        etiny = ctx._Emin - p + 1
        if len(str(-etiny)) < lbz + lbt:
            return _fix(rsign, 1, etiny - 1, ctx)
    if bint:
        return _pow_int(a, b, rsign, ctx)
    return _pow_real(a, b, ctx)


_EXP_INF = 4 * MAX_EMAX


def _pow_int(a, b, rsign, ctx):
    p = ctx._prec
    wctx = _WorkCtx(p + _nd(b._int) + b._exp + 2)
    wctx._Emin = ctx._Emin
    wctx._Emax = ctx._Emax
    if b._sign:
        wctx._prec += 1
        base = _div(_ONE, a.copy_abs(), wctx)
    else:
        base = a.copy_abs()
    n = abs(int(b))
    r = base
    for i in range(n.bit_length() - 2, -1, -1):
        r = _mul(r, r, wctx)
        if (n >> i) & 1:
            r = _mul(r, base, wctx)
        if r._special or (not r._int and wctx._flags & _CLAMPED):
            break
    st = wctx._flags
    if r._special:
        return _fix(rsign, 1, _EXP_INF, ctx, st)
    return _fix(rsign, r._int, r._exp, ctx, st)


def _wround(c, e, p):
    n = _nd(c)
    if n <= p:
        return c, e, 0
    c, inex = _rnd(c, n - p, 0, ROUND_HALF_EVEN)
    e += n - p
    if c == _pow10(p):
        c //= 10
        e += 1
    return c, e, (_ROUNDED | _INEXACT) if inex else _ROUNDED


class _WorkCtx(object):
    """A minimal unbounded context used for intermediate results."""
    def __init__(self, prec):
        self._prec = prec
        self._rounding = ROUND_HALF_EVEN
        self._Emin = MIN_EMIN
        self._Emax = MAX_EMAX
        self._clamp = 0
        self._flags = 0
        self._traps = 0

    def _signal(self, st):
        self._flags |= st


def _pow_real(a, b, ctx):
    p = ctx._prec
    w = max(_nd(a._int), p) + 4 + 19
    lnc, lne = _ln_round(a._int, a._exp, w, False)
    sign = 1 if lnc < 0 else 0
    lnc, lne, _ = _wround(abs(lnc), lne, w)
    # multiply by b rounded to w digits
    pc, pe, _ = _wround(lnc * b._int, lne + b._exp, w)
    sign ^= b._sign
    wctx = _WorkCtx(w)
    r = _exp(_new_dec(sign, pc, pe), wctx)
    st = (wctx._flags & ~(_IEEE_INVALID | _DIVZERO)) | _INEXACT | _ROUNDED
    if r._special:
        return _fix(0, 1, _EXP_INF, ctx, st)
    c, e = r._int, r._exp
    if e <= 0 and -e == _nd(c) - 1 and c == _pow10(-e):
        c, e = _pow10(p - 1), 1 - p
    return _fix(0, c, e, ctx, st)


_ONE = _new_dec(0, 1, 0)

# ---------------------------------------------------------------------------
# Transcendental functions

_LN_CACHE = {}


def _atanh_inv(k, W):
    """atanh(1/k) * 10**W (truncated)."""
    S = _pow10(W)
    k2 = k * k
    term = S // k
    total = term
    i = 3
    while term:
        term //= k2
        total += term // i
        i += 2
    return total


def _ln_consts(W):
    """(ln2, ln10) scaled by 10**W, error a few units."""
    r = _LN_CACHE.get(W)
    if r is None:
        G = W + 8
        l2 = 2 * _atanh_inv(3, G)
        l125 = 2 * _atanh_inv(9, G)
        l10 = 3 * l2 + l125
        r = (l2 // 10 ** 8, l10 // 10 ** 8)
        if len(_LN_CACHE) > 40:
            _LN_CACHE.clear()
        _LN_CACHE[W] = r
    return r


def _ln_fixed(c, e, W):
    """ln(c * 10**e) * 10**W with an error of a few units."""
    n = _nd(c)
    adj = e + n - 1
    G = W + 8
    S = _pow10(G)
    sh = G - (n - 1)
    M = c * _pow10(sh) if sh >= 0 else c // _pow10(-sh)
    lead = int(str(c)[:15]) / _pow10(min(n, 15) - 1)
    k = int(round(_math.log2(lead)))
    ln2, ln10 = _ln_consts(G + len(str(abs(adj))) + 1)
    extra = len(str(abs(adj))) + 1
    M2 = M >> k if k > 0 else M
    z = (M2 - S) * S // (M2 + S)
    zneg = z < 0
    if zneg:
        z = -z
    z2 = z * z // S
    term = z
    total = z
    i = 3
    while term:
        term = term * z2 // S
        total += term // i
        i += 2
    if zneg:
        total = -total
    res = 2 * total + k * (ln2 // _pow10(extra)) + (adj * ln10) // _pow10(extra)
    return res // _pow10(8)


def _ziv_ok(sign, A, K, E, p, emin, emax):
    lo = _fix_raw(sign, A - K, E, p, ROUND_HALF_EVEN, emin, emax, 0)
    hi = _fix_raw(sign, A + K, E, p, ROUND_HALF_EVEN, emin, emax, 0)
    return lo[0] == hi[0] and lo[1] == hi[1]


def _ln_round(c, e, p, log10, emin=-MAX_EMAX * 4, emax=MAX_EMAX * 4):
    """Correctly rounded (HALF_EVEN, p digits) ln or log10 of c*10**e (c>0, != 1).
    Returns (signed coefficient, exponent) with sticky digit appended."""
    # magnitude estimate of the result for the working precision
    n = _nd(c)
    adj = e + n - 1
    extra = 0
    if adj in (0, -1):
        d = c - _pow10(-e) if e < 0 else c - 1
        if d:
            extra = max(0, -((e + _nd(abs(d)) - 1) if e < 0 else _nd(abs(d)) - 1)) + 2
    W = p + 6 + extra
    while True:
        L = _ln_fixed(c, e, W + 3)
        if log10:
            ln2, ln10 = _ln_consts(W + 6)
            L = L * _pow10(W + 6) // ln10
        K = 2
        A = L // 1000
        sign = 1 if A < 0 else 0
        mag = abs(A)
        if mag > K and _ziv_ok(sign, mag, K, -W, p, emin, emax):
            return (-(mag * 10 + 1) if sign else mag * 10 + 1), -W - 1
        W += p + 10


def _ln(x, ctx, log10):
    if x._special:
        n = _nan_result(x, None, ctx)
        if n is not None:
            return n
        if x._sign:
            return _invalid(ctx)
        return _new_dec(0, 0, 'F', True)
    if not x._int:
        return _new_dec(1, 0, 'F', True)
    if x._sign:
        return _invalid(ctx)
    c, e = x._int, x._exp
    if log10:
        s = str(c)
        if s.count('0') == len(s) - 1 and s[0] == '1':
            r = _from_int(e + len(s) - 1)
            return _fix(r._sign, r._int, 0, ctx, 0, ROUND_HALF_EVEN)
    else:
        if e <= 0 and c == _pow10(-e):
            return _new_dec(0, 0, 0)
    p = ctx._prec
    A, E = _ln_round(c, e, p, log10, ctx._Emin, ctx._Emax)
    sign = 1 if A < 0 else 0
    return _fix(sign, abs(A), E, ctx, 0, ROUND_HALF_EVEN)


def _exp_fixed(X, W):
    """exp(X / 10**W) as (E, k): value ~ E * 10**(k - W), relative error ~ 10**-(W-2)."""
    G = W + 12
    ext = len(str(abs(X) // _pow10(W))) + 2
    ln2, ln10 = _ln_consts(G + ext)
    Xb = X * _pow10(12 + ext)
    k = Xb // ln10
    r = (Xb - k * ln10) // _pow10(ext)
    S = _pow10(G)
    j = 10
    r >>= j
    term = S
    total = S
    i = 1
    while term:
        term = term * r // (S * i)
        total += term
        i += 1
    for _ in range(j):
        total = total * total // S
    return total // _pow10(12), k


def _exp(x, ctx):
    if x._special:
        n = _nan_result(x, None, ctx)
        if n is not None:
            return n
        if x._sign:
            return _new_dec(0, 0, 0)
        return _new_dec(0, 0, 'F', True)
    if not x._int:
        return _new_dec(0, 1, 0)
    p = ctx._prec
    c, e = x._int, x._exp
    adj = e + _nd(c) - 1
    emin, emax = ctx._Emin, ctx._Emax
    etiny = emin - p + 1
    if adj > 20:
        if x._sign:
            return _fix(0, 1, etiny - 1, ctx, _INEXACT | _ROUNDED, ROUND_HALF_EVEN)
        return _fix(0, 1, emax + 10, ctx, 0, ROUND_HALF_EVEN)
    # rough decimal exponent of the result
    if adj >= 0:
        xf = float(_to_str(x, False, 1))
        est = xf / 2.302585092994046
        if est > emax + 2:
            return _fix(0, 1, emax + 10, ctx, 0, ROUND_HALF_EVEN)
        if est < etiny - 3:
            return _fix(0, 1, etiny - 1, ctx, _INEXACT | _ROUNDED, ROUND_HALF_EVEN)
    if adj < -(p + 3):
        # exp(x) is 1 +- tiny
        if x._sign:
            return _fix(0, _pow10(p + 2) - 1, -(p + 2), ctx, 0, ROUND_HALF_EVEN)
        return _fix(0, _pow10(p + 2) + 1, -(p + 2), ctx, 0, ROUND_HALF_EVEN)
    W = p + 8
    while True:
        sh = e + W + 5
        X = c * _pow10(sh) if sh >= 0 else c // _pow10(-sh)
        if x._sign:
            X = -X
        E, k = _exp_fixed(X, W + 5)
        A = E
        K = 100
        Ex = k - W - 5
        if _ziv_ok(0, A, K, Ex, p, emin, emax):
            return _fix(0, A * 10 + 1, Ex - 1, ctx, 0, ROUND_HALF_EVEN)
        W += p + 10


def _sqrt(x, ctx):
    if x._special:
        n = _nan_result(x, None, ctx)
        if n is not None:
            return n
        if x._sign:
            return _invalid(ctx)
        return _new_dec(0, 0, 'F', True)
    c, e = x._int, x._exp
    ideal = e >> 1
    if not c:
        return _fix(x._sign, 0, ideal, ctx)
    if x._sign:
        return _invalid(ctx)
    p = ctx._prec
    if e & 1:
        c *= 10
        e -= 1
    n = _nd(c)
    s = (2 * p + 3 - n) // 2
    if s < 0:
        s = 0
    C = c * _pow10(2 * s)
    r = _math.isqrt(C)
    re = e // 2 - s
    if r * r != C:
        if r % 5 == 0:
            r += 1
    else:
        while re < ideal and r % 10 == 0:
            r //= 10
            re += 1
    return _fix(0, r, re, ctx, 0, ROUND_HALF_EVEN)

# ---------------------------------------------------------------------------
# Formatting

def _format_err():
    raise ValueError('invalid format string')


def _format(d, spec):
    fill = ' '
    align = None
    zeropad = False
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    signopt = '-'
    if i < n and spec[i] in '+- ':
        signopt = spec[i]
        i += 1
    zflag = False
    if i < n and spec[i] == 'z':
        zflag = True
        i += 1
    if i < n and spec[i] == '0':
        if align is not None:
            _format_err()
        zeropad = True
        fill = '0'
        align = 'z'
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    grouping = False
    if i < n and spec[i] == ',':
        grouping = True
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            _format_err()
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            _format_err()
    if i != n:
        _format_err()
    if typ == 'n' and grouping:
        _format_err()
    ctx = _cur_ctx or getcontext()
    sign = d._sign
    if d._special:
        body = _to_str(d.copy_abs(), False, 1)
        if typ == '%':
            body += '%'
        if align == 'z':
            align = '>'
            fill = ' '
    else:
        c, e = d._int, d._exp
        if typ == '%':
            e += 2
        rnd = ctx._rounding
        if prec is not None:
            if typ in ('e', 'E'):
                nd = _nd(c)
                want = prec + 1
                if nd > want:
                    c, _ = _rnd(c, nd - want, sign, rnd)
                    e += nd - want
                    if _nd(c) > want:
                        c //= 10
                        e += 1
                elif nd < want and c:
                    c *= _pow10(want - nd)
                    e -= want - nd
            elif typ in ('f', 'F', '%'):
                if e < -prec:
                    c, _ = _rnd(c, -prec - e, sign, rnd)
                    e = -prec
                elif e > -prec:
                    c *= _pow10(e + prec)
                    e = -prec
            else:
                want = prec if prec > 0 else 1
                nd = _nd(c)
                if nd > want:
                    c, _ = _rnd(c, nd - want, sign, rnd)
                    e += nd - want
                    if _nd(c) > want:
                        c //= 10
                        e += 1
        digits = str(c)
        nd = len(digits)
        left = e + nd
        if typ in ('e', 'E'):
            dot = 1 - prec if (not c and prec is not None) else 1
        elif typ in ('f', 'F', '%'):
            dot = left
        else:
            dot = left if (e <= 0 and left > -6) else 1
        if dot <= 0:
            ip = '0'
            fp = '0' * (-dot) + digits
        elif dot >= nd:
            ip = digits + '0' * (dot - nd) if c else '0'
            fp = ''
        else:
            ip = digits[:dot]
            fp = digits[dot:]
        x = left - dot
        if typ in ('e', 'E'):
            ech = typ
        elif typ in ('g', 'n'):
            ech = 'e'
        elif typ == 'G':
            ech = 'E'
        elif typ is None:
            ech = 'E' if ctx._capitals else 'e'
        else:
            ech = ''
        tail = ''
        if ech and (x != 0 or typ in ('e', 'E')):
            tail = ech + ('+%d' % x if x >= 0 else '%d' % x)
        if typ == '%':
            tail += '%'
        if zflag and sign and not c:
            sign = 0
        frac = '.' + fp if fp else ''
        if grouping:
            signlen = 1 if (sign or signopt in '+ ') else 0
            if align == 'z':
                ip = ip.lstrip('0') or '0'
                while True:
                    g = _group(ip)
                    if signlen + len(g) + len(frac) + len(tail) >= width:
                        break
                    ip = '0' + ip
                ip = g
            else:
                ip = _group(ip)
        body = ip + frac + tail
    if sign:
        sgn = '-'
    elif signopt == '+':
        sgn = '+'
    elif signopt == ' ':
        sgn = ' '
    else:
        sgn = ''
    total = len(sgn) + len(body)
    pad = width - total
    if pad <= 0:
        return sgn + body
    if align is None or align == '>':
        return fill * pad + sgn + body
    if align == '<':
        return sgn + body + fill * pad
    if align == '^':
        lp = pad // 2
        return fill * lp + sgn + body + fill * (pad - lp)
    return sgn + fill * pad + body


def _group(ip):
    out = []
    while len(ip) > 3:
        out.append(ip[-3:])
        ip = ip[:-3]
    out.append(ip)
    return ','.join(reversed(out))

# ---------------------------------------------------------------------------
# Templates

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
_default_template = DefaultContext

BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])

ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])


# CPython's Decimal and Context are C types named 'decimal.Decimal' / 'decimal.Context': the
# interpreter's own messages use those names.
import sys as _sys_names
if hasattr(_sys_names, '_slotpy_set_tp_name'):
    _sys_names._slotpy_set_tp_name(Decimal, 'decimal.Decimal')
    _sys_names._slotpy_set_tp_name(Context, 'decimal.Context')
del _sys_names
