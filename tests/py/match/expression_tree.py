# An evaluator and simplifier for expression trees written with class patterns.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return f"Num({self.value})"

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Var({self.name!r})"

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left}, {self.right})"

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name):
            return env[name]
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")

def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp("-", x, y) if repr(x) == repr(y):
            return Num(0)
        case BinOp(op, l, r):
            l2, r2 = simplify(l), simplify(r)
            match l2, r2:
                case Num(a), Num(b):
                    return Num(evaluate(BinOp(op, l2, r2), {}))
            return BinOp(op, l2, r2)
        case _:
            return e

exprs = [
    BinOp("+", Num(0), Var("x")),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("*", Num(1), BinOp("*", Var("z"), Num(0))),
    BinOp("-", Var("a"), Var("a")),
    BinOp("+", BinOp("*", Num(2), Num(5)), BinOp("-", Num(7), Num(4))),
]
env = {"x": 10, "y": 2, "z": 3, "a": 4}
for e in exprs:
    print(e, "=", evaluate(e, env), "simplified:", simplify(e))
try:
    evaluate(BinOp("/", Num(1), Num(2)), env)
except ValueError as exc:
    print(exc)
