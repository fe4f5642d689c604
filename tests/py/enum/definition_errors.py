# Errors raised while defining enums, and protections on the class.
from enum import Enum, IntEnum, Flag, ReprEnum, StrEnum, nonmember, member


def attempt(src):
    ns = {'Enum': Enum, 'IntEnum': IntEnum, 'Flag': Flag, 'ReprEnum': ReprEnum,
          'StrEnum': StrEnum, 'nonmember': nonmember, 'member': member}
    try:
        exec(src, ns)
        print('ok', [k for k in ns if not k.startswith('__')][7:])
    except Exception as e:
        print(type(e).__name__, e)


attempt("class C(Enum):\n RED = 1\n RED = 2")
attempt("class C(Enum):\n RED = 1\n def RED(self): pass")
attempt("class C(Enum):\n _x_ = 1")
attempt("class C(Enum):\n _order_ = 'A B'\n A = 1\n B = 2")
attempt("class C(Enum):\n _order_ = 'B A'\n A = 1\n B = 2")
attempt("class C(Enum):\n __order__ = 'A, B'\n A = 1\n B = 2")
attempt("class C(Enum):\n mro = 1")
attempt("class C(Enum):\n A = 1\nclass D(C):\n B = 2")
attempt("class C(Enum):\n A = 1\nclass D(C):\n pass")
attempt("class C(IntEnum):\n A = 'x'")
attempt("class C(IntEnum):\n A = '12'")
attempt("class C(StrEnum):\n A = 1")
attempt("class C(StrEnum):\n A = 'a', 'utf-8', 'strict', 'x'")
attempt("class C(StrEnum):\n A = 'a', 1")
attempt("class C(ReprEnum):\n A = 1")
attempt("class C(Enum, int):\n A = 1")
attempt("class C(Enum):\n _ignore_ = 'x'\n x = 1\n y = 2")
attempt("class C(Enum):\n y = 2\n _ignore_ = ['y']")
attempt("class C(Enum):\n A = nonmember(3)\n B = member(lambda: 1)\n C = 5\nprint(C.A, [m.name for m in C], C.B.value(), C.C)")
attempt("class C(Enum):\n __private = 1\n A = 2")
attempt("class C(Enum):\n _C__private = 1\n A = 2\nprint(C._C__private, list(C))")
attempt("class C(Enum):\n A = 1\n def A2(self): return 1\nprint(list(C), C.A.A2())")
attempt("class C(Enum):\n pass\nprint(list(C), len(C))")
attempt("class C(Enum):\n A = 1\nC.A = 2")
attempt("class C(Enum):\n A = 1\ndel C.A")
attempt("class C(Enum):\n A = 1\nC.B = 2\nprint(C.B, list(C))\ndel C.B\nprint(hasattr(C, 'B'))")
attempt("class C(Enum):\n A = 1\n B = [1, 2]\n C = {'k': 1}\nprint(list(C), C([1, 2]), C({'k': 1}))\nC([3])")


class Empty(Enum):
    def describe(self):
        return self.name.lower()


class Full(Empty):
    FIRST = 1
    SECOND = 2


print(list(Full), Full.FIRST.describe(), isinstance(Full.FIRST, Empty))
try:
    class More(Full):
        THIRD = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    Full.FIRST.name = 'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    Empty(1)
except Exception as e:
    print(type(e).__name__, e)
