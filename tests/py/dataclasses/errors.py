# Error messages raised while processing dataclasses.
from dataclasses import dataclass, field, InitVar


def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', cls.__name__)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def mutable_list():
    @dataclass
    class A:
        x: list = []
    return A


def mutable_dict():
    @dataclass
    class A:
        y: dict = {}
    return A


def mutable_set():
    @dataclass
    class A:
        z: set = set()
    return A


class Unhashable:
    __hash__ = None


def mutable_custom():
    @dataclass
    class A:
        u: Unhashable = Unhashable()
    return A


class EqOnly:
    def __eq__(self, other):
        return True


def mutable_eq_only():
    @dataclass
    class A:
        u: object = EqOnly()
    return A


def mutable_via_field():
    @dataclass
    class A:
        x: list = field(default=[1])
    return A


def frozenset_ok():
    @dataclass
    class A:
        x: frozenset = frozenset()
        t: tuple = ()
    return A


def no_annotation():
    @dataclass
    class A:
        x = field(default=1)
    return A


def no_annotation2():
    @dataclass
    class A:
        a: int
        b = field()
    return A


def non_default():
    @dataclass
    class A:
        a: int = 0
        b: int
    return A


def non_default_factory():
    @dataclass
    class A:
        a: list = field(default_factory=list)
        b: int
    return A


def non_default_noinit_ok():
    @dataclass
    class A:
        a: int = 0
        b: int = field(init=False)
    return A


def initvar_factory():
    @dataclass
    class A:
        a: InitVar[list] = field(default_factory=list)
    return A


def order_no_eq():
    @dataclass(order=True, eq=False)
    class A:
        a: int
    return A


def weakref_no_slots():
    @dataclass(weakref_slot=True)
    class A:
        a: int
    return A


def already_slots():
    @dataclass(slots=True)
    class A:
        __slots__ = ()
    return A


def non_frozen_from_frozen():
    @dataclass(frozen=True)
    class B:
        a: int

    @dataclass
    class A(B):
        pass
    return A


def frozen_from_non_frozen():
    @dataclass
    class B:
        a: int

    @dataclass(frozen=True)
    class A(B):
        pass
    return A


def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class A:
        a: int

        def __hash__(self):
            return 0
    return A


def overwrite_lt():
    @dataclass(order=True)
    class A:
        a: int

        def __gt__(self, o):
            return 0
    return A


def unknown_arg():
    @dataclass(bogus=True)
    class A:
        a: int
    return A


def positional_cls_kw():
    return dataclass(int, True)


def factory_and_default():
    @dataclass
    class A:
        a: int = field(default=1, default_factory=int)
    return A


for name, fn in list(globals().items()):
    if callable(fn) and fn.__module__ == __name__ and name not in ('attempt',) and not isinstance(fn, type):
        attempt(name, fn)

try:
    dataclass(1)
except Exception as e:
    print(type(e).__name__, e)
