# type.__new__ requires a metatype subtype; errors for bad first arg.
class Meta(type):
    pass


C = type.__new__(Meta, "C", (), {})
print(type(C).__name__)
try:
    type.__new__(int, "C", (), {})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type.__new__(1, "C", (), {})
except TypeError as e:
    print(type(e).__name__ + ":", e)
