# Infinite recursion through __repr__ raises RecursionError.
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, e)
class StrLoop:
    def __str__(self):
        return "s" + str(self)
try:
    str(StrLoop())
except RecursionError as e:
    print(type(e).__name__, e)
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __repr__(self):
        return "Node(" + self.name + ", " + repr(self.child) + ")"
print(repr(Node("a", Node("b", Node("c")))))
n = Node("x")
n.child = n
try:
    repr(n)
except RecursionError:
    print("cyclic node repr overflowed")
lst = [1]
lst.append(lst)
print(lst)
d = {"k": 1}
d["self"] = d
print(d)
