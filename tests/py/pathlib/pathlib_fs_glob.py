# Path.glob / rglob patterns over a small tree (results sorted)
import os
import shutil
import tempfile
from pathlib import Path

old = os.getcwd()
base = tempfile.mkdtemp()
os.chdir(base)


def g(desc, f):
    try:
        print(desc, sorted(str(p) for p in f()))
    except Exception as e:
        print(desc, type(e).__name__, e)


try:
    for d in ['src/pkg/sub', 'src/empty', 'docs', '.hidden']:
        os.makedirs(d)
    for f in ['README.md', 'setup.py', 'src/main.py', 'src/pkg/__init__.py', 'src/pkg/mod.py',
              'src/pkg/sub/deep.py', 'src/pkg/sub/data.txt', 'docs/index.rst', '.hidden/h.py',
              '.dot.py', 'a1.txt', 'a2.txt', 'b1.txt']:
        with open(f, 'w') as fh:
            fh.write(f)
    here = Path('.')
    g('*', lambda: here.glob('*'))
    g('*.py', lambda: here.glob('*.py'))
    g('a?.txt', lambda: here.glob('a?.txt'))
    g('[ab]1.*', lambda: here.glob('[ab]1.*'))
    g('[!a]*.txt', lambda: here.glob('[!a]*.txt'))
    g('*/', lambda: here.glob('*/'))
    g('*/*.py', lambda: here.glob('*/*.py'))
    g('src/*', lambda: here.glob('src/*'))
    g('src/pkg/*.py', lambda: here.glob('src/pkg/*.py'))
    g('**', lambda: here.glob('**'))
    g('**/', lambda: here.glob('**/'))
    g('**/*.py', lambda: here.glob('**/*.py'))
    g('src/**/*.py', lambda: here.glob('src/**/*.py'))
    g('**/sub/*', lambda: here.glob('**/sub/*'))
    g('**/*.txt', lambda: here.glob('**/*.txt'))
    g('src/**', lambda: here.glob('src/**'))
    g('docs', lambda: here.glob('docs'))
    g('nothing', lambda: here.glob('nothing'))
    g('src/pkg', lambda: here.glob('src/pkg'))
    g('src/../docs/*', lambda: here.glob('src/../docs/*'))
    g('rglob *.py', lambda: here.rglob('*.py'))
    g('rglob sub', lambda: here.rglob('sub'))
    g('rglob *', lambda: Path('src').rglob('*'))
    g('rglob pkg/*.py', lambda: here.rglob('pkg/*.py'))
    g('rglob ""', lambda: Path('src').rglob(''))
    g('rglob */', lambda: here.rglob('*/'))
    g('from src', lambda: Path('src').glob('*'))
    g('from file', lambda: Path('setup.py').glob('*'))
    g('from missing', lambda: Path('missing').glob('*'))
    g('abs base', lambda: (p.relative_to(base) for p in Path(base).glob('*.txt')))
    g('empty', lambda: here.glob(''))
    g('absolute', lambda: here.glob('/etc/*'))
    g('bad **', lambda: here.glob('a**'))
    g('bad ** rglob', lambda: here.rglob('x/**y'))
    print(type(here.glob('*')).__name__)
    print(all(type(p).__name__ == 'PosixPath' for p in here.rglob('*')))
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.path.exists(base))
