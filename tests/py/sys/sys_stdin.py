# sys.stdin at end of input (snippets run with stdin from /dev/null)
import sys

print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), repr(sys.stdin.read(5)))
print(list(sys.stdin), [line for line in sys.stdin])
for line in sys.stdin:
    print('never', line)
try:
    input()
except EOFError as e:
    print('EOFError', e)
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError', repr(str(e)))
print(iter(sys.stdin) is sys.stdin, sys.stdin.readable())
