# The keyword module: compiled into the binary from stdlib/lib/keyword.py.
import keyword
print(len(keyword.kwlist), keyword.kwlist[0], keyword.kwlist[-1])
print(keyword.softkwlist)
for w in ["if", "match", "print", "None", "none", "_", "case", "async"]:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
