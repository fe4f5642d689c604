# eval() skips leading blanks; compile(..., "eval") reports them as an unexpected indent
for src in [' 1', '\t2 + 2', '  x']:
    try:
        print(repr(src), eval(src, {'x': 5}))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(eval(compile(src, 's', 'eval'), {'x': 5}))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
