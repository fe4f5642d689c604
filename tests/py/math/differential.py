# Many arguments through every one-argument float function (fixed pseudo-random inputs).
import math
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp',
         'exp2', 'expm1', 'gamma', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for i in range(150):
    x = (rnd() - 0.5) * 10 ** (rnd() * 6 - 2)
    row = []
    for n in names:
        try:
            row.append(repr(getattr(math, n)(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[0])
    print(repr(x), ' '.join(row))
