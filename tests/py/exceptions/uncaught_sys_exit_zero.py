# sys.exit(0) exits successfully; code after it does not run.
import sys
print("before exit")
try:
    sys.exit(0)
finally:
    print("finally still runs")
print("never")
