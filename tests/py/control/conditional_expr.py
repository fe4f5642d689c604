# Conditional expressions, short-circuit and/or with side effects.
log = []
def t(x):
    log.append(x)
    return x
print(t(1) if t(True) else t(2))
print(t(1) if t(0) else t(2))
print(log); log.clear()
print(t(0) and t(1), t(2) and t(3))
print(t(0) or t(1), t(2) or t(3))
print(log); log.clear()
print(t("") or t([]) or t("last"))
print(t(1) and t("") and t("never"))
print(log)
print(not 0, not 1, not "", not "x")
x = 7
s = "big" if x > 5 else "small" if x > 2 else "tiny"
print(s)
print(None or 0 or "" or [])
print([] and undefined_name)
print(1 or undefined_name)
print((lambda n: "even" if n % 2 == 0 else "odd")(3))
