# Default arguments are evaluated once at definition time.
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

calls = []
def default_value():
    calls.append("called")
    return len(calls)

def f(a=default_value(), b=default_value()):
    return a, b
print(f(), f(), calls)

n = 5
def g(x=n):
    return x
n = 6
print(g(), g(7))

def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
print(append_to.__defaults__)
print(f.__defaults__)
