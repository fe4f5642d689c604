# from __future__ import annotations: function annotations are kept as source strings and
# never evaluated (forward references to undefined names are fine).
from __future__ import annotations


def show(f):
    print(f.__name__, f.__annotations__)


def plain(a: int, b: str = "x") -> bool:
    return True


show(plain)


def forward(node: Node, *rest: list[Node], **kw: dict[str, Undefined]) -> Tree | None:
    return None


show(forward)


def kinds(a: A, /, b: B, *args: C, c: D, d: E = 1, **kwargs: F) -> R:
    pass


show(kinds)  # regular parameters come before positional-only ones
print(list(kinds.__annotations__))


def partly(a, b: int, *c, d, e: "quoted", **f):
    pass


show(partly)


def none():
    pass


show(none)
print(none.__annotations__ == {})


def star(*args: *Ts):
    pass


show(star)


class C:
    def method(self, __x: __Private, y: C) -> __Ret:
        pass


show(C.method)


def outer():
    def inner(x: undefined_in_outer) -> also_undefined:
        pass

    return inner


show(outer())

lam = lambda x, y=1: x
print(lam.__annotations__)


def gen(x: Iterable[T]) -> Iterator[T]:
    yield from x


show(gen)
print(list(gen("ab")))


# Values are strings: nothing is evaluated, even when evaluating would fail.
def no_eval(x: 1 / 0, y: undefined.attr[0]) -> [].pop():
    pass


show(no_eval)


# Decorators and defaults still run; annotations do not.
def deco(f):
    print("decorating", f.__name__)
    return f


def default():
    print("default evaluated")
    return 0


@deco
def decorated(x: print("never") = default()) -> print("never either"):
    pass


show(decorated)
