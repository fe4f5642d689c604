# A log-processing pipeline built from chained generators.
LOG = """2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 DEBUG handshake client=alpha
2024-01-01 10:01:10 WARN  slow request path=/api/items ms=1200
2024-01-01 10:02:00 ERROR db timeout query=select ms=5000
2024-01-01 10:02:30 INFO  request path=/api/users ms=35
2024-01-01 10:03:45 ERROR disk full volume=/data
2024-01-01 10:04:00 INFO  request path=/api/items ms=80
malformed line here
2024-01-01 10:05:00 WARN  slow request path=/api/users ms=900"""
def lines(text):
    for line in text.split("\n"):
        yield line
def parse(lines):
    for line in lines:
        parts = line.split(None, 3)
        if len(parts) < 4 or parts[2] not in ("INFO", "DEBUG", "WARN", "ERROR"):
            yield {"bad": line}
            continue
        date, time, level, rest = parts
        fields = {}
        words = []
        for tok in rest.split():
            if "=" in tok:
                k, v = tok.split("=", 1)
                fields[k] = int(v) if v.isdigit() else v
            else:
                words.append(tok)
        yield {"time": time, "level": level, "msg": " ".join(words), "fields": fields}
def only_good(records, bad_sink):
    for r in records:
        if "bad" in r:
            bad_sink.append(r["bad"])
        else:
            yield r
def at_least(records, level):
    order = ["DEBUG", "INFO", "WARN", "ERROR"]
    for r in records:
        if order.index(r["level"]) >= order.index(level):
            yield r
bad = []
for r in at_least(only_good(parse(lines(LOG)), bad), "WARN"):
    print(r["time"], r["level"], r["msg"], sorted(r["fields"].items()))
print("bad lines:", bad)
timings = [r["fields"]["ms"] for r in only_good(parse(lines(LOG)), []) if "ms" in r["fields"]]
print(timings, sum(timings), max(timings), sum(timings) // len(timings))
counts = {}
for r in only_good(parse(lines(LOG)), []):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)
