# The PEP 636 tutorial: a text adventure's command parser.
class Room:
    def __init__(self, name, exits):
        self.name = name
        self.exits = exits

rooms = {"hall": Room("hall", {"north": "kitchen"}), "kitchen": Room("kitchen", {"south": "hall"})}
inventory = []

def run(command, here="hall"):
    match command.split():
        case []:
            return "say something"
        case ["quit"]:
            return "bye"
        case ["look"]:
            return f"you are in the {here}"
        case ["go", direction] if direction in rooms[here].exits:
            return f"you go {direction} to the {rooms[here].exits[direction]}"
        case ["go", direction]:
            return f"you can't go {direction}"
        case ["go"]:
            return "go where?"
        case ["get", obj]:
            inventory.append(obj)
            return f"you take the {obj}"
        case ["drop", *objects] if objects:
            dropped = [o for o in objects if o in inventory]
            for o in dropped:
                inventory.remove(o)
            return f"dropped {dropped}"
        case ["north" | "south" | "east" | "west" as direction]:
            return run("go " + direction, here)
        case [("say" | "shout") as how, *words]:
            return f"you {how}: {' '.join(words)}"
        case [verb, *_]:
            return f"I don't know how to {verb}"

for c in ["", "quit", "look", "go north", "go west", "go", "get lamp", "get key",
          "drop lamp sword", "drop", "north", "east", "say hello there", "shout hi", "dance a jig"]:
    print(repr(c), "->", run(c))
print(inventory)
