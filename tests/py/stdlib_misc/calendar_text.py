import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 3, 2))
print(calendar.month(1999, 12, w=4))
calendar.prmonth(2000, 1)
calendar.prmonth(2021, 2, 1, 1)
print(repr(calendar.month(2024, 9, 0, 0)))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
print(calendar.calendar(1, m=2, c=2))
calendar.prcal(2025, m=6, c=1)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3))
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9))
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(0)
print(calendar.weekheader(1), "|", calendar.weekheader(10))
print(calendar.week([(1, 0), (2, 1), (0, 2)], 3) + "|")
calendar.prweek([(5, 0), (6, 1)], 2)
print("|")
tc = calendar.TextCalendar(6)
print(tc.formatmonth(2015, 6))
print(tc.formatyear(2016, w=2, l=1, c=3, m=4))
tc.pryear(2017, 2, 1, 6, 1)
print(tc.formatmonthname(2020, 5, 30), "|", tc.formatmonthname(2020, 5, 10, False), "|")
print(tc.formatweekday(0, 1), tc.formatweekday(2, 5), tc.formatweekday(3, 12), "|")
print(tc.formatday(0, 0, 3) + "|" + tc.formatday(7, 0, 3) + "|" + tc.formatday(17, 0, 5) + "|")
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
calendar.format(["x", "y"], 4, 1)
ltc = calendar.LocaleTextCalendar(locale="C")
print(ltc.formatmonth(2010, 1))
for bad in [0, 13, -1]:
    try:
        calendar.month(2024, bad)
    except (calendar.IllegalMonthError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
    try:
        calendar.monthcalendar(2024, bad)
    except calendar.IllegalMonthError as e:
        print("IllegalMonthError", e, e.month)
for bad in [7, -1, 10]:
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print("IllegalWeekdayError", e, e.weekday)
print(calendar.firstweekday())
print(calendar.error is ValueError)
