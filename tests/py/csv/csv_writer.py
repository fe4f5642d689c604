# csv.writer: quoting rules for every quoting mode, escapechar, line terminators, value types
import csv
import io


def w(rows, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        for row in rows:
            print(repr(wr.writerow(row)), end=' ')
        print(repr(s.getvalue()))
    except Exception as e:
        print(type(e).__name__, e, '|', repr(s.getvalue()))


rows = [['a', 'b c', 'd,e', 'f"g', 'h\ni', 'j\rk', ' l', ''],
        [1, 2.5, -3, True, None, 1e20, 0.1, 3j],
        [''], [], [None], ['', ''], ['x']]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    w(rows, quoting=q)
w([['a', 'b c', 'd e']], quoting=csv.QUOTE_NONE)
w([['d,e']], quoting=csv.QUOTE_NONE)
w([['d,e', 'f"g', 'a\\b']], quoting=csv.QUOTE_NONE, escapechar='\\')
w([['f"g', 'a\\b', 'plain']], escapechar='\\')
w([['f"g', 'a\\b']], escapechar='\\', doublequote=False)
w([['f"g']], doublequote=False)
w([['a;b', 'c,d']], delimiter=';')
w([["a'b", 'c"d']], quotechar="'")
w([['a\nb', 'c\rd']], lineterminator='\n')
w([['a\nb', 'c\rd']], lineterminator='\r')
w([['axb', 'c']], lineterminator='x')
w([['a', 'b']], lineterminator='')
w([['a', 'b']], dialect='unix')
w([['a', 'b']], dialect='excel-tab')
w([['a\tb', 'c']], dialect='excel-tab')
w([('t', 'u'), 'xy', range(3), {'k': 1}])
w([iter(['g', 'e', 'n'])])


class Num:
    def __float__(self):
        return 1.0

    def __str__(self):
        return 'NUM'


class Idx:
    def __index__(self):
        return 1

    def __str__(self):
        return 'IDX'


w([[Num(), Idx(), 'Str']], quoting=csv.QUOTE_NONNUMERIC)
s = io.StringIO()
wr = csv.writer(s, lineterminator='\n')
print(wr.writerows([[1, 2], [3, 4]]), repr(s.getvalue()))
print(wr.dialect.lineterminator == '\n', wr.dialect.delimiter)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return 'written'


sink = Sink()
print(csv.writer(sink).writerow(['x', 'y']), sink.parts)
