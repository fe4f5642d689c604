# CPython's second-pass hints: '=' where a comparison was meant, a conditional expression
# without 'else', missing commas, unclosed brackets found after a later error; with the
# exact span of each (offset/end_offset)
cases = [
    'if x = 1:\n  pass', 'while x.y = 1:\n  pass', 'if x + 1 = 2: pass', '[x = 1]', '(x = 1)',
    'print(x.a = 1)', 'print(True = 1)', 'f(a, b.c = 2)', 'if x = 1 = 2: pass',
    'if True: pass\nelif x = 1: pass', 'if f() = 1: pass', 'if (a, b) = 1: pass', '{x = 1}',
    'x[a = 1]', 'if 1 = x: pass', 'if [1][0] = 2: pass', 'if (a == b) = 1: pass',
    'if -x = 1: pass', 'if not x = 1: pass', '[1, x = 2]', 'x = (1,\n y = 2)', '{1: x = 2}',
    'if x = y = 1: pass', 'if x == 1 = 2: pass', 'if x = 1 == 2: pass', 'if "a" = 1: pass',
    'if None = 1: pass', 'y = [a for a in b if a = 1]', 'z = a if b = 1 else c',
    'f(a if b c)', 'x = a if b c', 'x = a if b:', 'return a if b', 'x = lambda: a if b',
    'x = a if b else c if d', 'if a if b: pass', 'x = a, b if c', 'x = yield a if b',
    'assert a if b', 'x = a if not b', 'x = a if b or c and d', 'x = a if b is c',
    'x = a if b[0] = 1', 'f(a if b)', 'x = [a if b for a in c]', 'x = 1 if 2 if 3',
    'print(a if b, c)', 'x = a + 1 if b.c', '[x for x in a if b c]', 'f(a if b else c d)',
    'x = (a if\n b)', 'x = a.b(c)[d] if e', 'x = [a if b else c for d in e if f g]',
    '[a if b else c d]', 'x = [a if b c d]', '(a if b else c d, e)', '[x for x in y if (a b)]',
    'x = [1, 2\ny = 3', 'x = (1 2', 'f(a b)\nz = [',
]
for src in cases:
    try:
        compile(src, 'case', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
