# cmath on every combination of special and ordinary real/imaginary parts (C99 Annex G tables).
import cmath, math
inf, nan = math.inf, math.nan
parts = [-inf, -2.5, -0.0, 0.0, 1.0, inf, nan]
for n in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
          'sin', 'sinh', 'sqrt', 'tan', 'tanh']:
    f = getattr(cmath, n)
    row = []
    for a in parts:
        for b in parts:
            try:
                row.append(repr(f(complex(a, b))))
            except ValueError:
                row.append('VE')
            except OverflowError:
                row.append('OE')
    print(n, ' '.join(row))
for a in parts:
    for b in parts:
        try:
            r = cmath.rect(a, b)
        except Exception as e:
            r = type(e).__name__
        print('rect', a, b, repr(r))
