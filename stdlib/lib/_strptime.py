"""strptime parsing shared by time.strptime and datetime.strptime (slotpy)."""

import time as _time

__all__ = []

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ymd2ord(y, m, d):
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ord2ymd(n):
    # Days counted from March 1st of year 0 so that the leap day ends each year.
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


def _check_date(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or (day > _DAYS_IN_MONTH[month] and
                   (month != 2 or day != 29 or not _is_leap(year))):
        raise ValueError("day is out of range for month")


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) == n and part.isdigit() and part.isascii():
        return int(part)
    return None


# ---- the matcher --------------------------------------------------------------------------------

_LONG_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LONG_MONTHS = ("", "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


def _by_length(names):
    return sorted(names, key=len, reverse=True)


_D = "0123456789"
# Number patterns, written as lists of alternatives; each alternative is a list of character
# classes (the same alternation order as CPython's _strptime regexes, tried left to right).
_NUM_PATTERNS = {
    "d": [["3", "01"], ["12", _D], ["0", "123456789"], ["123456789"], [" ", "123456789"]],
    "f": [[_D] * k for k in range(6, 0, -1)],
    "H": [["2", "0123"], ["01", _D], [_D]],
    "I": [["1", "012"], ["0", "123456789"], ["123456789"]],
    "G": [[_D] * 4],
    "j": [["3", "6", "0123456"], ["3", "012345", _D], ["12", _D, _D], ["0", "123456789", _D],
          ["0", "0", "123456789"], ["123456789", _D], ["0", "123456789"], ["123456789"]],
    "m": [["1", "012"], ["0", "123456789"], ["123456789"]],
    "M": [["012345", _D], [_D]],
    "S": [["6", "01"], ["012345", _D], [_D]],
    "U": [["5", "0123"], ["01234", _D], [_D]],
    "W": [["5", "0123"], ["01234", _D], [_D]],
    "w": [["0123456"]],
    "u": [["1234567"]],
    "V": [["5", "0123"], ["0", "123456789"], ["1234", _D], [_D]],
    "y": [[_D, _D]],
    "Y": [[_D] * 4],
}


def _zone_sets():
    no_dst = {"utc", "gmt", _time.tzname[0].lower()}
    dst = {_time.tzname[1].lower()} if _time.daylight else set()
    return no_dst, dst


def _locale_names():
    no_dst, dst = _zone_sets()
    zones = no_dst | dst
    return {
        "a": _by_length([d[:3] for d in _LONG_DAYS]),
        "A": _by_length(list(_LONG_DAYS)),
        "b": _by_length([m[:3] for m in _LONG_MONTHS[1:]]),
        "B": _by_length(list(_LONG_MONTHS[1:])),
        "p": ["am", "pm"],
        "Z": _by_length(sorted(zones)),
    }


_NAMES = None
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_SPACE = " \t\n\r\x0b\x0c"


def _compile_format(fmt):
    # A list of tokens: ("lit", lowercase text), ("ws",), ("dir", char).
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d == "%":
                tokens.append(("lit", "%"))
            elif d in _EXPANSIONS:
                tokens.extend(_compile_format(_EXPANSIONS[d]))
            elif d in _NUM_PATTERNS or d in "aAbBpZz":
                tokens.append(("dir", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(("ws",))
        else:
            tokens.append(("lit", c.lower()))
            i += 1
    return tokens


def _match_z(s, i):
    # Candidate end positions for %z at s[i:], most preferred first.
    if s[i:i + 1] == "Z":
        return [i + 1]
    if s[i:i + 1] not in ("+", "-"):
        return []
    j = i + 1
    if _digits(s, j, 2) is None:
        return []
    j += 2
    ends = []
    if s[j:j + 1] == ":":
        j += 1
    if not ("0" <= s[j:j + 1] <= "5" and _digits(s, j + 1, 1) is not None):
        return []
    j += 2
    base = j
    k = j
    if s[k:k + 1] == ":":
        k += 1
    if "0" <= s[k:k + 1] <= "5" and _digits(s, k + 1, 1) is not None:
        k += 2
        if s[k:k + 1] == "." and _digits(s, k + 1, 1) is not None:
            m = k + 1
            while m < len(s) and m - k - 1 < 6 and "0" <= s[m] <= "9":
                m += 1
            ends.extend(range(m, k + 1, -1))
        ends.append(k)
    ends.append(base)
    return ends


def _match_dir(d, s, i, low):
    # Candidate end positions for directive d at s[i:].
    pats = _NUM_PATTERNS.get(d)
    if pats is not None:
        ends = []
        for alt in pats:
            j = i
            for cls in alt:
                if j < len(s) and s[j] in cls:
                    j += 1
                else:
                    break
            else:
                ends.append(j)
        return ends
    if d == "z":
        return _match_z(s, i)
    ends = []
    for name in _NAMES[d]:
        if low.startswith(name, i):
            ends.append(i + len(name))
    return ends


def _match(tokens, k, s, low, i, found):
    while k < len(tokens):
        tok = tokens[k]
        kind = tok[0]
        if kind == "lit":
            lit = tok[1]
            if low[i:i + 1] != lit:
                return -1
            i += 1
        elif kind == "ws":
            j = i
            while j < len(s) and s[j] in _SPACE:
                j += 1
            if j == i:
                return -1
            i = j
        else:
            d = tok[1]
            ends = _match_dir(d, s, i, low)
            if not ends:
                return -1
            if len(ends) == 1:
                found[d] = s[i:ends[0]]
                i = ends[0]
            else:
                for e in ends:
                    found[d] = s[i:e]
                    r = _match(tokens, k + 1, s, low, e, found)
                    if r >= 0:
                        return r
                return -1
        k += 1
    return i


_FORMAT_CACHE = {}


def _parse(data, fmt):
    global _NAMES
    if _NAMES is None:
        _NAMES = _locale_names()
    tokens = _FORMAT_CACHE.get(fmt)
    if tokens is None:
        tokens = _compile_format(fmt)
        if len(_FORMAT_CACHE) > 100:
            _FORMAT_CACHE.clear()
        _FORMAT_CACHE[fmt] = tokens
    found = {}
    end = _match(tokens, 0, data, data.lower(), 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    return _strptime_values(found, data, fmt)


def _strptime_datetime_values(data, fmt):
    # (year, month, day, hour, minute, second, microsecond, utc offset in us or None, tz name)
    v = _parse(data, fmt)
    name = v[10] if v[11] is not None else None
    return v[:7] + (v[11], name)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    v = _parse(data_string, format)
    off = v[11]
    gmtoff = None
    if off is not None:
        gmtoff = abs(off) // 1000000
        if off < 0:
            gmtoff = -gmtoff
    return _time.struct_time(v[0:6] + (v[7], v[8], v[9], v[10], gmtoff))


def _strptime_values(found, data, fmt):
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    offset = None
    week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    iso_week = None
    for d, v in found.items():
        if d == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif d == "Y":
            year = int(v)
        elif d == "G":
            iso_year = int(v)
        elif d == "m":
            month = int(v)
        elif d == "B":
            month = _LONG_MONTHS.index(v.lower())
        elif d == "b":
            month = [m[:3] for m in _LONG_MONTHS].index(v.lower())
        elif d == "d":
            day = int(v)
        elif d == "H":
            hour = int(v)
        elif d == "I":
            hour = int(v)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif d == "M":
            minute = int(v)
        elif d == "S":
            second = int(v)
        elif d == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif d == "A":
            weekday = _LONG_DAYS.index(v.lower())
        elif d == "a":
            weekday = [x[:3] for x in _LONG_DAYS].index(v.lower())
        elif d == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif d == "u":
            weekday = int(v) - 1
        elif d == "j":
            julian = int(v)
        elif d == "U" or d == "W":
            week_of_year = int(v)
            week_of_year_start = 6 if d == "U" else 0
        elif d == "V":
            iso_week = int(v)
        elif d == "z":
            if v == "Z":
                offset = 0
            else:
                z = v
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                frac = z[8:]
                us = int(frac + "0" * (6 - len(frac))) if frac else 0
                offset = secs * 1000000 + us
                if z[0] == "-":
                    offset = -offset
        elif d == "Z":
            tz = v
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            # Julian day from a %U/%W week number (week 0 holds the days before the first
            # Sunday/Monday of the year).
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            dow = weekday
            if week_of_year_start != 0:
                first = (first + 1) % 7
                dow = (dow + 1) % 7
            if week_of_year == 0:
                julian = 1 + dow - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + dow
        elif iso_year is not None and iso_week is not None:
            jan4 = (_ymd2ord(iso_year, 1, 4) + 6) % 7 + 1
            julian = iso_week * 7 + weekday + 1 - (jan4 + 3)
            year = iso_year
            if julian < 1:
                julian += _ymd2ord(year, 1, 1)
                year -= 1
                julian -= _ymd2ord(year, 1, 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date(year, month, day)
        julian = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    else:
        n = _ymd2ord(year, 1, 1) + julian - 1
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        year, month, day = _ord2ymd(n)
        if year > 9999:
            raise ValueError("year %d is out of range" % year)
    if weekday is None:
        weekday = (_ymd2ord(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    isdst = -1
    name = None
    if tz != -1:
        name = tz
        zone = tz.lower()
        no_dst, dst = _zone_sets()
        for value, zones in enumerate((no_dst, dst)):
            if zone in zones:
                if (_time.tzname[0] == _time.tzname[1] and _time.daylight
                        and zone not in ("utc", "gmt")):
                    break
                isdst = value
                break
    return (year, month, day, hour, minute, second, fraction, weekday, julian, isdst, name,
            offset)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    # cls(...) from the parsed values, with a datetime.timezone when %z was given.
    y, mo, d, h, mi, s, us, off, name = _strptime_datetime_values(data_string, format)
    args = (y, mo, d, h, mi, s, us)
    if off is not None:
        import datetime
        delta = datetime.timedelta(microseconds=off)
        tz = datetime.timezone(delta, name) if name else datetime.timezone(delta)
        args += (tz,)
    return cls(*args)
