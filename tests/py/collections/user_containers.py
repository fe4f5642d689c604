# collections.UserDict, UserList, UserString.
from collections import UserDict, UserList, UserString

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

d = UserDict({'a': 1}, b=2)
print(d, len(d), d['a'], d.get('z'), 'a' in d, d.data, type(d).__name__)
d['c'] = 3; del d['a']; print(d, list(d), sorted(d.items()))
trap(lambda: d['zz'])
print(d.pop('b'), d.setdefault('q', 0), d)
print(d == {'c': 3, 'q': 0}, d | {'x': 1}, {'x': 1} | d, type(d | {}).__name__)
c = d.copy(); c['n'] = 1; print(c, d)
print(UserDict.fromkeys('ab', 1))
class Missing(UserDict):
    def __missing__(self, key):
        return key + '!'
print(Missing()['k'])
d.update([('u', 1)], v=2); print(d)
print(isinstance(d, dict))
import copy as copymod
print(copymod.copy(d), copymod.deepcopy(UserDict(a=[1])))

l = UserList([3, 1, 2])
print(l, len(l), l[0], l[-1], l[1:], type(l[1:]).__name__)
l.append(5); l.extend([0]); l.insert(0, 9); print(l)
l.sort(); print(l, l.count(1), l.index(3))
l.reverse(); print(l)
print(l.pop(), l.pop(0), l)
l.remove(3); print(l)
print(l + [7], [7] + l, l * 2, 2 * l, type(l + [7]).__name__)
l += [8]; l *= 2; print(l)
print(l == [5, 2, 1, 8, 5, 2, 1, 8], l < [6], l > UserList([1]), 5 in l)
l[0] = 'x'; del l[1]; print(l, l.copy(), UserList(), UserList('ab'), UserList(UserList([1])))
l.clear(); print(l)
trap(lambda: UserList([1]).pop(5))
trap(lambda: UserList([1]).remove(9))

s = UserString('Hello')
print(s, repr(s), len(s), s[1], s[1:3], type(s[1]).__name__, s.upper(), s.lower(), s + '!', '>' + s)
print(s * 2, s == 'Hello', s < 'World', 'ell' in s, s.find('l'), s.count('l'), s.replace('l', 'L'))
print(s.split('l'), s.startswith('He'), s.center(9, '*'), s.zfill(7), s.strip('Ho'), str(s), hash(s) == hash('Hello'))
print(UserString(42), UserString(s), s.join('ab'), s.encode(), s.isalpha(), s.title(), s.swapcase())
print(UserString('%s-%d') % ('a', 1), UserString('a{}b').format(5), s.partition('l'), s.ljust(7, '.'))
print(sorted([UserString('b'), UserString('a')]), int(UserString('12')) + 1, float(UserString('1.5')))
