# A TypeError from a class pattern ends the program with CPython's traceback.
# check: stderr
class Point:
    __match_args__ = ("x",)
    x = 0

print("before")
match Point():
    case Point(a, b):
        print("unreachable")
