import difflib

pairs = [('', ''), ('abc', ''), ('', 'abc'), ('abcdef', 'abcdef'), ('qabxcd', 'abycdf'),
         ('kitten', 'sitting'), ('a' * 10, 'a' * 5), ('the quick brown fox', 'the quack brawn fax')]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b), round(s.ratio(), 4), s.get_opcodes())
    print('  ', s.get_matching_blocks(), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
s = difflib.SequenceMatcher()
s.set_seqs('abcd', 'bcde')
print(s.get_opcodes(), s.find_longest_match(0, 4, 0, 4))
s.set_seq1('xbcd')
print(s.get_opcodes())
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.bjunk)
long_b = 'x' * 300 + 'abc'
s = difflib.SequenceMatcher(None, 'xxxabc', long_b)
print(s.bpopular, s.get_matching_blocks())
s = difflib.SequenceMatcher(None, 'xxxabc', long_b, autojunk=False)
print(s.bpopular, s.get_matching_blocks()[:2])
a = list(range(1, 40))
b = a[:5] + [100] + a[6:30] + a[31:]
for g in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(g)
print(list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
lines_a = ['def f(x):\n', '    return x + 1\n', '\n', 'print(f(2))\n']
lines_b = ['def f(x, y=1):\n', '    return x + y\n', '\n', 'print(f(2))\n', 'print(f(3))\n']
print(''.join(difflib.ndiff(lines_a, lines_b)), end='')
print(''.join(difflib.ndiff(lines_a, lines_b, linejunk=difflib.IS_LINE_JUNK)), end='')
print(''.join(difflib.context_diff(lines_a, lines_b, 'old.py', 'new.py', n=1)), end='')
print(difflib.get_close_matches('pythn', ['python', 'jython', 'cython', 'perl', 'pyth'], n=4))
print(difflib.get_close_matches('x', ['y', 'z']))
print(difflib.Match(1, 2, 3), difflib.Match._fields)
