# type() argument errors: exact messages.
for args in [(), (1, 2), ("A", 1, {}), ("A", (), 1), (1, (), {}), ("A", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    type("B", (bool,), {})
except TypeError as e:
    print(type(e).__name__ + ":", e)
