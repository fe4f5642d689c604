# A single-quoted string that runs to the end of the line.
# check: stderr
a = "ok"
s = 'abc
print(s)
