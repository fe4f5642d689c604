# locals() inside functions, and globals() keys defined here.
def f(a, b=2):
    c = a + b
    d = [c]
    return sorted(locals().items())
print(f(1))

def g():
    x = 1
    loc = locals()
    return sorted(loc)
print(g())

alpha = 1
beta = 2
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["alpha"] + globals()["beta"])
globals()["gamma"] = 3
print(gamma)

def h():
    def inner():
        return 1
    return sorted(locals())
print(h())
print(__name__)
