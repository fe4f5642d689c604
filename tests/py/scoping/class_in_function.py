# Classes defined in functions capture enclosing variables in methods.
def make_class(prefix):
    class Greeter:
        kind = prefix + "-kind"
        def greet(self, name):
            return prefix + " " + name
    return Greeter
A = make_class("hello")
B = make_class("hey")
print(A().greet("x"), B().greet("y"), A.kind, B.kind)

def counter_class():
    count = 0
    class Counter:
        def incr(self):
            nonlocal count
            count += 1
            return count
    return Counter
C = counter_class()
c1, c2 = C(), C()
print(c1.incr(), c2.incr(), c1.incr())

class Outer:
    val = 5
    class Inner:
        try:
            v = val
        except NameError as e:
            v = "NameError: " + str(e)
print(Outer.Inner.v)

def method_sees_global():
    class M:
        def get(self):
            return GLOBAL_V
    return M
GLOBAL_V = "g"
print(method_sees_global()().get())
