from decimal import Decimal as D, localcontext

specs = ['', 'f', 'F', 'e', 'E', 'g', 'G', '%', 'n', '.0f', '.2f', '.10f', '.3e', '.0e', '.3g', '.1', '.3', '.0g',
         '.2%', '.0%', ',', ',.2f', '012,.1f', '015,.3f', '010', '+', ' ', '-', '+.2f', '=+10.2f', '^12',
         '*<12.3E', 'x>10', '0=10', '<10', 'z.1f', 'z', '.2n', '10.4', '>+12,.2f', '_^9.1f']
vals = ['0', '-0', '1.2300', '12345', '1E+5', '0.000012', '-1234567.891', '0E-10', '123.456E-10', '9.999',
        '0.5', '-0.05', '1234567890123.5', 'NaN', '-Infinity', 'Infinity', 'sNaN1']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(D(v), s))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(v, out)
for bad in ['_', '#f', '0<10', 'x', 'd', '.f', ',n', '10.2.3', 'q']:
    try:
        print(format(D('1.5'), bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
with localcontext(capitals=0):
    print(format(D('1E+5'), ''), format(D('1.5E+5'), '.2'), format(D('12345'), '.2G'))
with localcontext(rounding='ROUND_DOWN'):
    print(format(D('2.99'), '.1f'), format(D('-2.99'), '.1e'), format(D('2.99'), '.1'))
x = D('1234.5678')
print(f'{x}', f'{x:.2f}', f'{x:>15,.2f}|', f'{x:e}', f'{x:_^20}', f'{x:.1%}', '{:,}'.format(D('-1234567')))
print('%s %r' % (x, x), str.format('{0:.3f}', D('2.0005')), f'{D("1.005"):.2f}', f'{D("0.125"):.2f}')
