# An uncaught exception group: CPython 3.11's boxed traceback, nested groups, notes, and the
# groups except* builds from what its clauses raised.
# check: stderr
def fail(n):
    raise ValueError(n)


def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup('inner', [TypeError('t'), KeyError('k')])
    inner.add_note('a note on the inner group')
    return ExceptionGroup('outer', errors + [inner])


try:
    raise collect()
except* TypeError:
    raise OSError('raised in a clause')
