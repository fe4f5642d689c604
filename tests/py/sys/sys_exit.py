# sys.exit raises SystemExit with its argument
import sys

for args in [(), (0,), (1,), (None,), ('message',), ([1, 2],), (True,), ((1, 2),), ((),), (((3,),),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(args), type(e).__name__, repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    raise SystemExit(3)
except BaseException as e:
    print(isinstance(e, Exception), isinstance(e, BaseException), e.code)
try:
    try:
        sys.exit(5)
    finally:
        print('finally runs')
except SystemExit as e:
    print('caught', e.code)
print('before exit')
sys.stdout.flush()
sys.exit(4)
print('not reached')
