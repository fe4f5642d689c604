# Exact AttributeError messages for missing instance, class and module attributes.
import math


class C:
    pass


for expr in ("C().missing", "C.missing", "math.missing", "(1).missing", "'s'.missing", "None.missing"):
    try:
        eval(expr)
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
