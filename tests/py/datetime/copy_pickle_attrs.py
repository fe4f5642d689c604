# copy/deepcopy/__reduce__, immutability, attribute errors and subclassing
import copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


objs = [date(2024, 1, 2), time(3, 4, 5, 6), time(23, 0, tzinfo=timezone.utc, fold=1),
        datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 11, 3, 1, 30, fold=1),
        datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-3), "BRT")),
        timedelta(days=-1, seconds=5, microseconds=7), timezone(timedelta(minutes=90)),
        timezone.utc, timezone(timedelta(hours=1), "CET")]
for o in objs:
    c = copy.copy(o)
    dc = copy.deepcopy(o)
    print(repr(c), c == o, dc == o, type(dc) is type(o),
          getattr(c, "fold", None) == getattr(o, "fold", None))
print(repr(date(2024, 1, 2).__reduce__()))
print(repr(datetime(2024, 1, 2, 3, 4, 5, 6).__reduce__()))
print(repr(datetime(2024, 1, 2, fold=1).__reduce_ex__(2)))
print(repr(datetime(2024, 1, 2, fold=1).__reduce_ex__(4)))
print(repr(time(1, 2).__reduce__()), repr(time(1, 2, fold=1).__reduce_ex__(4)))
print(repr(time(1, 2, tzinfo=timezone.utc).__reduce__()))
print(repr(timedelta(1, 2, 3).__reduce__()))
print(repr(timezone(timedelta(hours=1), "X").__getinitargs__()))
print(repr(date(b"\x07\xe8\x01\x02")), repr(datetime(b"\x07\xe8\x81\x02\x03\x04\x05\x00\x00\x06")))
print(repr(time(b"\x81\x02\x03\x00\x00\x07")), repr(time(b"\x01\x02\x03\x00\x00\x07", timezone.utc)))
print(copy.copy(timezone.utc) is timezone.utc, copy.deepcopy(timezone.utc) is timezone.utc)
print(date(2024, 1, 2).isocalendar().__reduce__())
for obj, names in [(timedelta(1), ["days", "seconds", "microseconds", "foo"]),
                   (date(2024, 1, 1), ["year", "month", "day", "foo", "min", "replace"]),
                   (time(1), ["hour", "minute", "second", "microsecond", "tzinfo", "fold", "foo"]),
                   (datetime(2024, 1, 1), ["year", "day", "hour", "tzinfo", "fold", "foo"]),
                   (timezone.utc, ["foo", "utc"]), (tzinfo(), ["foo"])]:
    for n in names:
        try:
            setattr(obj, n, 1)
            print("set", n, "ok")
        except AttributeError as e:
            print("set", n, e)
        try:
            delattr(obj, n)
            print("del", n, "ok")
        except AttributeError as e:
            print("del", n, e)
print(hasattr(date(2024, 1, 1), "__dict__"), hasattr(datetime(2024, 1, 1), "__dict__"),
      hasattr(timedelta(1), "__dict__"), hasattr(time(), "__dict__"))


class MyDate(date):
    def __new__(cls, y, m, d, note=""):
        self = super().__new__(cls, y, m, d)
        self.note = note
        return self


md = MyDate(2024, 5, 6, "hello")
print(repr(md), md.note, md == date(2024, 5, 6), hash(md) == hash(date(2024, 5, 6)))
show(lambda: setattr(md, "year", 5))
md.extra = 1
print(md.extra, sorted(vars(md).items()))


class MyTD(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


mt = MyTD(hours=36)
print(repr(mt), str(mt), mt.hours(), type(mt + mt).__name__, type(-mt).__name__, type(mt * 2).__name__)
print(type(abs(mt)).__name__, type(+mt).__name__, repr(+mt))


class MyTime(time):
    pass


print(repr(MyTime(1, 2)), repr(MyTime(1, 2).replace(hour=5)), type(MyTime.fromisoformat("01:02")).__name__)


class DT(datetime):
    def __repr__(self):
        return "DT<" + self.isoformat() + ">"


x = DT(2024, 1, 1, 12)
print(repr(x), repr(x + timedelta(hours=1)), repr(DT.combine(date(2024, 2, 2), time(3))),
      repr(DT.fromisoformat("2024-03-03T04:05")), repr(DT.utcfromtimestamp(0)),
      type(DT.now()).__name__, type(DT.fromtimestamp(0, timezone.utc)).__name__)
print(repr(x.astimezone(timezone.utc).replace(tzinfo=None) - x.replace(tzinfo=None) == timedelta(0) or True))
for klass in (date, time, datetime, timedelta, tzinfo, timezone):
    print(klass.__name__, klass.__qualname__, klass.__module__, repr(klass))
import datetime as M
print(sorted(n for n in M.__all__))
