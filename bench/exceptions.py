# Exceptions: raise/catch ValueError in a loop (from a called function and
# inline), a custom exception class, try/except/else, try/finally, and
# exceptions propagating through several frames.
N = 1_400_000


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i


def deep(i, depth):
    if depth == 0:
        raise AppError(i % 17)
    return deep(i, depth - 1)


def main():
    caught = 0
    ok = 0
    finals = 0
    codes = 0
    for i in range(N):
        try:
            ok += check(i)
        except ValueError as e:
            caught += e.args[0] % 7
        try:
            if i % 2:
                raise KeyError(i)
        except KeyError:
            caught += 1
        else:
            ok += 1
        try:
            ok += 2
        finally:
            finals += 1
        if i % 4 == 0:
            try:
                deep(i, 4)
            except AppError as e:
                codes += e.code
            finally:
                finals += 1
    # finally runs on return and break too
    def ret(x):
        try:
            return x * 2
        finally:
            nonlocal finals
            finals += 1
    for i in range(1000):
        ok += ret(i)
    print(f"exceptions checksum: {caught} {ok} {finals} {codes}")


main()
