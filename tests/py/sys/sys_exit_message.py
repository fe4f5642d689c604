# sys.exit('message'): printed to stderr, exit status 1
# check: stderr
import sys

print('out first')
sys.exit('fatal: something went wrong')
