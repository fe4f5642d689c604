# round/math.trunc/math.floor/math.ceil dispatch to __round__/__trunc__/__floor__/__ceil__.
import math


class N:
    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"


n = N()
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    math.trunc(object())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), math.floor(-1.5), math.ceil(-1.5))
