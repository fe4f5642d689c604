# NameError messages for missing globals and builtins.
def f():
    return missing_name
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(undefined_thing + 1)
except NameError as e:
    print(type(e).__name__, e)
    print(e.args)
try:
    lenn([1])
except NameError as e:
    print(type(e).__name__, e)

len = lambda x: 42
print(len([1, 2]))
del len
print(len([1, 2]))

def uses_builtin():
    return abs(-3)
print(uses_builtin())
abs = "shadowed"
try:
    uses_builtin()
except TypeError as e:
    print(type(e).__name__, e)
del abs
print(uses_builtin())
