# The 'as' target of an except clause is deleted at the end of the block.
e = "before"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print("NameError", err)
def f():
    x = 1
    try:
        raise KeyError(x)
    except KeyError as x:
        pass
    try:
        return x
    except UnboundLocalError as err:
        return "UnboundLocalError " + str(err)
print(f())
saved = None
try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
print(type(saved).__name__, saved)
