import calendar, datetime

for y in [1900, 2000, 2023, 2024, 2100, 1, 9999, 0, -4]:
    print(y, calendar.isleap(y))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 2000),
      calendar.leapdays(1, 10000), calendar.leapdays(-100, 100))
for args in [(2024, 1, 1), (2000, 2, 29), (1970, 1, 1), (1, 1, 1), (9999, 12, 31), (10000, 1, 1), (0, 1, 1), (-1, 3, 1)]:
    print(args, calendar.weekday(*args))
try:
    calendar.weekday(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (2024, 4)]:
    print(y, m, calendar.monthrange(y, m))
for m in [0, 13]:
    try:
        calendar.monthrange(2024, m)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e)
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_name), calendar.month_name[0] == "", calendar.day_abbr[-1],
      calendar.month_abbr[1:4], calendar.day_name[5:])
print(calendar.MONDAY, calendar.SUNDAY, calendar.mdays)
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 45, 0, 0, 0)),
      calendar.timegm((2000, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)),
      calendar.timegm((2024, 1, 32, 25, 61, 61)))

for fw in range(7):
    c = calendar.Calendar(fw)
    print(fw, list(c.iterweekdays()), c.getfirstweekday())
    print(" ", list(c.itermonthdays(2024, 2)))
    print(" ", list(c.itermonthdays2(2023, 10))[:9])
    print(" ", list(c.itermonthdays3(2024, 1))[:8])
    print(" ", list(c.itermonthdays4(2024, 12))[-8:])
    dates = list(c.itermonthdates(2025, 3))
    print(" ", len(dates), dates[0], dates[-1])
c = calendar.Calendar(8)
print(c.firstweekday, c._firstweekday if hasattr(c, "_firstweekday") else None)
c.setfirstweekday(3)
print(c.firstweekday)
c = calendar.Calendar()
print(c.monthdayscalendar(2024, 6))
print(c.monthdays2calendar(2015, 2))
print(c.monthdatescalendar(2021, 2)[0])
print([len(r) for r in c.yeardayscalendar(2024)], [len(r) for r in c.yeardayscalendar(2024, 5)])
print(c.yeardays2calendar(2024, 4)[0][0][0])
print(c.yeardatescalendar(2024, 2)[5][1][-1][-1])
print(list(c.itermonthdays3(1, 1))[:2], list(c.itermonthdays3(9999, 12))[-3:])
try:
    list(c.itermonthdates(9999, 12))
except ValueError as e:
    print("ValueError", e)
print(list(c.itermonthdates(1, 1))[:1])
