# __divmod__/__rdivmod__ results pass through unchanged; builtin divmod semantics for signs.
class D:
    def __divmod__(self, o):
        return "custom divmod"

    def __rdivmod__(self, o):
        return ("r", o)


print(divmod(D(), 3), divmod(3, D()))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
