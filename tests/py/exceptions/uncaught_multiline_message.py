# Uncaught exception whose message spans several lines.
# check: stderr
print("raising")
raise RuntimeError("line one\nline two\n  indented three")
