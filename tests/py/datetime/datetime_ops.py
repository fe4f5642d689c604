# datetime arithmetic, aware/naive rules, comparison and hashing
from datetime import datetime, date, timedelta, timezone, tzinfo


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def kind(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


d = datetime(2024, 2, 28, 23, 59, 59, 999999)
show(lambda: d + timedelta(microseconds=1))
show(lambda: d + timedelta(days=1, microseconds=1))
show(lambda: timedelta(hours=1) + d)
show(lambda: d - timedelta(days=365))
show(lambda: d - timedelta(microseconds=-1))
show(lambda: d - datetime(2024, 1, 1))
show(lambda: datetime(2024, 1, 1) - d)
show(lambda: d - d)
show(lambda: datetime.max - datetime.min)
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: datetime(9999, 12, 31, 23) + timedelta(hours=1))
kind(lambda: d + 1)
kind(lambda: d + d)
kind(lambda: d - 1.5)
kind(lambda: d < 3)
u = timezone.utc
e5 = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 3, 10, 12, 0, tzinfo=u)
b = datetime(2024, 3, 10, 7, 0, tzinfo=e5)
c = datetime(2024, 3, 10, 12, 0)
show(lambda: a - b)
show(lambda: b - a)
show(lambda: a - datetime(2024, 3, 10, 8, tzinfo=e5))
show(lambda: a + timedelta(hours=1))
show(lambda: b - timedelta(days=1))
show(lambda: a - c)
show(lambda: c - a)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == c, a != c, c == a)
show(lambda: a < c)
show(lambda: c >= a)
print(hash(a) == hash(b), hash(a) == hash(a.replace(fold=1)))
print(hash(c) == hash(datetime(2024, 3, 10, 12)), hash(c) == hash(c.replace(fold=1)))
print(len({a, b, datetime(2024, 3, 10, 12, 0, tzinfo=timezone(timedelta(0), "Z"))}))
print(c == c.replace(fold=1), a == a.replace(fold=1))
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 12, 31, 23), datetime(2024, 1, 1)]))
print(sorted([a, b, datetime(2024, 3, 10, 11, tzinfo=u)]))
times = [datetime(2024, 1, 1) + timedelta(minutes=45 * i) for i in range(6)]
print([t.strftime("%H:%M") for t in times])
print(max(times) - min(times), (times[-1] - times[0]) / timedelta(minutes=15))
print((d - datetime(2024, 1, 1)).total_seconds())
print(d.date() == date(2024, 2, 28), d == date(2024, 2, 28))


class Sub(datetime):
    pass


s = Sub(2024, 1, 1, 12)
print(repr(s), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s - s).__name__)
print(repr(s.replace(hour=1)), type(Sub.fromordinal(5)).__name__)
print(s == datetime(2024, 1, 1, 12), s.date(), repr(s.time()))
x = datetime(2020, 1, 31)
x += timedelta(days=30)
print(x)
x -= timedelta(hours=36)
print(repr(x))
