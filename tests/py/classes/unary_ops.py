# Unary special methods: __neg__, __pos__, __abs__, __invert__, and the 'bad operand type' errors.
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'invert'
u = U()
print(-u, +u, abs(u), ~u)
class Nothing: pass
n = Nothing()
for op, f in (('-', lambda: -n), ('+', lambda: +n), ('~', lambda: ~n), ('abs', lambda: abs(n))):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
class Round:
    def __round__(self, nd=None): return ('round', nd)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
import math
print(round(Round()), round(Round(), 2), math.trunc(Round()), math.floor(Round()), math.ceil(Round()))
try:
    round(Nothing())
except TypeError as e:
    print('TypeError:', e)
