# Randomly generated patterns and subjects (deterministic seed), compared as whole results.
import random
import re

rng = random.Random(12345)
ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', r'\w', r'\d', 'x', '(a)', '(b|c)', '(?:ab)', '(a|)', r'\b', '^', '$',
         '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', '(?i:A)', '(ab|a)', '[a-c]']
QUANTS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,}?', '*+', '++', '?+']


def gen(depth=0):
    n = rng.randrange(1, 4)
    parts = []
    for _ in range(n):
        if depth < 2 and rng.randrange(5) == 0:
            inner = gen(depth + 1)
            if rng.randrange(2):
                inner += '|' + gen(depth + 1)
            atom = rng.choice(['(%s)', '(?:%s)', '(?>%s)']) % inner
        else:
            atom = rng.choice(ATOMS)
        q = rng.choice(QUANTS)
        if atom in ('\\b', '^', '$') or atom.startswith('(?=') or atom.startswith('(?!') or atom.startswith('(?<'):
            q = ''
        parts.append(atom + q)
    return ''.join(parts)


def subject():
    return ''.join(rng.choice('aabbcx1 ') for _ in range(rng.randrange(0, 9)))


errors = 0
for i in range(400):
    pat = gen()
    s = subject()
    try:
        p = re.compile(pat)
    except re.error as e:
        print(i, repr(pat), 'error', e)
        errors += 1
        continue
    m = p.search(s)
    res = [repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex)]
    res.append(p.findall(s))
    res.append(p.sub('<\\g<0>>', s))
    res.append(p.split(s))
    fm = p.fullmatch(s)
    res.append(fm and fm.span())
    print(i, *res)
print('errors', errors)
