"""Dates, times, durations and fixed-offset time zones (slotpy's pure-Python datetime)."""

# slotpy's datetime: plain Python classes with __slots__ standing in for CPython's _datetime C
# types.  Instances are immutable (see _frozen_setattr); reprs, error messages and arithmetic
# follow CPython 3.11's C implementation.  Dates use the proleptic Gregorian calendar with
# ordinal 1 == 0001-01-01.

import time as _time
import math as _math
import sys
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_US_PER_DAY = 86400000000
_MAX_DAYS = 999999999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# ---- calendar arithmetic ---------------------------------------------------------------------

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ymd2ord(y, m, d):
    # Count days in whole years before y, then whole months, then the day.
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ord2ymd(n):
    # Shift to an era starting on March 1st of year 0 so that the leap day ends the year.
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return yoe + era * 400, mp + 3, d
    return yoe + era * 400 + 1, mp - 9, d


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _check_date(year, month, day):
    if type(year) is not int:
        year = _index(year)
    if type(month) is not int:
        month = _index(month)
    if type(day) is not int:
        day = _index(day)
    if not 1 <= year <= 9999:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or (day > _DAYS_IN_MONTH[month] and
                   (month != 2 or day != 29 or not _is_leap(year))):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, tzinfo, fold):
    if type(hour) is not int:
        hour = _index(hour)
    if type(minute) is not int:
        minute = _index(minute)
    if type(second) is not int:
        second = _index(second)
    if type(microsecond) is not int:
        microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tzinfo).__name__)
    if fold != 0 and fold != 1:
        if type(fold) is not int:
            fold = _index(fold)
        if fold != 0 and fold != 1:
            raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _divide_nearest(a, b):
    # a / b rounded to the nearest integer, ties to even.
    if b < 0:
        a = -a
        b = -b
    q, r = divmod(a, b)
    r2 = r + r
    if r2 > b or (r2 == b and q & 1):
        q += 1
    return q


def _cls_name(obj, base):
    t = type(obj)
    if t is base:
        return "datetime." + base.__name__
    return t.__name__


def _arg_name(obj):
    # How CPython's argument parser names the type of a bad argument.
    return "None" if obj is None else _type_name(obj)


def _type_name(obj):
    t = type(obj)
    if t in _PUBLIC_TYPES:
        return "datetime." + t.__name__
    return t.__name__


def _format_offset(off, sep=":"):
    # "+HH:MM[:SS[.ffffff]]" for a timedelta offset; "" for None.
    if off is None:
        return ""
    us = (off.days * 86400 + off.seconds) * 1000000 + off.microseconds
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    s, us = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    r = "%s%02d%s%02d" % (sign, h, sep, m)
    if s or us:
        r += "%s%02d" % (sep, s)
        if us:
            r += ".%06d" % us
    return r


def _format_time(h, m, s, us, timespec, argno):
    if timespec == "auto":
        if us:
            return "%02d:%02d:%02d.%06d" % (h, m, s, us)
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument %d must be str, not %s"
                        % (argno, _arg_name(timespec)))
    raise ValueError("Unknown timespec value")


def _check_offset(name, off):
    if off is None or type(off) is timedelta:
        pass
    elif not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _type_name(off)))
    if off is not None and (off.days < -1 or off.days > 0 or
                            (off.days == -1 and off.seconds == 0 and off.microseconds == 0)):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return off


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _type_name(name))
    return name


def _wrap_strftime(obj, fmt, timetuple):
    # Expand %f, %z and %Z ourselves, hand the rest to time.strftime.
    if "%" not in fmt:
        return _time.strftime(fmt, timetuple)
    out = []
    i = 0
    n = len(fmt)
    start = 0
    while i < n:
        if fmt[i] != "%":
            i += 1
            continue
        if i + 1 >= n:
            break
        c = fmt[i + 1]
        if c == "f" or c == "z" or c == "Z":
            out.append(fmt[start:i])
            if c == "f":
                out.append("%06d" % obj.microsecond if hasattr(obj, "microsecond")
                           else "000000")
            elif c == "z":
                off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                out.append(_format_offset(off, ""))
            else:
                name = obj.tzname() if hasattr(obj, "tzname") else None
                if name:
                    out.append(name.replace("%", "%%"))
            start = i + 2
        i += 2
    out.append(fmt[start:])
    return _time.strftime("".join(out), timetuple)


def _check_fmt(fmt, what="strftime() argument 1"):
    if not isinstance(fmt, str):
        raise TypeError("%s must be str, not %s" % (what, _arg_name(fmt)))


# ---- timedelta -------------------------------------------------------------------------------

def _frozen_setattr(self, name, value):
    msg = self._readonly.get(name)
    if msg is None:
        if type(self) not in _PUBLIC_TYPES:
            object.__setattr__(self, name, value)
            return
        msg = _no_attr_message(self, name)
    raise AttributeError(msg)


def _frozen_delattr(self, name):
    msg = self._readonly.get(name)
    if msg is None:
        if type(self) not in _PUBLIC_TYPES:
            object.__delattr__(self, name)
            return
        msg = _no_attr_message(self, name)
    raise AttributeError(msg)


def _no_attr_message(self, name):
    if hasattr(type(self), name):
        return "'%s' object attribute '%s' is read-only" % (_type_name(self), name)
    return "'%s' object has no attribute '%s'" % (_type_name(self), name)


