import traceback

class CustomError(Exception):
    pass

class Outer:
    class Inner(Exception):
        pass

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')

class EmptyStr(Exception):
    def __str__(self):
        return ''

cases = [ValueError('msg'), ValueError(), KeyError('key'), KeyError(), OSError(2, 'No such file', 'x.txt'),
         CustomError('custom'), Outer.Inner('nested class'), BadStr(), EmptyStr(), StopIteration(5),
         SystemExit(3), KeyboardInterrupt(), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
         Exception('multi\nline'), Exception(1, 2), ZeroDivisionError('division by zero')]
for exc in cases:
    print(repr(traceback.format_exception_only(exc)))
    print(repr(traceback.format_exception_only(type(exc), exc)))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(None, None))
print(traceback.format_exception_only(ValueError, None))

# notes
e = ValueError('with notes')
e.add_note('first note')
e.add_note('second\nmultiline note')
print(traceback.format_exception_only(e))
e.__notes__ = 'not a sequence'
print(traceback.format_exception_only(e))
e.__notes__ = [1, BadStr()]
print(traceback.format_exception_only(e))
e.__notes__ = ('tuple note',)
print(traceback.format_exception_only(e))

# SyntaxError
for src in ['x = = 1', 'def f(:\n  pass', '  (1, 2', 'a b c', 'print "x"', 'f(**a, *b)', '\tx = )']:
    try:
        compile(src, '<snippet>', 'exec')
    except SyntaxError as se:
        print(''.join(traceback.format_exception_only(se)), end='')
        print('--')
se = SyntaxError('custom message', ('file.py', 3, 5, '    bad line here\n', 3, 9))
print(''.join(traceback.format_exception_only(se)), end='')
se = SyntaxError('no location')
print(''.join(traceback.format_exception_only(se)), end='')
se = SyntaxError('only file', ('f.py', None, None, None))
print(''.join(traceback.format_exception_only(se)), end='')
se = SyntaxError('bad offset', ('f.py', 1, 0, 'abc\n'))
print(''.join(traceback.format_exception_only(se)), end='')
se = SyntaxError('tabs', ('f.py', 2, 4, '\t\tx y\n', 2, 6))
print(''.join(traceback.format_exception_only(se)), end='')
se = SyntaxError('', ('f.py', 2, 1, 'x\n'))
print(''.join(traceback.format_exception_only(se)), end='')
ie = IndentationError('unexpected indent', ('m.py', 7, 3, '  x = 1\n'))
print(''.join(traceback.format_exception_only(ie)), end='')
te = traceback.TracebackException.from_exception(ie)
print(te.filename, te.lineno, te.end_lineno, repr(te.text), te.offset, te.end_offset, te.msg)
print(traceback._format_final_exc_line('Name', None), traceback._format_final_exc_line('Name', 'v'), end='')
