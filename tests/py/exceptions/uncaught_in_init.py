# Uncaught exception raised inside __init__ during construction.
# check: stderr
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError("below absolute zero: " + str(kelvin))
        self.kelvin = kelvin
t = Temperature(300)
print(t.kelvin)
Temperature(-5)
