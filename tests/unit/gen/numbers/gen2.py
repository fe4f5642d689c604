# Generates call cases: (label, C++ expression producing an Object*, expected repr or !Exc: msg)
import math, sys, random
random.seed(7)

class V:
    def __init__(self, val, cpp):
        self.val, self.cpp = val, cpp
        try:
            self.lab = repr(val)
        except ValueError:
            self.lab = cpp
        if len(self.lab) > 60: self.lab = self.lab[:57] + '...'
def LB(xs): return '(' + ', '.join(x.lab for x in xs) + ')'

def I(n): return V(int(n), 'I("%d")' % int(n))
def IP(b, e): return V(b ** e, 'IPOW(%d, %d)' % (b, e))
def F(x):
    x = float(x)
    return V(x, 'F("%s")' % repr(x))
def S(s):
    assert ')py"' not in s
    return V(s, 'S(R"py(%s)py")' % s)
def SX(s, cpp):  # str with control chars: explicit C++ literal
    return V(s, 'S(%s)' % cpp)
def Bts(b):
    return V(b, 'BY("%s", %d)' % (''.join('\\x%02x' % c for c in b), len(b)))
def C(re, im): return V(complex(re, im), 'CX("%r", "%r")' % (float(re), float(im)))
def Lst(*xs): return V([x.val for x in xs], 'LIST({%s})' % ', '.join(x.cpp for x in xs))
def Tup(*xs): return V(tuple(x.val for x in xs), 'TUP({%s})' % ', '.join(x.cpp for x in xs))
TRUE = V(True, 'Py_True'); FALSE = V(False, 'Py_False'); NONE = V(None, 'Py_None')

cases = []
def res(f):
    try:
        return repr(f())
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)
    
def add(label, f, cpp):
    cases.append((label, cpp, res(f)))

def args_cpp(args): return '{%s}' % ', '.join(a.cpp for a in args)

def math_(name, *args):
    add('math.%s%s' % (name, LB(args)), lambda: getattr(math, name)(*[a.val for a in args]),
        'MATH("%s", %s)' % (name, args_cpp(args)))
def mathkw(name, args, kw):
    add('math.%s%s %s' % (name, LB(args), LB(kw.values())),
        lambda: getattr(math, name)(*[a.val for a in args], **{k: v.val for k, v in kw.items()}),
        'MATHKW("%s", %s, {%s}, %s)' % (name, args_cpp(args), ', '.join('"%s"' % k for k in kw), args_cpp(kw.values())))
def meth(obj, name, *args, kw={}):
    add('%s.%s%s %s' % (obj.lab, name, LB(args), LB(kw.values())),
        lambda: getattr(obj.val, name)(*[a.val for a in args], **{k: v.val for k, v in kw.items()}),
        'METH(%s, "%s", %s, {%s}, %s)' % (obj.cpp, name, args_cpp(args), ', '.join('"%s"' % k for k in kw), args_cpp(kw.values())))
TYPES = {'int': int, 'float': float, 'complex': complex, 'bool': bool}
def ctor(tn, *args, kw={}):
    add('%s%s %s' % (tn, LB(args), list(kw)),
        lambda: TYPES[tn](*[a.val for a in args], **{k: v.val for k, v in kw.items()}),
        'CALLT(&%s_Type, %s, {%s}, %s)' % ({'int':'Int','float':'Float','complex':'Complex','bool':'Bool'}[tn], args_cpp(args), ', '.join('"%s"' % k for k in kw), args_cpp(kw.values())))
def fmt(v, spec, p=1.0):
    if random.random() > p: return
    add('format(%s, %r)' % (v.lab, spec), lambda: format(v.val, spec), 'FMT(%s, %s)' % (v.cpp, S(spec).cpp))
def rep(v):
    add('repr(%s)' % (v.lab,), lambda: repr(v.val), 'repr(%s)' % v.cpp)
def hsh(v):
    if isinstance(v.val, (float, complex)) and v.val != v.val: return  # NaN hashes are identity-based
    add('hash(%s)' % (v.lab,), lambda: hash(v.val), 'HASH(%s)' % v.cpp)
