# get_type_hints: string annotations evaluated in the module globals, classes, inheritance
import sys
import functools
from typing import (get_type_hints, List, Dict, Optional, ClassVar, Final, Annotated, Union,
                    ForwardRef, no_type_check, Any)

def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

class Node:
    value: int
    next: 'Optional[Node]'
    children: List['Node']
    tags: 'list[str]'
    count: ClassVar[int] = 0
    limit: Final[int] = 10
    nothing: None

def f(a: int, b: 'str' = 'x', *args: 'Node', c: List['int'] = None, **kw: float) -> 'Optional[Node]':
    pass

def g(x, y=1):
    pass

def h(a: None) -> None:
    pass

t('class', lambda: get_type_hints(Node))
t('function', lambda: get_type_hints(f))
t('raw annotations', lambda: f.__annotations__)
t('no annotations', lambda: get_type_hints(g))
t('None', lambda: get_type_hints(h))

class Child(Node):
    extra: 'Dict[str, Child]'
    value: str
t('inherited', lambda: get_type_hints(Child))
t('inherited order', lambda: list(get_type_hints(Child)))

class Shadow:
    int = str
    x: 'int'
t('class namespace first', lambda: get_type_hints(Shadow))

def undefined(x: 'Undefined'):
    pass
t('undefined name', lambda: get_type_hints(undefined))
def syntax(x: 'a b'):
    pass
t('syntax error', lambda: get_type_hints(syntax))
def not_a_type(x: '(1, 2)'):
    pass
t('not a type', lambda: get_type_hints(not_a_type))
t('int object', lambda: get_type_hints(1))
t('builtin', lambda: get_type_hints(len))
t('module', lambda: get_type_hints(sys.modules[__name__]))

def ann(x: Annotated[int, 'meta'], y: 'Annotated[List[int], 1]', z: Optional[Annotated[str, 2]]):
    pass
t('strip Annotated', lambda: get_type_hints(ann))
t('include_extras', lambda: get_type_hints(ann, include_extras=True))

def loc(x: 'LocalT', y: 'int'):
    pass
t('localns', lambda: get_type_hints(loc, localns={'LocalT': bytes}))
t('globalns', lambda: get_type_hints(loc, globalns={'LocalT': float}))

@functools.wraps(f)
def wrapper(*a):
    pass
t('wrapped', lambda: get_type_hints(wrapper))

class M:
    def method(self, x: 'M', y: 'List[M]') -> 'int':
        pass
    @staticmethod
    def smethod(x: 'int') -> 'str':
        pass
t('method', lambda: get_type_hints(M.method))
t('bound method', lambda: get_type_hints(M().method))
t('staticmethod', lambda: get_type_hints(M.smethod))

def pep604(x: 'int | None', z: list['Node'], w: 'dict[str, list[Node]]'):
    pass
t('pep604 and builtin generics', lambda: get_type_hints(pep604))

@no_type_check
def unchecked(x: 'garbage here'):
    pass
t('no_type_check', lambda: get_type_hints(unchecked))

def lam():
    pass
lam.__annotations__ = {'a': 'Any', 'b': Union['int', 'str']}
t('union of forward refs', lambda: get_type_hints(lam))

r = ForwardRef('List[int]')
t('ForwardRef repr', lambda: r)
t('ForwardRef eq', lambda: r == ForwardRef('List[int]'))
t('ForwardRef hash', lambda: hash(r) == hash(ForwardRef('List[int]')))
t('ForwardRef arg', lambda: r.__forward_arg__)
t('ForwardRef evaluated', lambda: r.__forward_evaluated__)
t('ForwardRef not str', lambda: ForwardRef(1))
t('ForwardRef syntax', lambda: ForwardRef('1 +'))
t('in alias', lambda: List['int'] == List[ForwardRef('int')])
t('in Optional', lambda: Optional['Node'])
t('pipe', lambda: ForwardRef('A') | None)

class Self_:
    def clone(self) -> 'Self_':
        return Self_()
    attr: 'Self_'
t('self reference', lambda: get_type_hints(Self_))
t('self reference method', lambda: get_type_hints(Self_.clone))
