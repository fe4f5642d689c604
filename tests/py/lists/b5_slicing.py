def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


L = list(range(10))
for sl in [slice(None, None, 2), slice(None, None, -1), slice(8, 2, -2), slice(-3, None), slice(100, -100, -3), slice(1, 1), slice(5, 2), slice(-100, 100), slice(None, None, -3), slice(-2**100, 2**100, 2**100)]:
    t(lambda: L[sl])
    l = list(L)
    def f():
        del l[sl]; return l
    t(f)
t(lambda: L[::0]); t(lambda: L[1.5]); t(lambda: L["a"]); t(lambda: L[10]); t(lambda: L[-11]); t(lambda: L[2**100]); t(lambda: L[-2**100]); t(lambda: L[True])
