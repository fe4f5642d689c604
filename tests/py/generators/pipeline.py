# Generator pipelines: read -> parse -> filter -> aggregate.
LINES = """alice,30,paris
bob,25,london
carol,35,paris
dave,notanumber,rome
eve,28,london
frank,41,berlin""".split("\n")
def read(lines):
    for line in lines:
        print("read", line.split(",")[0])
        yield line
def parse(lines):
    for line in lines:
        name, age, city = line.split(",")
        try:
            yield name, int(age), city
        except ValueError:
            print("skip bad row", name)
def older_than(rows, n):
    for row in rows:
        if row[1] > n:
            yield row
def by_city(rows):
    groups = {}
    for name, age, city in rows:
        groups.setdefault(city, []).append(name)
    return groups
pipeline = older_than(parse(read(LINES)), 26)
print("nothing read yet")
result = by_city(pipeline)
for city in sorted(result):
    print(city, result[city])
def numbers():
    yield from range(1, 21)
def squares(xs):
    for x in xs:
        yield x * x
def evens(xs):
    return (x for x in xs if x % 2 == 0)
print(list(evens(squares(numbers()))))
