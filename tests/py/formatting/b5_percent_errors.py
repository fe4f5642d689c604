def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "%s %s" % (1,)); t(lambda: "%s" % (1, 2)); t(lambda: "%d" % "a"); t(lambda: "%x" % 1.5); t(lambda: "%d" % 1.7); t(lambda: "%i" % -2.5); t(lambda: "%o" % "a"); t(lambda: "%y" % 1); t(lambda: "%" % ()); t(lambda: "abc%" % ())
t(lambda: "%s" % [1, 2]); t(lambda: "%s %s" % [1, 2]); t(lambda: "%%" % ()); t(lambda: "%%s" % ()); t(lambda: "a" % []); t(lambda: "a" % {}); t(lambda: "%d" % None); t(lambda: "%d" % [1]); t(lambda: "%d" % 1j); t(lambda: "%f" % 1j)
t(lambda: "%ld %lf %hd %Lf" % (1, 2.0, 3, 4.0)); t(lambda: "% d" % -3); t(lambda: "%+s" % "x"); t(lambda: "%05s" % "x"); t(lambda: "%-05d|" % 3); t(lambda: "%.3c" % "a"); t(lambda: "%\u20ac" % 1); t(lambda: "%5" % 1); t(lambda: "%.5" % 1)
t(lambda: "%d" % 10**30); t(lambda: "%#o" % 0); t(lambda: "%#x" % 0); t(lambda: "%#X" % -255); t(lambda: "%#.5x" % 255); t(lambda: "%#010x" % 255); t(lambda: "%-#10x|" % 255); t(lambda: "%+.3d" % 5); t(lambda: "% 05d" % 5); t(lambda: "%s" % ((1,),)); t(lambda: "%s" % (1,))
t(lambda: "%99999999999999999999d" % 1); t(lambda: "%.99999999999999999999d" % 1)
