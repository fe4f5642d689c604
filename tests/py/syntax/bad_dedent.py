# A dedent to a column that no enclosing block uses.
# check: stderr
if True:
        x = 1
    y = 2
