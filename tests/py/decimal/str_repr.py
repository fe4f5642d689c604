from decimal import Decimal, localcontext, Context, DecimalTuple

vals = ['0', '-0', '0.00', '0E+1', '0E-7', '0E+5', '-0E+2', '0E-1', '1', '-1', '1.20', '123.456', '1E+5', '12E+5',
        '123E-9', '1E-7', '1E-6', '0.000001', '0.0000001', '12345678E-13', '1.5E+3', '-1.23E-8', '100', '1E+2',
        '1.000E+3', '123456789012345678901234567890', '1E+999999', '1E-999999', 'Infinity', '-Infinity', 'NaN',
        '-NaN', 'NaN42', 'sNaN', '-sNaN7', '5E-1', '5E-6', '5E-7', '50E-7', '0.1E+7', '123.45E+3', '9.999E+10']
for v in vals:
    d = Decimal(v)
    print(v, '|', str(d), '|', repr(d), '|', d.to_eng_string(), '|', d.as_tuple())

with localcontext(capitals=0):
    print(str(Decimal('1E+5')), repr(Decimal('-2.5E-10')), Decimal('1E+5').to_eng_string())
c = Context(capitals=0)
print(c.to_sci_string(Decimal('1E+5')), c.to_eng_string(Decimal('123E+5')))
print(Context().to_sci_string(Decimal('1E+5')))

t = Decimal('-3.140').as_tuple()
print(t, t.sign, t.digits, t.exponent, type(t).__name__, isinstance(t, tuple))
print(DecimalTuple(0, (1,), 2), Decimal(DecimalTuple(1, (2, 5), -1)))
for v in ['1.5', '-0.75', '1.5E+3', '0', '-0.000', '123.456', '1E-20']:
    print(v, Decimal(v).as_integer_ratio())
for v in ['NaN', 'Infinity', 'sNaN']:
    try:
        Decimal(v).as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
for v in ['1.50', '-0', '1E+3', '0.001', 'NaN', '-Infinity']:
    d = Decimal(v)
    print(v, d.adjusted(), d.is_signed(), d.number_class(), bool(d))
print(f'{Decimal("1.25")!r} {Decimal("1.25")!s}')
print([Decimal('1.1'), Decimal('-2')], {'k': Decimal('3.0')}, (Decimal(4),))
