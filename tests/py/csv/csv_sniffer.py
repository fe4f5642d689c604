# csv.Sniffer: delimiter / quote detection and has_header
import csv
import io

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age\n"Smith; J";42\n"Doe";7\n',
    'x\ty\n1\t2\n3\t4\n',
    "'a', 'b'\n'c', 'd'\n",
    'h1:h2\nab:cd\nef:gh\n',
    'one two three\n1 2 3\n',
    'id,name,score\n1,"Lee, A",3.5\n2,"Kim ""K""",4\n',
    'a|b\n1|2\n',
]
s = csv.Sniffer()
for smp in samples:
    try:
        d = s.sniff(smp)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              d.quoting, repr(d.lineterminator), d._name, issubclass(d, csv.Dialect))
        print(' header:', s.has_header(smp))
        print(' ', list(csv.reader(io.StringIO(smp), d)))
    except csv.Error as e:
        print('Error', e)
for bad in ['', 'abc\n', 'abc\ndef\n']:
    try:
        s.sniff(bad)
    except csv.Error as e:
        print('Error', e)
print(s.sniff('a|b|c\n1|2|3\n', delimiters='|').delimiter)
print(s.sniff('a,b;c\n1,2;3\n', delimiters=';').delimiter)
print(s.preferred)
