# Basic Enum behaviour: definition, lookups, iteration, membership, identity.
from enum import Enum


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), repr(Color))
print(Color.RED.name, Color.RED.value, Color.BLUE._name_, Color.BLUE._value_)
print(type(Color.RED), type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color(1), Color(3), Color['GREEN'], getattr(Color, 'BLUE'))
print(Color(Color.RED) is Color.RED)
show('bad value', lambda: Color(5))
show('bad value str', lambda: Color('RED'))
show('bad value none', lambda: Color(None))
show('bad name', lambda: Color['PURPLE'])
show('bad name int', lambda: Color[1])
show('bad attr', lambda: Color.PURPLE)
show('bad member attr', lambda: Color.RED.foo)
print(list(Color))
print(list(reversed(Color)))
print(len(Color), bool(Color))
print([m.name for m in Color], [m.value for m in Color])
print(Color.RED in Color, Color.GREEN in Color)
show('int in enum', lambda: 1 in Color)
show('str in enum', lambda: 'RED' in Color)


class Other(Enum):
    RED = 1


print(Other.RED in Color, Other.RED == Color.RED, Other.RED is Color.RED)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED != 1)
show('lt', lambda: Color.RED < Color.GREEN)
show('ge', lambda: Color.RED >= Color.GREEN)
show('lt int', lambda: Color.RED < 2)
print(hash(Color.RED) == hash(Color.RED), hash(Color.RED) == hash('RED'))
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.RED], Color.BLUE in d, sorted(d, key=lambda m: m.value))
print(set([Color.RED, Color.RED, Color.GREEN]) == {Color.RED, Color.GREEN})
print(Color.__members__)
print(type(Color.__members__).__name__, list(Color.__members__), list(Color.__members__.items()))
show('members readonly', lambda: Color.__members__.__setitem__('X', 1))
print(Color.RED.RED is Color.RED, Color.__name__, Color.__qualname__)
print(Color._member_names_, list(Color._value2member_map_))
show('reassign', lambda: setattr(Color, 'RED', 5))
show('delete', lambda: delattr(Color, 'RED'))
show('set name', lambda: setattr(Color.RED, 'name', 'x'))
show('set value', lambda: setattr(Color.RED, 'value', 3))
show('del name', lambda: delattr(Color.RED, 'name'))
print(Color.RED.name, Color.RED.value)
Color.extra = 42
print(Color.extra, Color.RED.extra)
show('instantiate no arg', lambda: Color())
show('Enum lookup', lambda: Enum(1))
show('Color.name', lambda: Color.name)
print(callable(Color), [c for c in Color if c.value > 1])
for i, c in enumerate(Color, 1):
    print(i, c, c.value == i)
print(max(Color, key=lambda c: c.value), min(Color, key=lambda c: c.name))
print(sorted(Color, key=lambda c: c.name))
print(dict(Color.__members__)['BLUE'])
print(Color.RED.__class__.__name__, Color.RED.__objclass__ is Color if hasattr(Color.RED, '__objclass__') else 'n/a')
