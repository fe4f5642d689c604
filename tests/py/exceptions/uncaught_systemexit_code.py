# raise SystemExit(3) exits with status 3 and no traceback.
# check: stderr
print("exiting with 3")
raise SystemExit(3)
