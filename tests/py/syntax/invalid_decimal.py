# A number followed directly by a name.
# check: stderr
x = 1abc
