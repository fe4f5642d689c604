# nonlocal with no enclosing function binding.
# check: stderr
print("never printed")
x = 1
def f():
    nonlocal x
    x = 2
