# Uncaught KeyError from a dict subscript inside a function.
# check: stderr
def get(config):
    return config["timeout"]
print(get({"timeout": 5}))
get({"retries": 3})
