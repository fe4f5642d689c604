# Typical text-processing scripts.
import re
from collections import Counter

log = """\
2023-01-15 10:23:45 INFO  [web] GET /index.html 200 1532ms
2023-01-15 10:23:47 WARN  [db] slow query: SELECT * FROM users (2301ms)
2023-01-15 10:24:01 ERROR [web] POST /api/login 500 12ms
2023-01-15 10:24:05 INFO  [web] GET /about 404 3ms
2023-01-16 08:00:00 INFO  [cron] job=backup status=ok duration=95s
"""
line_re = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<src>\w+)\] (?P<msg>.*)$', re.M)
for m in line_re.finditer(log):
    print(m['date'], m['level'].lower(), m['src'], repr(m['msg'][:25]))
print(Counter(m['level'] for m in line_re.finditer(log)).most_common())
print(re.findall(r'(GET|POST) (\S+) (\d{3})', log))
print(dict(re.findall(r'(\w+)=(\w+)', log)))
print(re.findall(r'\((\d+)ms\)|(\d+)ms', log))
text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox doesn't!"
words = re.findall(r"[a-z']+", text.lower())
print(Counter(words).most_common(4))
print(re.split(r'(?<=[.!?;])\s+', text))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), 'hello there general kenobi'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseToSnakeCase').lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_to_camel'))
# a tiny tokenizer
TOKENS = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/()=])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
''', re.VERBOSE)
def tokenize(src):
    for m in TOKENS.finditer(src):
        kind = m.lastgroup
        if kind == 'SKIP':
            continue
        yield kind, m.group()
print(list(tokenize('x = 3.5 * (y + 42) $')))
csv_line = 'a,"b,c",d,"e ""quoted""",'
print(re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', csv_line))
html = '<a href="x.html">X</a> <A HREF=\'y.html\'>Y</A> <img src="z.png">'
print(re.findall(r'''<a\s+href=["']([^"']+)["']''', html, re.I))
print(re.sub(r'<[^>]+>', '', html))
emails = 'contact: john.doe@example.com, jane@mail.example.org; bad@, @bad.com'
print(re.findall(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+', emails))
print(re.sub(r'(\d)(?=(\d{3})+(?!\d))', r'\1,', 'Total: 1234567 and 89 and 1000'))
print(re.match(r'^\s*(#.*)?$', '   # comment'), re.match(r'^\s*(#.*)?$', '  x'))
template = 'Hello ${name}, you owe $$${amount}.'
print(re.sub(r'\$(\$|\{(\w+)\})', lambda m: '$' if m.group(1) == '$' else {'name': 'Bob', 'amount': '5'}[m.group(2)], template))
print([s.strip() for s in re.split(r'[;,]', 'a; b ,c;;d') if s.strip()])
ini = "[core]\nname = demo\n; comment\n[extra]\nkey=value\n"
section = None
for line in ini.splitlines():
    if m := re.fullmatch(r'\[(\w+)\]', line):
        section = m.group(1)
    elif m := re.match(r'\s*(\w+)\s*=\s*(.*)', line):
        print(section, m.groups())
