import inspect


def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    x = a + b
    return x


def g():
    yield 1


co = f.__code__
for name in ('co_varnames', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
             'co_name', 'co_qualname', 'co_firstlineno', 'co_nlocals', 'co_freevars',
             'co_cellvars'):
    print(name, getattr(co, name))
print(co.co_filename.endswith('code_objects.py'))
flags = co.co_flags
print([n for n in ('CO_OPTIMIZED', 'CO_NEWLOCALS', 'CO_VARARGS', 'CO_VARKEYWORDS',
                   'CO_GENERATOR', 'CO_COROUTINE') if flags & getattr(inspect, n)])
print([n for n in ('CO_VARARGS', 'CO_VARKEYWORDS', 'CO_GENERATOR') if g.__code__.co_flags & getattr(inspect, n)])


class K:
    def m(self):
        def inner():
            return self
        return inner


print(K.m.__code__.co_qualname, K().m().__code__.co_qualname, K().m().__code__.co_freevars)
print(inspect.iscode(co), inspect.getfile(co).endswith('.py'), inspect.getsourcelines(co)[1])
print(inspect.getsource(co), end='')
print(inspect.signature(f))
spec = inspect.getfullargspec(f)
print(spec.args, spec.kwonlyargs, spec.defaults, spec.kwonlydefaults, spec.varargs, spec.varkw)
print(inspect.getcallargs(f, 1, d=4))
lam = lambda p, q=[1]: p
print(lam.__code__.co_name, inspect.signature(lam), inspect.getsource(lam), end='')
