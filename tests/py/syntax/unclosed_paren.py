# A bracket opened and never closed: reported at the opening bracket.
# check: stderr
x = 1
y = (x,
     [x + 1,
      2],
     3
