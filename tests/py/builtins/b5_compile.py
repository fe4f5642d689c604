def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: type(compile("1+1", "<s>", "eval")).__name__); t(lambda: eval(compile("1+1", "<s>", "eval"))); t(lambda: compile("1+1", "<s>", "bad")); t(lambda: compile("x=", "<s>", "exec"))
t(lambda: compile("a", "<s>", "eval").co_filename); t(lambda: compile("1", "<s>", "exec", dont_inherit=True).co_name); t(lambda: compile(b"1", b"f.py", "eval").co_filename); t(lambda: compile("1", 5, "eval"))
t(lambda: compile("1", "f", 5)); t(lambda: compile(5, "f", "eval")); t(lambda: compile()); t(lambda: exec(compile("print(5)", "<s>", "single"))); t(lambda: exec(compile("5", "<s>", "exec")))
t(lambda: compile("if 1:\n  pass\n", "<s>", "exec").co_name);
try:
    compile("a = (1,\n", "src.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    eval("1 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
