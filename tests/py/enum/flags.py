# Flag: combination, reprs, iteration, membership, inversion, boundaries, aliases.
from enum import Flag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), RW, RW.value, RW.name, type(RW).__name__)
print(repr(Perm.R & Perm.W), repr(RW & Perm.R), repr(RW ^ Perm.R), repr(RW ^ Perm.X))
print(repr(~Perm.R), repr(~RW), repr(~Perm(0)), repr(~(Perm.R | Perm.W | Perm.X)))
print(list(RW), list(Perm(7)), list(Perm(0)), list(Perm))
print(len(RW), len(Perm(0)), len(Perm(7)), bool(Perm(0)), bool(Perm.X))
print(Perm.R in RW, Perm.X in RW, Perm(0) in RW, RW in Perm(7), RW in Perm.R)
show('int in flag', lambda: 1 in RW)
print(Perm(6) is RW, Perm(0) is Perm(0), Perm(7).name, Perm(0).name, Perm(0).value)
show('strict 8', lambda: Perm(8))
show('strict -1', lambda: Perm(-1))
show('str', lambda: Perm('x'))
show('or int', lambda: Perm.R | 1)
show('and int', lambda: Perm.R & 1)
show('ror', lambda: 1 | Perm.R)
print(RW == Perm(6), RW != Perm.R, hash(RW) == hash(Perm(6)))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Color), Color.__members__)
print(repr(Color.WHITE), repr(Color.RED | Color.GREEN | Color.BLUE), repr(Color(0)), repr(Color.NONE))
print(repr(~Color.RED), repr(~Color.WHITE), repr(Color(3)), list(Color.WHITE), len(Color))
print(Color._member_names_)


class Odd(Flag):
    B = 2
    A = 1
    C = 8


print(list(Odd), list(Odd(11)), repr(Odd(11)), repr(Odd(3)))
show('odd 4', lambda: Odd(4))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
    D = 8


print(repr(Conform(7)), repr(Conform(16)), repr(Conform(-1)), repr(~Conform.A))


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Eject(3)), repr(Eject(7)), type(Eject(7)).__name__, repr(~Eject.A))


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Keep(7)), str(Keep(7)), repr(Keep(8)), repr(~Keep.A), list(Keep(7)))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 4


show('strict gap', lambda: Strict(2))
show('strict big', lambda: Strict(16))
print(repr(~Strict.A), repr(Strict(5)))
print(list(FlagBoundary), repr(STRICT), str(KEEP), STRICT == 'strict')
print(Perm._boundary_, Keep._boundary_, Conform._boundary_)


class Big(Flag):
    A = 1 << 0
    Z = 1 << 40


print(repr(Big.A | Big.Z), (Big.A | Big.Z).value, repr(~Big.A))


class Func(Flag):
    A = 1
    B = 2

    def describe(self):
        return 'flag %s' % (self.name,)


print((Func.A | Func.B).describe(), Func(0).describe())
f = Flag('Functional', 'X Y Z')
print(list(f), repr(f.X | f.Z), f._boundary_)
