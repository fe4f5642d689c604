def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


x = 12.5; n = 255; s = "ab"; d = {"k": [1, 2]}
t(lambda: f"{x:{10}.{2}f}|{n:#x}|{s!r:>6}|{n=}|{x = :.1f}|{s=!s}|{n:_b}|{'a'+'b':^{n // 50}}")
t(lambda: f"{n!a}{{}}{n:{'>'}{5}}"); t(lambda: f"{d['k'][1]}"); t(lambda: f"{len(s)}"); t(lambda: f"{x!r}"); t(lambda: f"{s!a:>8}")
t(lambda: f"{n:{'0'}{'8'}{'x'}}"); t(lambda: f"{3.14159:.{n % 7}f}"); t(lambda: f"{ {1: 2}[1] }"); t(lambda: f"{(lambda: 5)()}"); t(lambda: f"{n:{'#'}b}")
t(lambda: f"{x=!r:>10}"); t(lambda: f"{ n = }"); t(lambda: f"{n + 1=}"); t(lambda: f"{'a' 'b'}"); t(lambda: f"{n:,}"); t(lambda: f"{-n:=+8}"); t(lambda: f"{[1, 2]!s:*^12}"); t(lambda: f"{None}"); t(lambda: f"{None!r:>6}")
t(lambda: f"{n:q}"); t(lambda: f"{s:d}"); t(lambda: f"{x:{'<'}{1}}"); t(lambda: f'{"a" if n else "b"}'); t(lambda: f"{n}" f"{s}" "lit"); t(lambda: f"{''.join(['x', 'y'])}")
class R:
    def __repr__(self): return "R()"
    def __str__(self): return "str R"
    def __format__(self, spec): return "fmt:" + spec
t(lambda: f"{R()} {R()!r} {R()!s} {R():xx} {R()!r:>5}")
