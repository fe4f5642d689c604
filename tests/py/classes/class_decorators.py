# Class decorators run after the class is created, innermost first, and may replace it.
def deco(tag):
    def wrap(cls):
        print('decorating', cls.__name__, 'with', tag)
        cls.tags = getattr(cls, 'tags', ()) + (tag,)
        return cls
    return wrap
@deco('outer')
@deco('inner')
class C:
    print('body')
print(C.tags)
def replace(cls):
    return 'replaced ' + cls.__name__
@replace
class D: pass
print(D)
def add_repr(cls):
    cls.__repr__ = lambda self: f'<{type(self).__name__} custom>'
    return cls
@add_repr
class E: pass
print(repr(E()), E.__name__)
