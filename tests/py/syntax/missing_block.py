# A block header followed by no indented block.
# check: stderr
x = 1
if x:
pass
