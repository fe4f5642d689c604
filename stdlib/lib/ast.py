"""Abstract Syntax Trees: the node classes of the _ast module and helpers to parse, inspect,
transform and print them."""

from _ast import *
import _ast as _native


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile() with the PyCF_ONLY_AST flag)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise AssertionError
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags, _feature_version=feature_version)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = "malformed node or string"
        line = getattr(node, 'lineno', None)
        if line:
            message += ' on line %s' % (line,)
        raise ValueError('%s: %r' % (message, node))

    def number(node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        malformed(node)

    def signed_number(node):
        if isinstance(node, UnaryOp):
            if isinstance(node.op, UAdd):
                return +number(node.operand)
            if isinstance(node.op, USub):
                return -number(node.operand)
        return number(node)

    def value(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([value(e) for e in node.elts])
        if isinstance(node, List):
            return [value(e) for e in node.elts]
        if isinstance(node, Set):
            return {value(e) for e in node.elts}
        if isinstance(node, Call) and isinstance(node.func, Name):
            if node.func.id == 'set' and node.args == [] and node.keywords == []:
                return set()
        elif isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip([value(k) for k in node.keys], [value(v) for v in node.values]))
        elif isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return value(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree (for debugging); see CPython's ast.dump."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def omitted(cls, name, value):
        # None in a field whose class default is None (an optional field) is left out.
        return value is None and getattr(cls, name, ...) is None

    def fmt(x, level):
        if indent is None:
            head, sep = '', ', '
        else:
            level += 1
            head = '\n' + indent * level
            sep = ',\n' + indent * level
        if isinstance(x, AST):
            cls = type(x)
            parts = []
            simple = True
            named = annotate_fields
            for name in x._fields:
                try:
                    v = getattr(x, name)
                except AttributeError:
                    named = True
                    continue
                if omitted(cls, name, v):
                    named = True
                    continue
                text, s = fmt(v, level)
                simple = simple and s
                parts.append(name + '=' + text if named else text)
            if include_attributes and x._attributes:
                for name in x._attributes:
                    try:
                        v = getattr(x, name)
                    except AttributeError:
                        continue
                    if omitted(cls, name, v):
                        continue
                    text, s = fmt(v, level)
                    simple = simple and s
                    parts.append(name + '=' + text)
            cname = x.__class__.__name__
            if simple and len(parts) <= 3:
                return cname + '(' + ', '.join(parts) + ')', not parts
            return cname + '(' + head + sep.join(parts) + ')', False
        if isinstance(x, list):
            if not x:
                return '[]', True
            return '[' + head + sep.join([fmt(e, level)[0] for e in x]) + ']', False
        return repr(x), True

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source positions of old_node to new_node; returns new_node."""
    for name in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if name in old_node._attributes and name in new_node._attributes:
            v = getattr(old_node, name, None)
            if v is not None or (name.startswith('end_') and hasattr(old_node, name)):
                setattr(new_node, name, v)
    return new_node


def fix_missing_locations(node):
    """Give every node without positions those of its parent (1, 0 at the top)."""
    def fix(n, lineno, col, end_lineno, end_col):
        attrs = n._attributes
        if 'lineno' in attrs:
            if hasattr(n, 'lineno'):
                lineno = n.lineno
            else:
                n.lineno = lineno
        if 'end_lineno' in attrs:
            if getattr(n, 'end_lineno', None) is None:
                n.end_lineno = end_lineno
            else:
                end_lineno = n.end_lineno
        if 'col_offset' in attrs:
            if hasattr(n, 'col_offset'):
                col = n.col_offset
            else:
                n.col_offset = col
        if 'end_col_offset' in attrs:
            if getattr(n, 'end_col_offset', None) is None:
                n.end_col_offset = end_col
            else:
                end_col = n.end_col_offset
        for child in iter_child_nodes(n):
            fix(child, lineno, col, end_lineno, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node (fields holding nodes or lists of nodes)."""
    for name, v in iter_fields(node):
        if isinstance(v, AST):
            yield v
        elif isinstance(v, list):
            for item in v:
                if isinstance(item, AST):
                    yield item


def _cleandoc(text):
    lines = text.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            ind = len(line) - content
            margin = ind if margin is None else min(margin, ind)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    if not node.body or not isinstance(node.body[0], Expr):
        return None
    value = node.body[0].value
    if not isinstance(value, Constant) or not isinstance(value.value, str):
        return None
    text = value.value
    return _cleandoc(text) if clean else text


def _source_lines(source):
    # Lines as the tokenizer sees them: only \r, \n and \r\n end a line.
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        i += 1
        if c == '\r' and i < n and source[i] == '\n':
            i += 1
        if c == '\r' or c == '\n':
            lines.append(source[start:i])
            start = i
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The source text of node (None without complete positions)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    head = lines[first_line].encode()
    pad = ''
    if padded:
        pad = ''.join([c if c in '\f\t' else ' ' for c in head[:start].decode()])
    parts = [pad + head[start:].decode()]
    parts.extend(lines[first_line + 1:last_line])
    parts.append(lines[last_line].encode()[:end].decode())
    return ''.join(parts)


def walk(node):
    """Yield node and all its descendants, breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        n = todo.popleft()
        todo.extend(iter_child_nodes(n))
        yield n


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) (generic_visit when there is none)."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for name, v in iter_fields(node):
            if isinstance(v, list):
                for item in v:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(v, AST):
                self.visit(v)

    def visit_Constant(self, node):
        value = node.value
        old_name = _const_node_type_names.get(type(value))
        if old_name is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    old_name = name
                    break
        if old_name is not None:
            method = getattr(self, 'visit_' + old_name, None)
            if method is not None:
                import warnings
                warnings.warn('visit_%s is deprecated; add visit_Constant' % old_name,
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_ methods return the replacement node (None removes it, a
    list replaces one item of a list field by several)."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


# ---- deprecated names (kept as Python 3.11 keeps them) ------------------------------------------

def _value_get(self):
    """Deprecated. Use value instead."""
    return self.value


def _value_set(self, value):
    self.value = value


Constant.n = property(_value_get, _value_set)
Constant.s = property(_value_get, _value_set)


class _ABC(type):

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            return (isinstance(value, _const_types[cls])
                    and not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError('%s got multiple values for argument %r' % (cls.__name__, key))
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {
    Num: (bool,),
}
_const_node_type_names = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _dims_get(self):
    """Deprecated. Use elts instead."""
    return self.elts


def _dims_set(self, value):
    self.elts = value


Tuple.dims = property(_dims_get, _dims_set)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


# ---- unparse -------------------------------------------------------------------------------------

# Operator precedence levels, lowest binding first.
_P_NAMED, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP = 1, 2, 3, 4, 5, 6, 7, 8
_P_EXPR = _P_BOR = 9
_P_BXOR, _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER, _P_AWAIT, _P_ATOM = (
    10, 11, 12, 13, 14, 15, 16, 17, 18)


def _above(level):
    return level + 1 if level < _P_ATOM else level


_INFSTR = '1e309'
_TRIPLE = ('"""', "'''")
_QUOTES = ("'", '"', '"""', "'''")

_UNARY = {'Invert': ('~', _P_FACTOR), 'Not': ('not', _P_NOT),
          'UAdd': ('+', _P_FACTOR), 'USub': ('-', _P_FACTOR)}
_BINARY = {'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH), 'Mult': ('*', _P_TERM),
           'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM), 'Mod': ('%', _P_TERM),
           'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT), 'BitOr': ('|', _P_BOR),
           'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND), 'FloorDiv': ('//', _P_TERM),
           'Pow': ('**', _P_POWER)}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
            'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOL = {'And': ('and', _P_AND), 'Or': ('or', _P_OR)}


class _Parens:
    """Writes an opening and a closing text around a with-block when `on`."""

    def __init__(self, out, start, end, on=True):
        self.out, self.start, self.end, self.on = out, start, end, on

    def __enter__(self):
        if self.on:
            self.out.write(self.start)

    def __exit__(self, *exc):
        if self.on:
            self.out.write(self.end)
        return False


class _Block:
    """The ':' of a compound statement and one more level of indentation for its body."""

    def __init__(self, out, extra=None):
        self.out, self.extra = out, extra

    def __enter__(self):
        self.out.write(':')
        if self.extra:
            self.out.write(self.extra)
        self.out._indent += 1

    def __exit__(self, *exc):
        self.out._indent -= 1
        return False


class _Unparser(NodeVisitor):

    def __init__(self, *, _avoid_backslashes=False):
        self._parts = []
        self._levels = {}
        self._ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._star_handlers = False

    # -- output helpers --
    def write(self, *text):
        self._parts.extend(text)

    def newline_if_needed(self):
        if self._parts:
            self.write('\n')

    def fill(self, text=''):
        self.newline_if_needed()
        self.write('    ' * self._indent + text)

    def joined(self, sep, fn, items):
        first = True
        for item in items:
            if not first:
                self.write(sep)
            first = False
            fn(item)

    def items(self, fn, items):
        if len(items) == 1:
            fn(items[0])
            self.write(',')
        else:
            self.joined(', ', fn, items)

    def capture(self, fn, *args):
        saved = self._parts
        self._parts = []
        try:
            fn(*args)
            return self._parts
        finally:
            self._parts = saved

    def parens(self, level, node):
        return _Parens(self, '(', ')', self.level(node) > level)

    def level(self, node):
        return self._levels.get(node, _P_TEST)

    def set_level(self, level, *nodes):
        for n in nodes:
            self._levels[n] = level

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            NodeVisitor.visit(self, node)

    def visit(self, node):
        self._parts = []
        self.traverse(node)
        return ''.join(self._parts)

    def type_comment(self, node):
        comment = self._ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return ' # type: ' + comment
        return None

    # -- docstrings and bodies --
    def docstring_node(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
            return None
        if not node.body or not isinstance(node.body[0], Expr):
            return None
        value = node.body[0].value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def body_with_docstring(self, node):
        doc = self.docstring_node(node)
        if doc:
            self.fill()
            if doc.kind == 'u':
                self.write('u')
            self.write_plain_string(doc.value, _TRIPLE)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    # -- modules and simple statements --
    def visit_Module(self, node):
        self._ignores = {i.lineno: 'ignore' + i.tag for i in node.type_ignores}
        self.body_with_docstring(node)
        self._ignores.clear()

    def visit_FunctionType(self, node):
        with _Parens(self, '(', ')'):
            self.joined(', ', self.traverse, node.argtypes)
        self.write(' -> ')
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_level(_P_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.parens(_P_NAMED, node):
            self.set_level(_P_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.joined(', ', self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.joined(', ', self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_level(_P_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINARY[node.op.__class__.__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with _Parens(self, '(', ')', not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.joined(', ', self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ')
        self.joined(', ', self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.joined(', ', self.write, node.names)

    def visit_Await(self, node):
        with self.parens(_P_AWAIT, node):
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_level(_P_ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.parens(_P_YIELD, node):
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_level(_P_ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.parens(_P_YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_level(_P_ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    # -- compound statements --
    def clause(self, keyword, body):
        self.fill(keyword)
        with _Block(self):
            self.traverse(body)

    def try_statement(self, node, star):
        saved = self._star_handlers
        self._star_handlers = star
        try:
            self.clause('try', node.body)
            for handler in node.handlers:
                self.traverse(handler)
            if node.orelse:
                self.clause('else', node.orelse)
            if node.finalbody:
                self.clause('finally', node.finalbody)
        finally:
            self._star_handlers = saved

    def visit_Try(self, node):
        self.try_statement(node, False)

    def visit_TryStar(self, node):
        self.try_statement(node, True)

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._star_handlers else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        with _Block(self):
            self.traverse(node.body)

    def decorators(self, node):
        self.newline_if_needed()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.fill('class ' + node.name)
        with _Parens(self, '(', ')', bool(node.bases or node.keywords)):
            self.joined(', ', self.traverse, node.bases + node.keywords)
        with _Block(self):
            self.body_with_docstring(node)

    def function(self, node, keyword):
        self.decorators(node)
        self.fill(keyword + ' ' + node.name)
        with _Parens(self, '(', ')'):
            self.traverse(node.args)
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        with _Block(self, self.type_comment(node)):
            self.body_with_docstring(node)

    def visit_FunctionDef(self, node):
        self.function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def for_loop(self, node, keyword):
        self.fill(keyword)
        self.set_level(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        with _Block(self, self.type_comment(node)):
            self.traverse(node.body)
        if node.orelse:
            self.clause('else', node.orelse)

    def visit_For(self, node):
        self.for_loop(node, 'for ')

    def visit_AsyncFor(self, node):
        self.for_loop(node, 'async for ')

    def visit_If(self, node):
        keyword = 'if '
        while True:
            self.fill(keyword)
            self.traverse(node.test)
            with _Block(self):
                self.traverse(node.body)
            orelse = node.orelse
            if len(orelse) == 1 and isinstance(orelse[0], If):
                node = orelse[0]
                keyword = 'elif '
                continue
            if orelse:
                self.clause('else', orelse)
            break

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        with _Block(self):
            self.traverse(node.body)
        if node.orelse:
            self.clause('else', node.orelse)

    def with_statement(self, node, keyword):
        self.fill(keyword)
        self.joined(', ', self.traverse, node.items)
        with _Block(self, self.type_comment(node)):
            self.traverse(node.body)

    def visit_With(self, node):
        self.with_statement(node, 'with ')

    def visit_AsyncWith(self, node):
        self.with_statement(node, 'async with ')

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        with _Block(self):
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        with _Block(self):
            self.traverse(node.body)

    # -- strings --
    def literal_body(self, text, quotes=_QUOTES, escape_whitespace=False):
        # The text of a string literal with as few escapes as possible, and the quotes that
        # can enclose it (the first one is the choice).
        chars = []
        for c in text:
            if (c == '\n' or c == '\t') and not escape_whitespace:
                chars.append(c)
            elif c == '\\' or not c.isprintable():
                chars.append(c.encode('unicode_escape').decode('ascii'))
            else:
                chars.append(c)
        body = ''.join(chars)
        usable = [q for q in quotes if '\n' not in body or q in _TRIPLE]
        usable = [q for q in usable if q not in body]
        if not usable:
            r = repr(text)
            for q in quotes:
                if r[0] in q:
                    return r[1:-1], [q]
            return r[1:-1], [r[0]]
        if body:
            usable.sort(key=lambda q: q[0] == body[-1])
            if usable[0][0] == body[-1]:
                body = body[:-1] + '\\' + body[-1]
        return body, usable

    def write_plain_string(self, text, quotes=_QUOTES):
        body, usable = self.literal_body(text, quotes)
        self.write(usable[0] + body + usable[0])

    def fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            text = ''.join(self.capture(self.fstring_inner, node))
            self.write_plain_string(text)
            return
        pieces = [(''.join(self.capture(self.fstring_inner, v)), isinstance(v, Constant))
                  for v in node.values]
        quotes = list(_QUOTES)
        out = []
        use_repr = False
        for text, is_constant in pieces:
            body, usable = self.literal_body(text, quotes, is_constant)
            out.append(body)
            if set(usable).isdisjoint(quotes):
                use_repr = True
                break
            quotes = usable
        if use_repr:
            quotes = ["'''"]
            out = [repr('"' + text)[2:-1] for text, is_constant in pieces]
        self.write(quotes[0] + ''.join(out) + quotes[0])

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_level(_above(_P_TEST), node.value)
        text = inner.visit(node.value)
        self.write('{')
        if '\\' in text:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        if text.startswith('{'):
            self.write(' ')
        self.write(text)
        if node.conversion != -1:
            self.write('!' + chr(node.conversion))
        if node.format_spec:
            self.write(':')
            self.fstring_inner(node.format_spec)
        self.write('}')

    # -- expressions --
    def visit_Name(self, node):
        self.write(node.id)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INFSTR)
                       .replace('nan', '(%s-%s)' % (_INFSTR, _INFSTR)))
        elif self._avoid_backslashes and isinstance(value, str):
            self.write_plain_string(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with _Parens(self, '(', ')'):
                self.items(self.constant, value)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant(value)

    def visit_List(self, node):
        with _Parens(self, '[', ']'):
            self.joined(', ', self.traverse, node.elts)

    def comprehension_display(self, node, start, end):
        with _Parens(self, start, end):
            self.traverse(node.elt)
            for gen in node.generators:
                self.traverse(gen)

    def visit_ListComp(self, node):
        self.comprehension_display(node, '[', ']')

    def visit_GeneratorExp(self, node):
        self.comprehension_display(node, '(', ')')

    def visit_SetComp(self, node):
        self.comprehension_display(node, '{', '}')

    def visit_DictComp(self, node):
        with _Parens(self, '{', '}'):
            self.traverse(node.key)
            self.write(': ')
            self.traverse(node.value)
            for gen in node.generators:
                self.traverse(gen)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_level(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_level(_above(_P_TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.traverse(cond)

    def visit_IfExp(self, node):
        with self.parens(_P_TEST, node):
            self.set_level(_above(_P_TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_level(_P_TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if not node.elts:
            self.write('{*()}')
            return
        with _Parens(self, '{', '}'):
            self.joined(', ', self.traverse, node.elts)

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write('**')
                self.set_level(_P_EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)
        with _Parens(self, '{', '}'):
            self.joined(', ', item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with _Parens(self, '(', ')', not node.elts or self.level(node) > _P_TUPLE):
            self.items(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        symbol, level = _UNARY[node.op.__class__.__name__]
        with self.parens(level, node):
            self.write(symbol)
            if level != _P_FACTOR:
                self.write(' ')
            self.set_level(level, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        symbol, level = _BINARY[node.op.__class__.__name__]
        with self.parens(level, node):
            if symbol == '**':
                left, right = _above(level), level
            else:
                left, right = level, _above(level)
            self.set_level(left, node.left)
            self.traverse(node.left)
            self.write(' ' + symbol + ' ')
            self.set_level(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.parens(_P_CMP, node):
            self.set_level(_above(_P_CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _COMPARE[op.__class__.__name__] + ' ')
                self.traverse(right)

    def visit_BoolOp(self, node):
        word, level = _BOOL[node.op.__class__.__name__]
        with self.parens(level, node):
            operand_level = level
            first = True
            for value in node.values:
                if not first:
                    self.write(' ' + word + ' ')
                first = False
                operand_level = _above(operand_level)
                self.set_level(operand_level, value)
                self.traverse(value)

    def visit_Attribute(self, node):
        self.set_level(_P_ATOM, node.value)
        self.traverse(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.')
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_level(_P_ATOM, node.func)
        self.traverse(node.func)
        with _Parens(self, '(', ')'):
            self.joined(', ', self.traverse, node.args + node.keywords)

    def visit_Subscript(self, node):
        self.set_level(_P_ATOM, node.value)
        self.traverse(node.value)
        with _Parens(self, '[', ']'):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write('*')
        self.set_level(_P_EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write('...')

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        parts = []
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            parts.append((a, d, i == len(node.posonlyargs)))
        sep = False
        for a, d, slash in parts:
            if sep:
                self.write(', ')
            sep = True
            self.traverse(a)
            if d:
                self.write('=')
                self.traverse(d)
            if slash:
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            if sep:
                self.write(', ')
            sep = True
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.traverse(a)
            if d:
                self.write('=')
                self.traverse(d)
        if node.kwarg:
            if sep:
                self.write(', ')
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.parens(_P_TEST, node):
            self.write('lambda')
            params = self.capture(self.traverse, node.args)
            if params:
                self.write(' ', *params)
            self.write(': ')
            self.set_level(_P_TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    # -- patterns --
    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        with _Parens(self, '[', ']'):
            self.joined(', ', self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write('*' + ('_' if node.name is None else node.name))

    def visit_MatchMapping(self, node):
        def pair(kp):
            self.traverse(kp[0])
            self.write(': ')
            self.traverse(kp[1])
        with _Parens(self, '{', '}'):
            self.joined(', ', pair, zip(node.keys, node.patterns, strict=True))
            if node.rest is not None:
                if node.keys:
                    self.write(', ')
                self.write('**' + node.rest)

    def visit_MatchClass(self, node):
        self.set_level(_P_ATOM, node.cls)
        self.traverse(node.cls)
        with _Parens(self, '(', ')'):
            self.joined(', ', self.traverse, node.patterns)
            if node.kwd_attrs:
                def keyword(ap):
                    self.write(ap[0] + '=')
                    self.traverse(ap[1])
                if node.patterns:
                    self.write(', ')
                self.joined(', ', keyword, zip(node.kwd_attrs, node.kwd_patterns, strict=True))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.parens(_P_TEST, node):
                self.set_level(_P_BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(' as ' + node.name)

    def visit_MatchOr(self, node):
        with self.parens(_P_BOR, node):
            self.set_level(_above(_P_BOR), *node.patterns)
            self.joined(' | ', self.traverse, node.patterns)


def unparse(ast_obj):
    """Python source text equivalent to the tree ast_obj."""
    return _Unparser().visit(ast_obj)
