# json.loads numbers: ints, floats, big ints, parse_float / parse_int / parse_constant
import json

for s in ['0', '-0', '7', '-7', '10', '1' * 30, '-' + '9' * 40, '0.0', '1.25', '-1.25e-3', '1E2',
          '1e+2', '1e-2', '123.456e7', '0e0', '-0e-0', '1.0000000000000002', '9007199254740993',
          '9007199254740993.0', '2.5E-400', '[1,-2,3.5]']:
    v = json.loads(s)
    print(s, '->', repr(v), type(v).__name__)
print(json.loads('1.5', parse_float=str), json.loads('15', parse_int=str))
print(json.loads('[1, 2.0, 3e1]', parse_float=lambda s: ('F', s), parse_int=lambda s: ('I', s)))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C:' + s))
print(json.loads('[1.10]', parse_float=lambda s: s), json.loads('-0', parse_int=lambda s: repr(s)))
x = json.loads('[NaN]')[0]
print(x != x, json.loads('Infinity') == float('inf'), json.loads('-Infinity') < 0)
big = json.loads('1' + '0' * 100)
print(big == 10**100, type(big).__name__)
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(len(str(json.loads('1' * 4300))))
try:
    json.loads('[1, 2', parse_int=int)
except json.JSONDecodeError as e:
    print(e)


def bad_int(s):
    raise KeyError(s)


try:
    json.loads('[5]', parse_int=bad_int)
except KeyError as e:
    print('KeyError', e)
print(json.loads('{"a": 1.5}', parse_float=float), json.loads('12', parse_int=float))
