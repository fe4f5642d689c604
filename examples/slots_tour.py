"""A short tour of __slots__.

Run it with slotpy or with CPython 3.11 -- both print the same story:

    build/release/slotpy examples/slots_tour.py
    python3 examples/slots_tour.py

Every behaviour and error message below is the same on both. Only the layout
numbers in the last section differ, on purpose: slotpy keeps the classic
instance layout, explained there.
"""
import sys
import weakref

SLOTPY = sys.implementation.name == "slotpy"


def section(title):
    print()
    print(f"== {title} ==")


def attempt(what, f):
    """Run f() and show its result or the exception it raises."""
    try:
        result = f()
    except Exception as e:
        print(f"  {what}  ->  {type(e).__name__}: {e}")
    else:
        print(f"  {what}  ->  {result!r}")


# ---------------------------------------------------------------------------
section("1. A class with __slots__")
# __slots__ lists the attribute names an instance may have. Each name gets a
# fixed cell inside the object itself -- no per-instance dict.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


p = Point(1, 2)
print("  p =", p)
p.x += 10
print("  after p.x += 10:", p)
print("  Names outside __slots__ are rejected, even a simple typo:")
attempt("p.z = 3", lambda: setattr(p, "z", 3))

# ---------------------------------------------------------------------------
section("2. __slots__ is read once, when the class is created")
# The layout is computed from __slots__ by the class statement. Changing the
# list afterwards only changes the list: no new cell, no new descriptor.


class Tag:
    __slots__ = ["name"]


Tag.__slots__.append("color")
print("  Tag.__slots__ now says:", Tag.__slots__)
print("  ...but is there a 'color' descriptor?", hasattr(Tag, "color"))
t = Tag()
t.name = "urgent"
attempt("t.color = 'red'", lambda: setattr(t, "color", "red"))

# ---------------------------------------------------------------------------
section("3. Slots are member descriptors in the class __dict__")
# For each slot the class gets a data descriptor that knows the cell's offset.
# p.x is really Point.__dict__['x'].__get__(p, Point).

d = Point.__dict__["x"]
print("  Point.__dict__['x'] =", repr(d))
print("  its type:", type(d).__name__, "| same object as Point.x?", d is Point.x)
print("  d.__get__(p, Point) =", d.__get__(p, Point))
d.__set__(p, 42)
print("  after d.__set__(p, 42): p =", p)
print("  d.__get__(None, Point) is d:", d.__get__(None, Point) is d,
      "(class access returns the descriptor)")
attempt("d.__get__(1)", lambda: d.__get__(1))
# A slot that was never assigned (or was deleted) is simply empty:
empty = Point.__new__(Point)
attempt("Point.__new__(Point).x", lambda: empty.x)
print("  hasattr(empty, 'x'):", hasattr(empty, "x"))

# ---------------------------------------------------------------------------
section("4. Extending slots the right way: a subclass")
# A subclass with its own __slots__ appends new cells after the base's cells
# and inherits the base's descriptors (it does not copy them).


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3D({self.x}, {self.y}, {self.z})"


q = Point3D(1, 2, 3)
print("  q =", q)
print("  own descriptors:", [k for k, v in Point3D.__dict__.items()
                             if type(v) is type(Point.x)])
print("  Point3D.x is Point.x:", Point3D.x is Point.x)


# The same from a factory function: type(name, bases, namespace) runs exactly
# the code a class statement runs, so '__slots__' in the namespace works.
def slotted_subclass(name, base, *fields):
    return type(name, (base,), {"__slots__": fields})


ColoredPoint = slotted_subclass("ColoredPoint", Point, "color", "alpha")
c = ColoredPoint(5, 6)
c.color = "teal"
c.alpha = 0.5
print("  made by type():", ColoredPoint.__name__, ColoredPoint.__slots__,
      "->", c, c.color, c.alpha)
print("  its new descriptor:", repr(ColoredPoint.color))
attempt("c.size = 3", lambda: setattr(c, "size", 3))

# ---------------------------------------------------------------------------
section("5. No __dict__ and no __weakref__ unless you ask")
attempt("p.__dict__", lambda: p.__dict__)
attempt("vars(p)", lambda: vars(p))
attempt("weakref.ref(p)", lambda: weakref.ref(p))


# Ask for them by name in __slots__:
class Node:
    __slots__ = ("value", "__weakref__")       # weak references, still no dict


