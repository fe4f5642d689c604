def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = ["s", "h\xe9llo", "", "\n'\"", 12, None, [1, "a"], b"by", 1.5]
for c in "sra":
    for fl in ["", "-", "0", "#", "+"]:
        for wp in ["", "8", ".2", "8.3", ".0"]:
            fmt = "%" + fl + wp + c
            print(fmt, [fmt % (v,) for v in vals])
for fmt in ["%c", "%5c|", "%-5c|", "%.3c", "%05c"]:
    for v in ["a", 65, 0x20ac, "\U0001F600", 0]:
        t(lambda: fmt % v)
t(lambda: "%c" % "ab"); t(lambda: "%c" % 1.5); t(lambda: "%c" % 0x110000); t(lambda: "%c" % -1); t(lambda: "%c" % ""); t(lambda: "%c" % None); t(lambda: "%c" % b"a")
class I:
    def __index__(self): return 65
class F:
    def __float__(self): return 2.5
class IN:
    def __int__(self): return 7
t(lambda: "%d %x %c" % (I(), I(), I())); t(lambda: "%f" % F()); t(lambda: "%d" % IN()); t(lambda: "%d" % F()); t(lambda: "%x" % IN()); t(lambda: "%o" % F()); t(lambda: "%e" % I()); t(lambda: "%s %r" % (I(), F()) if False else 0)
