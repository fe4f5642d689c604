# timestamps: fromtimestamp/utcfromtimestamp/timestamp and related relations (no local output)
from datetime import date, datetime, timedelta, timezone
import time


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: datetime.utcfromtimestamp(0))
show(lambda: datetime.utcfromtimestamp(1700000000))
show(lambda: datetime.utcfromtimestamp(1700000000.5))
show(lambda: datetime.utcfromtimestamp(-1.5))
show(lambda: datetime.utcfromtimestamp(1e9 + 0.0000005))
show(lambda: datetime.utcfromtimestamp(1e9 + 0.0000015))
show(lambda: datetime.utcfromtimestamp(1.9999999))
show(lambda: datetime.fromtimestamp(0, timezone.utc))
show(lambda: datetime.fromtimestamp(1700000000, timezone(timedelta(hours=-8), "PST")))
show(lambda: datetime.fromtimestamp(1700000000.25, tz=timezone(timedelta(hours=9))))
show(lambda: datetime.fromtimestamp(1700000000, 5))
show(lambda: datetime.utcfromtimestamp(float("nan")))
show(lambda: datetime.utcfromtimestamp("0"))
show(lambda: datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
show(lambda: datetime(2024, 1, 1, 12, 30, 15, 250000, tzinfo=timezone.utc).timestamp())
show(lambda: datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2))).timestamp())
show(lambda: datetime(1969, 12, 31, 23, 59, 59, tzinfo=timezone.utc).timestamp())
show(lambda: datetime(1, 1, 1, tzinfo=timezone.utc).timestamp())
# local-time results are only compared with each other
for ts in (0, 86400 * 365, 1000000000, 1700000000, 1700000000.5, 1720000000):
    loc = datetime.fromtimestamp(ts)
    print(ts, loc.timestamp() == ts, loc.tzinfo, loc.fold in (0, 1),
          date.fromtimestamp(ts) == loc.date(),
          datetime.fromtimestamp(ts, timezone.utc) == loc.astimezone(timezone.utc),
          loc.astimezone().replace(tzinfo=None) == loc,
          loc.astimezone(timezone.utc).timestamp() == ts)
now = time.time()
print(abs(datetime.fromtimestamp(now).timestamp() - now) < 1e-5)
print(abs(datetime.now().timestamp() - now) < 60, abs(datetime.now(timezone.utc).timestamp() - now) < 60)
print(type(date.today()) is date, date.today() == datetime.now().date() or True)
aware = datetime.now().astimezone()
print(type(aware.tzinfo).__name__, aware.utcoffset() == aware.tzinfo.utcoffset(aware))
print(aware.utcoffset() == timedelta(seconds=time.localtime().tm_gmtoff) or True)
n1 = datetime.now(timezone.utc)
n2 = datetime.now(timezone.utc)
print(n2 >= n1, (n2 - n1) < timedelta(seconds=5))
u = datetime.utcnow()
print(u.tzinfo is None, abs(u.replace(tzinfo=timezone.utc) - n2) < timedelta(seconds=60))
print(datetime(2024, 6, 1, 12).astimezone(timezone.utc).astimezone().replace(tzinfo=None) == datetime(2024, 6, 1, 12))
show(lambda: datetime.utcfromtimestamp(1e20))
show(lambda: datetime.utcfromtimestamp(253402300800))
show(lambda: datetime.utcfromtimestamp(-62135596801))
show(lambda: datetime.utcfromtimestamp(None))
show(lambda: date.fromtimestamp(None))
show(lambda: date.fromtimestamp(float("inf")))
show(lambda: datetime.fromtimestamp(1e9, tz=timezone.utc).timestamp())
show(lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(timezone.utc))
show(lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).astimezone(timezone.utc))
show(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta.max)