def _readonly_messages(owner, names):
    return {n: "attribute '%s' of 'datetime.%s' objects is not writable" % (n, owner)
            for n in names}


def _td_component(value, factor, name, acc):
    # Adds value*factor microseconds to acc[0]; float leftovers (below 1us) go to acc[1].
    if isinstance(value, int):
        acc[0] += value * factor
    elif isinstance(value, float):
        frac, whole = _math.modf(value)
        acc[0] += int(whole) * factor
        if frac:
            frac, whole = _math.modf(factor * frac)
            acc[0] += int(whole)
            acc[1] += frac
    else:
        raise TypeError("unsupported type for timedelta %s component: %s"
                        % (name, _type_name(value)))


class timedelta:
    """A duration: days, seconds and microseconds, normalized so that 0 <= seconds < 86400
and 0 <= microseconds < 1000000."""

    __slots__ = ("days", "seconds", "microseconds")
    _readonly = dict.fromkeys(__slots__, "readonly attribute")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and
                type(milliseconds) is int and type(minutes) is int and type(hours) is int and
                type(weeks) is int):
            us = (((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
        else:
            acc = [0, 0.0]
            _td_component(microseconds, 1, "microseconds", acc)
            _td_component(milliseconds, 1000, "milliseconds", acc)
            _td_component(seconds, 1000000, "seconds", acc)
            _td_component(minutes, 60000000, "minutes", acc)
            _td_component(hours, 3600000000, "hours", acc)
            _td_component(days, _US_PER_DAY, "days", acc)
            _td_component(weeks, 7 * _US_PER_DAY, "weeks", acc)
            us, left = acc
            if left:
                whole = round(left)
                if abs(whole - left) == 0.5:
                    odd = us & 1
                    whole = 2.0 * round((left + odd) * 0.5) - odd
                us += int(whole)
        return _td_from_us(us, cls)

    # -- accessors / conversions
    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return ((self.days * 86400 + self.seconds) * 1000000 + self.microseconds) / 1000000

    def _to_us(self):
        return (self.days * 86400 + self.seconds) * 1000000 + self.microseconds

    def __repr__(self):
        parts = []
        if self.days:
            parts.append("days=%d" % self.days)
        if self.seconds:
            parts.append("seconds=%d" % self.seconds)
        if self.microseconds:
            parts.append("microseconds=%d" % self.microseconds)
        return "%s(%s)" % (_cls_name(self, timedelta), ", ".join(parts) or "0")

    def __str__(self):
        m, s = divmod(self.seconds, 60)
        h, m = divmod(m, 60)
        r = "%d:%02d:%02d" % (h, m, s)
        if self.microseconds:
            r += ".%06d" % self.microseconds
        d = self.days
        if d:
            r = "%d day%s, %s" % (d, "" if d == 1 or d == -1 else "s", r)
        return r

    # -- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us((self.days + other.days) * _US_PER_DAY +
                               (self.seconds + other.seconds) * 1000000 +
                               self.microseconds + other.microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us((self.days - other.days) * _US_PER_DAY +
                               (self.seconds - other.seconds) * 1000000 +
                               self.microseconds - other.microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-((self.days * 86400 + self.seconds) * 1000000 + self.microseconds))

    def __pos__(self):
        if type(self) is timedelta:
            return self
        return _td_raw(self.days, self.seconds, self.microseconds)

    def __abs__(self):
        if self.days < 0:
            return -self
        return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_divide_nearest(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _td_from_us(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_divide_nearest(self._to_us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        return NotImplemented

    # -- comparisons
    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self.days == other.days and self.seconds == other.seconds and
                    self.microseconds == other.microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return (self.days != other.days or self.seconds != other.seconds or
                    self.microseconds != other.microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self.days, self.seconds, self.microseconds))

    def __bool__(self):
        return self.days != 0 or self.seconds != 0 or self.microseconds != 0

    def __reduce__(self):
        return (type(self), (self.days, self.seconds, self.microseconds))

    __setattr__ = _frozen_setattr
    __delattr__ = _frozen_delattr


_new = object.__new__
_td_set_days = timedelta.days.__set__
_td_set_seconds = timedelta.seconds.__set__
_td_set_us = timedelta.microseconds.__set__


def _td_raw(d, s, us, cls=timedelta):
    self = _new(cls)
    _td_set_days(self, d)
    _td_set_seconds(self, s)
    _td_set_us(self, us)
    return self


def _td_from_us(us, cls=timedelta):
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -_MAX_DAYS <= d <= _MAX_DAYS:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    self = _new(cls)
    _td_set_days(self, d)
    _td_set_seconds(self, s)
    _td_set_us(self, us)
    return self


timedelta.min = _td_raw(-_MAX_DAYS, 0, 0)
timedelta.max = _td_raw(_MAX_DAYS, 86399, 999999)
timedelta.resolution = _td_raw(0, 0, 1)
_ZERO = _td_raw(0, 0, 0)
_ONE_DAY = _td_raw(1, 0, 0)


# ---- date ------------------------------------------------------------------------------------

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("year", "month", "day")
    _readonly = _readonly_messages("date", __slots__)

    def __new__(cls, year, month=None, day=None):
        if month is None or day is None:
            if (month is None and day is None and isinstance(year, (bytes, str)) and
                    len(year) == 4 and 1 <= ord(year[2:3]) <= 12):
                if isinstance(year, str):
                    year = year.encode("latin1")
                return _date_new(cls, year[0] * 256 + year[1], year[2], year[3])
            if month is None:
                raise TypeError("function missing required argument 'month' (pos 2)")
            raise TypeError("function missing required argument 'day' (pos 3)")
        if (type(year) is not int or type(month) is not int or type(day) is not int or
                not 1 <= year <= 9999 or not 1 <= month <= 12 or day < 1 or day > 28):
            year, month, day = _check_date(year, month, day)
        return _date_new(cls, year, month, day)

    # -- alternate constructors
    @classmethod
    def today(cls):
        """Today's local date (for datetime: the local date and time)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """Build an instance from a POSIX timestamp, in local time unless tz is given."""
        tm = _time.localtime(_timestamp_seconds(t)[0])
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def fromordinal(cls, n):
        """Build an instance from a proleptic Gregorian ordinal (0001-01-01 is 1)."""
        if type(n) is not int:
            n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        if y > 9999:
            raise ValueError("year %d is out of range" % y)
        if cls is date:
            return _date_new(date, y, m, d)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse an ISO 8601 string."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = _utf8_chars(date_string)
        if s is not None and len(s) in (7, 8, 10):
            ymd = _parse_iso_date(s, len(s))
            if ymd is not None:
                return cls(*ymd)
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Build a date from an ISO year, week number and weekday."""
        return cls(*_iso_to_ymd(year, week, day))

    # -- conversions and formatting
    def __repr__(self):
        return "%s(%d, %d, %d)" % (_cls_name(self, date), self.year, self.month, self.day)

    def isoformat(self):
        """The ISO 8601 text of the value."""
        return "%04d-%02d-%02d" % (self.year, self.month, self.day)

    def __str__(self):
        return "%04d-%02d-%02d" % (self.year, self.month, self.day)

    def ctime(self):
        """Text in the style of time.ctime()."""
        wd = (_ymd2ord(self.year, self.month, self.day) + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd], _MONTHNAMES[self.month], self.day,
                                            self.year)

    def strftime(self, format):
        """Format with a time.strftime() format string (plus %f, %z and %Z)."""
        _check_fmt(format)
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        _check_fmt(fmt, "format() argument 2")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """A time.struct_time for the value."""
        return _build_struct_time(self.year, self.month, self.day, 0, 0, 0, -1)

    def toordinal(self):
        """The proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _ymd2ord(self.year, self.month, self.day)

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields changed."""
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        return type(self)(year, month, day)

    def weekday(self):
        """Day of the week, Monday is 0 and Sunday is 6."""
        return (_ymd2ord(self.year, self.month, self.day) + 6) % 7

    def isoweekday(self):
        """Day of the week, Monday is 1 and Sunday is 7."""
        return (_ymd2ord(self.year, self.month, self.day) + 6) % 7 + 1

    def isocalendar(self):
        """The ISO year, week number and weekday as a named tuple."""
        y = self.year
        n = _ymd2ord(y, self.month, self.day)
        monday = _iso_week1_monday(y)
        if n < monday:
            y -= 1
            monday = _iso_week1_monday(y)
        else:
            nxt = _iso_week1_monday(y + 1)
            if n >= nxt:
                y += 1
                monday = nxt
        week, wd = divmod(n - monday, 7)
        return IsoCalendarDate(y, week + 1, wd + 1)

    # -- comparisons
    def __eq__(self, other):
        if isinstance(other, date):
            return (self.day == other.day and self.month == other.month and
                    self.year == other.year)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return (self.day != other.day or self.month != other.month or
                    self.year != other.year)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return (self.year, self.month, self.day) < (other.year, other.month, other.day)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return (self.year, self.month, self.day) <= (other.year, other.month, other.day)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return (self.year, self.month, self.day) > (other.year, other.month, other.day)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return (self.year, self.month, self.day) >= (other.year, other.month, other.day)
        return NotImplemented

    def __hash__(self):
        return hash((self.year, self.month, self.day))

    # -- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self.year, self.month, self.day) + other.days
            if 0 < n <= _MAXORDINAL:
                y, m, d = _ord2ymd(n)
                if type(self) is date:
                    return _date_new(date, y, m, d)
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self.year, self.month, self.day) - other.days
            if 0 < n <= _MAXORDINAL:
                y, m, d = _ord2ymd(n)
                if type(self) is date:
                    return _date_new(date, y, m, d)
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_raw(_ymd2ord(self.year, self.month, self.day) -
                           _ymd2ord(other.year, other.month, other.day), 0, 0)
        return NotImplemented

    # -- pickling
    def _getstate(self):
        return (bytes((self.year >> 8, self.year & 255, self.month, self.day)),)

    def __reduce__(self):
        return (type(self), self._getstate())

    __setattr__ = _frozen_setattr
    __delattr__ = _frozen_delattr


_date_set_year = date.year.__set__
_date_set_month = date.month.__set__
_date_set_day = date.day.__set__


def _date_new(cls, y, m, d):
    self = _new(cls)
    _date_set_year(self, y)
    _date_set_month(self, m)
    _date_set_day(self, d)
    return self


date.min = _date_new(date, 1, 1, 1)
date.max = _date_new(date, 9999, 12, 31)
date.resolution = _ONE_DAY


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    n = _ymd2ord(y, m, d)
    wday = (n + 6) % 7
    yday = n - _ymd2ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


def _iso_to_ymd(year, week, day):
    if not 1 <= year <= 9999:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # A year has 53 ISO weeks when it starts on a Thursday (or a Wednesday, if leap).
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _is_leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(n)


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_cls_name(self, IsoCalendarDate),
                                                     self[0], self[1], self[2])


# ---- tzinfo ----------------------------------------------------------------------------------

class tzinfo:
    """Base class for time zone descriptions."""

    __slots__ = ()
    _readonly = {}
    __setattr__ = _frozen_setattr
    __delattr__ = _frozen_delattr

    def tzname(self, dt):
        """Name of the zone in force."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """Offset from UTC as a timedelta (east is positive), or None."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """Daylight saving adjustment as a timedelta, or None."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Convert a datetime whose fields are UTC into this zone."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _check_offset("dst", self.dst(dt))
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, self.__getstate__())


_tzinfo_class = tzinfo


# ---- time ------------------------------------------------------------------------------------

class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
    _readonly = _readonly_messages("time", __slots__)

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6 and ord(hour[0:1]) & 127 < 24):
            if isinstance(hour, str):
                hour = hour.encode("latin1")
            if type(minute) is not int and minute is not None:
                tzinfo = minute
            if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
                raise TypeError("bad tzinfo state arg")
            h = hour[0]
            return _time_new(cls, h & 127, hour[1], hour[2],
                             (hour[3] << 16) | (hour[4] << 8) | hour[5], tzinfo, h >> 7)
        if (type(hour) is not int or type(minute) is not int or type(second) is not int or
                type(microsecond) is not int or not 0 <= hour <= 23 or not 0 <= minute <= 59 or
                not 0 <= second <= 59 or not 0 <= microsecond <= 999999 or
                (tzinfo is not None and not isinstance(tzinfo, _tzinfo_class)) or
                (fold != 0 and fold != 1)):
            hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                                  microsecond, tzinfo, fold)
        return _time_new(cls, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """Parse an ISO 8601 string."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = _utf8_chars(time_string)
        parsed = None
        if s is not None:
            start = 1 if s[:1] == "T" else 0
            parsed = _parse_iso_time(s, start, len(s))
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        h, m, sec, us, tz = parsed
        return cls(h, m, sec, us, tz)

    def __repr__(self):
        if self.microsecond:
            r = "%s(%d, %d, %d, %d)" % (_cls_name(self, time), self.hour, self.minute,
                                        self.second, self.microsecond)
        elif self.second:
            r = "%s(%d, %d, %d)" % (_cls_name(self, time), self.hour, self.minute, self.second)
        else:
            r = "%s(%d, %d)" % (_cls_name(self, time), self.hour, self.minute)
        if self.tzinfo is not None:
            r = "%s, tzinfo=%r)" % (r[:-1], self.tzinfo)
        if self.fold:
            r = r[:-1] + ", fold=1)"
        return r

    def isoformat(self, timespec="auto"):
        """The ISO 8601 text of the value."""
        r = _format_time(self.hour, self.minute, self.second, self.microsecond, timespec, 1)
        if self.tzinfo is not None:
            r += _format_offset(self.utcoffset())
        return r

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """Format with a time.strftime() format string (plus %f, %z and %Z)."""
        _check_fmt(format)
        return _wrap_strftime(self, format, _time.struct_time(
            (1900, 1, 1, self.hour, self.minute, self.second, 0, 1, -1)))

    def __format__(self, fmt):
        _check_fmt(fmt, "format() argument 2")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Offset from UTC as a timedelta (east is positive), or None."""
        tz = self.tzinfo
        if tz is None:
            return None
        if type(tz) is timezone:
            return tz._offset
        return _check_offset("utcoffset", tz.utcoffset(None))

    def dst(self):
        """Daylight saving adjustment as a timedelta, or None."""
        tz = self.tzinfo
        if tz is None:
            return None
        return _check_offset("dst", tz.dst(None))

    def tzname(self):
        """Name of the zone in force."""
        return _call_tzname(self.tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """A copy with the given fields changed."""
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    # -- comparisons
    def _cmp(self, other, op):
        # Returns a negative, zero or positive number; None when naive vs aware.
        if self.tzinfo is other.tzinfo:
            off1 = off2 = None
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if off1 == off2:
                off1 = off2 = None
            elif off1 is None or off2 is None:
                if op == 2:
                    return 1
                raise TypeError("can't compare offset-naive and offset-aware times")
        a = ((self.hour * 60 + self.minute) * 60 + self.second) * 1000000 + self.microsecond
        b = ((other.hour * 60 + other.minute) * 60 + other.second) * 1000000 + other.microsecond
        if off1 is not None:
            a -= off1._to_us()
            b -= off2._to_us()
        return a - b

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 2) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 2) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0) >= 0
        return NotImplemented

    def __hash__(self):
        t = self
        if self.fold:
            t = self.replace(fold=0)
        off = t.utcoffset()
        us = ((t.hour * 60 + t.minute) * 60 + t.second) * 1000000 + t.microsecond
        if off is None:
            return hash((t.hour, t.minute, t.second, t.microsecond))
        return hash((us - off._to_us(),))

    def __bool__(self):
        return True

    # -- pickling
    def _getstate(self, protocol=3):
        us = self.microsecond
        h = self.hour
        if self.fold and protocol > 3:
            h += 128
        state = bytes((h, self.minute, self.second, us >> 16, (us >> 8) & 255, us & 255))
        if self.tzinfo is None:
            return (state,)
        return (state, self.tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    __setattr__ = _frozen_setattr
    __delattr__ = _frozen_delattr


_time_set = [time.__dict__[n].__set__ for n in time.__slots__]
_tm_set_h, _tm_set_m, _tm_set_s, _tm_set_us, _tm_set_tz, _tm_set_fold = _time_set


def _time_new(cls, h, m, s, us, tz, fold):
    self = _new(cls)
    _tm_set_h(self, h)
    _tm_set_m(self, m)
    _tm_set_s(self, s)
    _tm_set_us(self, us)
    _tm_set_tz(self, tz)
    _tm_set_fold(self, fold)
    return self


time.min = _time_new(time, 0, 0, 0, 0, None, 0)
time.max = _time_new(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ---- datetime --------------------------------------------------------------------------------

def _timestamp_seconds(t):
    # (whole seconds, microseconds) of a timestamp, rounding half to even.
    if type(t) is int:
        return t, 0
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t == _math.inf or t == -_math.inf:
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    return _index(t), 0


def _local_seconds(u):
    # Seconds since the epoch of the wall-clock time that the local zone shows at timestamp u.
    tm = _time.localtime(u)
    if not 1 <= tm[0] <= 9999:
        raise ValueError("year %d is out of range" % tm[0])
    return ((_ymd2ord(tm[0], tm[1], tm[2]) - 719163) * 86400 +
            tm[3] * 3600 + tm[4] * 60 + tm[5])


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
    _readonly = dict(date._readonly, **_readonly_messages("datetime", __slots__))

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if month is None or day is None:
            if (day is None and isinstance(year, (bytes, str)) and len(year) == 10 and
                    1 <= ord(year[2:3]) & 127 <= 12):
                if isinstance(year, str):
                    year = year.encode("latin1")
                if month is not None:
                    tzinfo = month
                if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
                    raise TypeError("bad tzinfo state arg")
                b = year
                return _dt_new(cls, b[0] * 256 + b[1], b[2] & 127, b[3], b[4], b[5], b[6],
                               (b[7] << 16) | (b[8] << 8) | b[9], tzinfo, b[2] >> 7)
            if month is None:
                raise TypeError("function missing required argument 'month' (pos 2)")
            raise TypeError("function missing required argument 'day' (pos 3)")
        if (type(year) is not int or type(month) is not int or type(day) is not int or
                not 1 <= year <= 9999 or not 1 <= month <= 12 or day < 1 or day > 28):
            year, month, day = _check_date(year, month, day)
        if (type(hour) is not int or type(minute) is not int or type(second) is not int or
                type(microsecond) is not int or not 0 <= hour <= 23 or not 0 <= minute <= 59 or
                not 0 <= second <= 59 or not 0 <= microsecond <= 999999 or
                (tzinfo is not None and not isinstance(tzinfo, _tzinfo_class)) or
                (fold != 0 and fold != 1)):
            hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                                  microsecond, tzinfo, fold)
        return _dt_new(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    # -- alternate constructors
    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        secs, us = _timestamp_seconds(t)
        tm = (_time.gmtime if utc else _time.localtime)(secs)
        result = cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz)
        if tz is None and not utc:
            # Detect the second occurrence of an ambiguous wall time (fold=1): compare with the
            # local time a day earlier; if the UTC offset shrank, look for the earlier twin.
            wall = _local_seconds(secs)
            shift = (wall - secs) - (_local_seconds(secs - 86400) - (secs - 86400))
            if shift < 0 and _local_seconds(secs + shift) == wall:
                result = result.replace(fold=1)
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Build an instance from a POSIX timestamp, in local time unless tz is given."""
        if tz is not None and not isinstance(tz, _tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Naive UTC datetime from a POSIX timestamp."""
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current time, in local time unless tz is given."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC time as a naive datetime."""
        return cls._from_timestamp(_time.time(), True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """A datetime from a date and a time."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _arg_name(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _arg_name(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse an ISO 8601 string."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = None
        s = date_string
        if len(s) >= 7:
            # Any one character may separate the date from the time.
            for pos in (7, 8, 10):
                if pos < len(s) and s[pos] > "\x7f":
                    s = s[:pos] + "T" + s[pos + 1:]
                    break
            s = _utf8_chars(s)
        if s is not None and len(s) >= 7:
            sep = _iso_date_length(s)
            if sep is not None:
                ymd = _parse_iso_date(s, sep)
                if ymd is not None:
                    if sep >= len(s):
                        parsed = ymd + (0, 0, 0, 0, None)
                    else:
                        t = _parse_iso_time(s, sep + 1, len(s))
                        if t is not None:
                            parsed = ymd + t
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*parsed)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse a string with a strptime() format."""
        v = _strptime(date_string, format)
        y, mo, d, h, mi, s, us, off, name = v
        tz = None
        if off is not None:
            delta = timedelta(microseconds=off)
            tz = timezone(delta, name) if name else timezone(delta)
        return cls(y, mo, d, h, mi, s, us, tz)

    # -- field access
    def date(self):
        """The date part."""
        return _date_new(_date_class, self.year, self.month, self.day)

    def time(self):
        """The time part, without tzinfo."""
        return _time_new(_time_class, self.hour, self.minute, self.second, self.microsecond,
                         None, self.fold)

    def timetz(self):
        """The time part, keeping tzinfo."""
        return _time_new(_time_class, self.hour, self.minute, self.second, self.microsecond,
                         self.tzinfo, self.fold)

    def utcoffset(self):
        """Offset from UTC as a timedelta (east is positive), or None."""
        tz = self.tzinfo
        if tz is None:
            return None
        if type(tz) is timezone:
            return tz._offset
        return _check_offset("utcoffset", tz.utcoffset(self))

    def dst(self):
        """Daylight saving adjustment as a timedelta, or None."""
        tz = self.tzinfo
        if tz is None:
            return None
        return _check_offset("dst", tz.dst(self))

    def tzname(self):
        """Name of the zone in force."""
        return _call_tzname(self.tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def timetuple(self):
        """A time.struct_time for the value."""
        dst = self.dst()
        if dst is None:
            flag = -1
        else:
            flag = 1 if dst else 0
        return _build_struct_time(self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, flag)

    def utctimetuple(self):
        """A time.struct_time for the value converted to UTC."""
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _build_struct_time(t.year, t.month, t.day, t.hour, t.minute, t.second, 0)

    def _local_epoch_seconds(self, fold=None):
        # POSIX timestamp of this naive local wall time (whole seconds), honouring fold.
        if fold is None:
            fold = self.fold
        t = ((_ymd2ord(self.year, self.month, self.day) - 719163) * 86400 +
             self.hour * 3600 + self.minute * 60 + self.second)
        a = _local_seconds(t) - t
        u1 = t - a
        t1 = _local_seconds(u1)
        if t1 == t:
            u2 = u1 + (86400 if fold else -86400)
            b = _local_seconds(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = _local_seconds(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return min(u1, u2) if fold else max(u1, u2)

    def timestamp(self):
        """POSIX timestamp as a float (naive values are local time)."""
        if self.tzinfo is None:
            return self._local_epoch_seconds() + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_timezone(self):
        # The local zone (as a fixed timezone) in force at this naive local wall time.
        return _local_timezone_at(self._local_epoch_seconds())

    def astimezone(self, tz=None):
        """The same instant expressed in time zone tz (default: local)."""
        if tz is not None and not isinstance(tz, _tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
        if mytz is tz:
            return self
        off = _check_offset("utcoffset", mytz.utcoffset(self))
        if off is None:
            mytz = self._local_timezone()
            if mytz is tz:
                return self
            off = mytz.utcoffset(self)
        us = _dt_us(self) - off._to_us()
        if tz is None:
            tz = _local_timezone_at((us - _EPOCH_US) // 1000000)
        return tz.fromutc(_dt_from_us(us, tz, type(self)))

    # -- formatting
    def __repr__(self):
        args = [self.year, self.month, self.day, self.hour, self.minute]
        if self.microsecond:
            args.append(self.second)
            args.append(self.microsecond)
        elif self.second:
            args.append(self.second)
        r = "%s(%s" % (_cls_name(self, datetime), ", ".join(["%d" % a for a in args]))
        if self.fold:
            r += ", fold=1"
        if self.tzinfo is not None:
            r += ", tzinfo=%r" % (self.tzinfo,)
        return r + ")"

    def isoformat(self, sep="T", timespec="auto"):
        """The ISO 8601 text of the value."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _arg_name(sep))
        r = "%04d-%02d-%02d%s%s" % (self.year, self.month, self.day, sep,
                                    _format_time(self.hour, self.minute, self.second,
                                                 self.microsecond, timespec, 2))
        if self.tzinfo is not None:
            r += _format_offset(self.utcoffset())
        return r

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        """Text in the style of time.ctime()."""
        wd = (_ymd2ord(self.year, self.month, self.day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[wd], _MONTHNAMES[self.month],
                                                  self.day, self.hour, self.minute, self.second,
                                                  self.year)

    def strftime(self, format):
        """Format with a time.strftime() format string (plus %f, %z and %Z)."""
        _check_fmt(format)
        return _wrap_strftime(self, format, self.timetuple())

    # -- comparisons
    def _cmp(self, other, op):
        # Negative, zero or positive; op == 2 means an (in)equality test.
        if self.tzinfo is other.tzinfo:
            return _dt_us(self) - _dt_us(other)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            diff = _dt_us(self) - _dt_us(other)
        elif off1 is None or off2 is None:
            if op == 2:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        else:
            diff = _dt_us(self) - off1._to_us() - (_dt_us(other) - off2._to_us())
        if diff == 0 and op == 2 and _fold_sensitive(self, other, off1, off2):
            return 1
        return diff

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 2) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 2) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _cmperror(self, other):
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 0) < 0
        return self._cmperror(other)

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 0) <= 0
        return self._cmperror(other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 0) > 0
        return self._cmperror(other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, 0) >= 0
        return self._cmperror(other)

    def __hash__(self):
        if self.tzinfo is None:
            return hash((self.year, self.month, self.day, self.hour, self.minute, self.second,
                         self.microsecond))
        t = self
        if self.fold:
            t = self.replace(fold=0)
        off = t.utcoffset()
        if off is None:
            return hash((t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond))
        return hash((_dt_us(t) - off._to_us(),))

    # -- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_shift(self, other.days, other.seconds, other.microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_shift(self, -other.days, -other.seconds, -other.microseconds)
        if isinstance(other, datetime):
            diff = _dt_us(self) - _dt_us(other)
            if self.tzinfo is not other.tzinfo:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if off1 is not None:
                    diff -= off1._to_us() - off2._to_us()
            return _td_from_us(diff)
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented

    # -- pickling
    def _getstate(self, protocol=3):
        y = self.year
        m = self.month
        if self.fold and protocol > 3:
            m += 128
        us = self.microsecond
        state = bytes((y >> 8, y & 255, m, self.day, self.hour, self.minute, self.second,
                       us >> 16, (us >> 8) & 255, us & 255))
        if self.tzinfo is None:
            return (state,)
        return (state, self.tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
_dt_set = [datetime.__dict__[n].__set__ for n in datetime.__slots__]
_dt_set_h, _dt_set_mi, _dt_set_s, _dt_set_us, _dt_set_tz, _dt_set_fold = _dt_set


def _dt_new(cls, y, mo, d, h, mi, s, us, tz, fold):
    self = _new(cls)
    _date_set_year(self, y)
    _date_set_month(self, mo)
    _date_set_day(self, d)
    _dt_set_h(self, h)
    _dt_set_mi(self, mi)
    _dt_set_s(self, s)
    _dt_set_us(self, us)
    _dt_set_tz(self, tz)
    _dt_set_fold(self, fold)
    return self


def _dt_us(dt):
    # Microseconds since 0001-01-01 00:00 (ordinal 1 == day 0), ignoring tzinfo.
    return (((_ymd2ord(dt.year, dt.month, dt.day) * 24 + dt.hour) * 60 + dt.minute) * 60
            + dt.second) * 1000000 + dt.microsecond


def _dt_shift(dt, days, secs, us):
    # dt + timedelta(days, secs, us) with -86400 < secs < 86400 and -10**6 < us < 10**6.
    us += dt.microsecond
    secs += (dt.hour * 60 + dt.minute) * 60 + dt.second
    if us >= 1000000:
        us -= 1000000
        secs += 1
    elif us < 0:
        us += 1000000
        secs -= 1
    if secs >= 86400:
        secs -= 86400
        days += 1
    elif secs < 0:
        secs += 86400
        days -= 1
    if days:
        n = _ymd2ord(dt.year, dt.month, dt.day) + days
        if not 0 < n <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, mo, d = _ord2ymd(n)
    else:
        y = dt.year
        mo = dt.month
        d = dt.day
    h, secs = divmod(secs, 3600)
    mi, secs = divmod(secs, 60)
    cls = type(dt)
    if cls is datetime:
        return _dt_new(datetime, y, mo, d, h, mi, secs, us, dt.tzinfo, 0)
    return cls(y, mo, d, h, mi, secs, us, dt.tzinfo)


def _dt_from_us(us, tz, cls):
    s, us = divmod(us, 1000000)
    n, s = divmod(s, 86400)
    if not 0 < n <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, mo, d = _ord2ymd(n)
    mi, s = divmod(s, 60)
    h, mi = divmod(mi, 60)
    if cls is datetime:
        return _dt_new(datetime, y, mo, d, h, mi, s, us, tz, 0)
    return cls(y, mo, d, h, mi, s, us, tz)


def _fold_sensitive(a, b, off_a, off_b):
    # PEP 495: an aware datetime whose utcoffset depends on fold never equals one in another zone.
    for dt, off in ((a, off_a), (b, off_b)):
        tz = dt.tzinfo
        if tz is None or type(tz) is timezone:
            continue
        flipped = dt.replace(fold=1 - dt.fold).utcoffset()
        if flipped != off:
            return True
    return False


datetime.min = _dt_new(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _dt_new(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution


# ---- timezone --------------------------------------------------------------------------------

_UNSET = object()


class timezone(tzinfo):
    """A tzinfo with a fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, offset, name=_UNSET):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _arg_name(offset))
        if name is _UNSET:
            name = None
            if not offset and cls is timezone:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _arg_name(name))
        if offset.days < -1 or offset.days > 0 or (offset.days == -1 and offset.seconds == 0
                                                   and offset.microseconds == 0):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        return _tz_new(cls, offset, name)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_cls_name(self, timezone), self._offset)
        return "%s(%r, %r)" % (_cls_name(self, timezone), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        """Offset from UTC as a timedelta (east is positive), or None."""
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                        % _arg_name(dt))

    def tzname(self, dt):
        """Name of the zone in force."""
        if dt is None or isinstance(dt, datetime):
            if self._name is not None:
                return self._name
            if not self._offset:
                return "UTC"
            return "UTC" + _format_offset(self._offset)
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                        % _arg_name(dt))

    def dst(self, dt):
        """Daylight saving adjustment as a timedelta, or None."""
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % _arg_name(dt))

    def fromutc(self, dt):
        """Convert a datetime whose fields are UTC into this zone."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __setattr__(self, name, value):
        raise AttributeError(_no_attr_message(self, name))

    def __delattr__(self, name):
        raise AttributeError(_no_attr_message(self, name))


_tz_set_offset = timezone._offset.__set__
_tz_set_name = timezone._name.__set__


def _tz_new(cls, offset, name):
    self = _new(cls)
    _tz_set_offset(self, offset)
    _tz_set_name(self, name)
    return self


_UTC = _tz_new(timezone, _ZERO, None)
timezone.utc = _UTC
timezone.min = _tz_new(timezone, _td_raw(-1, 60, 0), None)
timezone.max = _tz_new(timezone, _td_raw(0, 86340, 0), None)
UTC = _UTC
_EPOCH = _dt_new(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
_EPOCH_US = _dt_us(_EPOCH)


def _local_timezone_at(ts):
    tm = _time.localtime(ts)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)

_PUBLIC_TYPES = (date, datetime, time, timedelta, tzinfo, timezone, IsoCalendarDate)
for _klass in _PUBLIC_TYPES:
    _klass.__module__ = "datetime"
del _klass


# ---- ISO 8601 parsing ------------------------------------------------------------------------

def _digits(s, i, n):
    # int of s[i:i+n] if those are exactly n ASCII digits, else None.
    part = s[i:i + n]
    if len(part) == n and part.isdigit() and part.isascii():
        return int(part)
    return None


# The parsers below mirror the C implementation's quirks byte for byte: they work on the UTF-8
# bytes of the argument (as a latin-1 str) and may look at the character just past the part
# they were given, as the C code does.

def _utf8_chars(s):
    try:
        return s.encode("utf-8").decode("latin-1")
    except UnicodeEncodeError:
        return None


def _at(s, i):
    return s[i] if i < len(s) else "\0"


def _iso_date_length(s):
    # Where the date part of an ISO datetime string ends (CPython's separator heuristics).
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n > 8 and s[8] == "-":
                if n == 9:
                    return None
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        i = 7
        while i < n and "0" <= s[i] <= "9":
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_date(s, length):
    # (year, month, day) for YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; None if malformed.
    year = _digits(s, 0, 4)
    if year is None:
        return None
    dash = _at(s, 4) == "-"
    p = 4 + dash
    if _at(s, p) == "W":
        week = _digits(s, p + 1, 2)
        if week is None:
            return None
        p += 3
        day = 1
        if p < length:
            if dash:
                if _at(s, p) != "-":
                    return None
                p += 1
            day = _digits(s, p, 1)
            if day is None:
                return None
        try:
            return _iso_to_ymd(year, week, day)
        except ValueError:
            return None
    month = _digits(s, p, 2)
    if month is None:
        return None
    p += 2
    if dash:
        if _at(s, p) != "-":
            return None
        p += 1
    day = _digits(s, p, 2)
    if day is None:
        return None
    return (year, month, day)


def _parse_hms(s, p, end):
    # (status, [h, m, s, us]) for HH[:MM[:SS[.fff[fff]]]] in s[p:end]; status < 0 on failure,
    # 1 when unparsed characters follow, else 0.
    vals = [0, 0, 0, 0]
    sep = True
    for i in range(3):
        v = _digits(s, p, 2)
        if v is None:
            return -3, vals
        vals[i] = v
        p += 2
        c = _at(s, p)
        p += 1
        if i == 0:
            sep = c == ":"
        if p >= end:
            return (c != "\0"), vals
        if sep and c == ":":
            continue
        if c == "." or c == ",":
            break
        if not sep:
            p -= 1
        else:
            return -4, vals
    ndig = end - p
    if ndig > 6:
        ndig = 6
    v = _digits(s, p, ndig)
    if v is None:
        return -3, vals
    vals[3] = v * 10 ** (6 - ndig)
    p += ndig
    while "0" <= _at(s, p) <= "9":
        p += 1
    return (_at(s, p) != "\0"), vals


def _parse_iso_time(s, p, end):
    # (h, m, s, us, tzinfo) for the time in s[p:end], or None.
    tzpos = p
    while True:
        c = _at(s, tzpos)
        if c == "Z" or c == "+" or c == "-":
            break
        tzpos += 1
        if tzpos >= end:
            break
    rv, vals = _parse_hms(s, p, tzpos)
    if rv < 0:
        return None
    tz = None
    if tzpos == end:
        if rv == 1:
            return None
    elif s[tzpos] == "Z":
        if _at(s, tzpos + 1) != "\0":
            return None
        tz = _UTC
    else:
        rv, tzv = _parse_hms(s, tzpos + 1, end)
        if rv:
            return None
        secs = tzv[0] * 3600 + tzv[1] * 60 + tzv[2]
        if secs == 0:
            tz = _UTC
        else:
            us = secs * 1000000 + tzv[3]
            tz = timezone(_td_from_us(-us if s[tzpos] == "-" else us))
    return (vals[0], vals[1], vals[2], vals[3], tz)


# ---- strptime --------------------------------------------------------------------------------

def _strptime(data, fmt):
    # The parsing is shared with time.strptime (_strptime.py).
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % _arg_name(data))
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % _arg_name(fmt))
    import _strptime
    return _strptime._strptime_datetime_values(data, fmt)


# CPython's datetime types are C types named 'datetime.date' etc.: the interpreter's own
# messages ("unsupported operand type(s) for +: 'datetime.date' and 'int'") use those names.
if hasattr(sys, '_slotpy_set_tp_name'):
    for _cls in (date, time, datetime, timedelta, tzinfo, timezone, IsoCalendarDate):
        sys._slotpy_set_tp_name(_cls, 'datetime.' + _cls.__name__)
    del _cls
