# A line indented for no reason.
# check: stderr
x = 1
    y = 2
