# strftime, __format__ and f-strings for date, time and datetime
from datetime import date, time, datetime, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 3, 9)
dt = datetime(2024, 3, 9, 14, 5, 7, 89)
aw = dt.replace(tzinfo=timezone(timedelta(hours=5, minutes=30), "IST"))
t = time(9, 8, 7, 654321)
fmts = ["%Y-%m-%d", "%d/%m/%y", "%A %B %d", "%a %b %e", "%H:%M:%S.%f", "%I:%M %p", "%j", "%U %W",
        "%w %u", "%G-W%V", "%z|%Z", "%%Y %%f %%z", "%c", "%x", "%X", "%D %T", "%R", "%C %g",
        "%h %n %t|", "%f%f", "literal only", "", "%Y%"]
for f in fmts:
    show(lambda: (d.strftime(f), dt.strftime(f), aw.strftime(f), t.strftime(f)))
show(lambda: time(1, tzinfo=timezone(timedelta(hours=-2))).strftime("%H %z %Z"))
show(lambda: datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=3723, microseconds=5))).strftime("%z"))
show(lambda: datetime(2024, 1, 1, tzinfo=timezone(-timedelta(seconds=30))).strftime("%z"))
show(lambda: datetime(2024, 1, 1, tzinfo=timezone(timedelta(0), "a%Yb")).strftime("%Z"))
show(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).strftime("%z %Z"))
show(lambda: d.strftime(5))

show(lambda: date(1000, 1, 1).strftime("%Y-%m-%d"))
show(lambda: date(2000, 12, 31).strftime("%j %U %W"))
print(format(d), format(d, ""), format(d, "%Y"), format(dt, "%H:%M"), format(t, "%S.%f"))
print(f"{d}", f"{dt}", f"{t}", f"{aw}", f"{d:%d.%m.%Y}", f"{dt:%Y-%m-%dT%H}", f"{t:%I%p}")
print("{:%B}".format(d), "{0:%y}".format(dt), "{}".format(timedelta(days=2, seconds=3)))
show(lambda: format(d, 5))

print(str(d), str(dt), str(aw), str(t), str(aw.timetz()))
print(repr(d), repr(dt), repr(aw), repr(t))
print([d.strftime("%a %A %b %B") for d in (date(2024, m, m) for m in range(1, 13))])
