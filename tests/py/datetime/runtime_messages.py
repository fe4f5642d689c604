# The interpreter's own messages name the types datetime.date etc., as CPython's C types
import datetime as dt
d = dt.date(2024, 1, 2)
for f in [lambda: d + 1, lambda: d < 1, lambda: dt.timedelta(1) * 'x', lambda: 1 - dt.time(1), lambda: format(dt.timedelta(1), 'x'),
          lambda: dt.datetime.now() + dt.date.today(), lambda: dt.timezone.utc < dt.timezone.utc, lambda: dt.date.fromordinal('x'),
          lambda: len(d), lambda: d[0], lambda: iter(dt.timedelta()), lambda: hash(dt.datetime(2020,1,1)) == hash(dt.datetime(2020,1,1))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(type(d), type(d).__name__, dt.date.__qualname__, repr(dt.timedelta(1)))
class MyDate(dt.date): pass
try:
    MyDate(2020, 1, 1) + 'x'
except TypeError as e:
    print(e)
