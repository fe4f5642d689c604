# Exact TypeError messages for unsupported binary operators.
class A:
    pass


class B:
    pass


tests = ["A() + B()", "A() - 1", "1 * A()", "A() @ A()", "A() / 2", "A() // 2", "A() % 2",
         "A() ** 2", "A() << 1", "A() & 1", "A() | 1", "A() ^ 1", "divmod(A(), 1)",
         "pow(A(), 2, 3)", "'a' + 1", "[1] + (1,)"]
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
