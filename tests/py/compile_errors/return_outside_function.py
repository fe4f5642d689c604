# 'return' at module level is a compile-time SyntaxError.
# check: stderr
print("never printed")
x = 1
return x
