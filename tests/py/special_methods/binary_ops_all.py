# Every binary operator dunder is dispatched with the right operand.
class V:
    def __init__(self, n):
        self.n = n


names = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
         "lshift", "rshift", "and", "xor", "or"]
for nm in names:
    setattr(V, f"__{nm}__", (lambda nm: lambda self, o: f"{nm}({self.n},{o})")(nm))
v = V(1)
print(v + 2, v - 2, v * 2, v @ 2)
print(v / 2, v // 2, v % 2, divmod(v, 2))
print(v ** 2, pow(v, 2), v << 2, v >> 2)
print(v & 2, v ^ 2, v | 2)
