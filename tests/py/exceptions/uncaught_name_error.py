# Uncaught NameError for an undefined name in a function.
# check: stderr
def compute():
    return undefined_variable_qq * 2
print("compute")
compute()
