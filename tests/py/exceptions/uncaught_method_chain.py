# Uncaught exception through several methods of different classes.
# check: stderr
class Parser:
    def parse(self, text):
        return [self.parse_item(t) for t in text.split(",")]
    def parse_item(self, t):
        return Item(t).value()
class Item:
    def __init__(self, raw):
        self.raw = raw
    def value(self):
        return int(self.raw.strip())
print(Parser().parse("1, 2, 3"))
Parser().parse("1, two, 3")
