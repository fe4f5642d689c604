# __name__ is '__main__' for the executed script; module attributes.
import sys, math
print(__name__, __name__ == "__main__")
def main():
    return "main ran"
if __name__ == "__main__":
    print(main())
print(math.__name__, sys.__name__, type(math).__name__)
print(sys.modules["__main__"].main is main)
print(__file__.rsplit("/", 1)[-1], __doc__)
import math as m
from math import sqrt, floor as fl
print(m is math, sqrt(49), fl(2.9), m.ceil(2.1))
from sys import maxsize
print(maxsize == sys.maxsize)
