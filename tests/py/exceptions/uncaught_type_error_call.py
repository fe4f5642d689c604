# Uncaught TypeError from calling a function with a missing argument.
# check: stderr
def area(width, height):
    return width * height
print(area(2, 3))
area(5)
