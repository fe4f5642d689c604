# csv dialect registry and the Dialect classes
import csv
import io

print(sorted(csv.list_dialects()))
for name in sorted(csv.list_dialects()):
    d = csv.get_dialect(name)
    print(name, type(d).__name__, type(d).__module__, repr(d.delimiter), repr(d.quotechar),
          repr(d.escapechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator),
          d.quoting, d.strict)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, repr(d.lineterminator))
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a', 1])
print(repr(s.getvalue()))
print(list(csv.reader(['"a"|"1"'], 'pipes')))
csv.register_dialect('semi', csv.excel, delimiter=';')
print(csv.get_dialect('semi').delimiter, csv.get_dialect('semi').lineterminator == '\r\n')


class My(csv.Dialect):
    delimiter = ':'
    quotechar = "'"
    doublequote = False
    escapechar = '\\'
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('my', My)
d = csv.get_dialect('my')
print(d.delimiter, d.quotechar, d.doublequote, d.escapechar, d.skipinitialspace)
print(sorted(csv.list_dialects()))
s = io.StringIO()
csv.writer(s, 'my').writerow(["it's", 'a:b', 'c'])
print(repr(s.getvalue()))
print(list(csv.reader([s.getvalue()], 'my')))
csv.unregister_dialect('my')
csv.unregister_dialect('pipes')
csv.unregister_dialect('semi')
print(sorted(csv.list_dialects()))
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting)
print(issubclass(csv.excel_tab, csv.excel), issubclass(csv.excel, csv.Dialect))
print(csv.Dialect.delimiter, csv.Dialect._name, csv.Dialect._valid, csv.excel()._valid)
d1 = csv.get_dialect('excel')
r = csv.reader([], d1)
print(r.dialect is d1, csv.reader([], d1, delimiter=';').dialect is d1)
print(csv.reader([]).dialect.delimiter, csv.writer(io.StringIO(), 'unix').dialect.quoting)
print(csv.__version__, 'Sniffer' in csv.__all__, 'unix_dialect' in csv.__all__)
