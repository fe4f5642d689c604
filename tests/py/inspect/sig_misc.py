import functools
import inspect
from inspect import Parameter, Signature, signature


class MySig(Signature):
    pass


def f(a, *, b=2):
    pass


s = MySig.from_callable(f)
print(type(s).__name__, s)
print(type(s.replace()).__name__)
ba = signature(f).bind(1)
print(ba, ba.signature, ba.arguments)
ba.arguments['b'] = 5
print(ba.kwargs, ba.args)


def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w


class C:
    @deco
    def meth(self, x, y=0):
        pass

    @classmethod
    @deco
    def cmeth(cls, z):
        pass


print(signature(C.meth), signature(C().meth), signature(C.cmeth))
print(signature(deco(deco(f))))


def annotated(a: 'int', b: list[str] = None, *, c: C = None) -> None:
    pass


print(signature(annotated))
print(signature(annotated).return_annotation)
params = [Parameter('x', Parameter.POSITIONAL_ONLY, default=1),
          Parameter('y', Parameter.POSITIONAL_OR_KEYWORD, default=2),
          Parameter('z', Parameter.VAR_POSITIONAL),
          Parameter('w', Parameter.KEYWORD_ONLY),
          Parameter('v', Parameter.VAR_KEYWORD)]
s = Signature(params, return_annotation=tuple)
print(s)
print(s.bind(0, 1, 2, 3, w=4, q=5))
print(s.bind_partial(w=1).arguments)
b = s.bind(w=0)
b.apply_defaults()
print(b)
print(Signature(), Signature(return_annotation=int))
print(Signature([Parameter('p', Parameter.POSITIONAL_ONLY)]))
print(Signature([Parameter('k', Parameter.KEYWORD_ONLY)]))
print(Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('k', Parameter.KEYWORD_ONLY)]))
print(repr(Parameter('q', Parameter.KEYWORD_ONLY, default='s', annotation='T')))
print(str(Parameter('q', Parameter.VAR_POSITIONAL, annotation=int)))
print(str(Parameter('q', Parameter.VAR_KEYWORD, annotation=dict)))
print(signature(lambda *args: 0), signature(lambda **kw: 0), signature(lambda a, /, b: 0))
try:
    signature(f).bind(1, 2)
except TypeError as e:
    print('TypeError', e)
print(signature(f) == MySig.from_callable(f), signature(f) != signature(lambda a, *, b=3: 0))
print(inspect.Parameter.empty is inspect.Signature.empty, inspect.Parameter.empty.__name__)


class Obj:
    def __call__(self, *args, flag=False):
        pass


print(signature(Obj()), signature(functools.partial(Obj(), 1)))
