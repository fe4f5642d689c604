# Duplicate parameter names in a def.
# check: stderr
print("never printed")
def f(a, b, a):
    return a
