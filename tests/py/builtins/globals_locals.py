# globals() and locals() contents (only names defined here).
before = set(globals())
x = 1
def f(a, b=2):
    c = a + b
    return sorted(locals())
y = "two"
print(sorted(set(globals()) - before - {"before"}))
print(f(1))
print(globals()["x"], globals().get("y"), "f" in globals(), "nope" in globals())
g = globals()
g["dynamic"] = 42
print(dynamic)
def show_locals():
    p = 1
    q = [p]
    loc = locals()
    return p, sorted(loc), loc["q"]
print(show_locals())
class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(locals() is globals())
