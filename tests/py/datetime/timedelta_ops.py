# timedelta arithmetic, comparison, hashing
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def kind(f):
    # Only the exception type: the message names types (CPython prints 'datetime.timedelta').
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


a = timedelta(days=1, hours=2)
b = timedelta(minutes=-30, microseconds=7)
show(lambda: a + b)
show(lambda: a - b)
show(lambda: b - a)
show(lambda: -a)
show(lambda: +b)
show(lambda: abs(b))
show(lambda: abs(-a))
show(lambda: a * 3)
show(lambda: 3 * a)
show(lambda: a * -2)
show(lambda: a * True)
show(lambda: a // 7)
show(lambda: a // -7)
show(lambda: a // b)
show(lambda: a / b)
show(lambda: a % b)
show(lambda: a % timedelta(hours=5))
show(lambda: divmod(a, timedelta(hours=5)))
show(lambda: divmod(a, b))
show(lambda: a // timedelta(0))
show(lambda: a // 0)
show(lambda: a / 0)
show(lambda: a % timedelta(0))
show(lambda: divmod(a, timedelta(0)))
show(lambda: timedelta.max + timedelta.resolution)
show(lambda: timedelta.min - timedelta.resolution)
show(lambda: -timedelta.max)
show(lambda: -timedelta.min)
show(lambda: timedelta.max * 2)
kind(lambda: a + 1)
kind(lambda: 1 + a)
kind(lambda: a - 1)
kind(lambda: a * "x")
kind(lambda: a * [1])
kind(lambda: a / "x")
kind(lambda: a // 1.5)
kind(lambda: a % 2)
print(a == timedelta(hours=26), a != timedelta(hours=26), a == b, a != b)
print(a < b, a <= b, a > b, a >= b, b < a)
print(a == 1, a != 1, a == "x", a == None)
kind(lambda: a < 1)
kind(lambda: a >= None)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(-timedelta(days=1)))
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)), hash(a) == hash(a * 1))
s = {timedelta(1), timedelta(hours=24), timedelta(seconds=86400), timedelta(2)}
print(len(s), sorted(s))
print(sorted([timedelta(3), -timedelta(1), timedelta(0), timedelta(microseconds=1)]))
print(max(timedelta(1), timedelta(hours=25)), min(timedelta(1), timedelta(hours=25)))
print(sum([timedelta(hours=h) for h in range(10)], timedelta()))
d = {timedelta(1): "one"}
print(d[timedelta(hours=24)])
