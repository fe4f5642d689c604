# from __future__ import annotations in class bodies and at module level: simple names get
# their annotation text in __annotations__; nothing in an annotation is evaluated.
from __future__ import annotations

log = []


def trace(tag, value=None):
    log.append(tag)
    return value


x: int
y: list[Undefined] = trace("y value", [1])
print(__annotations__)
print(y, log)


class Point:
    x: int
    y: int = 0
    __secret: Private
    label: "already a string" = "p"
    origin: Point  # the class itself is not defined yet: fine
    (paren): NotStored = 1

    def norm(self) -> float:
        local: Undefined = 3  # never evaluated either
        other: also[undefined]
        return local


print(Point.__annotations__)
print(Point.y, Point.label, Point.paren, Point().norm())
print("paren" in Point.__annotations__, "_Point__secret" in Point.__annotations__)

# Attribute and subscript targets: the annotation is not evaluated; without a value the
# target's object (and the subscript) still are, as in CPython.
ns = type("NS", (), {})()
box = {}
trace("-- targets")
trace("ns", ns).attr: trace("annotation 1")
trace("ns", ns).attr: trace("annotation 2") = trace("value", 5)
trace("box", box)[trace("key", "k")]: trace("annotation 3")
trace("box", box)[trace("lo", 1):trace("hi", 2), trace("item", 3)]: trace("annotation 4")
trace("box", box)["k"]: trace("annotation 5") = trace("value", 6)
(just_a_name): trace("annotation 6") = 7
print(log[log.index("-- targets"):])
print(ns.attr, box, just_a_name)
print(sorted(__annotations__))


def function_locals():
    a: trace("local annotation")
    b: trace("local annotation") = 2
    trace("ns", ns).c: trace("local attribute annotation")
    return b


print(function_locals(), log[-1])


# Nested classes keep their own annotations.
class Outer:
    inner_value: Outer.Inner

    class Inner:
        data: dict[str, Outer]


print(Outer.__annotations__, Outer.Inner.__annotations__)

# The strings can be evaluated later, when the names exist.
Node = "a node"
Undefined = list
print(eval(__annotations__["x"]))


def later(n: Node) -> Undefined:
    pass


print({k: eval(v) for k, v in later.__annotations__.items()})
