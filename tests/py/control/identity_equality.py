# is / is not / == / != on various objects.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, a != c)
print(None is None, None == None, None is not False)
print(True is True, (1 == 1) is True)
x = "hello"
print(x == "hel" + "lo")
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v
e1, e2 = E(1), E(1)
print(e1 == e2, e1 is e2, e1 != e2, e1 == 1)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
print(1 == 1.0, 1 == True, 0 == False, "1" == 1, [1] == (1,))
print(float("nan") == float("nan"))
n = float("nan")
print(n == n, n is n, [n] == [n])
