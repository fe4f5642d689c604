# int()/float()/complex() use __int__/__index__, __float__/__index__, __complex__/__float__.
class N:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1 + 2j


class OnlyIndex:
    def __index__(self):
        return 4


class OnlyFloat:
    def __float__(self):
        return 3.0


print(int(N()), float(N()), complex(N()))
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
print(complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__ + ":", e)
