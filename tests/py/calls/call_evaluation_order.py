# Arguments are evaluated left to right, function expression first.
log = []
def t(x):
    log.append(x)
    return x
def get_f():
    log.append("f")
    return lambda *a, **k: (a, sorted(k.items()))
r = get_f()(t(1), t(2), *[t(3)], k=t(4), **{"m": t(5)})
print(r)
print(log)
log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log)
log.clear()
lst = [t(i) for i in range(3)] + [t("x")]
print(log)
