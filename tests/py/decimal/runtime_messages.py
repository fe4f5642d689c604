# The interpreter's own messages name the types decimal.Decimal / decimal.Context
from decimal import Decimal, getcontext
for f in [lambda: 'ab' * Decimal(2), lambda: setattr(getcontext(), 'foo', 1), lambda: [1] * Decimal('1.5'),
          lambda: Decimal(1) + 'x', lambda: Decimal(1) < 'x', lambda: len(Decimal(3)), lambda: Decimal(2)[0]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(type(Decimal(1)), Decimal.__name__, Decimal.__qualname__)
