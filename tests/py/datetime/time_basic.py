# time objects: construction, formatting, replace, comparison, hashing
from datetime import time, timezone, timedelta, tzinfo


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: time())
show(lambda: time(1))
show(lambda: time(1, 2))
show(lambda: time(1, 2, 3))
show(lambda: time(1, 2, 3, 4))
show(lambda: time(0, 0, 0, 4))
show(lambda: time(23, 59, 59, 999999))
show(lambda: time(hour=5, second=7))
show(lambda: time(24))
show(lambda: time(-1))
show(lambda: time(1, 60))
show(lambda: time(1, 1, 60))
show(lambda: time(1, 1, 1, 10**6))
show(lambda: time(1, 1, 1, -1))
show(lambda: time(1.5))
show(lambda: time(1, fold=2))
show(lambda: time(1, fold=1))
show(lambda: time(1, tzinfo=1))
show(lambda: time(1, tzinfo=timezone.utc))
show(lambda: time(1, 2, 3, 4, timezone(timedelta(hours=-5)), fold=1))
show(lambda: time(12, 30, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST")))
print(time.min, time.max, repr(time.resolution))
t = time(13, 5, 9, 120)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(str(t), t.isoformat())
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec),
          time(1, 2, 3, 999999).isoformat(spec))
show(lambda: t.isoformat("bogus"))
tz = timezone(timedelta(hours=-3, minutes=-30))
print(time(7, tzinfo=tz), time(7, tzinfo=timezone.utc).isoformat("minutes"))
print(time(7, tzinfo=timezone(timedelta(seconds=3601, microseconds=5))))
print(time(7, tzinfo=tz).utcoffset(), time(7, tzinfo=tz).tzname(), time(7, tzinfo=tz).dst())
print(time(7).utcoffset(), time(7).tzname(), time(7).dst())
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=tz)), repr(t.replace(tzinfo=tz).replace(tzinfo=None)))
print(repr(t.replace(fold=1)), repr(t.replace(microsecond=0, second=0)))
show(lambda: t.replace(hour=24))
print(time(1) < time(2), time(1) == time(1, fold=1), time(1, 0, 0, 1) > time(1), time(3) >= time(3))
print(time(1) == 1, time(1) != "x")
print(time(12, tzinfo=timezone.utc) == time(7, tzinfo=timezone(timedelta(hours=-5))))
print(time(12, tzinfo=timezone.utc) < time(8, tzinfo=timezone(timedelta(hours=-5))))
print(time(12) == time(12, tzinfo=timezone.utc), time(12) != time(12, tzinfo=timezone.utc))
show(lambda: time(12) < time(12, tzinfo=timezone.utc))
print(hash(time(1)) == hash(time(1, fold=1)))
print(hash(time(12, tzinfo=timezone.utc)) == hash(time(7, tzinfo=timezone(timedelta(hours=-5)))))
print(bool(time()), bool(time(0, tzinfo=timezone(timedelta(hours=1)))))
print(sorted([time(5), time(1, 30), time(23), time(0)]))
print(len({time(1), time(1, fold=1), time(2)}))
print(time.fromisoformat("10:20:30.123456"), repr(time.fromisoformat("T10:20")))


class Plus2(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def tzname(self, dt):
        return "P2" if dt is None else "P2!"

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "Plus2()"


p = time(9, 15, tzinfo=Plus2())
print(repr(p), p, p.utcoffset(), p.tzname(), p.dst(), p.strftime("%H:%M %z %Z"))
print(p == time(7, 15, tzinfo=timezone.utc))
