# Exceptions from property setters/deleters propagate unchanged; validation pattern.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"too cold: {v}")
        self._c = v


t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(t.celsius)
try:
    del t.celsius
except AttributeError as e:
    print(type(e).__name__ + ":", e)
