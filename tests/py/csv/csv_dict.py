# csv.DictReader / csv.DictWriter
import csv
import io

f = io.StringIO()
w = csv.DictWriter(f, ['name', 'age', 'city'], restval='?', lineterminator='\n')
print(w.writeheader())
print(w.writerow({'name': 'Ann', 'age': 30, 'city': 'Oslo, NO'}))
print(w.writerow({'name': 'Bob'}))
w.writerows([{'age': 1}, {'city': None}, {}])
try:
    w.writerow({'name': 'x', 'zip': 1})
except ValueError as e:
    print('ValueError', e)
w2 = csv.DictWriter(f, ['name'], extrasaction='ignore', lineterminator='\n')
w2.writerow({'name': 'ign', 'other': 2})
w3 = csv.DictWriter(f, ['name'], extrasaction='IGNORE', lineterminator='\n')
print(w3.extrasaction)
try:
    csv.DictWriter(f, ['a'], extrasaction='skip')
except ValueError as e:
    print('ValueError', e)
text = f.getvalue()
print(text)
r = csv.DictReader(io.StringIO(text))
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO('a,b\n1,2,3,4\n\n\n5\n6,7\n'), restkey='REST', restval='DEF')
print(list(r))
r = csv.DictReader(io.StringIO('a,b\n1,2,3\n'))
print(next(r))
r = csv.DictReader(['x;y', '1;2'], fieldnames=['p', 'q'], delimiter=';')
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))
r = csv.DictReader(['a,b'])
print(list(r), r.fieldnames)
r = csv.DictReader(['a,b', '1,2'])
r.fieldnames = ['X', 'Y']
print(list(r))
r = csv.DictReader(['a\tb', '1\t2'], dialect='excel-tab')
print(list(r), r.dialect, r.reader.dialect.delimiter == '\t')
f = io.StringIO()
w = csv.DictWriter(f, ('k', 'v'), quoting=csv.QUOTE_ALL)
w.writeheader()
w.writerow({'k': 1, 'v': 'x'})
print(repr(f.getvalue()), w.writer.dialect.quoting)
