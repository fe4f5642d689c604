# A character that cannot start any token.
# check: stderr
x = 1
y = x € 2
