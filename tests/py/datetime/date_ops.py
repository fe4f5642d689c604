# date arithmetic, comparisons, hashing and the date/datetime relationship
from datetime import date, datetime, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def kind(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


d = date(2024, 2, 28)
show(lambda: d + timedelta(1))
show(lambda: d + timedelta(2))
show(lambda: timedelta(days=366) + d)
show(lambda: d - timedelta(days=59))
show(lambda: d - timedelta(days=60))
show(lambda: d + timedelta(hours=23))
show(lambda: d + timedelta(hours=47))
show(lambda: d - timedelta(hours=1))
show(lambda: d - timedelta(seconds=1))
show(lambda: d + timedelta(days=-1, seconds=86399))
show(lambda: d - date(2024, 1, 1))
show(lambda: date(2024, 1, 1) - d)
show(lambda: d - d)
show(lambda: date(9999, 12, 31) - date(1, 1, 1))
show(lambda: date(9999, 12, 31) + timedelta(1))
show(lambda: date(1, 1, 1) - timedelta(1))
show(lambda: date(1, 1, 1) + timedelta.max)
kind(lambda: d + 1)
kind(lambda: d - 1)
kind(lambda: 1 - d)
kind(lambda: d + d)
kind(lambda: d - datetime(2024, 1, 1))
kind(lambda: datetime(2024, 1, 1) - d)
kind(lambda: d < 5)
print(d == date(2024, 2, 28), d != date(2024, 2, 28), d == date(2024, 2, 27))
print(d < date(2024, 3, 1), d > date(2024, 3, 1), d <= d, d >= d, date(2023, 12, 31) < d)
print(d == 5, d != 5, d == "2024-02-28", d == None)
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1))
print(date(2024, 1, 1) != datetime(2024, 1, 1), datetime(2024, 1, 1) != date(2024, 1, 1))
show(lambda: date(2024, 1, 1) < datetime(2024, 1, 2))
show(lambda: datetime(2024, 1, 1) < date(2024, 1, 2))
show(lambda: date(2024, 1, 1) >= datetime(2024, 1, 2))
show(lambda: datetime(2024, 1, 1) > date(2024, 1, 2))
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), hash(d) == hash(d + timedelta(0)))
s = {date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}
print(len(s), sorted(s))
days = [date(2024, 1, 1) + timedelta(days=i * 37) for i in range(12)]
print([x.isoformat() for x in days])
print(sorted(days, reverse=True)[:3], max(days), min(days))
print({date(2000, 1, 1): "y2k"}[date(2000, 1, 1)])
total = timedelta()
for a, b in zip(days, days[1:]):
    total += b - a
print(total, days[-1] - days[0] == total)
x = date(2024, 1, 31)
x += timedelta(days=1)
print(x)
x -= timedelta(weeks=1)
print(x)
