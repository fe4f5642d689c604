# __int__/__float__/__complex__ returning wrong types raise exact TypeErrors.
class BadInt:
    def __int__(self):
        return "1"


class BadFloat:
    def __float__(self):
        return 1


class BadComplex:
    def __complex__(self):
        return 1.0


for fn in (lambda: int(BadInt()), lambda: float(BadFloat()), lambda: complex(BadComplex()),
           lambda: float(object()), lambda: int(object()), lambda: int(None)):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
