def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: b"%s %d %x %r %a %c %c %b %%" % (b"x", 5, 255, "\xe9", "\xe9", 65, b"Z", bytearray(b"q"))); t(lambda: b"%s" % "a"); t(lambda: b"%c" % 256); t(lambda: b"%c" % b"ab"); t(lambda: b"%5.2f|%-5d|%05x" % (1.5, 3, 10))
t(lambda: bytearray(b"%s") % b"z"); t(lambda: b"%(a)s" % {b"a": b"1"}); t(lambda: b"%(x)d" % {"x": 1}); t(lambda: b"%d" % 1.5); t(lambda: b"%s" % 1); t(lambda: b"%a" % 1); t(lambda: b"%r" % b"x"); t(lambda: b"%i %u" % (1, 2)); t(lambda: b"%x" % 1.5); t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%5s|%-5s|" % (b"ab", b"cd")); t(lambda: b"%.1s" % b"ab"); t(lambda: b"%c" % 97); t(lambda: b"%e %g %G %E" % (1.5, 2.5, 1e20, 3.0)); t(lambda: b"%" % ()); t(lambda: b"%z" % 1); t(lambda: b"x" % 1); t(lambda: b"%d" % "1"); t(lambda: b"%c" % "a"); t(lambda: b"%c" % -1)
class BB:
    def __bytes__(self): return b"bb"
t(lambda: b"%s" % BB()); t(lambda: b"%b" % BB()); t(lambda: b"a" % "x"); t(lambda: b"a" % b"x"); t(lambda: b"a" % [1]); t(lambda: b"%s" % [1]); t(lambda: type(bytearray(b"a%d") % 1)); t(lambda: b"%#x %#o" % (255, 8)); t(lambda: b"%+d % d" % (1, 2))
