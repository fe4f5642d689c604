import shlex
from io import StringIO

def toks(s, **kw):
    opts = {k: v for k, v in kw.items() if k in ("posix", "punctuation_chars")}
    lx = shlex.shlex(s, **opts)
    for k, v in kw.items():
        if k not in opts:
            setattr(lx, k, v)
    out = []
    try:
        for t in lx:
            out.append(t)
    except ValueError as e:
        out.append("ValueError: %s" % e)
    return out

srcs = ["a b c", "foo(bar, baz);", "x = 'y z' # c\nnext line", "a&&b||c;d", "a && b", "cmd>out 2>&1",
        "ls -l /tmp/*.py", "\"q\\\"x\" y", "x='a'b", "a.b-c/d", "(echo hi; ls) | grep x",
        "'open", "esc\\", "tab\tx\ny", "ab#cd ef", "é1 ü"]
for s in srcs:
    print(repr(s))
    print("  default   ", toks(s))
    print("  posix     ", toks(s, posix=True))
    print("  wsplit    ", toks(s, whitespace_split=True))
    print("  punct     ", toks(s, punctuation_chars=True))
    print("  punct/px  ", toks(s, posix=True, punctuation_chars=True))
    print("  punct/ws  ", toks(s, punctuation_chars=True, whitespace_split=True))
    print("  custom    ", toks(s, punctuation_chars="|;", posix=True))
    print("  nocomment ", toks(s, commenters=""))

lx = shlex.shlex("a b", punctuation_chars=True)
print(repr(lx.punctuation_chars), lx.eof == "", shlex.shlex("", posix=True).eof)
print(shlex.shlex("x", punctuation_chars="~").wordchars.count("~"))
lx = shlex.shlex("one two\nthree four\nfive")
print(lx.get_token(), lx.lineno)
lx.push_token("pushed")
print(lx.get_token(), lx.get_token(), lx.get_token(), lx.lineno)
print(lx.error_leader(), lx.error_leader("file.txt", 7))
print([lx.get_token(), lx.get_token(), lx.get_token(), lx.get_token()])
lx = shlex.shlex(StringIO("from stream"), infile="src.txt", posix=True)
print(list(lx), lx.infile, lx.error_leader())
lx = shlex.shlex("a 'b c'", posix=True)
lx.quotes = "'"
lx.whitespace = " "
print(list(lx))
lx = shlex.shlex("a:b:c")
lx.whitespace = ":"
print(list(lx))
lx = shlex.shlex("a-b.c")
lx.wordchars += "-."
print(list(lx))
lx = shlex.shlex("x 'y'", posix=False)
print(lx.read_token(), lx.read_token(), repr(lx.read_token()))
lx = shlex.shlex("a^b c", posix=True)
lx.escape = "^"
print(list(lx))
lx = shlex.shlex("\"a^\"b\"", posix=True)
lx.escape = "^"
print(list(lx))
lx = shlex.shlex("main", posix=True)
lx.push_source("inner src")
print(list(lx))