def pow3(a, b, m):
    add('pow(%s, %s, %s)' % (a.lab, b.lab, m.lab), lambda: pow(a.val, b.val, m.val), 'power(%s, %s, %s)' % (a.cpp, b.cpp, m.cpp))
def unary(op, v):
    f = {'-': lambda x: -x, '+': lambda x: +x, '~': lambda x: ~x, 'abs': abs, 'bool': bool, 'int': int, 'float': float}[op]
    add('%s(%s)' % (op, v.lab), lambda: f(v.val), 'UNARY("%s", %s)' % (op, v.cpp))

kind = sys.argv[1]
if kind == 'int':
    big = I(2**100 + 5); nbig = I(-(3**70)); 
    for v in [I(0), I(1), I(-1), I(2**62-1), I(-2**62), I(2**62), I(-2**62-1), big, nbig, TRUE, FALSE, I(10**50)]:
        rep(v); hsh(v)
        for op in ['-', '+', '~', 'abs', 'bool', 'float']:
            unary(op, v)
        for m in ['bit_length', 'bit_count', 'as_integer_ratio', 'conjugate', '__trunc__', '__floor__', '__ceil__', '__getnewargs__', '__round__']:
            meth(v, m)
    for v in [I(2**61-1), I(2**61), I(-(2**61-1)), I(-(2**61)), I(2**64+3), I(-2**64-3), I(2**122 - 1), I(10**40), I(-(10**40))]:
        hsh(v)
    # round
    for v in [I(1234567), I(-1250), I(-1350), I(15), I(25), I(-25), I(10**30 + 5 * 10**10), I(0)]:
        for nd in [I(-1), I(-2), I(-11), I(0), I(3), I(-40)]:
            meth(v, '__round__', nd)
    meth(I(5), '__round__', F(1.5)); meth(I(5), '__round__', NONE)
    # to_bytes / from_bytes
    for v in [I(0), I(1), I(255), I(256), I(-1), I(-128), I(-129), I(127), I(128), I(2**64), I(-(2**64)), I(2**70 + 12345)]:
        for ln in [1, 2, 9, 10]:
            for order in ['big', 'little']:
                meth(v, 'to_bytes', I(ln), S(order))
                meth(v, 'to_bytes', I(ln), S(order), kw={'signed': TRUE})
    meth(I(5), 'to_bytes'); meth(I(1024), 'to_bytes', I(1), S('big')); meth(I(5), 'to_bytes', I(-1))
    meth(I(5), 'to_bytes', I(2), S('medium')); meth(I(5), 'to_bytes', I(2), I(3)); meth(I(5), 'to_bytes', I(2**63))
    for b in [b'', b'\x00', b'\x01\x00', b'\xff', b'\xff\xff', b'\x80\x00', b'\x00\x80', bytes(range(1, 20)), b'\xff' * 9, b'\x80' + b'\x00' * 8]:
        for order in ['big', 'little']:
            meth(V(int, 'INT_T'), 'from_bytes', Bts(b), S(order))
            meth(V(int, 'INT_T'), 'from_bytes', Bts(b), S(order), kw={'signed': TRUE})
    meth(V(int, 'INT_T'), 'from_bytes', Lst(I(1), I(2), I(3)), S('big'))
    meth(V(int, 'INT_T'), 'from_bytes', S('ab'), S('big'))
    meth(V(int, 'INT_T'), 'from_bytes', I(5), S('big'))
    # constructor
    for a in [S('0'), S(' 12 '), S('-0x1F'), S('1_000'), S('1__0'), S('_1'), S('1_'), S(''), S('x'), S('١٢٣'), S('１２'),
              S('0b101'), S('0o17'), S('010'), S('0_0'), S('+5'), S('- 5'), S('9' * 30), S('\u20005\u3000'), S('5\u00e9'),
              Bts(b'12'), Bts(b' -7 '), Bts(b'x1'), F(1.5), F(-1.5), F(1e300), F(float('inf')), F(float('nan')), F(-0.0),
              TRUE, I(2**70), NONE, Lst()]:
        ctor('int', a)
    for a, b in [(S('0x_1f'), I(0)), (S('0x_1f'), I(16)), (S('010'), I(0)), (S('0_8'), I(0)), (S('0x'), I(16)), (S('Zz'), I(36)),
                 (S('12'), I(1)), (S('12'), I(37)), (S('777'), I(8)), (S('-1010'), I(2)), (I(5), I(10)), (S('5'), S('x')),
                 (S('5'), F(2.5)), (S('5'), I(10**20)), (S('0B11'), I(0)), (S('0o8'), I(0)), (S('z' * 25), I(36)), (Bts(b'ff'), I(16))]:
        ctor('int', a, b)
    ctor('int'); ctor('int', S('101'), kw={'base': I(2)}); ctor('int', kw={'base': I(2)})
    ctor('int', S('1' * 4301)); ctor('int', S('1' * 4300 + 'x')); ctor('int', S('0x' + 'f' * 5000))
    ctor('bool'); ctor('bool', I(0)); ctor('bool', S('')); ctor('bool', S('x')); ctor('bool', I(1), I(2))
    pow3(I(2), I(-1), I(5)); pow3(I(2), I(-1), I(4)); pow3(I(2), I(3), I(0)); pow3(I(2), I(3), I(-5)); pow3(I(3), I(10**20), I(10**9+7))
    pow3(I(-3), I(5), I(7)); pow3(I(5), I(3), I(1)); pow3(I(5), I(-3), I(-1)); pow3(I(2**100), I(2**80 + 1), I(-(10**30) - 7)); pow3(I(0), I(0), I(5))
    pow3(I(7), I(-2), I(-10))
    # formatting
    for v in [I(0), I(1234), I(-1234), I(255), I(-255), I(10**30), I(-(2**70)), TRUE, I(65)]:
        for spec in ['', 'd', '10', '<10', '^10', '=+10', '010', '08,', '09,', '010,', ',', '_', '_x', '#_b', '#x', '#X', '#o', '#b',
                     '#012_x', 'x', 'X', 'b', 'o', 'n', ' d', '+d', '*^11', 'e', '.3e', 'f', '%', 'g', '.2f', ',.2f', 'c', '^5c',
                     '.2d', '+c', '#c', ',c', ',n', 'z', 'zd', ',_', '_,', ',,', '__', '.', 'abc', '1,1', '\u00e9', ',\u00e9',
                     '\U0001F600>8']:
            fmt(v, spec, 0.45)
    fmt(I(-1), 'c'); fmt(I(0x110000), 'c'); fmt(IP(10, 5000), 'd'); fmt(IP(10, 400), 'e'); fmt(I(5), '99999999999999999999')
