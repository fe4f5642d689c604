# 'yield' in a class body is outside a function.
# check: stderr
print("never printed")
class C:
    yield 1
