# pass in all block kinds, and empty-bodied constructs.
def f():
    pass
class C:
    pass
for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), C.__name__, i)
def docstring_only():
    "only a docstring"
print(docstring_only())
def ellipsis_body():
    ...
print(ellipsis_body(), ...)
class D:
    "doc"
print(D.__doc__)