elif kind == 'float':
    vals = [F(0.0), F(-0.0), F(1.0), F(-1.5), F(0.1), F(1/3), F(1e16), F(1e15), F(123456789.0), F(1e-4), F(1e-5), F(5e-324),
            F(1.7976931348623157e308), F(float('inf')), F(float('-inf')), F(float('nan')), F(2.5), F(2**53 + 2.0), F(1e22), F(-1e-300)]
    for v in vals:
        rep(v); hsh(v)
        for op in ['-', '+', 'abs', 'bool', 'int']:
            unary(op, v)
        for m in ['is_integer', 'as_integer_ratio', 'hex', 'conjugate', '__trunc__', '__floor__', '__ceil__', '__round__', '__getnewargs__']:
            meth(v, m)
        for nd in [I(0), I(1), I(2), I(-1), I(-2), I(5), I(400), I(-400), I(-308)]:
            if random.random() < 0.5: meth(v, '__round__', nd)
    for x, nd in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (1.5, 0), (0.5, 0), (-0.5, 0), (5e-324, 323),
                  (1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (123.456, -1), (-123.456, -1), (1250.0, -2),
                  (1350.0, -2), (-4.0, -1), (0.285, 2), (1.005, 2), (1e300, 2), (12345.6789, 3), (9.995, 2), (5e22, -22), (15e21, -22)]:
        meth(F(x), '__round__', I(nd))
    meth(F(1.5), '__round__', F(1.5)); meth(F(1.5), '__round__', I(10**30)); meth(F(1.5), '__round__', I(-(10**30)))
    meth(F(1.5), '__round__', NONE); meth(F(2.5), '__round__'); meth(F(1e300), '__round__')
    for s in ['0x1.8p3', '  0X1P-1074 ', '0x1p-1075', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.fffffffffffff8p1023',
              '0x1p1024', 'xyz', 'inf', '-Infinity', 'nan', '-0x0p0', '1', '.8', '0x.8p1', '0x1.p0', '0x', '0x1p', '0x1p+', '1e3',
              '0x1.000000000000000000001p0', '0x0.0000000000001p-1022', '0x0.00000000000008p-1022', '0x1p99999', '0x1p-99999']:
        meth(V(float, 'FLOAT_T'), 'fromhex', S(s))
    meth(V(float, 'FLOAT_T'), 'fromhex', I(3))
    for s in ['1.5', ' 1_0.5 ', '1_.5', '-iNfInItY', 'nan', '+nan', '-nan', '0x10', 'abc', '', '  ', '1e', '.', '1.', '.5', '1e5_0',
              '1_e5', 'in_f', 'infin', '1e999', '-1e-999', '+.5e-3', '１.５', '\u20001.5', '1.5e+308', '2.4703282292062328e-324',
              '2.4703282292062327e-324', '0.1e-400', '1' * 400, '00001.5', '1__0', '1e+', 'e5', '-.e1']:
        ctor('float', S(s))
    for a in [Bts(b'1.5'), Bts(b'x'), IP(10, 400), I(2**53 + 1), TRUE, Lst(), NONE, F(1.25)]:
        ctor('float', a)
    ctor('float'); ctor('float', I(1), I(2)); ctor('float', kw={'x': I(1)})
    for v in [F(1234.5), F(-0.0), F(-0.001), F(1e20), F(100.0), F(123456.0), F(1e16), F(1.0), F(0.5), F(2.5), F(0.125), F(1e-5),
              F(1e-4), F(123456789.0), F(0.1), F(12345.678), F(1e300), F(float('inf')), F(float('-inf')), F(float('nan')), F(1.5)]:
        for spec in ['', '.3', '>20', '.0', '#.0', '#g', '#.0e', '#.0f', '.0f', '.2f', 'g', '.20f', '%', ',', '_', '012,.2f', '^10.3e',
                     'z.1f', 'z', 'z.1e', 'z.0%', 'F', 'E', 'G', 'n', ',n', 'd', '#', '010', '+', ' ', '=+12.3f', '*<12g', '.15g',
                     '.17g', 'e', '.0e', '.1%', '99999999999999999999', '.99999999999', '20.3', '_.3f', ',.1f', '0=12,.3f']:
            fmt(v, spec, 0.3)
    # complex
    cvals = [C(1, 2), C(0, 1), C(-0.0, -1), C(0, -1), C(float('nan'), float('inf')), C(1e16, 1e-5), C(2.5, 0), C(-1.5, -0.0),
             C(0, 0), C(-0.0, 0), C(1e300, 1e300)]
    for c in cvals:
        rep(c); hsh(c)
        for op in ['-', '+', 'abs', 'bool']:
            unary(op, c)
        meth(c, 'conjugate')
        meth(c, '__getnewargs__')
        for spec in ['', '10', '.2f', '<20', '^20.3e', '+', 'g', 'n', '010', '=10', 'z.1f', 'x', '#.0f']:
            fmt(c, spec)
    for s in ['1+2j', ' ( 1+2j ) ', '1', 'j', '-j', '+1.5J', '1e3-2.5e-3j', 'inf+nanj', '-infj', '1+j', '(1+2j', '1+2', 'x', '1__0j',
              '1_0j', '', '  ', '1+2j)', 'nanj', '1 +2j', '１+２j']:
        ctor('complex', S(s))
    for a, b in [(I(1), I(2)), (F(1.5), F(-2.0)), (C(1, 2), C(3, 4)), (S('1'), I(1)), (I(1), S('2')), (Lst(), I(1)), (I(1), Lst()),
                 (C(1, 2), NONE)]:
        ctor('complex', a, b)
    ctor('complex'); ctor('complex', C(1, 2)); ctor('complex', IP(10, 400)); ctor('complex', kw={'real': I(1), 'imag': I(2)})
    ctor('complex', kw={'imag': F(2.5)})
    for a, b in [(C(1, 2), C(3, 4)), (C(1, 2), I(0)), (C(0, 0), C(-1, 0)), (C(0, 0), C(0, 1)), (C(1, 2), I(3)), (C(1, 2), F(-2.5)),
                 (C(1, 1), F(0.5)), (C(1e200, 1e200), I(2)), (C(1, 2), C(0, 0)), (I(2), C(0, 1)), (F(1.5), C(1, -1)), (C(1, 2), I(200)),
                 (C(2, 0), I(-3)), (C(1e300, 0), C(1e300, 0))]:
        for op in ['+', '-', '*', '/', '**', '==', '!=', '<', '//', '%']:
            add('%s %s %s' % (a.lab, op, b.lab), lambda: eval('a %s b' % op, {'a': a.val, 'b': b.val}), 'BINOP(%s, "%s", %s)' % (a.cpp, op, b.cpp))
    pow3(C(1, 2), I(2), I(3))
