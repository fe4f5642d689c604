# Path symlinks, hard links, readlink, resolve, lstat and link-related predicates
import os
import shutil
import tempfile
from pathlib import Path

old = os.getcwd()
base = os.path.realpath(tempfile.mkdtemp())
os.chdir(base)


def t(f):
    try:
        print(repr(f()).replace(base, '<B>'))
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<B>'))


try:
    Path('dir').mkdir()
    Path('dir/file.txt').write_text('content')
    t(lambda: Path('lf').symlink_to('dir/file.txt'))
    t(lambda: Path('ld').symlink_to('dir', target_is_directory=True))
    t(lambda: Path('dangling').symlink_to('nowhere'))
    t(lambda: Path('lf').symlink_to('x'))
    for name in ['lf', 'ld', 'dangling', 'dir', 'dir/file.txt']:
        p = Path(name)
        print(name, p.exists(), p.is_symlink(), p.is_file(), p.is_dir(),
              (p.lstat().st_mode & 0o170000) == 0o120000)
    t(lambda: Path('lf').readlink())
    t(lambda: Path('ld').readlink())
    t(lambda: Path('dir').readlink())
    t(lambda: Path('nope').readlink())
    t(lambda: Path('lf').read_text())
    t(lambda: Path('lf').resolve().relative_to(base))
    t(lambda: Path('ld/file.txt').resolve().relative_to(base))
    t(lambda: Path('dangling').resolve().relative_to(base))
    t(lambda: Path('dangling').resolve(strict=True))
    t(lambda: Path('lf').samefile('dir/file.txt'))
    t(lambda: sorted(Path('ld').iterdir()))
    t(lambda: sorted(str(p) for p in Path('.').glob('*/*')))
    t(lambda: sorted(str(p) for p in Path('.').rglob('*.txt')))
    Path('loop1').symlink_to('loop2')
    Path('loop2').symlink_to('loop1')
    t(lambda: Path('loop1').exists())
    t(lambda: Path('loop1').is_symlink())
    t(lambda: Path('loop1').resolve())
    t(lambda: Path('loop1').resolve(strict=True))
    t(lambda: Path('hard').hardlink_to('dir/file.txt'))
    t(lambda: Path('hard').stat().st_nlink)
    t(lambda: Path('hard').samefile('lf'))
    t(lambda: Path('hard').hardlink_to('dir/file.txt'))
    t(lambda: Path('lf').unlink())
    t(lambda: Path('lf').exists())
    t(lambda: Path('dir/file.txt').exists())
    t(lambda: Path('ld').unlink())
    t(lambda: Path('dir').exists())
    t(lambda: Path('dangling').unlink())
    t(lambda: sorted(os.listdir('.')))
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.path.exists(base))
