# sys.exit(7) from inside nested functions and a finally block.
# check: stderr
import sys
def inner():
    try:
        sys.exit(7)
    finally:
        print("cleanup in inner")
def outer():
    try:
        inner()
    except Exception:
        print("Exception does not catch SystemExit")
outer()
