# A tiny stack-machine interpreter running compiled programs with jumps and calls.
def assemble(src):
    code, labels = [], {}
    for line in src.strip().split("\n"):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        code.append((parts[0], parts[1] if len(parts) > 1 else None))
    return [(op, labels.get(arg, arg)) for op, arg in code]
def run(code, trace=False):
    stack, calls, env, out = [], [], {}, []
    pc = 0
    steps = 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op in ("add", "sub", "mul", "mod", "lt"):
            b, a = stack.pop(), stack.pop()
            if op == "add":
                stack.append(a + b)
            elif op == "sub":
                stack.append(a - b)
            elif op == "mul":
                stack.append(a * b)
            elif op == "mod":
                stack.append(a % b)
            else:
                stack.append(int(a < b))
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jmp":
            pc = arg
        elif op == "call":
            calls.append(pc)
            pc = arg
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise RuntimeError("unknown op " + op)
    return out, steps, env
factorial = """
    push 1
    store acc
    push 20
    store n
loop:
    push 0
    load n
    lt
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
out, steps, env = run(assemble(factorial))
print(out, steps, sorted(env.items()))
collatz = """
    push 27
    store x
    push 0
    store count
top:
    push 1
    load x
    lt
    jz end
    call step
    load count
    push 1
    add
    store count
    jmp top
end:
    load count
    print
    halt
step:
    load x
    push 2
    mod
    jz even
    load x
    push 3
    mul
    push 1
    add
    store x
    ret
even:
    load x
    push 2
    call half
    store x
    ret
half:            ; halve by counting up: smallest h with 2*h >= x
    store two
    push 0
    store h
hl:
    load h
    load two
    mul
    load x
    lt
    jz hd
    load h
    push 1
    add
    store h
    jmp hl
hd:
    load h
    ret
"""
out, steps, env = run(assemble(collatz))
print(out, steps, env["x"])
try:
    run([("bogus", None)])
except RuntimeError as e:
    print("RuntimeError", e)
