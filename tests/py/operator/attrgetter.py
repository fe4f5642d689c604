# operator.attrgetter: plain and dotted names, several names, errors, repr.
from operator import attrgetter

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __repr__(self):
        return 'Node(%r)' % self.name

tree = Node('root', Node('kid', Node('leaf')))
print(attrgetter('name')(tree), attrgetter('child.name')(tree), attrgetter('child.child.name')(tree))
print(attrgetter('name', 'child.name')(tree), attrgetter('child')(tree))
print(attrgetter('real', 'imag')(3 + 4j), attrgetter('__class__.__name__')(5))
print(repr(attrgetter('a')), repr(attrgetter('a.b.c')), repr(attrgetter('x', 'y.z')))
print(repr(attrgetter('a..b')), repr(attrgetter('')), repr(attrgetter('.a')))
show(attrgetter('missing'), tree)
show(attrgetter('child.missing'), tree)
show(attrgetter('child.child.child.name'), tree)
show(attrgetter('name', 'nope'), tree)
show(attrgetter('a..b'), tree)
show(attrgetter(''), tree)
show(attrgetter)
show(attrgetter, 1)
show(attrgetter, 'a', None)
show(attrgetter, 'a', x=1)
show(attrgetter('name'))
show(attrgetter('name'), tree, tree)
show(attrgetter('name'), obj=tree)
class Dyn:
    def __getattr__(self, name):
        return 'dyn:' + name
print(attrgetter('anything', 'x')(Dyn()))
nodes = [Node('b'), Node('c'), Node('a')]
print(sorted(nodes, key=attrgetter('name')))
print(list(map(attrgetter('name'), nodes)))
class S(str):
    pass
print(attrgetter(S('name'))(tree), repr(attrgetter(S('child.name'))))
g = attrgetter('x')
print(type(g), type(g).__name__)
print(attrgetter('a.b').__reduce__(), attrgetter('a', 'b').__reduce__())
try:
    class Sub(attrgetter):
        pass
except TypeError as e:
    print('TypeError', e)
import math
print(attrgetter('pi')(math) == math.pi, attrgetter('path.sep')(__import__('os')))
