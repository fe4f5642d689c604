def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


import sys
t(lambda: sys.get_int_max_str_digits()); t(lambda: len(str(10**4299))); t(lambda: str(10**4300)); t(lambda: int("1" * 4301)); t(lambda: int("1" * 4300) > 0)
t(lambda: hex(10**5000)[:10]); t(lambda: int("f" * 5000, 16) > 0); t(lambda: int("1" * 5000, 8) > 0); t(lambda: int("1" * 5000, 10)); t(lambda: int("1" * 5000, 0)); t(lambda: int("-" + "1" * 4300) < 0); t(lambda: int(" " + "1" * 4300 + " ") > 0); t(lambda: int("1_" * 2200 + "1") > 0)
t(lambda: sys.set_int_max_str_digits(5000)); t(lambda: len(str(10**4900))); t(lambda: sys.set_int_max_str_digits(100)); t(lambda: sys.set_int_max_str_digits(640)); t(lambda: sys.get_int_max_str_digits())
t(lambda: str(10**700)); t(lambda: len(str(10**639))); t(lambda: len(repr(-10**639))); t(lambda: str(-10**640))
t(lambda: sys.set_int_max_str_digits(0)); t(lambda: len(str(10**10000))); t(lambda: sys.set_int_max_str_digits(4300))
t(lambda: repr(10**5000)); t(lambda: f"{10**5000}"); t(lambda: "%d" % 10**5000); t(lambda: format(10**5000, "x")[:5]); t(lambda: format(10**5000, "d")); t(lambda: format(10**5000, ",")); t(lambda: "{}".format(10**5000)); t(lambda: "%x" % 10**5000 > "")
t(lambda: sys.int_info); t(lambda: sys.flags.int_max_str_digits); t(lambda: sys.set_int_max_str_digits(maxdigits=4300)); t(lambda: sys.set_int_max_str_digits("a"))
