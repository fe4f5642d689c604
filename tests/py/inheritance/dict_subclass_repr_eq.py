# dict subclasses compare equal to dicts; custom __repr__; fromkeys returns the subclass.
class D(dict):
    pass


class R(dict):
    def __repr__(self):
        return "R" + super().__repr__()


d = D(x=1)
print(d == {"x": 1}, type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 0))
print(repr(R(y=2)), str(R(y=2)), [R()])
