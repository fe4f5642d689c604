# Every common operation on empty containers, strings and bytes (empty sequences may have no
# item storage at all), and hash of empty str/bytes (0, as in CPython)
import itertools
empties = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(0)]
ops = ['len(x)', 'list(x)', 'x[::-1]', 'x[0:0]', 'x * 3', 'x + x' , 'sorted(x)', 'list(reversed(x)) if not isinstance(x, (set, frozenset, dict)) else 0',
       'x.copy() if hasattr(x, "copy") else 0', 'min(x, default=1)', 'sum(x) if not isinstance(x, str) else 0', 'x == type(x)()', 'hash(x) if isinstance(x, (tuple, frozenset, str, bytes)) else 0',
       'repr(x)', 'str(x)', 'bool(x)', 'list(iter(x))', 'x.count(1) if hasattr(x, "count") and not isinstance(x,(str,bytes,bytearray)) else 0',
       '1 in x if not isinstance(x,(str,)) else "" in x', 'list(enumerate(x))', 'list(zip(x, x))', 'dict.fromkeys(x)', 'set(x)', 'tuple(x)', 'bytes(x) if isinstance(x,(bytes,bytearray,list,tuple)) else 0']
for x in empties:
    out = []
    for op in ops:
        try:
            out.append(repr(eval(op)))
        except Exception as e:
            out.append(type(e).__name__)
    print(type(x).__name__, out)
l = []; l.sort(); l.reverse(); l.extend([]); l[:] = []; del l[:]; l += []; l *= 5; l.clear(); print(l)
l.insert(0, 1); l.remove(1); print(l, l[0:0], l[5:], l[-1:])
try: l.pop()
except IndexError as e: print(e)
try: l.index(0)
except ValueError as e: print(e)
b = bytearray(); b.reverse(); b.extend(b''); b *= 3; b[:] = b''; del b[:]; print(b, b.hex(), b.upper(), b.split(), b.strip())
s = set(); s.update([]); s -= set(); s &= set(); print(s, s.copy(), set().union(), frozenset() | frozenset())
d = {}; d.update({}); print(d, list(d.items()), d.copy(), {**d}, dict(d), list(reversed(d)))
import collections
q = collections.deque(); q.reverse(); q.rotate(3); q.extend([]); print(q, list(reversed(q)), q.copy())
print(''.join([]), ' '.join(()), ''.split(), ''.splitlines(), ''.upper(), ''.center(3), ''.zfill(2), ''.partition('x'), ''.replace('', 'x'), ''[::-1], ''.encode(), ''.title(), str().expandtabs())
print(tuple()[::-1], ()*2, list(itertools.chain()), list(itertools.product()), list(itertools.permutations([])), list(itertools.combinations([], 0)))
print(sorted([]), sorted((), reverse=True), max([1], default=0), list(map(str, [])), list(filter(None, [])))
