# __getattr__, __getattribute__, __setattr__ and __delattr__ overrides, and object.__getattribute__(self, name).
class G:
    real = 'class attr'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('z'):
            raise AttributeError(f'no {name}')
        return name.upper()
g = G()
g.inst = 1
print(g.real, g.inst, g.dyn)
print(getattr(g, 'zz', 'default'), hasattr(g, 'zap'))
class GA:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        print('__getattribute__', name)
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
o = GA()
print(o.x, o.secret, o.missing)
print(object.__getattribute__(o, 'x'))
try:
    object.__getattribute__(o, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
class S:
    def __setattr__(self, name, value):
        print('__setattr__', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('__delattr__', name)
        if name == 'keep':
            raise AttributeError('cannot delete keep')
        object.__delattr__(self, name)
s = S()
s.a = 5
setattr(s, 'b', 1)
print(s.a, s.b, s.__dict__)
del s.a
try:
    del s.keep
except AttributeError as e:
    print('AttributeError:', e)
try:
    del s.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    object.__getattribute__(o, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    object.__setattr__(1, 'x', 2)
except AttributeError as e:
    print('AttributeError:', e)
