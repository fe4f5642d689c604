# getpass: getuser() from the environment, the fallback reader, GetPassWarning.
import getpass
import io
import os
import sys
import warnings

names = ("LOGNAME", "USER", "LNAME", "USERNAME")
saved = {n: os.environ.get(n) for n in names}
try:
    for n in names:
        os.environ.pop(n, None)
    os.environ["USERNAME"] = "dave"
    print(getpass.getuser())
    os.environ["LNAME"] = "carol"
    print(getpass.getuser())
    os.environ["USER"] = "bob"
    print(getpass.getuser())
    os.environ["LOGNAME"] = "alice"
    print(getpass.getuser())
    os.environ["LOGNAME"] = ""  # empty values are skipped
    print(getpass.getuser())
    for n in names:
        os.environ.pop(n, None)
    # from the password database: some non-empty name
    user = getpass.getuser()
    print(type(user).__name__, len(user) > 0)
finally:
    for n, v in saved.items():
        if v is None:
            os.environ.pop(n, None)
        else:
            os.environ[n] = v

print(issubclass(getpass.GetPassWarning, UserWarning), sorted(getpass.__all__))
print(callable(getpass.getpass), callable(getpass.fallback_getpass))

# the reader behind fallback_getpass
out = io.StringIO()
print(repr(getpass._raw_input("Name: ", out, io.StringIO("secret\nnext\n"))), repr(out.getvalue()))
print(repr(getpass._raw_input("", out, io.StringIO("no newline"))))
try:
    getpass._raw_input("P: ", out, io.StringIO(""))
except EOFError:
    print("EOFError", repr(out.getvalue()))

old_stdin = sys.stdin
sys.stdin = io.StringIO("hunter2\n")
try:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = io.StringIO()
        pw = getpass.fallback_getpass("Password: ", out)
    print(repr(pw), repr(out.getvalue()))
    print([(w.category.__name__, str(w.message)) for w in caught])
    sys.stdin = io.StringIO("")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            getpass.fallback_getpass("again: ", io.StringIO())
        except EOFError:
            print("EOFError at end of input")
    sys.stdin = io.StringIO("x\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            getpass.fallback_getpass("p", io.StringIO())
        except getpass.GetPassWarning as e:
            print("GetPassWarning", e)
finally:
    sys.stdin = old_stdin
