# os constants, os.path as posixpath, the import forms of os.path
import os
import os.path
import sys
from os.path import join, split as psplit
import posixpath

print(os.name, repr(os.sep), repr(os.curdir), repr(os.pardir), repr(os.extsep))
print(repr(os.altsep), repr(os.pathsep), repr(os.defpath), repr(os.devnull), repr(os.linesep))
print(os.path is posixpath, sys.modules['os.path'] is os.path, os.path.__name__)
print(join('a', 'b'), psplit('a/b/c'))
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT != 0, os.O_EXCL != 0, os.O_TRUNC != 0, os.O_APPEND != 0)
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.pathsep, os.path.devnull)
print(callable(os.getcwd), callable(os.listdir), callable(os.stat), callable(os.walk))
print(type(os.environ).__name__, type(os.stat_result).__name__, os.stat_result.__name__)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
import os as o2
print(o2 is os, os.path.join is posixpath.join)
for name in ['getcwd', 'chdir', 'listdir', 'mkdir', 'makedirs', 'rmdir', 'remove', 'unlink',
             'rename', 'replace', 'stat', 'lstat', 'getenv', 'putenv', 'unsetenv', 'getpid',
             'urandom', 'strerror', 'cpu_count', 'walk', 'scandir', 'fspath', 'fsencode',
             'fsdecode', 'removedirs', 'renames', 'open', 'close', 'read', 'write', 'PathLike',
             'DirEntry', 'get_exec_path', 'umask', 'access', 'chmod', 'symlink', 'readlink']:
    print(name, hasattr(os, name))
