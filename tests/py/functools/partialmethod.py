# functools.partialmethod.
from functools import partialmethod, partial

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state, note=''):
        self._alive = state
        return (state, note)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')
    twice = partialmethod(partialmethod(set_state, 1), 'two')

c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_alive(note='x'))
print(c.twice())
print(type(Cell.__dict__['set_alive']).__name__)
pm = Cell.__dict__['set_dead']
print(pm.func.__name__, pm.args, pm.keywords)
print(type(c.set_alive).__name__, c.set_alive.args)

class WithStatic:
    @staticmethod
    def st(a, b):
        return ('static', a, b)
    @classmethod
    def cl(cls, a, b):
        return (cls.__name__, a, b)
    p_st = partialmethod(st, 1)
    p_cl = partialmethod(cl, 2)
    p_callable = partialmethod(partial(min, 0), 7)
w = WithStatic()
print(w.p_st(2), WithStatic.p_st(3), w.p_cl(3), WithStatic.p_cl(4))
try:
    partialmethod(5)
except TypeError as e:
    print('TypeError', e)
print(repr(partialmethod(max, 1, k=2)))
print(repr(partialmethod(max)))
print(type(w.p_callable).__name__, WithStatic.p_callable.__name__)
print(Cell.set_alive.__name__ if hasattr(Cell.set_alive, '__name__') else 'no name')
print(Cell.set_alive(c), c._alive)
print(partialmethod(Cell.set_state).__isabstractmethod__)
