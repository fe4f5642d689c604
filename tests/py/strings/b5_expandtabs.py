def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["a\tb", "\t", "ab\tc\nd\te\r\tf", "abcdefgh\tx", "\xdf\t1", "\t\t", "a\tb\tc", "\u20ac\t\U0001F600\tz", "no tabs"]:
    for n in [(), (0,), (1,), (4,), (-1,), (3,), (8,), (9,)]:
        t(lambda: w.expandtabs(*n))
t(lambda: "a\tb".expandtabs(tabsize=2)); t(lambda: "a".expandtabs(None)); t(lambda: "a".expandtabs(1.5)); t(lambda: "a\tb".expandtabs(2**70))
