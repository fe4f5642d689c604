# IntFlag: int behaviour, mixing with plain ints, KEEP boundary, negatives.
from enum import IntFlag, auto, EJECT, STRICT, CONFORM


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


for expr, value in [
    ('R|W', Perm.R | Perm.W), ('R|8', Perm.R | 8), ('8|R', 8 | Perm.R),
    ('R&6', Perm.R & 6), ('6&R', 6 & Perm.R), ('R^5', Perm.R ^ 5), ('5^R', 5 ^ Perm.R),
    ('~R', ~Perm.R), ('~RWX', ~(Perm.R | Perm.W | Perm.X)), ('~0', ~Perm(0)),
    ('R+1', Perm.R + 1), ('R*2', Perm.R * 2), ('R<<1', Perm.R << 1), ('-R', -Perm.R),
    ('R//3', Perm.R // 3), ('R>>1', Perm.R >> 1),
]:
    print(expr, repr(value), str(value), type(value).__name__)

print(Perm.R == 4, Perm.R < 5, isinstance(Perm.R, int), int(Perm.R | Perm.W), Perm(6) is (Perm.R | Perm.W))
print(repr(Perm(0)), repr(Perm(13)), repr(Perm(-1)), repr(Perm(-5)), repr(Perm(100)))
print(list(Perm(7)), list(Perm(13)), len(Perm(7)), len(Perm(13)), bool(Perm(0)))
print(Perm.R in Perm(6), Perm.X in Perm(6))
show('in int', lambda: 4 in Perm(6))
print(f'{Perm.R | Perm.W}', f'{Perm.R:b}', '%d' % (Perm.R | Perm.X), '{:>5}'.format(Perm.W))
print(sorted([Perm.R, Perm.X, Perm.W]), max(Perm), sum(Perm))
show('str value', lambda: Perm('4'))
print({Perm.R: 'r'}[4], hex(Perm.R | Perm.W), Perm.R.bit_length(), Perm(12).name)


class Ej(IntFlag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Ej(3)), repr(Ej(7)), type(Ej(7)).__name__, repr(Ej.A | 4), repr(~Ej.A))


class St(IntFlag, boundary=STRICT):
    A = 1
    B = 2


show('strict', lambda: St(4))
show('strict or', lambda: St.A | 4)
print(repr(~St.A))


class Co(IntFlag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Co(7)), repr(Co.A | 8), repr(~Co.A))


class AutoFlag(IntFlag):
    A = auto()
    B = auto()
    AB = A | B
    C = auto()


print(list(AutoFlag), AutoFlag.__members__, repr(AutoFlag(7)), repr(AutoFlag(3)))
print(IntFlag('Fn', 'P Q R').Q, repr(IntFlag('Fn', 'P Q R')(6)))
