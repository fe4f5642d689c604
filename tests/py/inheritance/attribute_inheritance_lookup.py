# Class attribute lookup follows the MRO; instance attributes shadow; assignment to subclass doesn't affect base.
class A:
    x = "A"
    y = "A"


class B(A):
    y = "B"


b = B()
print(b.x, b.y, B.x)
B.x = "B.x"
print(A.x, B.x)
del B.x
print(B.x)
try:
    del B.x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
b.x = "inst"
print(b.x, B.x)
