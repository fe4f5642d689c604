# A tiny state machine driven by a scripted list of commands.
ROOMS = {
    "hall": {"desc": "a long hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "dusty shelves", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "dark and damp", "exits": {"up": "kitchen"}, "items": ["wine"]},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
    def do(self, line):
        verb, _, noun = line.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return "I don't know how to " + verb + "."
        self.moves += 1
        return handler(noun)
    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return "You are in " + r["desc"] + ". You see " + items + ". Exits: " + " ".join(sorted(r["exits"]))
    def cmd_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go " + direction + "."
        if exits[direction] == "cellar" and "lamp" not in self.inventory:
            return "It is too dark to go down."
        self.room = exits[direction]
        return "You go " + direction + " to the " + self.room + "."
    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return "There is no " + item + " here."
        items.remove(item)
        self.inventory.append(item)
        return "Taken: " + item
    def cmd_inventory(self, _):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
script = ["look", "take lamp", "take sword", "go north", "look", "take key", "go south", "go east",
          "dance", "go down", "look", "take wine", "inventory", "go up", "go west", "go west"]
g = Game()
for cmd in script:
    print("> " + cmd)
    print(g.do(cmd))
print("moves:", g.moves, "room:", g.room)
