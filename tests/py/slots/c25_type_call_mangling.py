# Spec C25: type() mangles private slot names with its name argument.
C = type('Klass', (), {'__slots__': ('__x',)})
print([k for k in C.__dict__ if 'x' in k], C._Klass__x)
D = type('_Lead', (), {'__slots__': '__y'})
print([k for k in D.__dict__ if 'y' in k])
