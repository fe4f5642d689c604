import shlex

# parse a tiny config language with the lexer
src = """
# settings
name = "My App"   # the name
port = 8080
paths = /usr/lib:/opt/lib
flags = -v --debug
"""
lx = shlex.shlex(src, posix=True)
lx.whitespace_split = False
lx.wordchars += "-/:."
out = []
while True:
    tok = lx.get_token()
    if tok is None:
        break
    out.append((lx.lineno, tok))
print(out)

# command lines round trip
cmds = ["grep -rn 'def main' src/", "echo \"a b\" 'c d' e\\ f", "find . -name '*.py' -exec wc -l {} \\;",
        "python -c 'print(\"hi\")'", "ssh host \"ls -la ~/dir with space\"", "a=1 b='2 3' env"]
for c in cmds:
    parts = shlex.split(c)
    again = shlex.join(parts)
    print(parts)
    print("  ", again, shlex.split(again) == parts)

# punctuation-aware lexing of shell pipelines
for line in ["ls -l | sort > out.txt 2>&1", "a && b || c; d &", "(cd dir && make) >> log"]:
    lx = shlex.shlex(line, posix=True, punctuation_chars=True)
    lx.whitespace_split = True
    print(list(lx))

# comments option
print(shlex.split("keep # this too"), shlex.split("drop # this", comments=True))
print(shlex.split("non 'posix' \"mode\"", posix=False))
for bad in ["unbalanced 'quote", "trailing \\", 'dq "open']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
lx = shlex.shlex("a b c")
print(lx.get_token(), lx.token == "", lx.state, lx.instream.read())
