import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2023, 7, withyear=False))
print(h.formatyear(2024))
print(h.formatyear(2020, width=5))
print(h.formatyear(2020, width=0)[:200])
print(h.formatday(0, 3), h.formatday(15, 6), h.formatweekday(2), h.formatweekheader())
print(h.formatweek([(0, 0), (1, 1)]), h.formatmonthname(2022, 3), h.formatmonthname(2022, 3, False))
page = h.formatyearpage(2024, css="my.css", encoding="ascii")
print(type(page).__name__, page.decode()[:700])
print(h.formatyearpage(2024, 4, None, "utf-8").decode().count("<table"))
class Custom(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "none"
    cssclass_month = "m"
    cssclass_month_head = "mh"
    cssclass_year = "y"
    cssclass_year_head = "yh"
print(Custom(6).formatmonth(2024, 5))
print(Custom(2).formatyear(1999, 6)[:400])
print(calendar.LocaleHTMLCalendar(locale="C").formatmonth(2001, 1))
