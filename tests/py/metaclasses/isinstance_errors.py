# isinstance/issubclass argument errors: exact messages.
for fn in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
           lambda: issubclass(int, 1), lambda: issubclass(int, (int, "x"))):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
