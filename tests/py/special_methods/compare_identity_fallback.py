# == and != fall back to identity when both sides return NotImplemented; ordering raises TypeError.
class A:
    pass


class B:
    pass


a = A()
print(a == a, a != a, a == A(), a != A())
print(a == B(), a != 1)
for expr in ["A() < B()", "A() <= A()", "A() > 1", "'x' >= 2", "[] < ()", "None < None"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
