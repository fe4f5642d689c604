# A triple-quoted string that runs to the end of the file.
# check: stderr
x = 1
s = """abc
def
print(s)
