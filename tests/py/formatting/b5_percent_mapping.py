def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "%(a)s %(b)d" % {"a": 1, "b": 2}); t(lambda: "%(a)s" % {}); t(lambda: "%(a)s %s" % {"a": 1}); t(lambda: "%(a" % {"a": 1}); t(lambda: "%(a)s %(a)r" % {"a": "x"})
t(lambda: "%(a(b))s" % {"a(b)": 5}); t(lambda: "%()s" % {"": 3}); t(lambda: "%(a)s" % 1); t(lambda: "%(a)s" % [1]); t(lambda: "%s %(a)s" % {"a": 1}); t(lambda: "%(k)-5d|" % {"k": 7}); t(lambda: "%(k)#x" % {"k": 255})
class M:
    def __getitem__(self, k): return k.upper()
t(lambda: "%(abc)s-%(x)s" % M()); t(lambda: "no conversions" % {"a": 1}); t(lambda: "no conversions" % M()); t(lambda: "%s" % {"a": 1}); t(lambda: "%s %s" % ({"a": 1}, 2))
t(lambda: "a" % b"x"); t(lambda: "a" % bytearray(b"x")); t(lambda: "a" % "x"); t(lambda: "a" % [1]); t(lambda: "a" % range(3)); t(lambda: "%s" % b"x"); t(lambda: "a" % ()); t(lambda: "a" % 1)
