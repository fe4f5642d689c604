# cmath: constants, rect/polar/phase, isclose, classification, argument conversion and errors.
import cmath, math
print([x for x in dir(cmath) if not x.startswith('__')])
print(repr(cmath.pi), repr(cmath.e), repr(cmath.tau), repr(cmath.inf), repr(cmath.infj), repr(cmath.nan), repr(cmath.nanj))
print(cmath.__doc__)
for n in sorted(x for x in dir(cmath) if not x.startswith('_')):
    o = getattr(cmath, n)
    if callable(o):
        print(n, repr(o.__doc__))
for r, phi in [(1, 0), (1, math.pi / 2), (2, math.pi), (1, -0.0), (-1, 0.0), (0, 1), (3, 1.5), (1e308, 2),
               (-2.5, 0.5)]:
    print('rect', r, phi, repr(cmath.rect(r, phi)))
for z in [1, -1, 1j, -1j, 1 + 1j, complex(-1, -0.0), complex(-1, 0.0), 0, -0.0, 3 - 4j, 1e308 + 1e308j,
          complex(math.inf, math.nan), complex(math.nan, math.inf), complex(1e300, 1e-310)]:
    for f in [cmath.phase, cmath.polar, cmath.isfinite, cmath.isinf, cmath.isnan, abs]:
        try:
            print(f.__name__, repr(z), repr(f(z)))
        except Exception as e:
            print(f.__name__, repr(z), type(e).__name__, e)
for a, b, kw in [(1 + 1j, 1 + 1.0000000001j, {}), (1j, 1j, {}), (1, 1.1, {'rel_tol': 0.2}), (0, 1e-10j, {'abs_tol': 1e-9}),
                 (complex(math.inf, 0), complex(math.inf, 0), {}), (complex(math.inf, 0), complex(-math.inf, 0), {}),
                 (complex(math.nan, 0), 0, {}), (1, 2, {'rel_tol': -1}), (1, 2, {'abs_tol': -1}),
                 (1, 2, {'abs_tol': 'x'}), (1, 'x', {}), (1, 2, {'x': 1})]:
    try:
        print('isclose', a, b, kw, cmath.isclose(a, b, **kw))
    except Exception as e:
        print('isclose', a, b, kw, type(e).__name__, e)
class C:
    def __complex__(self): return 5
class D:
    def __complex__(self): return 3 + 4j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class CF(float):
    def __complex__(self): return 1j
tests = [lambda: cmath.sqrt('a'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(z=1),
         lambda: cmath.log(1, 2, 3), lambda: cmath.log('a'), lambda: cmath.log(1, 'a'), lambda: cmath.log(),
         lambda: cmath.log(x=1), lambda: cmath.rect(1), lambda: cmath.rect('a', 1), lambda: cmath.rect(1j, 1),
         lambda: cmath.rect(r=1, phi=2), lambda: cmath.sqrt(C()), lambda: cmath.isclose(1),
         lambda: cmath.isclose(1, 2, 3), lambda: cmath.phase(), lambda: cmath.polar(x=1), lambda: cmath.log(0),
         lambda: cmath.exp(1000), lambda: cmath.sqrt(10**400), lambda: cmath.log(1, 0), lambda: cmath.log(1, 1),
         lambda: cmath.sqrt(None), lambda: cmath.sqrt(D()), lambda: cmath.sqrt(F()), lambda: cmath.sqrt(I()),
         lambda: cmath.sqrt(CF(4.0)), lambda: cmath.sqrt(True), lambda: cmath.sqrt(-4), lambda: cmath.rect(2, F()),
         lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000 + 1j), lambda: cmath.exp(complex(1, math.inf)),
         lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.log10(0), lambda: cmath.rect(1, math.inf),
         lambda: cmath.exp(709.9), lambda: cmath.cosh(710.4 + 1j), lambda: cmath.tanh(1000 + 2j),
         lambda: cmath.tan(1000j), lambda: cmath.acos(2), lambda: cmath.asin(-2), lambda: cmath.acosh(0)]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
