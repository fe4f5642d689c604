# Without `from __future__ import annotations`, annotations are evaluated: when the def
# statement runs (in CPython 3.11's order), and for annotated assignments at module and class
# level after the value is stored. Function-local annotations are never evaluated.
log = []


def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value


def f(a: t("a"), /, b: t("b") = t("default b"), *c: t("c"), d: t("d") = t("default d"),
      **e: t("e")) -> t("return"):
    pass


print(log)
print(f.__annotations__)
log.clear()

x: t("annotation x") = t("value x")
y: t("annotation y")
print(log, __annotations__)
log.clear()


class C:
    t("class body starts")
    a: t("annotation a") = t("value a")
    b: t("annotation b")
    __c: t("annotation c")
    (d): t("annotation d (not stored)") = t("value d")
    t("class body ends")


print(log)
print(C.__annotations__, C.a, C.d)
log.clear()

# Attribute and subscript targets: object, then subscript, then the annotation.
obj = type("O", (), {})()
store = {}
t("obj", obj).attr: t("attr annotation")
t("obj", obj).attr: t("attr annotation 2") = t("attr value", 1)
t("store", store)[t("key")]: t("subscript annotation")
t("store", store)[t("lo", 0):t("hi", 1):t("step", 2), t("other")]: t("slice annotation")
print(log)
print(obj.attr, store)
log.clear()


def local():
    v: t("local annotation") = t("local value")
    w: t("never")
    t("obj", obj).z: t("not evaluated in a function")
    t("store", store)[t("k")]: t("nor this")
    return v


print(local(), log)
log.clear()


# Annotations are evaluated in the enclosing scope.
def make(T):
    def g(x: T) -> list:
        pass

    class K:
        field: T

    return g, K


g, K = make(int)
print(g.__annotations__, K.__annotations__)


# Private names are mangled in keys, not in values.
class M:
    def meth(self, __p: int, q: "__p") -> None:
        pass

    __field: str


print(M.meth.__annotations__, M.__annotations__)
