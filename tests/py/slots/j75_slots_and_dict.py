# Spec J75: with '__dict__' in slots, slot values never go into __dict__; other names do.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A:
    __slots__ = ('a', '__dict__')
x = A(); x.a = 1; x.b = 2
print(x.__dict__, vars(x), x.a)
del x.b
print(x.__dict__)
trap(lambda: delattr(x, 'b'))
del x.a
trap(lambda: x.a)
