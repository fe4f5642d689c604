# total_ordering with NotImplemented, inheritance and mixed types.
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) <= Version(1), Version(2) >= Version(1), Version(1) > Version(1))
for op in ('<', '<=', '>', '>='):
    try:
        print(op, eval('Version(1) %s 1' % op))
    except TypeError as e:
        print(op, 'TypeError', e)
print(Version(1) == 1, Version(1) != 1)

@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v
print([(a < b, a <= b, a > b) for a, b in [(Ge(1), Ge(2)), (Ge(2), Ge(2)), (Ge(3), Ge(2))]])

class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
@total_ordering
class Child(Base):
    def __gt__(self, other):
        return self.v > other.v
print(Child(1) < Child(2), Child(1) >= Child(2), Child(2) <= Child(2))
print(Child.__lt__.__name__, Child.__lt__.__doc__)
@total_ordering
class GrandChild(Child):
    pass
print(GrandChild.__lt__ is Child.__lt__, GrandChild(1) < GrandChild(3))
