# Reflected dunders are used when the left operand doesn't support the operation.
class V:
    pass


names = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
         "lshift", "rshift", "and", "xor", "or"]
for nm in names:
    setattr(V, f"__r{nm}__", (lambda nm: lambda self, o: f"r{nm}({o})")(nm))
v = V()
print(2 + v, 2 - v, 2 * v, 2 @ v)
print(2 / v, 2 // v, 2 % v, divmod(2, v))
print(2 ** v, pow(2, v), 2 << v, 2 >> v)
print(2 & v, 2 ^ v, 2 | v)
