# Functions, classes, builtins and methods pickled by name (GLOBAL / STACK_GLOBAL, Python 2
# name mapping for protocols < 3, getattr reductions for methods and nested classes).
import collections
import functools
import pickle


def func():
    return 'func'


class Outer:
    class Inner:
        class Deepest:
            pass

    def method(self):
        return 'method'

    @classmethod
    def cm(cls):
        return 'cm of ' + cls.__name__

    @staticmethod
    def sm():
        return 'sm'


objs = [func, Outer, Outer.Inner, Outer.Inner.Deepest, Outer.method, Outer().method, Outer.cm,
        Outer.sm, int, str, range, object, type, len, print, functools.reduce, collections.deque,
        collections.OrderedDict, ValueError, OSError, FileNotFoundError, ModuleNotFoundError,
        type(None), type(Ellipsis), type(NotImplemented), Ellipsis, NotImplemented,
        [].append, dict.fromkeys, list.append, int.__add__, (1).__add__, str.join, 'x'.upper,
        {1, 2}.__contains__, [int, int, str, func, func]]
for i, o in enumerate(objs):
    print('object', i)
    for proto in range(6):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        print(' ', proto, data)
        if callable(o) and not isinstance(o, type) and getattr(o, '__self__', None) is not None:
            print('    bound:', back.__name__, type(back).__name__)
        else:
            print('    same:', back is o or back == o)

print(pickle.loads(pickle.dumps(Outer().method))())
print(pickle.loads(pickle.dumps(Outer.cm, 2))())
print(pickle.loads(pickle.dumps([].append, 0)).__name__)
print(pickle.loads(pickle.dumps(str.join, 2))('-', 'abc'))
# fix_imports=False keeps the Python 3 names.
for o in (range, set(), int, functools.reduce):
    print(pickle.dumps(o, 2, fix_imports=False)[:40], pickle.dumps(o, 2)[:40])
