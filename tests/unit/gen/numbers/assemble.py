"""Regenerates tests/unit/int_test.cpp and tests/unit/float_test.cpp from CPython's results.

    python3 tests/unit/gen/numbers/assemble.py

gen.py writes the binary-operator cases, gen2.py the int/float/math call cases (each as a C++
table computed by running python3); they are pasted into int_tmpl.cpp / float_tmpl.cpp.
"""
import os
import subprocess
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.normpath(os.path.join(here, '..', '..'))  # tests/unit

with tempfile.TemporaryDirectory() as tmp:
    def path(name):
        return os.path.join(tmp, name)

    subprocess.check_call(['python3', os.path.join(here, 'gen.py'), path('bin_cases.inc')])
    for kind in ['int', 'float', 'math']:
        subprocess.check_call(['python3', os.path.join(here, 'gen2.py'), kind,
                               path(kind + '_calls.inc')])

    def body(name):
        with open(path(name)) as f:
            return ''.join(f.readlines()[1:])

    def read(name):
        with open(name) as f:
            return f.read()

    int_test = (read(os.path.join(here, 'int_tmpl.cpp'))
                .replace('@BIN@', read(path('bin_cases.inc')))
                .replace('@INTCALLS@', body('int_calls.inc')))
    float_test = (read(os.path.join(here, 'float_tmpl.cpp'))
                  .replace('@FLOATCALLS@', body('float_calls.inc'))
                  .replace('@MATHCALLS@', body('math_calls.inc')))

with open(os.path.join(out, 'int_test.cpp'), 'w') as f:
    f.write(int_test)
with open(os.path.join(out, 'float_test.cpp'), 'w') as f:
    f.write(float_test)
