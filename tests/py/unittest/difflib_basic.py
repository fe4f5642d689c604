import difflib

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['one\n', 'too\n', 'three\n', 'four\n', 'six\n', 'seven\n', 'eight\n', 'NINE\n', 'ten\n', 'eleven\n']
print(''.join(difflib.ndiff(a, b)), end='')
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.unified_diff(a, b, n=1, fromfiledate='d1', tofiledate='d2')), end='')
print(''.join(difflib.context_diff(a, b, 'a', 'b')), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff([], ['y'], lineterm='')))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
print(list(difflib.context_diff(['a\n'], [])))
s = difflib.SequenceMatcher(None, 'abcd efgh', 'abXd efgY')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 9, 0, 9))
print(list(difflib.SequenceMatcher(None, 'private Thread currentThread;', 'private volatile Thread currentThread;').get_grouped_opcodes(2)))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheel', 'whale', 'hello'], n=2, cutoff=0.5))
for n, c in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches('x', [], n, c)
    except ValueError as e:
        print('ValueError', e)
d = list(difflib.ndiff(['abcDefghiJkl\n', 'same\n'], ['abcdefGhijkl\n', 'same\n', 'new\n']))
print(''.join(d), end='')
print(''.join(difflib.restore(d, 1)), end='')
print(''.join(difflib.restore(d, 2)), end='')
try:
    list(difflib.restore(d, 3))
except ValueError as e:
    print('ValueError', e)
print(''.join(difflib.ndiff(['\tab cd\n'], ['\tab xd\n'])), end='')
print(''.join(difflib.ndiff('one two three'.split(), 'one twp thre four'.split())))
print(difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
try:
    list(difflib.unified_diff([1], ['a']))
except TypeError as e:
    print('TypeError', e)
big1 = ['line %d\n' % i for i in range(300)]
big2 = big1[:100] + ['changed\n'] + big1[101:250] + big1[260:]
print(''.join(difflib.unified_diff(big1, big2)), end='')
print(list(difflib.Differ().compare(['a\n', 'b\n'], ['c\n'])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
