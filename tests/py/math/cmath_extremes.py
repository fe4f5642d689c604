# cmath with huge, tiny and subnormal parts: overflow-avoiding formulas and range errors.
import cmath
parts = [-1.7e308, -1e300, -710.0, -1e-200, -1e-310, 1e-310, 1e-200, 0.5, 710.0, 1e300, 1.7e308]
for n in ['acos', 'acosh', 'asinh', 'atanh', 'cosh', 'exp', 'log', 'sinh', 'sqrt', 'tanh', 'phase', 'polar']:
    f = getattr(cmath, n)
    for a in parts:
        row = []
        for b in parts:
            try:
                row.append(repr(f(complex(a, b))))
            except ValueError:
                row.append('VE')
            except OverflowError:
                row.append('OE')
        print(n, a, ' '.join(row))
