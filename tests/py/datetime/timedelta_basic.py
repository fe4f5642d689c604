# timedelta construction, normalization, repr/str and class attributes
from datetime import timedelta


def show(f):
    try:
        r = f()
        print(repr(r), str(r) if isinstance(r, timedelta) else "")
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: timedelta())
show(lambda: timedelta(1))
show(lambda: timedelta(1, 3600))
show(lambda: timedelta(days=1, seconds=3600))
show(lambda: timedelta(0, 0, 1))
show(lambda: timedelta(microseconds=-1))
show(lambda: timedelta(seconds=-1))
show(lambda: timedelta(days=-1))
show(lambda: timedelta(days=-2, hours=3))
show(lambda: timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8))
show(lambda: timedelta(hours=25))
show(lambda: timedelta(minutes=-61))
show(lambda: timedelta(milliseconds=1500))
show(lambda: timedelta(microseconds=10**6 * 86400 * 3 + 5))
show(lambda: timedelta(seconds=86399, microseconds=999999))
show(lambda: timedelta(days=999999999))
show(lambda: timedelta(days=-999999999))
show(lambda: timedelta(days=10**9))
show(lambda: timedelta(days=-10**9))
show(lambda: timedelta(days=999999999, hours=24))
show(lambda: timedelta(True, False))
show(lambda: timedelta("1"))
show(lambda: timedelta(hours="1"))
show(lambda: timedelta(weeks=None))
show(lambda: timedelta(minutes=[]))
show(lambda: timedelta(seconds=float("inf")))
show(lambda: timedelta(seconds=float("nan")))
for name in ("min", "max", "resolution"):
    v = getattr(timedelta, name)
    print(name, repr(v), str(v))
d = timedelta(days=3, seconds=7, microseconds=11)
print(d.days, d.seconds, d.microseconds)
print(d.total_seconds(), timedelta(microseconds=1).total_seconds(), timedelta.max.total_seconds())
print(timedelta(days=-1, seconds=1).total_seconds())
for days in (1, -1, 2, -2, 0, 10, -10):
    print(str(timedelta(days=days, seconds=5, microseconds=42)))
print(str(timedelta(hours=10, minutes=2)))
print(str(-timedelta(microseconds=1)))
print(type(timedelta(1)), timedelta.__name__, timedelta.__qualname__, timedelta.__module__)
print(isinstance(timedelta(1), timedelta))
print(f"{timedelta(hours=1, minutes=30)}", "%s|%r" % (timedelta(1), timedelta(1)))
print([str(timedelta(minutes=m)) for m in (0, 1, 59, 60, 61, 1439, 1440, 1441)])
