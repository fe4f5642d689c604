# cast, overload, final, no_type_check, NewType, assert_never, get_origin/get_args, ParamSpec
import typing
import collections.abc
from typing import (cast, overload, final, no_type_check, NewType, assert_never, assert_type,
                    get_origin, get_args, get_overloads, List, Dict, Tuple, Callable, Optional,
                    Union, Generic, TypeVar, ParamSpec, Concatenate, Any)

def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

t('cast', lambda: cast(int, 'not an int'))
t('cast str', lambda: cast('List[int]', [1]))
obj = object()
t('cast identity', lambda: cast(Any, obj) is obj)
t('assert_type', lambda: assert_type(5, int))

@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x):
    return x * 2
t('overloaded impl', lambda: (ov(3), ov('a')))
t('get_overloads', lambda: len(get_overloads(ov)))
@overload
def only(x: int) -> int: ...
t('call overload', lambda: only(1))
t('overload name', lambda: only.__name__)

@final
class Fin:
    pass
class Meth:
    @final
    def m(self):
        return 'm'
t('final class', lambda: Fin.__final__)
t('final method', lambda: (Meth.m.__final__, Meth().m()))
t('final on int', lambda: final(3))

@no_type_check
def unchecked(x: 'anything goes') -> 'really':
    return x
t('no_type_check', lambda: (unchecked.__no_type_check__, unchecked(4)))
@no_type_check
class NoCheck:
    def meth(self, x: 'garbage'):
        pass
t('no_type_check class', lambda: (NoCheck.__no_type_check__, NoCheck.meth.__no_type_check__))

UserId = NewType('UserId', int)
t('NewType repr', lambda: UserId)
t('NewType call', lambda: UserId(5))
t('NewType identity', lambda: type(UserId(5)))
t('NewType attrs', lambda: (UserId.__name__, UserId.__qualname__, UserId.__supertype__, UserId.__module__))
t('NewType nested', lambda: NewType('Derived', UserId).__supertype__)
t('NewType dotted', lambda: (NewType('a.B', str).__name__, NewType('a.B', str).__qualname__))
t('NewType union', lambda: UserId | None)
t('NewType ror', lambda: str | UserId)
t('NewType in alias', lambda: List[UserId])
t('NewType isinstance', lambda: isinstance(UserId, NewType))
t('NewType subclass', lambda: exec('class Admin(UserId): pass', globals()))
t('NewType call args', lambda: UserId())
t('NewType call kwargs', lambda: UserId(x=1))
t('NewType call 2 args', lambda: UserId(1, 2))

t('assert_never', lambda: assert_never(3))
t('assert_never long', lambda: assert_never('x' * 150))

def handle(v: Union[int, str]) -> str:
    if isinstance(v, int):
        return 'int'
    elif isinstance(v, str):
        return 'str'
    else:
        assert_never(v)
print(handle(1), handle('a'))
try:
    handle(2.5)
except AssertionError as e:
    print('AssertionError', e)

cases = [int, List[int], List, Dict[str, int], Tuple[int, ...], Tuple[()], Callable[[int], str],
         Callable[..., str], Callable, Optional[int], Union[int, str], int | str, list[int],
         dict[str, int], Generic, typing.Literal[1, 2],
         typing.ClassVar[int], typing.Annotated[int, 'x'], None, 'List[int]', Any]
for c in cases:
    try:
        print(repr(c), '|', get_origin(c), '|', get_args(c))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
print(get_origin(collections.abc.Callable[[int], str]), get_args(collections.abc.Callable[[int], str]))
T = TypeVar('T')
class G(Generic[T]):
    pass
print(get_origin(G[int]), get_args(G[int]), get_origin(G), get_args(G), get_origin(Generic[T]))

P = ParamSpec('P')
t('ParamSpec', lambda: P)
t('args/kwargs', lambda: (P.args, P.kwargs, P.args.__origin__ is P))
t('Callable[P, int]', lambda: Callable[P, int])
t('Callable[P, int] args', lambda: get_args(Callable[P, int]))
t('Callable[P, int] params', lambda: Callable[P, int].__parameters__)
t('Callable[P, int] subst', lambda: Callable[P, int][[str, int]])
t('Callable[P, int] subst ...', lambda: Callable[P, int][...])
t('Concatenate', lambda: Callable[Concatenate[int, P], int])
t('Concatenate bad', lambda: Concatenate[int, str])
t('reveal_type', lambda: typing.reveal_type(5))
