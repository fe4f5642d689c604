# string.Formatter: get_field paths, auto numbering across nested specs, used-args tracking.
from string import Formatter

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class Obj:
    attr = {'k': ['v0', 'v1']}
    def __repr__(self):
        return 'Obj()'
f = Formatter()
print(f.get_field('0.attr[k][1]', (Obj(),), {}))
print(f.get_field('name.attr', (), {'name': Obj()})[0], f.get_field('10', tuple(range(11)), {}))
trap(lambda: f.get_field('0.missing', (Obj(),), {}))
trap(lambda: f.get_field('0[x]', ([1],), {}))
trap(lambda: f.get_field('3', (1,), {}))
trap(lambda: f.get_field('nokey', (), {}))
print(f.format('{:{}}|{:{}}', 'a', 3, 'b', 4), f.format('{0:{1}}|{2:>{3}}', 'a', 3, 'b', 4))
trap(lambda: f.format('{:{1}}', 'a', 3))
trap(lambda: f.format('{0:{}}', 'a', 3))
class Track(Formatter):
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)), 'of', len(args), sorted(kwargs))
Track().format('{0}{x}{0}{y.real}', 1, 2, x=3, y=4, z=5)
Track().format('{}{}', 'a', 'b')
Track().format('{:{w}}', 'a', w=3)
print(f.format('{0!r:^9}', 'q'), f.format('{0.__class__.__name__}', 1.5))
trap(lambda: f.format('{[0]}', 'xy'))
print(f.format('{0}', {'a': 1}), f.format('{0[a]}', {'a': 1}), f.format('{d[1]}', d={1: 'int key'}))
trap(lambda: f.format('{d[1]}', d={'1': 'str key'}))
