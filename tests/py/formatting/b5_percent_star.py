def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "%*d" % (5, 3)); t(lambda: "%-*d|" % (5, 3)); t(lambda: "%*d|" % (-5, 3)); t(lambda: "%.*f" % (2, 3.14159)); t(lambda: "%*.*f" % (8, 2, 3.14159)); t(lambda: "%0*d" % (5, -3))
t(lambda: "%*d" % ("a", 3)); t(lambda: "%.*d" % (1.5, 3)); t(lambda: "%*d" % (5,)); t(lambda: "%*s|%-*s|" % (4, "a", 4, "b")); t(lambda: "%.*s" % (2, "abcdef")); t(lambda: "%.*s" % (-1, "abc"))
t(lambda: "%*d" % (True, 5)); t(lambda: "%*d" % (2**70, 5)); t(lambda: "%(a)*d" % {"a": 1}); t(lambda: "%*%" % (5,)); t(lambda: "%5%|" % ()); t(lambda: "%-5%|" % ())
