def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class MyInt(int):
    def __repr__(self): return "MyInt(%d)" % int(self)
a = MyInt(5)
t(lambda: (a, a + 1, type(a + 1), a * 2, -a, type(-a), abs(a), type(abs(a)), +a, type(+a), a // 2, a ** 2, a << 1, type(a << 0), ~a))
t(lambda: (str(a), f"{a}", "%d" % a, "%s" % a, "%r" % a, format(a, "x"), hex(a), bin(a), int(a), type(int(a)), a.real, type(a.real), a.numerator, type(a.numerator)))
t(lambda: (a == 5, hash(a) == hash(5), {a: 1}[5], a.bit_length(), a.to_bytes(1, "big"), type(a.conjugate()), round(a), type(round(a)), type(a.__index__())))
class I2(int):
    def __add__(self, o): return "I2 add"
    def __radd__(self, o): return "I2 radd"
t(lambda: (I2(1) + 1, 1 + I2(1), I2(1) + I2(2), sum([I2(1)]), 1 - I2(1)))
t(lambda: int.__new__(MyInt, "12", 8)); t(lambda: MyInt("ff", 16)); t(lambda: MyInt(2**100) > 0); t(lambda: type(MyInt(2**100) - 1)); t(lambda: isinstance(MyInt(1), int)); t(lambda: int.__new__(str, 5))
class I3(int): pass
i3 = I3(7); i3.attr = "x"
t(lambda: (i3, i3.attr, i3.__dict__))
