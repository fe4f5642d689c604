# csv: many seeded random rows written and read back with assorted dialect options
import csv
import io
import random

rng = random.Random(2024)
chars = ['a', 'b', ',', ';', '"', "'", '\\', ' ', '\n', '\r', '\t', 'x', '1', '.']
same = 0
for i in range(300):
    kw = {}
    if rng.random() < .4:
        kw['delimiter'] = rng.choice([',', ';', '\t', ' '])
    if rng.random() < .3:
        kw['quotechar'] = rng.choice(['"', "'"])
    if rng.random() < .3:
        kw['escapechar'] = '\\'
    if rng.random() < .3:
        kw['doublequote'] = rng.random() < .5
    if rng.random() < .3:
        kw['lineterminator'] = rng.choice(['\n', '\r\n'])
    if rng.random() < .4:
        kw['quoting'] = rng.randrange(4)
    rows = [[''.join(rng.choice(chars) for _ in range(rng.randrange(6)))
             for _ in range(rng.randrange(1, 4))] for _ in range(rng.randrange(1, 4))]
    s = io.StringIO()
    try:
        csv.writer(s, **kw).writerows(rows)
    except csv.Error as e:
        print(i, 'write', e)
        continue
    text = s.getvalue()
    try:
        back = list(csv.reader(io.StringIO(text, newline=''), **kw))
    except csv.Error as e:
        print(i, 'read', e, repr(text))
        continue
    if back == rows:
        same += 1
    else:
        print(i, kw, repr(text), back)
print('identical round trips:', same)
