# exit, quit, help and the site printers as CPython's site module makes them.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: repr(exit)); t(lambda: repr(quit)); t(lambda: str(exit)); t(lambda: type(exit).__name__); t(lambda: type(quit).__module__); t(lambda: (exit.name, exit.eof, quit.name)); t(lambda: callable(exit))
t(lambda: repr(help)); t(lambda: type(help).__name__); t(lambda: callable(help)); t(lambda: type(help).__module__)
# copyright, credits and license: slotpy's own texts (only their kind is compared).
t(lambda: [type(repr(x)) is str and len(repr(x)) > 20 for x in (copyright, credits, license)]); t(lambda: type(license).__name__)
for q in [exit, quit]:
    for args in [(), (3,), ("msg",), (None,)]:
        try:
            q(*args)
        except SystemExit as e:
            print("SystemExit", repr(e.code), e.args)
try:
    exit(code=5)
except SystemExit as e:
    print("SystemExit", e.code)
t(lambda: exit(1, 2))
