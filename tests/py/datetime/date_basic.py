# date construction, validation, accessors and conversions
from datetime import date, MINYEAR, MAXYEAR
import datetime


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(MINYEAR, MAXYEAR, datetime.MINYEAR, datetime.MAXYEAR)
show(lambda: date(2024, 1, 2))
show(lambda: date(year=2024, month=2, day=29))
show(lambda: date(1, 1, 1))
show(lambda: date(9999, 12, 31))
show(lambda: date(0, 1, 1))
show(lambda: date(10000, 1, 1))
show(lambda: date(-5, 1, 1))
show(lambda: date(2023, 2, 29))
show(lambda: date(1900, 2, 29))
show(lambda: date(2000, 2, 29))
show(lambda: date(2023, 13, 1))
show(lambda: date(2023, 0, 1))
show(lambda: date(2023, 4, 31))
show(lambda: date(2023, 4, 0))
show(lambda: date(0, 13, 32))
show(lambda: date(2023, 13, 32))
show(lambda: date(2023.0, 1, 1))
show(lambda: date("2023", 1, 1))
show(lambda: date(2023, 1, 1.5))
show(lambda: date(2023))
show(lambda: date(2023, 5))
show(lambda: date(True, True, True))
print(date.min, date.max, repr(date.resolution))
d = date(2024, 3, 15)
print(d.year, d.month, d.day)
print(str(d), d.isoformat(), repr(d))
print(d.ctime())
print(d.timetuple())
print(d.toordinal(), date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal())
print(d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().year, d.isocalendar().week, d.isocalendar().weekday)
y, w, wd = d.isocalendar()
print(y, w, wd, tuple(d.isocalendar()), d.isocalendar()[1], len(d.isocalendar()))
print(type(d.isocalendar()))
for args in [(2024, 1, 1), (2023, 1, 1), (2021, 1, 3), (2020, 12, 31), (2026, 12, 31),
             (2027, 1, 1), (2015, 12, 31), (2008, 12, 29), (1, 1, 1), (9999, 12, 31)]:
    x = date(*args)
    print(x, x.weekday(), x.isocalendar(), x.toordinal(), x.timetuple().tm_yday)
for n in (1, 2, 365, 366, 730120, 738000, 3652059):
    print(n, date.fromordinal(n))
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(-3))
show(lambda: date.fromordinal(3652060))
show(lambda: date.fromordinal(1.0))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2004, 53, 1))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2021, 0, 1))
show(lambda: date.fromisocalendar(2021, 1, 0))
show(lambda: date.fromisocalendar(2021, 1, 8))
show(lambda: date.fromisocalendar(0, 1, 1))
show(lambda: date.fromisocalendar(10000, 1, 1))
print(d.replace(), d.replace(year=2000), d.replace(month=2, day=1), d.replace(2020, 2, 29))
show(lambda: d.replace(day=32))
show(lambda: date(2024, 2, 29).replace(year=2023))
# every day of a leap year and a non-leap year round-trips through the ordinal
ok = True
for year in (1600, 1700, 1900, 2000, 2023, 2024):
    n = date(year, 1, 1).toordinal()
    cur = date(year, 1, 1)
    while cur.year == year:
        if date.fromordinal(cur.toordinal()) != cur or cur.toordinal() != n:
            ok = False
        n += 1
        cur = date.fromordinal(n)
print("roundtrip", ok)
print(date.__name__, date.__qualname__, date.__module__, date)
print(date.today.__name__, type(date.today()) is date, date.today() > date(2020, 1, 1))
