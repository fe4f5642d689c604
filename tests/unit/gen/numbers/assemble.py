import subprocess
import os
d = os.path.dirname(os.path.abspath(__file__)) + '/'
out = os.path.normpath(d + '../../') + '/'  # tests/unit/
subprocess.check_call(['python3', d+'gen.py', '/tmp/bin_cases.inc'])
for k in ['int', 'float', 'math']:
    subprocess.check_call(['python3', d+'gen2.py', k, '/tmp/'+k+'_calls.inc'])
body = lambda f: ''.join(open('/tmp/'+f).readlines()[1:])
it = open(d+'int_tmpl.cpp').read().replace('@BIN@', open('/tmp/bin_cases.inc').read()).replace('@INTCALLS@', body('int_calls.inc'))
open(out+'int_test.cpp', 'w').write(it)
ft = open(d+'float_tmpl.cpp').read().replace('@FLOATCALLS@', body('float_calls.inc')).replace('@MATHCALLS@', body('math_calls.inc'))
open(out+'float_test.cpp', 'w').write(ft)
