# walk, iter_fields, iter_child_nodes, NodeVisitor, NodeTransformer.
import ast

src = """
def f(x, y=1):
    total = x + y * 2
    for i in range(x):
        total += i
    return total

class K:
    def m(self):
        return f(1) - 3
"""
tree = ast.parse(src)
print([type(n).__name__ for n in ast.walk(tree)])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse('a + 1', mode='eval').body)])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print([name for name, _ in ast.iter_fields(ast.Name('x'))])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))

    def visit_FunctionDef(self, node):
        self.seen.append(('def', node.name))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.seen)


class Consts(ast.NodeVisitor):
    def __init__(self):
        self.values = []

    def visit_Constant(self, node):
        self.values.append(node.value)


c = Consts()
c.visit(ast.parse("a = [1, 'x', None, b'y', 2.5, ...]"))
print(c.values)


class Result(ast.NodeVisitor):
    def visit_BinOp(self, node):
        return 'binop'

print(Result().visit(ast.parse('1 + 2', mode='eval').body), Result().visit(ast.Name('x')))


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Name) and node.value.id == 'twice':
            return [node, node]
        return self.generic_visit(node)


t = Doubler().visit(ast.parse("x = 1 + 2 * 3\ny = 'a'"))
print(ast.unparse(t))
ns = {}
exec(compile(ast.fix_missing_locations(t), '<t>', 'exec'), ns)
print(ns['x'], ns['y'])
t = DropPass().visit(ast.parse("if a:\n    pass\n    twice\nelse:\n    pass\n    b\n"))
print(ast.dump(t))
print(ast.unparse(t))


class RemoveReturnValue(ast.NodeTransformer):
    def visit_Return(self, node):
        self.generic_visit(node)
        return node

    def visit_BinOp(self, node):
        return None


t = RemoveReturnValue().visit(ast.parse("def f():\n    return a + b\n"))
print(ast.dump(t.body[0].body[0]), hasattr(t.body[0].body[0], 'value'))


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(id=node.id.upper(), ctx=node.ctx)

t = Renamer().visit(ast.parse("a = b + c(d)"))
print(ast.unparse(t))

# visitor on deprecated names falls back with a warning
import warnings
class Old(ast.NodeVisitor):
    def __init__(self):
        self.got = []
    def visit_Num(self, node):
        self.got.append(('Num', node.value))
    def visit_Str(self, node):
        self.got.append(('Str', node.value))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    o = Old()
    o.visit(ast.parse("1; 'a'; True; 2.5"))
print(o.got, len(w), [str(x.message) for x in w][:1])
