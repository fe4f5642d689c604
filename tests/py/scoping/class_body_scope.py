# Class bodies do not enclose methods; names resolve to globals.
x = "global x"

class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    def method2(self):
        return self.x
    items = [1, 2, 3]
    doubled = [n * 2 for n in items]

c = C()
print(c.method())
print(c.method2())
print(C.y)
print(C.doubled)

def f():
    z = "f local"
    class D:
        z = "D attr"
        def m(self):
            return z
        w = z
    return D
D = f()
print(D().m(), D.w, D.z)

class E:
    a = 1
    try:
        vals = [a for _ in range(2)]
    except NameError as e:
        err = str(e)
print(E.err)
