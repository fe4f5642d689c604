def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "ab" * 3); t(lambda: "ab" * 0); t(lambda: "ab" * -2); t(lambda: 3 * "ab"); t(lambda: "ab" * 1.5); t(lambda: "ab" * True); t(lambda: "" * 10**20); t(lambda: "ab" * (2**63)); t(lambda: "a" * "b")
t(lambda: "a" < "b"); t(lambda: "a" < "ab"); t(lambda: "\xe9" > "z"); t(lambda: "a" < 1); t(lambda: "a" == 1); t(lambda: "\U0001F600" > "\uffff"); t(lambda: "a" >= None); t(lambda: "abc" < "abd" < "abe")
t(lambda: "a" + 1); t(lambda: 1 + "a"); t(lambda: "a" in "abc"); t(lambda: 1 in "abc"); t(lambda: "" in "abc"); t(lambda: "a" + "\u20ac"); t(lambda: None + "a")
t(lambda: sorted(["b", "B", "a", "\xe9", "Z", "\xe4", "\u20ac", "\U0001F600", ""])); t(lambda: max("hello")); t(lambda: min("Hello"))
s = "ab"
s += "cd"; s *= 2; t(lambda: s)
