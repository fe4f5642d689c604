"""Rational numbers of unlimited precision."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MOD = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _decimal_type():
    mod = sys.modules.get('decimal')
    if mod is None:
        return None
    return getattr(mod, 'Decimal', None)


def _scan_digits(s, i, n):
    """Return the end of a run matching  \\d+(_\\d+)*  starting at i (i if none)."""
    j = i
    if j >= n or not s[j].isdecimal():
        return i
    while True:
        while j < n and s[j].isdecimal():
            j += 1
        if j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
            j += 1
            continue
        return j


def _parse_literal(text):
    """Parse a Fraction literal; return (numerator, denominator) or None."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    if i >= n:
        return None
    if not (s[i].isdecimal() or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal())):
        return None
    j = _scan_digits(s, i, n)
    num = int(s[i:j]) if j > i else 0
    den = 1
    i = j
    if i < n and s[i] == '/':
        j = _scan_digits(s, i + 1, n)
        if j == i + 1 or j != n:
            return None
        den = int(s[i + 1:j])
    else:
        if i < n and s[i] == '.':
            i += 1
            j = i
            while j < n and s[j] in 'dD':
                j += 1
            if j == i:
                j = _scan_digits(s, i, n)
            frac = s[i:j].replace('_', '')
            i = j
            if frac:
                scale = 10 ** len(frac)
                num = num * scale + int(frac)
                den *= scale
        if i < n and s[i] in 'eE':
            k = i + 1
            if k < n and s[k] in '+-':
                k += 1
            j = _scan_digits(s, k, n)
            if j == k:
                return None
            e = int(s[i + 1:j])
            i = j
            if e >= 0:
                num *= 10 ** e
            else:
                den *= 10 ** -e
        if i != n:
            return None
    if negative:
        num = -num
    return num, den


def _make(n, d):
    # Build an (already normalised) Fraction without the checks.
    f = object.__new__(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _reduced(n, d):
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    if g != 1:
        n //= g
        d //= g
    return _make(n, d)


class Fraction(numbers.Rational):
    """A rational number numerator/denominator with denominator > 0, in lowest terms.

    Fraction(7, -21) == Fraction(-1, 3); also accepts strings ('3/4', '-1.5e3'),
    floats, Decimals and other Rationals.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            dec = _decimal_type()
            if isinstance(numerator, float) or (dec is not None and isinstance(numerator, dec)):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_literal(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a finite float."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Exact conversion of a finite Decimal."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # continued-fraction convergents h/k
        h_prev, k_prev, h, k = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            q = n // d
            k_next = k_prev + q * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + q * h, k_next
            n, d = d, n - q * d
        m = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + m * h, k_prev + m * k)
        conv = Fraction(h, k)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic -------------------------------------------------
    def _operator_fallbacks(exact, fallback, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__' + name + '__'
        reverse.__name__ = '__r' + name + '__'
        forward.__doc__ = reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _make(na * db + nb * da, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _make(t, s * db)
        return _make(t // g2, s * (db // g2))

    def _sub(a, b):
        """a - b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _make(na * db - nb * da, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _make(t, s * db)
        return _make(t // g2, s * (db // g2))

    def _mul(a, b):
        """a * b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g = math.gcd(na, db)
        if g > 1:
            na //= g
            db //= g
        g = math.gcd(nb, da)
        if g > 1:
            nb //= g
            da //= g
        return _make(na * nb, da * db)

    def _div(a, b):
        """a / b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g = math.gcd(na, nb)
        if g > 1:
            na //= g
            nb //= g
        g = math.gcd(da, db)
        if g > 1:
            da //= g
            db //= g
        n, d = na * db, nb * da
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if d < 0:
            n, d = -n, -d
        return _make(n, d)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add, 'add')
    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod, 'mod')
    del _operator_fallbacks

    def __pow__(a, b):
        """a ** b (rational when b is an integer)"""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                p = b.numerator
                n, d = a._numerator, a._denominator
                if p >= 0:
                    return _make(n ** p, d ** p)
                if n == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (d ** -p))
                if n > 0:
                    return _make(d ** -p, n ** -p)
                return _make((-d) ** -p, (-n) ** -p)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __int__(a):
        n, d = a._numerator, a._denominator
        if n < 0:
            return operator.index(-(-n // d))
        return operator.index(n // d)

    def __trunc__(a):
        n, d = a._numerator, a._denominator
        if n < 0:
            return -(-n // d)
        return n // d

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """Round half to even."""
        if ndigits is None:
            d = self.denominator
            q, r = divmod(self.numerator, d)
            twice = 2 * r
            if twice < d or (twice == d and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        d = self._denominator
        if d % _HASH_MOD == 0:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * pow(d, _HASH_MOD - 2, _HASH_MOD))
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
