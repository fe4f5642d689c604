import inspect
from inspect import signature, Parameter, Signature
import typing


def f(a, b=1, *args, c, d=2, **kw) -> int:
    pass


def g(x, y, /, z, *, w=3):
    pass


def h(a: int, b: 'str' = 'x', *c: float, d: list[int] = None, **e: typing.Optional[int]) -> typing.List[int]:
    pass


def k(a, /):
    pass


def noargs():
    pass


for fn in (f, g, h, k, noargs, lambda x, *, y=[1, 2]: None):
    s = signature(fn)
    print(s)
    print(repr(s))
    for name, p in s.parameters.items():
        print('  ', name, p.kind, repr(p), p.default is Parameter.empty, p.annotation is Signature.empty)
print(signature(h).return_annotation)


class C:
    def m(self, x, y=2):
        pass

    @classmethod
    def cm(cls, a):
        pass

    @staticmethod
    def sm(a, b):
        pass


print(signature(C.m), signature(C().m), signature(C.cm), signature(C.sm))
print(signature(C().cm))
print(str(Parameter.POSITIONAL_ONLY), repr(Parameter.KEYWORD_ONLY), Parameter.VAR_KEYWORD.description)
print(int(Parameter.VAR_POSITIONAL), Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY)
print(Parameter.POSITIONAL_ONLY.name, Parameter.POSITIONAL_ONLY.value)
print(Parameter.empty, Signature.empty is inspect._empty)

# Parameter construction and errors
p = Parameter('x', Parameter.KEYWORD_ONLY, default=5, annotation=int)
print(p, repr(p), p.name, p.kind, p.default, p.annotation)
print(p.replace(name='y'), p.replace(default=Parameter.empty), p.replace(kind=Parameter.POSITIONAL_OR_KEYWORD, annotation=Parameter.empty))
print(p == Parameter('x', Parameter.KEYWORD_ONLY, default=5, annotation=int), p == p.replace(name='z'))
print(hash(p) == hash(Parameter('x', Parameter.KEYWORD_ONLY, default=5, annotation=int)))
for args, kw in [(('1x', Parameter.POSITIONAL_ONLY), {}), (('if', Parameter.KEYWORD_ONLY), {}),
                 (('a', 7), {}), (('a', Parameter.VAR_POSITIONAL), {'default': 1}),
                 ((1, Parameter.KEYWORD_ONLY), {}), (('a', Parameter.VAR_KEYWORD), {'default': None}),
                 (('.0', Parameter.POSITIONAL_OR_KEYWORD), {}), (('.0', Parameter.KEYWORD_ONLY), {})]:
    try:
        print(repr(Parameter(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

# Signature construction and errors
P = Parameter
for params in [
    [P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)],
    [P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)],
    [P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)],
    [P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=1), P('c', P.KEYWORD_ONLY)],
    [P('a', P.VAR_KEYWORD), P('b', P.VAR_POSITIONAL)],
    [],
]:
    try:
        s = Signature(params, return_annotation=list)
        print(s)
    except Exception as e:
        print(type(e).__name__, e)
s = signature(f)
print(s.replace(return_annotation=Signature.empty))
print(s.replace(parameters=list(s.parameters.values())[:2]))
print(s == signature(f), s == signature(g), s != 1, hash(s) == hash(signature(f)))


def f2(a, b=1, *args, d=2, c, **kw) -> int:
    pass


print(signature(f2) == s)
print(Signature.from_callable(f))
print(list(s.parameters), type(s.parameters).__name__)
print(s.parameters['b'])
