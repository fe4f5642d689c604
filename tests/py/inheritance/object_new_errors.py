# object.__new__ argument errors: non-type, non-subtype, builtin types needing their own __new__.
for args in [(), (1,), (int,)]:
    try:
        object.__new__(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)


class C:
    pass


print(type(object.__new__(C)).__name__)
try:
    int.__new__(C)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__ + ":", e)
