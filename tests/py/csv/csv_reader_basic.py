# csv.reader: fields, quoting, embedded newlines, line_num, empty lines
import csv
import io


def rows(data, **kw):
    try:
        r = csv.reader(data, **kw)
        out = list(r)
        print(out, r.line_num)
    except Exception as e:
        print(type(e).__name__, e)


rows(['a,b,c'])
rows(['a,b,c\r\n', '1,2,3\r\n'])
rows(io.StringIO('x,y\n\n1,2\n', newline=''))
rows(['', 'a', ''])
rows(['"quoted, comma",plain'])
rows(['"with ""double"" quotes",x'])
rows(['"multi\n', 'line",z'])
rows(io.StringIO('"a\r\nb",c\r\nd,e\r\n', newline=''))
rows(['a,,b,', ',', ',,'])
rows(['""', '"",""', ' "a" ,b'])
rows(['a"b,c"d'])
rows(['"ab"cd,e'])
rows(['"unterminated'])
rows(['"unterminated,', 'more'])
rows(['tab\tsep'])
rows(['a\0b,c'])
rows(['trailing\r'])
rows(['a\rb'])
rows(['x,"y"z"w'])
rows(iter(['a,b', 'c']))
rows([])
rows(('1', '2'))
r = csv.reader(['a,b', 'c,d', 'e'])
print(r.line_num, next(r), r.line_num, next(r), r.line_num)
print(next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print('StopIteration', r.line_num)
print(iter(r) is r)
print(type(r).__name__, type(csv.writer(io.StringIO())).__name__)
f = io.StringIO('h1,h2\r\nv1,"v\r\n2"\r\n', newline='')
for row in csv.reader(f):
    print(row)
