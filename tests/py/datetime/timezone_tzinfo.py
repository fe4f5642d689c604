# timezone (fixed offsets), custom tzinfo subclasses, astimezone with explicit zones
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC
import datetime as dtmod


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(timezone.utc), str(timezone.utc), UTC is timezone.utc, dtmod.UTC is dtmod.timezone.utc)
print(repr(timezone.min), repr(timezone.max), str(timezone.min), str(timezone.max))
for off in (timedelta(hours=1), timedelta(hours=-5), timedelta(hours=5, minutes=30),
            timedelta(hours=-5, minutes=-30), timedelta(seconds=-1), timedelta(minutes=90),
            timedelta(seconds=3661, microseconds=5), timedelta(0)):
    tz = timezone(off)
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
show(lambda: timezone(timedelta(0)) is timezone.utc)
show(lambda: timezone(timedelta(0), "UTC"))
show(lambda: timezone(timedelta(0), "UTC") == timezone.utc)
show(lambda: timezone(timedelta(hours=1), "CET"))
show(lambda: str(timezone(timedelta(hours=1), "CET")))
show(lambda: timezone(timedelta(hours=1), name="X%Y"))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)))
show(lambda: timezone(timedelta(hours=5), 3))
show(lambda: timezone(5))
show(lambda: timezone(offset=timedelta(hours=2)))
tz = timezone(timedelta(hours=2))
print(tz == timezone(timedelta(hours=2), "other"), tz != timezone.utc, tz == 2)
print(hash(tz) == hash(timezone(timedelta(hours=2), "x")))
print(len({timezone.utc, timezone(timedelta(0), "Z"), tz}))
show(lambda: tz.utcoffset(1))
show(lambda: tz.tzname("x"))
show(lambda: tz.dst(1.0))
show(lambda: tz.fromutc(1))
show(lambda: tz.fromutc(datetime(2024, 1, 1)))
show(lambda: tz.fromutc(datetime(2024, 1, 1, tzinfo=tz)))
show(lambda: tz.utcoffset(datetime(2024, 1, 1)))
u = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
for z in (tz, timezone(timedelta(hours=-7), "PDT"), timezone(timedelta(hours=5, minutes=45)),
          timezone.utc):
    x = u.astimezone(z)
    print(repr(x), x, x.tzname(), x == u, x - u)
show(lambda: u.astimezone(5))
show(lambda: u.astimezone(tz).astimezone(timezone.utc) == u)
print(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo))


class Base(tzinfo):
    pass


show(lambda: Base().utcoffset(None))
show(lambda: Base().tzname(None))
show(lambda: Base().dst(None))
show(lambda: datetime(2024, 1, 1, tzinfo=Base()).utcoffset())
show(lambda: Base().fromutc(5))


class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        return timedelta(hours=1) if 4 <= dt.month <= 10 else timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "EST()"


est = EST()
w = datetime(2024, 1, 15, 9, 0, tzinfo=est)
s = datetime(2024, 7, 15, 9, 0, tzinfo=est)
print(repr(w), w, w.utcoffset(), w.dst(), w.tzname(), w.timetuple().tm_isdst)
print(repr(s), s, s.utcoffset(), s.dst(), s.tzname(), s.timetuple().tm_isdst)
print(s.astimezone(timezone.utc), w.astimezone(timezone.utc))
print(repr(datetime(2024, 7, 15, 13, tzinfo=timezone.utc).astimezone(est)))
print(repr(est.fromutc(datetime(2024, 7, 15, 13, tzinfo=est))))
print(s.strftime("%Y-%m-%d %H:%M %z %Z"), w.strftime("%z|%Z"))
print(s - w, s == datetime(2024, 7, 15, 13, tzinfo=timezone.utc))
print(datetime(2024, 7, 15, 13, tzinfo=timezone.utc) == s)


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 5

    def dst(self, dt):
        return timedelta(days=2)


bad = datetime(2024, 1, 1, tzinfo=Bad())
show(lambda: bad.utcoffset())
show(lambda: bad.tzname())
show(lambda: bad.dst())
show(lambda: time(1, tzinfo=Bad()).utcoffset())
show(lambda: bad.isoformat())
show(lambda: bad.timetuple())
try:
    class TZ(timezone):
        pass
except TypeError as e:
    print("TypeError", e)
