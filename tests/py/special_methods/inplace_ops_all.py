# Every in-place dunder is called, and its return value is bound to the target.
class V:
    pass


names = ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow",
         "ilshift", "irshift", "iand", "ixor", "ior"]
for nm in names:
    setattr(V, f"__{nm}__", (lambda nm: lambda self, o: nm)(nm))
res = []
for op in ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|="]:
    x = V()
    exec(f"x {op} 1")
    res.append(x)
print(res)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
