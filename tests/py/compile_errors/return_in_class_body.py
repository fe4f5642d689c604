# 'return' in a class body.
# check: stderr
print("never printed")
def f():
    class C:
        return 1
    return C
