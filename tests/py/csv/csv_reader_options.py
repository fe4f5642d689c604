# csv.reader with dialect options: delimiter, quotechar, escapechar, doublequote,
# skipinitialspace, quoting, strict
import csv


def rows(lines, **kw):
    try:
        print(kw, list(csv.reader(lines, **kw)))
    except Exception as e:
        print(kw, type(e).__name__, e)


rows(['a;b;"c;d"'], delimiter=';')
rows(['a b  c'], delimiter=' ')
rows(['a, b,  "c, d"'], skipinitialspace=True)
rows(['a, b,  "c, d"'])
rows(["'x,y',z"], quotechar="'")
rows(['"x,y",z'], quotechar="'")
rows(['a\\,b,c'], escapechar='\\')
rows(['"a\\"b",c'], escapechar='\\')
rows(['"a\\"b",c'], escapechar='\\', doublequote=False)
rows(['"a""b",c'], doublequote=False)
rows(['a\\', 'b,c'], escapechar='\\')
rows(['"a\\', 'b",c'], escapechar='\\')
rows(['a\\\rb'], escapechar='\\')
rows(['"a,b",c'], quoting=csv.QUOTE_NONE)
rows(['"a,b",c'], quotechar=None)
rows(['1,2.5,"3",abc'], quoting=csv.QUOTE_NONNUMERIC)
rows(['1,,-2e3, 4'], quoting=csv.QUOTE_NONNUMERIC)
rows(['"a"b'], strict=True)
rows(['"a"b'], strict=False)
rows(['"a'], strict=True)
rows(['a,"b"'], strict=True)
rows(['a|b'], dialect='excel', delimiter='|')
rows(['a\tb'], dialect='excel-tab')
rows(['a\tb'], dialect=csv.excel_tab)
print(list(csv.reader(['a\tb'], dialect=csv.excel_tab())))
rows(['a,b'], dialect='nope')
rows(['a\x00b;c'], delimiter=';', quotechar='\x00')
print(list(csv.reader(['a;b'], 'excel', delimiter=';')))
print(list(csv.reader(['a:b'], csv.get_dialect('unix'), delimiter=':')))


class Semi:
    delimiter = ';'
    quotechar = "'"


print(list(csv.reader(["'a;b';c"], Semi)))
print(list(csv.reader(["'a;b';c"], Semi())))
d = csv.reader([], Semi).dialect
print(repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.doublequote,
      d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
