# A closing bracket of the wrong kind.
# check: stderr
x = 1
y = [x,
     (x + 1,
      2],
     3
