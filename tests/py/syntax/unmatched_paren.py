# A closing bracket without an opening one.
# check: stderr
x = 1
y = (x + 2))
