# An if statement without its colon.
# check: stderr
x = 1
if x
    pass
