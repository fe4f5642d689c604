# UserDict/UserList/UserString: subclass hooks (__setitem__ overrides see update), copies, comparisons.
from collections import UserDict, UserList, UserString

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict({'A': 1}, B=2)
ld.update({'C': 3}); ld.setdefault('D', 4); ld['E'] = 5
print(ld, 'a' in ld, 'A' in ld, ld.copy(), type(ld.copy()).__name__)
class Tracked(UserDict):
    def __init__(self, *a, **kw):
        self.log = []
        super().__init__(*a, **kw)
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)
t = Tracked(x=1)
c = t.copy(); c['y'] = 2
print(t.log, c.log, dict(c), dict(t))
print(UserDict(a=1) == UserDict(a=1), UserDict(a=1) == {'a': 1}, len(UserDict()), bool(UserDict()))
u = UserDict(a=1); u |= UserDict(b=2); u |= {'c': 3}; print(u)
trap(lambda: UserDict(a=1) | 5)
trap(lambda: UserDict(1, 2))
print(UserDict(dict=1), UserDict([('k', 'v')]))
class Items(UserList):
    def append(self, x):
        super().append(x * 2)
it = Items([1]); it.append(2); it.extend([3]); it += [4]; print(it)
ul = UserList([3, 1, 2])
print(ul[::-1], ul[5:], ul == UserList([3, 1, 2]), ul != [3, 1], ul <= [3, 1, 2], ul >= UserList([4]))
ul.sort(key=lambda x: -x); print(ul)
ul.sort(reverse=False); print(ul)
print(ul.index(2), ul.count(9), len(ul * 0), UserList([1]) * 3, sorted(UserList('cab')))
trap(lambda: ul.index(9))
trap(lambda: ul[10])
ul[1:2] = ['a', 'b']; print(ul)
del ul[::2]; print(ul)
print(UserList((1, 2)) + (3,), (0,) + UserList([1]) if False else 'skip', UserList() == [])
s = UserString('Mississippi')
print(s.count('ss'), s.find('ss', 3), s.rfind('s'), s.index('p'), s.rindex('i'), s.split('ss'), s.rsplit('i', 1))
print(s.lower(), s.casefold(), s.capitalize(), s.swapcase(), s.expandtabs(), s.isupper(), s.istitle())
print(s.replace('ss', 'SS', 1), s.removeprefix('Miss'), s.removesuffix('pi'), s.lstrip('M'), s.rstrip('i'))
print(s.endswith('pi'), s.startswith(('a', 'M')), s.partition('ss'), s.rpartition('ss'), s.splitlines())
print(UserString('a\nb').splitlines(True), UserString('  x ').strip(), UserString('tab\t').expandtabs(4))
print(UserString('abc').translate({97: 'A'}), UserString('x').zfill(3), UserString('7').isdigit(), UserString('Ⅷ').isnumeric())
print(s < 'N', s > UserString('A'), s <= s, s >= 'Z', s == UserString('Mississippi'), hash(s) == hash(str(s)))
print(s + UserString('!'), 3 * UserString('ab'), UserString('%d%%') % 5, 'x' in UserString('xyz'), UserString('xy') in UserString('axyb'))
print(list(UserString('ab')), reversed(UserString('ab')).__class__.__name__ != '', ''.join(map(str, reversed(UserString('ab')))))
print(UserString('a b').split(), UserString('abc').center(7, '-'), UserString('1.5').isdecimal(), complex(UserString('1+2j')))
