# locale: the C locale (setlocale, getlocale, localeconv, formatting, parsing)
import locale

print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_ALL, None))
for cat in ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES',
            'LC_ALL']:
    c = getattr(locale, cat)
    print(cat, c, locale.setlocale(c), locale.getlocale(c) if cat != 'LC_ALL' else '')
print(locale.CHAR_MAX, locale.getlocale())

for name in ['C', 'POSIX', 'C.UTF-8', 'fr_FR', 'xx_YY.UTF-8', 'de_DE@euro']:
    try:
        print(repr(name), repr(locale.setlocale(locale.LC_NUMERIC, name)))
    except locale.Error as e:
        print(repr(name), type(e).__name__, e)
print(locale.setlocale(locale.LC_NUMERIC, ('C', None)))
print(locale.setlocale(locale.LC_NUMERIC, (None, None)))
try:
    locale.setlocale(locale.LC_NUMERIC, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    locale.setlocale(99, 'C')
except locale.Error as e:
    print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL, 'C'))
print(issubclass(locale.Error, Exception), locale.Error.__module__)

conv = locale.localeconv()
for k in sorted(conv):
    print(k, repr(conv[k]))

print(locale.format_string('%d items %.2f', (1234567, 1234.5), grouping=True))
print(locale.format_string('%s', 'x'), locale.format_string('%5.1f%%', 3.14159))
print(locale.format_string('%(a)s and %(b).3f', {'a': 1, 'b': 2.5}))
print(locale.format_string('%10.3e|%-6d|%+d', (12345.678, 42, 7)))
print(locale.format_string('%*d|', (5, 3)))
print(locale.format_string('%.0f', 2.5), locale.format_string('%d', 10 ** 12, True))
try:
    locale.format_string('%d %d', (1,))
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(locale.currency(1.5))
except ValueError as e:
    print(type(e).__name__, e)
print(locale.str(1.5), locale.str(1e20), locale.str(0.1 + 0.2), locale.str(12345678901234))
print(locale.atof('1.5'), locale.atof('-2e3'), locale.atoi('42'), locale.atof('3', int))
print(locale.delocalize('1234.5'), locale.localize('1234.5', grouping=True))
for bad in ['1,5', 'x']:
    try:
        locale.atof(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'),
      locale.strxfrm('abc'))
print(sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm))
try:
    locale.getlocale(locale.LC_ALL)
    print('ok')
except TypeError as e:
    print(type(e).__name__, e)
