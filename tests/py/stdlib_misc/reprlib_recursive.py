import reprlib

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)

a = Node('a'); b = Node('b')
a.children.append(b); b.children.append(a); a.children.append(a)
print(repr(a))
print(repr(b))

class Other(list):
    @reprlib.recursive_repr('<<loop>>')
    def __repr__(self):
        """doc here"""
        return '<' + '|'.join(map(repr, self)) + '>'
o = Other([1, 2])
o.append(o)
print(repr(o))
print(Other.__repr__.__name__, Other.__repr__.__qualname__, Other.__repr__.__doc__, Other.__repr__.__module__)
p = Other([o, Other([3])])
print(repr(p))

class Fails:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise RuntimeError('boom')
f = Fails()
for _ in range(2):
    try:
        repr(f)
    except RuntimeError as e:
        print('RuntimeError', e)

def ann(self) -> str:
    return 'x'
w = reprlib.recursive_repr()(ann)
print(w.__annotations__, w.__name__)
