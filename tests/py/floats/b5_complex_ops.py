def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


a, b = 1+2j, 3-4j
t(lambda: (a + b, a - b, a * b, a / b, -a, +a, abs(b), a == 1+2j, a != b, a.conjugate(), a.real, a.imag, a ** 2, a ** 0.5, a ** b, 2 ** a, bool(0j), a == (1, 2)))
t(lambda: a / 0); t(lambda: a // b); t(lambda: a % b); t(lambda: divmod(a, b)); t(lambda: a < b); t(lambda: 0j ** -1); t(lambda: 0j ** 0); t(lambda: (1+1j) ** 10**10); t(lambda: abs(complex(1e308, 1e308))); t(lambda: int(a)); t(lambda: float(a)); t(lambda: round(a))
t(lambda: 1j ** 2); t(lambda: (2+0j) ** 3); t(lambda: (1+2j) ** -2); t(lambda: complex(3, 4).__abs__()); t(lambda: 1 / 1j); t(lambda: 1j * 1j); t(lambda: (1e300+1e300j) * (1e300+1e300j)); t(lambda: 1+2j == 1+2.0j); t(lambda: 1j ** 0.5); t(lambda: (-1) ** 0.5 == 1j)
t(lambda: pow(1j, 2, 3)); t(lambda: 1j == 1j + 0); t(lambda: (1+0j) == 1); t(lambda: (1+0j) == 1.0); t(lambda: 2**1024 == complex(2.0**1023)); t(lambda: hash(1+0j) == hash(1)); t(lambda: hash(complex(1.5, -0.5))); t(lambda: 1j + "a")
t(lambda: (0+0j) ** (0+0j)); t(lambda: 0j ** 1j); t(lambda: complex(1, 1) ** 2); t(lambda: complex(0, 1) ** 3); t(lambda: 2j ** 63); t(lambda: (1e200j) ** 2)
class C(complex): pass
t(lambda: type(C(1) + 1)); t(lambda: repr(C(1, 2))); t(lambda: C(1) == 1); t(lambda: type(-C(1))); t(lambda: type(C(1).conjugate()))
