# pow with 3 args calls __pow__(other, mod); __rpow__ is not tried for the 3-arg form.
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)


print(pow(P(), 2), pow(P(), 2, 5), P() ** 3, 2 ** P())
try:
    pow(2, P(), 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
