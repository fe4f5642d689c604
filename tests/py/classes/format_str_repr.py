# __format__, __str__ and __repr__: format(), f-strings, str()/repr() fallbacks and the errors.
class F:
    def __format__(self, spec):
        return f'F[{spec}]'
    def __repr__(self): return 'F()'
f = F()
print(format(f), format(f, 'x>10'), f'{f:abc}', f'{f}', f'{f!r}', str(f), '{:q}'.format(f))
class Plain: pass
p = Plain()
print(format(p) == str(p), f'{p}' == str(p), str(p) == repr(p), repr(p).startswith('<__main__.Plain object at 0x'))
try:
    format(p, 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    f'{p:>5}'
except TypeError as e:
    print('TypeError:', e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)
class S:
    def __str__(self): return 'S.str'
class R:
    def __repr__(self): return 'R.repr'
print(str(S()), repr(R()), str(R()), f'{R()}', [R()], f'{S()!s:>7}')
class BadStr:
    def __str__(self): return 1
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
class BadRepr:
    def __repr__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class N(int):
    def __format__(self, spec): return 'N:' + spec
print(format(N(3), 'd'), f'{N(3):05}', '%d' % N(3))
