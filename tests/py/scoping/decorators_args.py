# Decorators with arguments and decorators keeping state.
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bob"))

def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@counted
def sq(x):
    return x * x
print([sq(i) for i in range(5)], sq.calls)

def prefix(p):
    def deco(fn):
        def wrapper(s):
            return p + fn(s)
        return wrapper
    return deco

@prefix("<")
@prefix("[")
def ident(s):
    return s
print(ident("x"))

registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco

@register("a")
def fa():
    return 1
@register("b")
def fb():
    return 2
print(sorted(registry), registry["a"]() + registry["b"]())

class Wrapper:
    pass
def class_deco(cls):
    cls.tag = "decorated"
    return cls
@class_deco
class K:
    pass
print(K.tag)
