# global_enum, _convert_, mixin classes, member internals, enum.property.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, global_enum


@global_enum
class Lvl(IntEnum):
    LOW = 1
    HIGH = 2


print(repr(Lvl.LOW), str(Lvl.LOW), LOW, HIGH is Lvl.HIGH)


@global_enum
class GF(Flag):
    GA = 1
    GB = 2


print(str(GF.GA), repr(GF(0)), GA)
try:
    repr(GF.GA)  # CPython 3.11's global_flag_repr fails on plain Flags
except TypeError as e:
    print('TypeError', e)


@global_enum
class Plain(Enum):
    PX = 'x'


print(repr(PX), str(PX), format(PX))


class Mixin:
    def shout(self):
        return self.name.upper() + '!'

    @property
    def doubled(self):
        return self.value * 2


class M(Mixin, Enum):
    a = 1
    b = 2


print(M.a.shout(), M.b.doubled, repr(M.a), [m.shout() for m in M])


class DescribedMix:
    def __repr__(self):
        return 'DM'


class DM(DescribedMix, Enum):
    X = 1


print(repr(DM.X), str(DM.X))
print(isinstance(Enum.__dict__['name'], enum.property), Flag._numeric_repr_(5))


class IF(IntFlag):
    A = 1


print(repr(IF(2)), IF(2).name, repr(IF(3)))


class P(enum.Enum):
    A = 1


print(P.A.__class__.__mro__)
print(sorted(vars(P.A).items(), key=lambda kv: kv[0]))
E2 = Enum('E2', 'A B', module=__name__)
print(E2.__module__)


class Src:
    QA = 1
    QB = 2
    other = 3


Q = IntEnum._convert_('Q', __name__, lambda n: n.startswith('Q'), source=Src)
print(list(Q), QA, repr(QB), Q is globals()['Q'])
print(P._member_map_, P._value2member_map_, P._member_type_, P._use_args_, P._new_member_ is object.__new__)
print(IF._boundary_, IF._flag_mask_, IF._all_bits_, IF._singles_mask_, IF._member_type_)
print(hasattr(P, '_boundary_'), hasattr(P, '_flag_mask_'))
print(P.__members__['A'], 'A' in P.__members__, len(P.__members__), P.__members__.get('Z', 'none'))


@enum.global_enum
@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class RegexFlag:
    NOFLAG = 0
    ASCII = RA = 256
    IGNORECASE = RI = 2
    MULTILINE = RM = 8
    __str__ = object.__str__
    _numeric_repr_ = hex


print(repr(RegexFlag.RI), str(RegexFlag.RI), repr(RegexFlag.RI | RegexFlag.RM), repr(RegexFlag(0)))
print(repr(RI | 1), int(RegexFlag.RA), RegexFlag.__qualname__, repr(RegexFlag(512)), list(RegexFlag))


@enum._simple_enum(enum.IntEnum)
class Simple:
    X = 1
    Y = 2

    def f(self):
        return self.name.lower()


print(list(Simple), Simple.X.f(), Simple(2), repr(Simple))
