# Builtin classmethods (dict.fromkeys, int.from_bytes) bind to subclasses.
class D(dict):
    pass


class I(int):
    pass


print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab"))
print(type(I.from_bytes(b"\x01", "big")).__name__)
print(type(dict.__dict__["fromkeys"]).__name__)
print(dict.fromkeys.__self__ is dict, D.fromkeys.__self__ is D)
