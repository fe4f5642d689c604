def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: (5).__round__(-1)); t(lambda: (15).__round__(-1)); t(lambda: (25).__round__(-1)); t(lambda: (-25).__round__(-1)); t(lambda: round(2**70 + 5, -1)); t(lambda: round(10**30 + 5 * 10**9, -10)); t(lambda: round(7, 2)); t(lambda: round(123, -5)); t(lambda: round(5, 1.5))
t(lambda: (5).__trunc__()); t(lambda: (5).__floor__()); t(lambda: (5).__ceil__()); t(lambda: (-5).__abs__()); t(lambda: (5).__index__()); t(lambda: (5).__float__()); t(lambda: (5).__getnewargs__()); t(lambda: (5).__bool__()); t(lambda: (0).__bool__())
t(lambda: (10).__divmod__(3)); t(lambda: (10).__rdivmod__(3)); t(lambda: (10).__rpow__(2)); t(lambda: (10).__pow__(2, 7)); t(lambda: (2).__truediv__(0)); t(lambda: (2).__rtruediv__(0)); t(lambda: (2).__add__(1.0)); t(lambda: (2).__lt__(1.0)); t(lambda: (2).__eq__("2"))
t(lambda: (2).__radd__(3)); t(lambda: (2).__rsub__(3)); t(lambda: (2).__rlshift__(3)); t(lambda: (2).__rmod__(7)); t(lambda: (2).__rfloordiv__(7)); t(lambda: (3).__format__("04d")); t(lambda: (3).__sizeof__() > 0); t(lambda: (3).__int__())
t(lambda: int.__add__(1, 2)); t(lambda: int.__add__(True, True)); t(lambda: (2).__pow__(-1, 5)); t(lambda: (2).__pow__(2, 0))