class Record:
    __slots__ = ("id", "__dict__")             # fixed 'id' plus free-form extras


n = Node()
n.value = "leaf"
r = weakref.ref(n)
print("  weakref.ref(Node()) works:", r() is n)
rec = Record()
rec.id = 7
rec.note = "anything goes"
print("  Record extras live in rec.__dict__:", rec.__dict__, "| rec.id =", rec.id)


# A subclass WITHOUT __slots__ quietly gets both back:
class Loose(Point):
    pass


lo = Loose(0, 0)
lo.label = "origin"
print("  Loose(Point) has a __dict__ again:", lo.__dict__,
      "| weakref ok:", weakref.ref(lo)() is lo)

# ---------------------------------------------------------------------------
section("6. The layout numbers")


class Plain:                                   # the ordinary kind, for comparison
    def __init__(self, x, y):
        self.x = x
        self.y = y


examples = [
    ("object", object, object()),
    ("Plain", Plain, Plain(1, 2)),
    ("Point", Point, p),
    ("Point3D", Point3D, q),
    ("ColoredPoint", ColoredPoint, c),
    ("Node", Node, n),
    ("Record", Record, rec),
    ("Loose", Loose, lo),
]
print(f"  {'class':13} {'basicsize':>9} {'dictoffset':>10} {'weakrefoffset':>13}"
      f" {'__sizeof__':>10} {'getsizeof':>9}")
for name, cls, obj in examples:
    print(f"  {name:13} {cls.__basicsize__:9} {cls.__dictoffset__:10}"
          f" {cls.__weakrefoffset__:13} {obj.__sizeof__():10} {sys.getsizeof(obj):9}")

# What the columns mean (sizes in bytes, 64-bit build):
#   __basicsize__      size of the fixed part of an instance
#   __dictoffset__     where the instance's __dict__ pointer is (0 = no dict)
#   __weakrefoffset__  where the weak-reference list pointer is (0 = none)
#   __sizeof__()       __basicsize__ (+ items, for tuple-like types)
#   sys.getsizeof()    __sizeof__() plus hidden headers the object carries
#
# The two interpreters print different numbers here, by design:
#
#   class          slotpy (classic layout)     CPython 3.11
#                  basic dict weak getsize     basic dict weak getsize
#   object            8    0    0     8          16    0    0    16
#   Plain            24    8   16    24          24  -48   16    56
#   Point            24    0    0    24          32    0    0    48
#   Point3D          32    0    0    32          40    0    0    56
#   ColoredPoint     40    0    0    40          48    0    0    64
#   Node             24    0   16    24          32    0   24    48
#   Record           24   16    0    24          24  -48    0    56
#   Loose            40   24   32    40          40  -64   32    72

print()
print("  Both interpreters agree on the idea: each slot is one 8-byte pointer")
print("  inside the object, and a class pays for a __dict__ or __weakref__")
print("  pointer only if it asks for one (or has no __slots__ at all).")
print("  They differ in the headers:")
print("  * slotpy keeps the classic layout: the object header is one pointer")
print("    (the type; Boehm GC needs no reference count and no GC header), the")
print("    slots follow it, then the __dict__ pointer, then the __weakref__")
print("    pointer -- all inside the object, so __dictoffset__ is positive and")
print("    sys.getsizeof() == __sizeof__().")
print("  * CPython 3.11 has a 16-byte header (reference count + type), so a")
print("    slots-only class is 8 bytes bigger. Its instance dict is 'managed': the")
print("    pointer sits in a hidden pre-header in front of the object rather than")
print("    inside it (hence the negative __dictoffset__, and why Plain, Record and")
print("    Loose come out the same size on both). sys.getsizeof() adds 16 for the")
print("    GC header, and 16 more for the pre-header of a class with a dict.")
if SLOTPY:
    print("  You ran slotpy: a Point takes 24 bytes here (sys.getsizeof)")
    print("  vs. 48 on CPython 3.11.")
else:
    print(f"  You ran {sys.implementation.name}: a Point takes 48 bytes here"
          " (sys.getsizeof)")
    print("  vs. 24 on slotpy.")
print("  A Plain instance also owns its attribute dict (or values array), which")
print("  none of these numbers include -- bench/mem_slots.py vs bench/mem_plain.py")
print("  measure what a million instances really cost.")
