# metaclass= may be any callable; its return value is bound to the class name.
def meta(name, bases, ns, **kw):
    print("meta called", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42


class C(metaclass=meta, extra=1):
    x = 1


print(C)
