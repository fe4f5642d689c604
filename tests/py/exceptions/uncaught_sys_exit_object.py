# sys.exit with a non-int, non-None object prints its str and exits 1.
# check: stderr
import sys
print("exit with a list")
sys.exit([1, "two"])
