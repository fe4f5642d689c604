# sys.exit("message") prints the message to stderr and exits with 1.
# check: stderr
import sys
print("about to exit")
sys.exit("fatal: giving up")
print("never")
