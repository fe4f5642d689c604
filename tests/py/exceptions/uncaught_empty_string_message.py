# Uncaught exceptions with an empty message and with several args.
# check: stderr
try:
    raise ValueError(1, 2)
except ValueError as e:
    print(e)
raise TypeError("")
