# cmath on ordinary arguments: exact reprs of every function.
import cmath
state = 2024
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin',
         'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar']
def call(n, z):
    try:
        return repr(getattr(cmath, n)(z))
    except (ValueError, OverflowError) as e:
        return type(e).__name__
for i in range(80):
    z = complex((rnd() - 0.5) * 10 ** (rnd() * 8 - 4), (rnd() - 0.5) * 10 ** (rnd() * 8 - 4))
    print(repr(z), ' '.join(call(n, z) for n in names))
for z in [0, 1, -1, 2, 1j, -1j, 1 + 1j, 2.5, -2.5, True, 10**20]:
    print(repr(z), ' '.join(call(n, z) for n in names))
for x, b in [(2, 2), (8, 2), (1j, 1j), (0, 2), (2, 0), (1, 1), (1 + 1j, 10), (-1, cmath.e), (100, 10.0),
             (0, 0), (cmath.inf, 2), (1e-320, 3)]:
    try:
        print('log', x, b, repr(cmath.log(x, b)))
    except Exception as e:
        print('log', x, b, type(e).__name__, e)
