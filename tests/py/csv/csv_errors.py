# csv error messages (dialect validation, reader and writer errors)
import csv
import io


def t(f):
    try:
        r = f()
        print('ok', r if isinstance(r, (list, str, int, type(None))) else type(r).__name__)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, '|', e)


S = io.StringIO
t(lambda: csv.reader(S(''), delimiter=None))
t(lambda: csv.reader(S(''), delimiter=1))
t(lambda: csv.reader(S(''), delimiter='ab'))
t(lambda: csv.reader(S(''), delimiter=''))
t(lambda: csv.reader(S(''), quotechar=1))
t(lambda: csv.reader(S(''), quotechar=''))
t(lambda: csv.reader(S(''), quotechar=None, quoting=csv.QUOTE_MINIMAL))
t(lambda: csv.reader(S(''), quotechar=None).dialect.quoting)
t(lambda: csv.reader(S(''), escapechar=''))
t(lambda: csv.reader(S(''), escapechar=5))
t(lambda: csv.reader(S(''), lineterminator=None))
t(lambda: csv.reader(S(''), lineterminator=1))
t(lambda: csv.reader(S(''), quoting=None))
t(lambda: csv.reader(S(''), quoting=1.0))
t(lambda: csv.reader(S(''), quoting=True))
t(lambda: csv.reader(S(''), quoting=9))
t(lambda: csv.reader(S(''), quoting=-1))
t(lambda: csv.reader(S(''), foo=1))
t(lambda: csv.reader(S(''), 'nope'))
t(lambda: csv.reader())
t(lambda: csv.reader(1))
t(lambda: csv.reader(S(''), 'excel', 'x'))
t(lambda: csv.writer())
t(lambda: csv.writer(1))
t(lambda: csv.writer(S(), 'excel', 'x'))
t(lambda: list(csv.reader([b'a,b'])))
t(lambda: list(csv.reader([1])))
t(lambda: list(csv.reader(['"a"b'], strict=True)))
t(lambda: list(csv.reader(['"a'], strict=True)))
t(lambda: list(csv.reader(['a\rb'])))
t(lambda: list(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC)))
w = csv.writer(S())
t(lambda: w.writerow(1))
t(lambda: w.writerow(None))
t(lambda: w.writerows([[1], 2]))
t(lambda: csv.writer(S(), quoting=csv.QUOTE_NONE).writerow(['a,b']))
t(lambda: csv.writer(S(), quoting=csv.QUOTE_NONE).writerow(['']))
t(lambda: csv.writer(S(), quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['']))
t(lambda: csv.writer(S(), doublequote=False).writerow(['a"b']))
t(lambda: csv.get_dialect('nope'))
t(lambda: csv.unregister_dialect('nope'))
t(lambda: csv.register_dialect(1))
t(lambda: csv.register_dialect('bad', delimiter=1))
t(lambda: csv.field_size_limit('a'))
t(lambda: csv.field_size_limit(1, 2))
t(lambda: setattr(csv.get_dialect('excel'), 'delimiter', ';'))
t(lambda: csv.Dialect())


class NoQuoting(csv.Dialect):
    delimiter = ';'


t(lambda: NoQuoting())


class Good(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


t(lambda: Good().delimiter)
print(csv.Error.__mro__)
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
t(lambda: list(csv.reader(['abcde,abcdef'])))
t(lambda: list(csv.reader(['"abcdef"'])))
t(lambda: list(csv.reader(['abcde'])))
print(csv.field_size_limit(old))
print(csv.field_size_limit(new_limit=old))
