# float components and float multiplication/division (round half to even, like CPython)
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for us in (0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.4999, 0.5001, 3.75, -3.75):
    show(lambda: timedelta(microseconds=us))
show(lambda: timedelta(seconds=1.5e-6))
show(lambda: timedelta(seconds=2.5e-6))
show(lambda: timedelta(seconds=0.1))
show(lambda: timedelta(seconds=1.1))
show(lambda: timedelta(days=0.1, hours=0.1, microseconds=0.5))
show(lambda: timedelta(days=1.5))
show(lambda: timedelta(days=-1.5))
show(lambda: timedelta(weeks=0.3))
show(lambda: timedelta(hours=1.0 / 3))
show(lambda: timedelta(minutes=2.25, milliseconds=0.0015))
show(lambda: timedelta(milliseconds=-0.0015))
show(lambda: timedelta(days=1e-12))
show(lambda: timedelta(seconds=123456.789012345))
show(lambda: timedelta(days=1e9))
d = timedelta(days=1)
for f in (1.5, 0.1, 1 / 3, -2.5, 1e-7, 0.0):
    show(lambda: d * f)
    show(lambda: f * d)
    show(lambda: d / f)
show(lambda: timedelta(microseconds=5) / 2)
show(lambda: timedelta(microseconds=7) / 2)
show(lambda: timedelta(microseconds=-7) / 2)
show(lambda: timedelta(microseconds=7) * 0.5)
show(lambda: timedelta(microseconds=5) * 0.5)
show(lambda: timedelta(microseconds=3) / 2.0)
show(lambda: timedelta(1) / 7)
show(lambda: timedelta(1) / -7)
show(lambda: timedelta(seconds=1) * float("inf"))
show(lambda: timedelta(seconds=1) * float("nan"))
show(lambda: timedelta(seconds=1) / float("inf"))
show(lambda: timedelta(seconds=1) / 0.0)
show(lambda: timedelta(days=999999999) * 1.5)
show(lambda: timedelta(hours=1) / timedelta(minutes=7))
show(lambda: timedelta(hours=1) / timedelta(0))
