# warnings.warn: what is printed (to stdout here), once per place, categories, stacklevel
import sys
import warnings


class Out:   # warnings go to stderr: show them on stdout, without the checkout's path
    def write(self, s):
        sys.stdout.write(s.replace(__file__, 'FILE'))

    def flush(self):
        pass


sys.stderr = Out()
print(warnings.filters)
warnings.warn('plain message')
for i in range(3):
    warnings.warn('in a loop')          # 'default': shown once for this line
warnings.warn('in a loop')              # another line: shown again
warnings.warn('deprecated here', DeprecationWarning)   # shown: __main__
warnings.warn('pending', PendingDeprecationWarning)     # ignored by default
warnings.warn(RuntimeWarning('an instance'))
warnings.warn('bytes', BytesWarning)


def old_api():
    warnings.warn('old_api() is old', DeprecationWarning, stacklevel=2)


old_api()   # the caller's line is reported
for bad in ('str', 3, int, None.__class__):
    try:
        warnings.warn('x', bad)
    except TypeError as e:
        print('TypeError', e)
warnings.warn('far away', stacklevel=50)
print(sorted(k for k in globals()['__warningregistry__'] if k != 'version')[:3])


class MyWarning(UserWarning):
    pass


warnings.warn('custom', MyWarning)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 7), end='')
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 7, line='  the line  ')))
warnings.showwarning('shown', SyntaxWarning, 'f.py', 3, sys.stdout, 'src')
warnings.warn_explicit('explicit', UserWarning, 'nowhere.py', 12)
warnings.warn_explicit('explicit', UserWarning, 'nowhere.py', 12, registry={})
