# del of something that is not a target.
# check: stderr
x = 1
del 1
