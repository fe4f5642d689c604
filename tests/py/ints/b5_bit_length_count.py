def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, -1, 2, 3, 255, -256, 2**63 - 1, 2**63, -2**63, 2**64, -2**64, 2**1000 - 1, -(2**1000), 0x5555555555555555, True, False]:
    t(lambda: (v.bit_length(), v.bit_count(), abs(v), -v, ~v, +v, v.numerator, v.denominator, v.real, v.imag, v.conjugate(), v.as_integer_ratio()))
t(lambda: (5).bit_length(1)); t(lambda: int.bit_count()); t(lambda: type(True.numerator)); t(lambda: type(True.as_integer_ratio()[0])); t(lambda: type(True.real)); t(lambda: type((5).conjugate()))
