# Pickling errors: unpicklable objects, bad reductions, bad protocols and files.
import copyreg
import io
import pickle
import sys


def clean(msg):
    while ' at 0x' in msg:
        i = msg.index(' at 0x')
        j = i + 6
        while j < len(msg) and msg[j] in '0123456789abcdef':
            j += 1
        msg = msg[:i] + ' at ADDR' + msg[j:]
    return msg


def show(label, f):
    try:
        r = f()
        print(label, 'OK', r)
    except Exception as e:
        print(label, type(e).__name__, clean(str(e)))


def outer():
    def inner():
        pass
    return inner


class BadReduce:
    def __init__(self, r):
        self.r = r

    def __reduce__(self):
        return self.r


class Local:
    pass


def gen():
    yield 1


Local.__qualname__ = 'Nowhere'
show('lambda', lambda: pickle.dumps(lambda: 0))
for proto in (0, 2, 4):
    show('lambda %d' % proto, lambda: pickle.dumps([1, lambda: 0], proto))
show('local function', lambda: pickle.dumps(outer()))
show('missing class', lambda: pickle.dumps(Local))
show('missing class instance', lambda: pickle.dumps(Local(), 2))
show('generator', lambda: pickle.dumps(gen()))
show('module', lambda: pickle.dumps(sys))
show('reduce int', lambda: pickle.dumps(BadReduce(1)))
show('reduce empty', lambda: pickle.dumps(BadReduce(())))
show('reduce 7', lambda: pickle.dumps(BadReduce((list, (), None, None, None, None, 7))))
show('not callable', lambda: pickle.dumps(BadReduce((1, ()))))
show('args not tuple', lambda: pickle.dumps(BadReduce((list, 1))))
show('listitems', lambda: pickle.dumps(BadReduce((list, (), None, 5))))
show('dictitems', lambda: pickle.dumps(BadReduce((list, (), None, None, 5))))
show('state_setter', lambda: pickle.dumps(BadReduce((list, (), None, None, None, 5))))
show('bad name', lambda: pickle.dumps(BadReduce('nosuchname')))
show('newobj empty', lambda: pickle.dumps(BadReduce((copyreg.__newobj__, ()))))
show('newobj not type', lambda: pickle.dumps(BadReduce((copyreg.__newobj__, (1,)))))
show('newobj wrong class', lambda: pickle.dumps(BadReduce((copyreg.__newobj__, (int,)))))
show('newobj proto 1', lambda: pickle.dumps(BadReduce((copyreg.__newobj__, (int,))), 1))
show('newobj_ex len', lambda: pickle.dumps(BadReduce((copyreg.__newobj_ex__, (int,)))))
show('newobj_ex cls', lambda: pickle.dumps(BadReduce((copyreg.__newobj_ex__, (1, (), {})))))
show('newobj_ex args',
     lambda: pickle.dumps(BadReduce((copyreg.__newobj_ex__, (BadReduce, 1, {})))))
show('newobj_ex kwargs',
     lambda: pickle.dumps(BadReduce((copyreg.__newobj_ex__, (BadReduce, (), 1)))))
show('protocol 6', lambda: pickle.dumps(1, 6))
show('protocol -1', lambda: pickle.dumps(1, -1))
show('protocol str', lambda: pickle.dumps(1, '2'))
show('no write', lambda: pickle.Pickler(None))
show('callback proto', lambda: pickle.Pickler(io.BytesIO(), 2, buffer_callback=print))
show('dump no write', lambda: pickle.dump(1, 'file'))


class GetNewArgsBad:
    def __init__(self, r):
        self.r = r

    def __getnewargs__(self):
        return self.r


class GetNewArgsExBad:
    def __init__(self, r):
        self.r = r

    def __getnewargs_ex__(self):
        return self.r


show('getnewargs list', lambda: pickle.dumps(GetNewArgsBad([1]), 2))
show('getnewargs_ex int', lambda: pickle.dumps(GetNewArgsExBad(1), 2))
show('getnewargs_ex len', lambda: pickle.dumps(GetNewArgsExBad((1,)), 2))
show('getnewargs_ex args', lambda: pickle.dumps(GetNewArgsExBad(([], {})), 2))
show('getnewargs_ex kwargs', lambda: pickle.dumps(GetNewArgsExBad(((), [])), 4))


class NoState:
    __slots__ = ('a',)


show('slots proto 0', lambda: pickle.dumps(NoState(), 0))
show('slots proto 1', lambda: pickle.dumps(NoState(), 1))
show('slots proto 2', lambda: pickle.dumps(NoState(), 2))


class MyInt(int):
    __slots__ = ()


show('int subclass proto 0', lambda: pickle.dumps(MyInt(3), 0))
show('int subclass proto 2', lambda: pickle.dumps(MyInt(3), 2))
show('int subclass proto 4', lambda: pickle.dumps(MyInt(3), 4))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
