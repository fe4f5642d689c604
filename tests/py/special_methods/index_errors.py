# __index__ must return an int: exact error messages.
class Bad:
    def __index__(self):
        return 1.5


class NoIndex:
    pass


for fn in (lambda: bin(Bad()), lambda: [1][Bad()], lambda: range(NoIndex()), lambda: hex(1.0),
           lambda: "ab" * NoIndex(), lambda: [1, 2][NoIndex():]):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
