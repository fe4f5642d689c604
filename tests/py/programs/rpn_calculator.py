# A stack-based RPN calculator and an infix-to-RPN converter (shunting-yard).
def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b, "%": lambda a, b: a % b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError("stack underflow at " + repr(tok))
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError("leftover stack " + repr(stack))
    return stack[0]
def to_rpn(infix):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
    out, ops = [], []
    tokens = infix.replace("(", " ( ").replace(")", " ) ").split()
    for tok in tokens:
        if tok in prec:
            while ops and ops[-1] != "(" and (prec[ops[-1]] > prec[tok] or (prec[ops[-1]] == prec[tok] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ dup *", "1 2 swap -", "10 3 /", "10 3 %", "2.5 2 *"]:
    print(e, "=>", rpn(e))
for infix in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 - 4 - 3", "(8 / (4 - 2)) * (1 + 1)", "7 % 4 + 1"]:
    r = to_rpn(infix)
    print(infix, "|", r, "|", rpn(r))
for bad in ["1 +", "1 2", "4 0 /"]:
    try:
        rpn(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(repr(bad), type(e).__name__, e)
