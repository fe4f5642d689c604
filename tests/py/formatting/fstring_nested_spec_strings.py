# Strings inside a format spec's nested fields may contain braces (f'{3:{"}"}>10}')
print(f'{3:{"}"}>10}')
print(f'{3:{"{"}>10}')
print(f'{"a":{"x"}^5}')
print(f'{3:{"}"}<{5}}')
print(f'{"q":"^7}', f'{3:{"""}"""}>4}', f"{'x':{'{'}^5}", f'{1:{"{}"[1]}>3}')
for src in ["f'{3:{\"}>10}'", "f'{3:{\"}\"'", "f'{3:{}}'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
