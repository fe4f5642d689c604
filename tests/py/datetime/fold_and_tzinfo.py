# PEP 495 fold handling with a fold-aware tzinfo, tzinfo copying, utctimetuple/timetuple
import copy
from datetime import datetime, date, time, timedelta, timezone, tzinfo


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Eastern(tzinfo):
    """US Eastern time with the 2007 rules, fold-aware."""

    def __init__(self, label="US/Eastern"):
        self.label = label

    def _dst_range(self, year):
        # second Sunday of March, first Sunday of November, at 2:00 local
        start = datetime(year, 3, 8)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start.replace(hour=2), end.replace(hour=2)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_range(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def fromutc(self, dt):
        start, end = self._dst_range(dt.year)
        start = start.replace(tzinfo=self) + timedelta(hours=5)
        end = end.replace(tzinfo=self) + timedelta(hours=4)
        std = dt + timedelta(hours=-5)
        dstt = dt + timedelta(hours=-4)
        if end <= dt < end + timedelta(hours=1):
            return std.replace(fold=1)
        if start <= dt < end:
            return dstt
        return std

    def __repr__(self):
        return "Eastern(%r)" % self.label


et = Eastern()
a0 = datetime(2024, 11, 3, 1, 30, tzinfo=et)
a1 = a0.replace(fold=1)
print(repr(a0), a0.utcoffset(), a0.tzname(), repr(a1), a1.utcoffset(), a1.tzname())
print(a0.astimezone(timezone.utc), a1.astimezone(timezone.utc))
print(a0 == a1, a0 - a1, a1 - a0, hash(a0) == hash(a1))
u = a1.astimezone(timezone.utc)
print(u == a1, a1 == u, u == a0, a0 < u)
back = u.astimezone(et)
print(repr(back), back.fold)
for h in range(4, 8):
    x = datetime(2024, 11, 3, h, 30, tzinfo=timezone.utc).astimezone(et)
    print(h, repr(x), x.tzname(), x.isoformat())
g = datetime(2024, 3, 10, 2, 30, tzinfo=et)
print(g.utcoffset(), g.replace(fold=1).utcoffset(), g.astimezone(timezone.utc))
print(a0.timetuple())
print(a0.utctimetuple(), a1.utctimetuple())
print(datetime(2024, 7, 1, tzinfo=et).timetuple().tm_isdst, datetime(2024, 1, 1, tzinfo=et).timetuple().tm_isdst)
print(repr(copy.deepcopy(a1)), copy.deepcopy(a1).tzinfo.label, copy.deepcopy(et).label)
print(repr(copy.copy(et)), type(copy.copy(et)) is Eastern)
print(repr(et.__reduce__()[0]), et.__reduce__()[1])
t = time(1, 30, tzinfo=et)
print(t.utcoffset(), t.tzname(), t.dst(), t.isoformat())


class Named(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return timedelta(minutes=self.off)

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None

    def __getinitargs__(self):
        return (self.off,)


n = datetime(2024, 1, 1, 12, tzinfo=Named(90))
print(n.isoformat(), n.tzname(), n.dst(), n.timetuple().tm_isdst, n.strftime("[%Z][%z]"))
show(lambda: Named(90).fromutc(datetime(2024, 1, 1, tzinfo=None)))
show(lambda: n.tzinfo.fromutc(n))
print(copy.deepcopy(n) == n, copy.deepcopy(n).tzinfo.off)
print(Named(90).__reduce__()[1])
show(lambda: n.astimezone(timezone.utc))
show(lambda: n - datetime(2024, 1, 1, 10, 30, tzinfo=timezone.utc))
show(lambda: datetime(2024, 1, 1, 12, tzinfo=Named(-1500)).utcoffset())
show(lambda: datetime(2024, 1, 1, 12, tzinfo=Named(1439)).isoformat())
