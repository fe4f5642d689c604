# atexit: callbacks run at exit, last registered first, with their arguments; errors in them
# are reported and ignored; unregister; registering during exit runs nothing more
import atexit
import sys


PATH = __file__   # __main__ has no __file__ any more when exit functions run


class Err:   # stderr shown on stdout, without the checkout's path
    def write(self, s):
        sys.stdout.write(s.replace(PATH, 'FILE'))

    def flush(self):
        pass


class Boom:
    def __call__(self):
        raise ValueError('in exit function')

    def __repr__(self):
        return '<Boom>'


def bye(name, punct='!'):
    print('bye', name + punct)


def quitter():
    sys.exit(5)


atexit.register(bye, 'first')
atexit.register(Boom())
atexit.register(bye, 'second', punct='?')
print(atexit.register(quitter) is quitter)
atexit.unregister(quitter)
atexit.unregister(len)   # not registered: nothing happens


@atexit.register
def decorated():
    print('decorated runs first')
    atexit.register(bye, 'registered late')


for bad in [(1,), ()]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print(e)
sys.stderr = Err()
atexit.register(lambda: print('__file__' in globals(), '__cached__' in globals()))
print('end of program')