elif kind == 'math':
    one = [F(0.0), F(-0.0), F(0.5), F(1.0), F(-1.0), F(2.0), F(-2.5), F(10.0), F(1e-10), F(710.0), F(-710.0), F(1e308),
           F(float('inf')), F(float('-inf')), F(float('nan')), I(3), IP(10, 400), TRUE]
    for fn in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc', 'exp',
               'exp2', 'expm1', 'fabs', 'floor', 'frexp', 'gamma', 'isfinite', 'isinf', 'isnan', 'lgamma', 'log', 'log10', 'log1p',
               'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp']:
        for x in one:
            if random.random() < 0.7: math_(fn, x)
    for x in [F(0.5), F(1.5), F(-1.5), F(4.5), F(-4.5), F(100.5), F(170.5), F(171.7), F(-170.5), F(-200.5), F(1e-30), F(30.0), F(25.0), F(-0.5)]:
        math_('gamma', x); math_('lgamma', x)
    for x in [I(2**1023), I(2**1024), I(10**309), IP(3, 2000), I(-5), I(0), I(2**1024 - 1)]:
        math_('log', x); math_('log2', x); math_('log10', x)
    math_('log', IP(2, 2000), I(2)); math_('log', F(8.0), F(2.0)); math_('log', I(10), I(0)); math_('log', I(10), I(1)); math_('log', I(100), F(10.0))
    math_('log'); math_('log', I(1), I(2), I(3)); mathkw('log', [I(1)], {'base': I(2)})
    math_('sqrt'); math_('sqrt', I(1), I(2)); mathkw('sqrt', [], {'x': I(1)}); math_('sqrt', S('x')); math_('atan2', I(1))
    two = [F(0.0), F(-0.0), F(1.0), F(-1.0), F(2.5), F(-3.0), F(1e308), F(float('inf')), F(float('-inf')), F(float('nan')), I(3)]
    for fn in ['atan2', 'copysign', 'fmod', 'pow', 'remainder', 'nextafter', 'hypot', 'ldexp']:
        for x in two:
            for y in two:
                if fn == 'ldexp' and not isinstance(y.val, int): continue
                if random.random() < 0.35: math_(fn, x, y)
    math_('ldexp', F(1.0), I(10000)); math_('ldexp', F(1.0), I(-10000)); math_('ldexp', F(1.0), I(2**70)); math_('ldexp', F(1.0), F(1.5))
    math_('pow', F(-8.0), F(1/3)); math_('pow', F(10.0), F(400.0)); math_('pow', F(0.0), F(-1.0))
    for a, b in [(5.0, 3.0), (5.0, -3.0), (-5.0, 3.0), (4.5, 1.0), (5.5, 1.0), (-4.5, 1.0), (1e308, 1e-308), (7.0, 0.0)]:
        math_('remainder', F(a), F(b))
    math_('hypot'); math_('hypot', F(3.0)); math_('hypot', I(3), I(4), I(12)); math_('hypot', F(1e-320), F(1e-320)); math_('hypot', F(1e308), F(1e308))
    math_('hypot', F(float('inf')), F(float('nan'))); math_('hypot', *[F(0.1 * i) for i in range(20)])
    math_('dist', Lst(I(1), I(2)), Lst(I(4), I(6))); math_('dist', Tup(F(1.5), F(2.5), F(-3.0)), Lst(I(4), I(6), I(7))); math_('dist', Lst(I(1)), Lst(I(1), I(2))); math_('dist', I(1))
    for n in [0, 1, 5, 20, 21, 25, 100, -1]:
        math_('factorial', I(n))
    math_('factorial', F(5.0)); math_('factorial', I(2**70)); math_('factorial', S('x'))
    math_('gcd'); math_('gcd', I(-12)); math_('gcd', I(12), I(18), I(27)); math_('gcd', I(2**100), I(6**50)); math_('gcd', F(1.5)); math_('gcd', I(0), I(0)); math_('gcd', I(-4), I(6))
    math_('lcm'); math_('lcm', I(-12)); math_('lcm', I(4), I(6), I(10)); math_('lcm', I(0), I(5)); math_('lcm', I(2**70), I(3**40)); math_('lcm', I(-4), I(6))
    for n in [0, 1, 2, 3, 15, 16, 17, 24, 25, 2**62, 2**64 - 1, 2**64, 10**100, 10**101, -1]:
        math_('isqrt', I(n))
    for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (-1, 3), (10, -3), (100, 50), (67, 33), (200, 3), (10**20, 3), (2**64 + 5, 2**64 + 2), (50, 48)]:
        math_('comb', I(n), I(k)); math_('perm', I(n), I(k))
    math_('perm', I(10)); math_('perm', I(10), NONE); math_('perm'); math_('perm', I(1), I(2), I(3)); math_('comb', I(1)); math_('comb', F(1.0), I(1))
    math_('prod', Lst(I(1), I(2), I(3))); mathkw('prod', [Lst(I(1), I(2), I(3))], {'start': I(2)}); 
    math_('prod', Lst(I(2**40), I(2**40), I(3))); math_('prod', Lst(F(1.5), I(2), F(0.5))); math_('prod', Lst())
    math_('prod', Lst(S('a'), I(3)))
    math_('fsum', Lst(*[F(0.1)] * 10)); math_('fsum', Lst(F(1e308), F(1e308))); math_('fsum', Lst(F(float('inf')), F(float('-inf'))))
    math_('fsum', Lst(F(float('inf')), I(1))); math_('fsum', Lst(F(1e-16), F(1.0), F(1e16))); math_('fsum', Lst(F(1e100), F(1.0), F(-1e100), F(1e-100), F(1e50), F(-1.0), F(-1e50)))
    math_('fsum', Lst()); math_('fsum', Lst(F(float('nan')), F(1.0))); math_('fsum', Lst(IP(10, 400)))
    math_('isclose', I(1), F(1.0000000001)); math_('isclose', I(1), I(2)); mathkw('isclose', [I(1), I(2)], {'rel_tol': I(-1)})
    mathkw('isclose', [I(1), I(2)], {'abs_tol': F(1.5)}); mathkw('isclose', [F(1.0), F(1.1)], {'rel_tol': F(0.1)}); math_('isclose', I(1))
    math_('isclose', F(float('inf')), F(float('inf'))); math_('isclose', F(float('inf')), F(float('-inf'))); math_('isclose', F(float('nan')), F(float('nan')))
    for name in ['pi', 'e', 'tau', 'inf', 'nan']:
        add('math.' + name, lambda name=name: getattr(math, name), 'MATHATTR("%s")' % name)

with open(sys.argv[2], 'w') as f:
    f.write("// Generated by CPython 3.11: {label, object computed by slotpy, repr of CPython's result}.\n")
    for label, cpp, r in cases:
        assert ')py"' not in label and ')py"' not in r
        f.write('    {R"py(%s)py", [] { return %s; }, R"py(%s)py"},\n' % (label, cpp, r))
print(len(cases))
