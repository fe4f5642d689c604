# Comparisons with nan and inf; nan in containers and sorting.
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
print(inf > 10 ** 400, -inf < -(10 ** 400), inf == inf, inf - 1 == inf, -inf < inf)
print(nan is nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
x = float("nan")
print(x in [nan], [x] == [nan])
print(max(1, inf), min(-inf, 0), max([3.0, 2.5, -inf]))
print(sorted([3.0, -1.0, inf, -inf, 0.0, -0.0, 2.5]))
print(inf * -1, -inf * -inf, inf / inf, 1 / inf, -1 / inf)
print(float("inf") == float("infinity"), repr(float("-nan")), float("nan") == 0)
d = {nan: "a"}
print(d[nan], len({nan, nan}), len({float("nan"), float("nan")}))
