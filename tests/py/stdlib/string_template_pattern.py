# string.Template.pattern: compiled for the base class and every subclass, as in CPython
import string
t = string.Template('$who likes ${what} $$ $')
print(type(string.Template.pattern).__name__, string.Template.pattern.flags)
print([m.group('named', 'braced', 'escaped') for m in string.Template.pattern.finditer('$a ${b} $$')])
class D(string.Template):
    delimiter = '%'
print(D('%x and %%').substitute(x=1), type(D.pattern).__name__, D.pattern is string.Template.pattern)
print(t.safe_substitute(who='tim'), t.get_identifiers(), t.is_valid())
