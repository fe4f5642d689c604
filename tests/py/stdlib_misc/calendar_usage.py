import calendar, datetime

# count weekdays per month of a year
for y in (2023, 2024):
    counts = []
    for m in range(1, 13):
        n = sum(1 for week in calendar.monthcalendar(y, m) for i, d in enumerate(week) if d and i < 5)
        counts.append(n)
    print(y, counts, sum(counts))

# third Thursday of each month
c = calendar.Calendar()
def nth_weekday(year, month, wd, n):
    days = [d for d, w in c.itermonthdays2(year, month) if d and w == wd]
    return days[n - 1] if n <= len(days) else None
print([nth_weekday(2024, m, calendar.THURSDAY, 3) for m in range(1, 13)])
print([nth_weekday(2024, m, calendar.FRIDAY, 5) for m in range(1, 13)])

# Friday the 13ths in a range of years
f13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if calendar.weekday(y, m, 13) == calendar.FRIDAY]
print(f13)

# last day of month, and "days until"
for y, m in [(2024, 2), (2023, 2), (2024, 11)]:
    last = calendar.monthrange(y, m)[1]
    print(y, m, last, calendar.day_name[calendar.weekday(y, m, last)])

# a week-number style agenda using Sunday-first calendar
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatweekheader(3))
for week in tc.monthdays2calendar(2024, 7):
    print(tc.formatweek(week, 3), "|", [calendar.day_abbr[wd] for d, wd in week if d == 0])
# timestamps
for t in [(2024, 1, 1, 0, 0, 0), (2038, 1, 19, 3, 14, 8), (1900, 3, 1, 0, 0, 0)]:
    ts = calendar.timegm(t)
    print(t, ts, datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=ts))
# HTML with custom highlighting
class Hl(calendar.HTMLCalendar):
    def formatday(self, day, weekday):
        if day == 15:
            return '<td class="hl">%d</td>' % day
        return super().formatday(day, weekday)
print(Hl(calendar.SUNDAY).formatmonth(2024, 5))
print(calendar.isleap(2024) + calendar.leapdays(2000, 2024), [calendar.month_abbr[m] for m in (1, 6, 12)])
