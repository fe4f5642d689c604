import abc
import functools
import inspect
import sys
import types


class WithSlots:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


class Plain:
    cls_attr = 10

    def method(self):
        pass

    @classmethod
    def cmethod(cls):
        pass

    @staticmethod
    def smethod():
        pass

    @property
    def prop(self):
        return 1


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Abstract):
    def run(self):
        pass


def gen():
    yield 1


def func():
    pass


objs = [
    ('module', sys), ('class', Plain), ('instance', Plain()), ('function', func),
    ('lambda', lambda: 0), ('method', Plain().method), ('unbound', Plain.method),
    ('cmethod', Plain.cmethod), ('smethod', Plain.smethod), ('builtin', len),
    ('bmethod', [].append), ('mdesc', list.append), ('wrapper', object.__init__),
    ('mwrapper', (1).__add__), ('cmdesc', dict.__dict__['fromkeys']),
    ('property', Plain.__dict__['prop']), ('slot', WithSlots.__dict__['x']),
    ('getset', Plain.__dict__['__dict__']), ('generator', gen()), ('genfunc', gen),
    ('partial_gen', functools.partial(gen)), ('code', func.__code__),
    ('frame', sys._getframe()), ('int', 1), ('none', None), ('abstract', Abstract),
    ('concrete', Concrete), ('classmethodobj', Plain.__dict__['cmethod']),
    ('staticobj', Plain.__dict__['smethod']),
]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
         'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isawaitable', 'isasyncgenfunction',
         'istraceback', 'isframe', 'iscode', 'isbuiltin', 'isroutine', 'isabstract',
         'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor', 'ismemberdescriptor',
         'ismethodwrapper']
for name, obj in objs:
    print(name.ljust(15), ' '.join(p[2:] for p in preds if getattr(inspect, p)(obj)))
print(inspect.ismemberdescriptor(WithSlots.__dict__['y']))
print(inspect.getmro(Concrete) == (Concrete, Abstract, abc.ABC, object))
print(inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_COROUTINE,
      inspect.CO_NEWLOCALS, inspect.CO_OPTIMIZED, inspect.CO_NESTED, inspect.CO_ASYNC_GENERATOR,
      inspect.CO_ITERABLE_COROUTINE)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR), bool(func.__code__.co_flags & inspect.CO_GENERATOR))


def vf(*a, **k):
    pass


print(bool(vf.__code__.co_flags & inspect.CO_VARARGS), bool(vf.__code__.co_flags & inspect.CO_VARKEYWORDS))


class PartialAbstract(abc.ABC):
    @abc.abstractmethod
    def a(self):
        pass

    @abc.abstractmethod
    def b(self):
        pass


class Half(PartialAbstract):
    def a(self):
        pass


print(inspect.isabstract(PartialAbstract), inspect.isabstract(Half), inspect.isabstract(int))
