# Typical money / exact-arithmetic usage.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, getcontext

CENT = Decimal('0.01')
prices = {'apple': Decimal('0.45'), 'bread': Decimal('2.99'), 'milk': Decimal('1.15'), 'cheese': Decimal('7.5')}
cart = [('apple', 7), ('bread', 2), ('milk', 3), ('cheese', 1)]
subtotal = sum((prices[n] * q for n, q in cart), Decimal(0))
tax = (subtotal * Decimal('0.0825')).quantize(CENT, rounding=ROUND_HALF_UP)
total = subtotal + tax
print('subtotal', subtotal, 'tax', tax, 'total', total)
for name, qty in cart:
    line = prices[name] * qty
    print(f'{name:<8}{qty:>3} x {prices[name]:>6.2f} = {line:>8.2f}')
print(f'{"TOTAL":<20}{total:>9,.2f}')

# splitting a bill
amount = Decimal('100.00')
people = 3
share = (amount / people).quantize(CENT, rounding=ROUND_DOWN)
remainder = amount - share * people
print(share, remainder, [str(share + (CENT if i < remainder / CENT else 0)) for i in range(people)])

# compound interest
principal = Decimal('1000')
rate = Decimal('0.05')
for year in range(1, 6):
    principal = (principal * (1 + rate)).quantize(CENT, ROUND_HALF_EVEN)
    print(year, principal)
with localcontext() as ctx:
    ctx.prec = 50
    print((Decimal(1) + Decimal('0.05') / 12) ** 120)
print(Decimal('1.1') + Decimal('2.2'), 1.1 + 2.2, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
print(Decimal(1) / Decimal(3) * 3, getcontext().prec)
amounts = [Decimal(x) for x in ['10.005', '10.015', '10.025', '-10.005', '2.675']]
print([str(a.quantize(CENT)) for a in amounts], [str(a.quantize(CENT, ROUND_HALF_UP)) for a in amounts])
print(round(Decimal('10.005'), 2), round(Decimal('2.675'), 2), round(Decimal('1234.5')))
print(sorted(amounts), max(amounts), min(amounts), sum(amounts))
print('{:>12}'.format(str(Decimal('1234.50'))), '{:.1f}'.format(Decimal('0.05')), '%.2f' % Decimal('1.005'))
ledger = {}
for who, amt in [('a', '10.50'), ('b', '3.25'), ('a', '-2.10'), ('c', '0.00'), ('b', '1E+1')]:
    ledger[who] = ledger.get(who, Decimal(0)) + Decimal(amt)
print(sorted(ledger.items()))
print(int(Decimal('19.99')), float(Decimal('19.99')), Decimal('19.99').to_integral_value(ROUND_HALF_UP))
