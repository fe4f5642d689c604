# sys.exit() with no argument and SystemExit(None) exit with status 0.
import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
print("continuing")
raise SystemExit(None)
