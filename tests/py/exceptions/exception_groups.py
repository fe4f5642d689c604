# BaseExceptionGroup / ExceptionGroup: construction rules, str/repr, split/subgroup/derive with
# metadata, nesting, subclasses
def show(f):
    try:
        r = f()
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: ExceptionGroup('m', [ValueError(1)]))
show(lambda: BaseExceptionGroup('m', [ValueError(1), TypeError(2)]))
show(lambda: BaseExceptionGroup('m', [KeyboardInterrupt(), ValueError(1)]))
show(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
show(lambda: ExceptionGroup('m', []))
show(lambda: ExceptionGroup('m', ValueError(1)))
show(lambda: ExceptionGroup('m', [1]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup('m'))
show(lambda: ExceptionGroup('m', (ValueError(1),)))
show(lambda: ExceptionGroup('m', [ValueError(1)], x=1))
eg = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)]),
                              KeyError('k')])
print(str(eg), '|', repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__, BaseExceptionGroup.__bases__, ExceptionGroup.__bases__)
eg.add_note('a note')
try:
    raise eg
except ExceptionGroup as caught:
    tb = caught.__traceback__
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(m.__traceback__ is tb, r.__traceback__ is tb, m.__notes__, m.__notes__ is eg.__notes__)
print(eg.split((TypeError, KeyError)))
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.split(Exception)[0] is eg, eg.split(OSError))
print(eg.subgroup(TypeError), eg.subgroup(BaseException) is eg, eg.subgroup(OSError))
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner'))
for bad in [1, (ValueError, 1), 'x', None]:
    show(lambda: eg.split(bad))
print(BaseExceptionGroup('b', [KeyboardInterrupt()]).split(KeyboardInterrupt))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)


mg = MyGroup('mine', [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)), type(mg.subgroup(TypeError)).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


show(lambda: BadDerive('x', [ValueError(1), TypeError(2)]).split(ValueError))
print(ExceptionGroup[int], type(ExceptionGroup('m', [ValueError()]).exceptions))
print(eg.derive([OSError(5)]), type(eg.derive([KeyboardInterrupt()])).__name__)
try:
    eg.message = 'x'
except AttributeError as e:
    print('AttributeError', e)
