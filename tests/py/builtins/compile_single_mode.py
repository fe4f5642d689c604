# compile(..., "single"): one statement (the simple statements of one line, or one compound).
for src in ['x = 1\ny = 2', 'if x:\n  pass\ny = 2\n', 'x = 1; y = 2', 'x = 1; y = 2\nz = 3\n', 'def f():\n  pass\n', '\n\nx = 1\n\ny=2']:
    try:
        compile(src, 'f', 'single'); print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text))
