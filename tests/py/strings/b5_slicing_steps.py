def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = "abcdefghij"
for sl in [slice(None, None, 2), slice(None, None, -1), slice(8, 2, -2), slice(-3, None), slice(100, -100, -3), slice(None, None, 3), slice(1, 1), slice(5, 2), slice(-2**100, 2**100), slice(None, None, 2**100), slice(None, None, -2**100), slice(2, None, -1)]:
    t(lambda: (s[sl], "h\xe9llo\u20ac\U0001F600z"[sl]))
t(lambda: s[::0]); t(lambda: s[1.5]); t(lambda: s[10]); t(lambda: s[-11]); t(lambda: s["a"]); t(lambda: s[-10]); t(lambda: s[None]); t(lambda: s[1:2:1.0])
class I:
    def __index__(self): return 3
t(lambda: s[I()]); t(lambda: s[I():]); t(lambda: s[:I()]); t(lambda: s[::I()]); t(lambda: s[True])
