// Symbol table tests: the scope and flags of every name in every block, and the compile-time
// errors (messages and positions), against CPython 3.11.
//
// The tables kScopeCases / kErrorCases were produced by CPython 3.11's own symtable module and
// compile() (symtable.symtable(src, 'x.py', 'exec'): every block's type, name, line and
// get_parameters(), every symbol's scope and DEF_* flags, symbols sorted by name; CPython names
// lambda and comprehension blocks "lambda", "listcomp", ...: those are written "<lambda>" etc.).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "compiler/parser.h"
#include "compiler/symtable.h"

using namespace slotpy;
using namespace slotpy::compiler;

namespace {

struct ScopeCase {
  const char* name;
  const char* source;
  const char* dump;
};

struct ErrorCase {
  const char* name;
  const char* source;
  const char* msg;
  int lineno, offset, end_lineno, end_offset;  // CPython's 1-based offsets (end 0: None)
};

void PrintTo(const ScopeCase& c, std::ostream* os) { *os << c.name; }
void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.name; }

const ScopeCase kScopeCases[] = {
    {"module_basics",
     "import os, a.b.c as d, e.f\nfrom m import g, h as i\nx = 1\ny: int = 2\nz: str\n(w): int = 3\nq.r: int\ndel x\nprint(y, u)\nfor k, *v in items: pass\nwith open(p) as (f1, f2): pass\ntry:\n    pass\nexcept E as err:\n    pass\nx += 1\n",
     "module top line=0\n  E global_implicit use\n  d local import\n  e local import\n  err local local\n  f1 local local\n  f2 local local\n  g local import\n  i local import\n  int global_implicit use\n  items global_implicit use\n  k local local\n  open global_implicit use\n  os local import\n  p global_implicit use\n  print global_implicit use\n  q global_implicit use\n  str global_implicit use\n  u global_implicit use\n  v local local\n  w local local\n  x local local\n  y local local|use|annot\n  z local local|annot\n"},
    {"function_locals_params",
     "def f(a, b=dflt, /, c=1, *args, d, e=2, **kw) -> ret:\n    x = a + glob\n    del b\n    return x\n",
     "module top line=0\n  dflt global_implicit use\n  f local local\n  ret global_implicit use\n  function f line=1 varnames=a,b,c,d,e,args,kw\n    a local param|use\n    args local param\n    b local local|param\n    c local param\n    d local param\n    e local param\n    glob global_implicit use\n    kw local param\n    x local local|use\n"},
    {"annotations_and_decorators",
     "@dec(arg)\ndef f(a: A, *v: V, k: K, **kw: KW) -> R:\n    pass\n@cdec\nclass C(Base, metaclass=Meta):\n    attr: T = val\n",
     "module top line=0\n  A global_implicit use\n  Base global_implicit use\n  C local local\n  K global_implicit use\n  KW global_implicit use\n  Meta global_implicit use\n  R global_implicit use\n  V global_implicit use\n  arg global_implicit use\n  cdec global_implicit use\n  dec global_implicit use\n  f local local\n  function f line=2 varnames=a,k,v,kw\n    a local param\n    k local param\n    kw local param\n    v local param\n  class C line=5\n    T global_implicit use\n    attr local local|annot\n    val global_implicit use\n"},
    {"closure_cell_free",
     "def outer(p):\n    x = 1\n    def inner():\n        return x + p + g\n    return inner\n",
     "module top line=0\n  outer local local\n  function outer line=1 varnames=p\n    inner local local|use\n    p cell param\n    x cell local\n    function inner line=3 varnames=\n      g global_implicit use\n      p free use\n      x free use\n"},
    {"free_passes_through",
     "def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n",
     "module top line=0\n  a local local\n  function a line=1 varnames=\n    b local local|use\n    v cell local\n    function b line=3 varnames=\n      c local local|use\n      v free \n      function c line=4 varnames=\n        v free use\n"},
    {"nonlocal_binds",
     "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    return g\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    g local local|use\n    x cell local\n    function g line=3 varnames=\n      x free local|nonlocal\n"},
    {"global_decl",
     "def f():\n    global G, H\n    G = 1\n    def g():\n        return G + H\n    return g\n",
     "module top line=0\n  G global_explicit global\n  H global_explicit global\n  f local local\n  function f line=1 varnames=\n    G global_explicit global|local\n    H global_explicit global\n    g local local|use\n    function g line=4 varnames=\n      G global_implicit use\n      H global_implicit use\n"},
    {"global_in_class_not_visible_to_methods",
     "def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            return x\n",
     "module top line=0\n  f local local\n  x global_explicit global\n  function f line=1 varnames=\n    C local local\n    x cell local\n    class C line=3\n      m local local\n      x global_explicit global|free_class\n      function m line=5 varnames=self\n        self local param\n        x free use\n"},
    {"class_body_skipped_by_methods",
     "def f():\n    x = 1\n    class C:\n        x = 2\n        y = x\n        def m(self):\n            return x, y\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    C local local\n    x cell local\n    class C line=3\n      m local local\n      x local local|use|free_class\n      y local local\n      function m line=6 varnames=self\n        self local param\n        x free use\n        y global_implicit use\n"},
    {"class_free_from_function",
     "def f():\n    v = 1\n    class C:\n        w = v\n    return C\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    C local local|use\n    v cell local\n    class C line=3\n      v free use\n      w local local\n"},
    {"super_and___class__",
     "class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        def inner():\n            return __class__\n        return inner\n    def o(self):\n        return 1\ndef plain():\n    return super()\n",
     "module top line=0\n  C local local\n  plain local local\n  class C line=1\n    m local local\n    n local local\n    o local local\n    function m line=2 varnames=self\n      __class__ free use\n      self local param\n      super global_implicit use\n    function n line=4 varnames=self\n      __class__ free \n      inner local local|use\n      self local param\n      function inner line=5 varnames=\n        __class__ free use\n    function o line=8 varnames=self\n      self local param\n  function plain line=10 varnames=\n    __class__ global_implicit use\n    super global_implicit use\n"},
    {"comprehensions",
     "def f(xs, ys):\n    a = [x * y for x in xs for y in ys if x]\n    b = {x for x in xs}\n    c = {k: v for k, v in xs}\n    d = (x for x in xs)\n    return a, b, c, d\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=xs,ys\n    a local local|use\n    b local local|use\n    c local local|use\n    d local local|use\n    xs local param|use\n    ys cell param\n    function <listcomp> line=2 varnames=.0\n      .0 local param\n      x local local|use|comp_iter\n      y local local|use|comp_iter\n      ys free use\n    function <setcomp> line=3 varnames=.0\n      .0 local param\n      x local local|use|comp_iter\n    function <dictcomp> line=4 varnames=.0\n      .0 local param\n      k local local|use|comp_iter\n      v local local|use|comp_iter\n    function <genexpr> line=5 varnames=.0\n      .0 local param\n      x local local|use|comp_iter\n"},
    {"comprehension_outer_iter_in_enclosing_scope",
     "def f():\n    n = 3\n    return [[i + j for j in range(n)] for i in range(n)]\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    n cell local|use\n    range global_implicit use\n    function <listcomp> line=3 varnames=.0\n      .0 local param\n      i cell local|comp_iter\n      n free use\n      range global_implicit use\n      function <listcomp> line=3 varnames=.0\n        .0 local param\n        i free use\n        j local local|use|comp_iter\n"},
    {"comprehension_at_module",
     "r = [y for y in data if y > limit]\n",
     "module top line=0\n  data global_implicit use\n  r local local\n  function <listcomp> line=1 varnames=.0\n    .0 local param\n    limit global_implicit use\n    y local local|use|comp_iter\n"},
    {"lambdas",
     "f = lambda a, *b, c=dc, **d: a + free_name\ndef g(x):\n    return lambda y=x: x + y\n",
     "module top line=0\n  dc global_implicit use\n  f local local\n  g local local\n  function <lambda> line=1 varnames=a,c,b,d\n    a local param|use\n    b local param\n    c local param\n    d local param\n    free_name global_implicit use\n  function g line=2 varnames=x\n    x cell param|use\n    function <lambda> line=3 varnames=y\n      x free use\n      y local param|use\n"},
    {"walrus_in_function_comprehension",
     "def f(data):\n    if any((hit := v) > 3 for v in data):\n        return hit\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=data\n    any global_implicit use\n    data local param|use\n    hit cell local|use\n    function <genexpr> line=2 varnames=.0\n      .0 local param\n      hit free local|nonlocal\n      v local local|use|comp_iter\n"},
    {"walrus_in_module_comprehension",
     "[last := v for v in range(3)]\n",
     "module top line=0\n  last global_explicit global\n  range global_implicit use\n  function <listcomp> line=1 varnames=.0\n    .0 local param\n    last global_explicit global|local\n    v local local|use|comp_iter\n"},
    {"walrus_in_nested_comprehension",
     "def f():\n    [[(w := i) for i in range(2)] for j in range(2)]\n    return w\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    range global_implicit use\n    w cell local|use\n    function <listcomp> line=2 varnames=.0\n      .0 local param\n      j local local|comp_iter\n      range global_implicit use\n      w free \n      function <listcomp> line=2 varnames=.0\n        .0 local param\n        i local local|use|comp_iter\n        w free local|nonlocal\n"},
    {"walrus_global_in_function",
     "def f():\n    global t\n    [t := v for v in range(3)]\n",
     "module top line=0\n  f local local\n  t global_explicit global\n  function f line=1 varnames=\n    range global_implicit use\n    t global_explicit global|local\n    function <listcomp> line=3 varnames=.0\n      .0 local param\n      t global_explicit global|local\n      v local local|use|comp_iter\n"},
    {"walrus_plain",
     "def f():\n    if (n := 10) > 5:\n        return n\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    n local local|use\n"},
    {"mangling",
     "class C:\n    __a = 1\n    def __m(self, __p):\n        return __a, __q.__r, __dunder__\n    import __mod.sub, os as __os\n    global __g\n    class __D:\n        __z = 1\nclass ___:\n    __k = 1\nclass _U:\n    __k = [__v for __v in __w]\n",
     "module top line=0\n  C local local\n  _C__g global_explicit global\n  _U local local\n  ___ local local\n  class C line=1\n    _C__D local local\n    _C__a local local\n    _C__g global_explicit global\n    _C__m local local\n    _C__mod local import\n    _C__os local import\n    function __m line=3 varnames=self,_C__p\n      _C__a global_implicit use\n      _C__p local param\n      _C__q global_implicit use\n      __dunder__ global_implicit use\n      self local param\n    class __D line=7\n      _D__z local local\n  class ___ line=9\n    __k local local\n  class _U line=11\n    _U__k local local\n    _U__w global_implicit use\n    function <listcomp> line=12 varnames=.0\n      .0 local param\n      _U__v local local|use|comp_iter\n"},
    {"generators_and_async",
     "def gen():\n    yield 1\n    yield from other\nasync def co():\n    await thing\n    async for i in it:\n        pass\n    async with cm as c:\n        pass\n    return [j async for j in aiter]\n",
     "module top line=0\n  co local local\n  gen local local\n  function gen line=1 varnames=\n    other global_implicit use\n  function co line=4 varnames=\n    aiter global_implicit use\n    c local local\n    cm global_implicit use\n    i local local\n    it global_implicit use\n    thing global_implicit use\n    function <listcomp> line=10 varnames=.0\n      .0 local param\n      j local local|use|comp_iter\n"},
    {"except_and_del",
     "def f():\n    try:\n        pass\n    except ValueError as e:\n        del e\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    ValueError global_implicit use\n    e local local\n"},
    {"implicit_free_child_global",
     "def f():\n    def g():\n        return h\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    g local local\n    function g line=2 varnames=\n      h global_implicit use\n"},
    {"star_import_at_module",
     "from os import *\n",
     "module top line=0\n"},
    {"nested_classes",
     "class A:\n    class B:\n        def m(self):\n            return __class__\n    def n(self):\n        return A.B\n",
     "module top line=0\n  A local local\n  class A line=1\n    B local local\n    n local local\n    class B line=2\n      m local local\n      function m line=3 varnames=self\n        __class__ free use\n        self local param\n    function n line=5 varnames=self\n      A global_implicit use\n      self local param\n"},
    {"lambda_in_default",
     "def f(a=lambda: b):\n    pass\n",
     "module top line=0\n  f local local\n  function <lambda> line=1 varnames=\n    b global_implicit use\n  function f line=1 varnames=a\n    a local param\n"},
    {"dict_comprehension_order",
     "{key: val for key, val in pairs if key}\n",
     "module top line=0\n  pairs global_implicit use\n  function <dictcomp> line=1 varnames=.0\n    .0 local param\n    key local local|use|comp_iter\n    val local local|use|comp_iter\n"},
    {"fstrings_and_slices",
     "def f(a):\n    return f'{a!r:{width}}', a[lo:hi:st], {**kw, 1: 2}, g(*args, k=v, **kws)\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=a\n    a local param|use\n    args global_implicit use\n    g global_implicit use\n    hi global_implicit use\n    kw global_implicit use\n    kws global_implicit use\n    lo global_implicit use\n    st global_implicit use\n    v global_implicit use\n    width global_implicit use\n"},
    {"nonlocal_in_class_in_function",
     "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return C\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    C local local|use\n    x cell local\n    class C line=3\n      x free local|nonlocal\n"},
    {"free_name_in_class_and_method",
     "def f():\n    x = 1\n    class C:\n        print(x)\n        def m(self):\n            return x\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    C local local\n    x cell local\n    class C line=3\n      m local local\n      print global_implicit use\n      x free use\n      function m line=5 varnames=self\n        self local param\n        x free use\n"},
    {"conditional_and_misc",
     "def f(a):\n    while a:\n        if a:\n            break\n        else:\n            continue\n    else:\n        pass\n    assert a, msg\n    raise Err from cause\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=a\n    Err global_implicit use\n    a local param|use\n    cause global_implicit use\n    msg global_implicit use\n"},
    {"free_passes_through_class",
     "def f():\n    x = 1\n    class C:\n        def m(self):\n            return x\n    return C\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    C local local|use\n    x cell local\n    class C line=3\n      m local local\n      x free \n      function m line=4 varnames=self\n        self local param\n        x free use\n"},
    {"class_comprehension_skips_class_scope",
     "class C:\n    x = 1\n    y = [x for _ in range(3)]\n    z = [i for i in x]\n",
     "module top line=0\n  C local local\n  class C line=1\n    range global_implicit use\n    x local local|use\n    y local local\n    z local local\n    function <listcomp> line=3 varnames=.0\n      .0 local param\n      _ local local|comp_iter\n      x global_implicit use\n    function <listcomp> line=4 varnames=.0\n      .0 local param\n      i local local|use|comp_iter\n"},
    {"super_in_lambda_and_comprehension",
     "class C:\n    def m(self):\n        f = lambda: super()\n        return [super() for _ in self]\n",
     "module top line=0\n  C local local\n  class C line=1\n    m local local\n    function m line=2 varnames=self\n      __class__ free \n      f local local\n      self local param|use\n      function <lambda> line=3 varnames=\n        __class__ free use\n        super global_implicit use\n      function <listcomp> line=4 varnames=.0\n        .0 local param\n        _ local local|comp_iter\n        __class__ free use\n        super global_implicit use\n"},
    {"walrus_in_lambda_in_comprehension",
     "def f():\n    return [lambda: (y := x) for x in z]\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    z global_implicit use\n    function <listcomp> line=2 varnames=.0\n      .0 local param\n      x cell local|comp_iter\n      function <lambda> line=2 varnames=\n        x free use\n        y local local\n"},
    {"nonlocal_from_lambda_and_comprehension",
     "def f():\n    a = 1\n    g = lambda: a\n    h = [a for _ in b]\n    def k():\n        nonlocal a\n        a = 2\n    return g, h, k\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    a cell local\n    b global_implicit use\n    g local local|use\n    h local local|use\n    k local local|use\n    function <lambda> line=3 varnames=\n      a free use\n    function <listcomp> line=4 varnames=.0\n      .0 local param\n      _ local local|comp_iter\n      a free use\n    function k line=5 varnames=\n      a free local|nonlocal\n"},
    {"module_global_statement",
     "global g\ng = 1\ndef f():\n    return g\n",
     "module top line=0\n  f local local\n  g global_explicit global|local\n  function f line=3 varnames=\n    g global_implicit use\n"},
    {"class_global_and_del",
     "class C:\n    global G\n    G = 1\n    v = 2\n    del v\n",
     "module top line=0\n  C local local\n  G global_explicit global\n  class C line=1\n    G global_explicit global|local\n    v local local\n"},
    {"trystar_and_with_items",
     "def f():\n    try:\n        pass\n    except* OSError as eg:\n        pass\n    with a as b, c as (d, *e):\n        pass\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    OSError global_implicit use\n    a global_implicit use\n    b local local\n    c global_implicit use\n    d local local\n    e local local\n    eg local local\n"},
    {"genexp_in_default_and_decorator",
     "@deco(x for x in xs)\ndef f(a=(y for y in ys)):\n    pass\n",
     "module top line=0\n  deco global_implicit use\n  f local local\n  xs global_implicit use\n  ys global_implicit use\n  function <genexpr> line=2 varnames=.0\n    .0 local param\n    y local local|use|comp_iter\n  function <genexpr> line=1 varnames=.0\n    .0 local param\n    x local local|use|comp_iter\n  function f line=2 varnames=a\n    a local param\n"},
    {"nested_comprehension_free",
     "def f(n):\n    return [[n for _ in a] for a in range(n)]\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=n\n    n cell param|use\n    range global_implicit use\n    function <listcomp> line=2 varnames=.0\n      .0 local param\n      a local local|use|comp_iter\n      n free \n      function <listcomp> line=2 varnames=.0\n        .0 local param\n        _ local local|comp_iter\n        n free use\n"},
    {"method_params_shadow_class",
     "class C:\n    a = 1\n    def m(self, a):\n        return a\n",
     "module top line=0\n  C local local\n  class C line=1\n    a local local\n    m local local\n    function m line=3 varnames=self,a\n      a local param|use\n      self local param\n"},
    {"deep_free_cell_chain",
     "def a(x):\n    def b():\n        def c():\n            def d():\n                return x\n            return d\n        return c\n    return b\n",
     "module top line=0\n  a local local\n  function a line=1 varnames=x\n    b local local|use\n    x cell param\n    function b line=2 varnames=\n      c local local|use\n      x free \n      function c line=3 varnames=\n        d local local|use\n        x free \n        function d line=4 varnames=\n          x free use\n"},
    {"implicit_global_nested",
     "def f():\n    def g():\n        return len\n    return g\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    g local local|use\n    function g line=2 varnames=\n      len global_implicit use\n"},
    {"async_comprehension_in_async_function",
     "async def f():\n    return [[x async for x in y] for z in w]\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    w global_implicit use\n    function <listcomp> line=2 varnames=.0\n      .0 local param\n      y global_implicit use\n      z local local|comp_iter\n      function <listcomp> line=2 varnames=.0\n        .0 local param\n        x local local|use|comp_iter\n"},
    {"star_targets_and_subscripts",
     "def f():\n    a, *b = c\n    d[e], g.h = 1, 2\n    [i, (j, k)] = l\n    del m[n], o.p\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    a local local\n    b local local\n    c global_implicit use\n    d global_implicit use\n    e global_implicit use\n    g global_implicit use\n    i local local\n    j local local\n    k local local\n    l global_implicit use\n    m global_implicit use\n    n global_implicit use\n    o global_implicit use\n"},
    {"future_annotations",
     "from __future__ import annotations\ndef f(a: A) -> R:\n    x: X = 1\n    def g(b: (lambda: B)): pass\nq: [z for z in Z]\nclass C:\n    w: W\n    def m(self): super()\n",
     "module top line=0\n  C local local\n  annotations local import\n  f local local\n  q local local|annot\n  function f line=2 varnames=a\n    a local param\n    g local local\n    x local local|annot\n    function g line=4 varnames=b\n      b local param\n  class C line=6\n    m local local\n    w local local|annot\n    function m line=8 varnames=self\n      __class__ free use\n      self local param\n      super global_implicit use\n"},
    {"future_annotations_walrus_in_comprehension",
     "from __future__ import annotations\nx: [(y := 1) for z in w]\n",
     "module top line=0\n  annotations local import\n  x local local|annot\n  y global_explicit global\n"},
    {"future_annotations_after_docstring",
     "\"doc\"\nfrom __future__ import division, annotations\nx: Y\n",
     "module top line=0\n  annotations local import\n  division local import\n  x local local|annot\n"},
    {"future_not_first_is_inactive_in_nested_scope",
     "def f():\n    x: Y = 1\n",
     "module top line=0\n  f local local\n  function f line=1 varnames=\n    Y global_implicit use\n    x local local|annot\n"},
};

const ErrorCase kErrorCases[] = {
    {"global_after_assign", "def f():\n    x = 1\n    global x\n",
     "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
    {"global_after_use", "x = 1\ndef f():\n    print(x)\n    global x\n",
     "name 'x' is used prior to global declaration", 4, 5, 4, 13},
    {"global_param", "def f(x):\n    global x\n",
     "name 'x' is parameter and global", 2, 5, 2, 13},
    {"global_param_two_names", "def f(x, y):\n    global x, y\n",
     "name 'x' is parameter and global", 2, 5, 2, 16},
    {"global_annotated_before", "def f():\n    x: int\n    global x\n",
     "annotated name 'x' can't be global", 3, 5, 3, 13},
    {"global_annotated_before_module", "x: int\nglobal x\n",
     "annotated name 'x' can't be global", 2, 1, 2, 9},
    {"annotated_global", "def f():\n    global x\n    x: int = 1\n",
     "annotated name 'x' can't be global", 3, 5, 3, 15},
    {"annotated_nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
     "annotated name 'x' can't be nonlocal", 5, 9, 5, 15},
    {"nonlocal_after_assign", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
     "name 'x' is assigned to before nonlocal declaration", 5, 9, 5, 19},
    {"nonlocal_after_use", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
     "name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19},
    {"nonlocal_param", "def f(x):\n    nonlocal x\n",
     "name 'x' is parameter and nonlocal", 2, 5, 2, 15},
    {"nonlocal_no_binding", "def f():\n    nonlocal x\n",
     "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {"nonlocal_no_binding_global_value", "x = 1\ndef f():\n    nonlocal x\n    x = 2\n",
     "no binding for nonlocal 'x' found", 3, 5, 3, 15},
    {"nonlocal_class_variable", "class C:\n    y = 1\n    def m(self):\n        nonlocal y\n",
     "no binding for nonlocal 'y' found", 4, 9, 4, 19},
    {"nonlocal_through_global", "def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            nonlocal x\n",
     "no binding for nonlocal 'x' found", 6, 13, 6, 23},
    {"nonlocal_second_name", "def f():\n    y = 1\n    def g(): nonlocal y, x\n",
     "no binding for nonlocal 'x' found", 3, 14, 3, 27},
    {"nonlocal_module_level", "nonlocal x\n",
     "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
    {"nonlocal_module_level_late", "x = 1\nnonlocal x\n",
     "name 'x' is assigned to before nonlocal declaration", 2, 1, 2, 11},
    {"nonlocal_and_global", "def o():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n",
     "name 'x' is nonlocal and global", 4, 9, 4, 17},
    {"nonlocal_then_global", "def o():\n    x = 1\n    def f():\n        nonlocal x\n        global x\n",
     "name 'x' is nonlocal and global", 4, 9, 4, 19},
    {"duplicate_argument", "def f(a, b, a):\n    pass\n",
     "duplicate argument 'a' in function definition", 1, 13, 1, 14},
    {"duplicate_kwonly_lambda", "g = lambda x, *, x=1: x\n",
     "duplicate argument 'x' in function definition", 1, 18, 1, 19},
    {"duplicate_vararg", "def f(a, *a): pass\n",
     "duplicate argument 'a' in function definition", 1, 11, 1, 12},
    {"duplicate_kwarg", "def f(a, **a): pass\n",
     "duplicate argument 'a' in function definition", 1, 12, 1, 13},
    {"duplicate_vararg_after_kwonly", "def f(*a, a): pass\n",
     "duplicate argument 'a' in function definition", 1, 8, 1, 9},
    {"duplicate_posonly", "def f(a, /, a): pass\n",
     "duplicate argument 'a' in function definition", 1, 13, 1, 14},
    {"duplicate_mangled", "class C:\n    def f(self, _C__a, __a): pass\n",
     "duplicate argument '__a' in function definition", 2, 24, 2, 27},
    {"import_star_in_function", "def f():\n    from m import *\n",
     "import * only allowed at module level", 2, 19, 2, 20},
    {"import_star_in_class", "class C:\n    from m import *\n",
     "import * only allowed at module level", 2, 19, 2, 20},
    {"yield_outside_function", "x = 1\nyield x\n",
     "'yield' outside function", 2, 1, 2, 8},
    {"yield_in_class", "class C:\n    yield 1\n",
     "'yield' outside function", 2, 5, 2, 12},
    {"yield_from_in_class_in_function", "def f():\n    class C:\n        yield from x\n",
     "'yield' outside function", 3, 9, 3, 21},
    {"yield_from_in_async_function", "async def f():\n    yield from x\n",
     "'yield from' inside async function", 2, 5, 2, 17},
    {"yield_in_listcomp", "def f():\n    return [(yield x) for x in y]\n",
     "'yield' inside list comprehension", 2, 14, 2, 21},
    {"yield_in_setcomp", "{(yield) for x in y}\n",
     "'yield' inside set comprehension", 1, 3, 1, 8},
    {"yield_in_dictcomp", "{(yield): 1 for x in y}\n",
     "'yield' inside dict comprehension", 1, 3, 1, 8},
    {"yield_in_genexp", "((yield) for x in y)\n",
     "'yield' inside generator expression", 1, 3, 1, 8},
    {"yield_from_in_genexp", "def f():\n    return ((yield from x) for x in y)\n",
     "'yield' inside generator expression", 2, 14, 2, 26},
    {"await_outside_function", "x = 1\nawait x\n",
     "'await' outside function", 2, 1, 2, 8},
    {"await_in_class_in_async_function", "async def f():\n    class C:\n        await x\n",
     "'await' outside function", 3, 9, 3, 16},
    {"await_in_plain_function", "def f():\n    await x\n",
     "'await' outside async function", 2, 5, 2, 12},
    {"await_in_lambda", "async def f():\n    return lambda: await x\n",
     "'await' outside async function", 2, 20, 2, 27},
    {"async_for_outside_async_function", "def f():\n    async for x in y:\n        pass\n",
     "'async for' outside async function", 2, 5, 3, 13},
    {"async_with_outside_async_function", "async with x:\n    pass\n",
     "'async with' outside async function", 1, 1, 2, 9},
    {"async_listcomp_at_module", "[await x for x in y]\n",
     "asynchronous comprehension outside of an asynchronous function", 1, 1, 1, 21},
    {"async_comprehension_in_plain_function", "def f():\n    return [x async for x in y]\n",
     "asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32},
    {"async_comprehension_in_nested_plain_function", "async def f():\n    def g():\n        return [x async for x in y]\n",
     "asynchronous comprehension outside of an asynchronous function", 3, 16, 3, 36},
    {"async_comprehension_propagates_to_outer", "def f():\n    return [[x async for x in y] for z in w]\n",
     "asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 45},
    {"async_comprehension_in_class", "class C:\n    [await x for x in y]\n",
     "asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 25},
    {"walrus_rebinds_iteration_variable", "def f():\n    [x := 1 for x in y]\n",
     "assignment expression cannot rebind comprehension iteration variable 'x'", 2, 6, 2, 7},
    {"walrus_rebinds_outer_iteration_variable", "def f():\n    [[w := 1 for x in y] for w in q]\n",
     "assignment expression cannot rebind comprehension iteration variable 'w'", 2, 7, 2, 8},
    {"walrus_in_comprehension_in_class", "class C:\n    [y := 1 for x in z]\n",
     "assignment expression within a comprehension cannot be used in a class body", 2, 6, 2, 7},
    {"walrus_in_nested_comprehension_in_class", "class C:\n    [[w := 1 for x in y] for z in q]\n",
     "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8},
    {"walrus_in_iterable", "[x for x in (y := [1])]\n",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 22},
    {"walrus_in_inner_iterable", "[x for x in [1] for z in (y := [1])]\n",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 27, 1, 35},
    {"walrus_in_iterable_nested_comprehension", "def f():\n    [w for w in [(w := 1) for x in y]]\n",
     "assignment expression cannot be used in a comprehension iterable expression", 2, 19, 2, 25},
    {"walrus_in_iterable_deeper", "def f():\n    [[(y := 1) for a in b] for c in [(z := 1) for q in r]]\n",
     "assignment expression cannot be used in a comprehension iterable expression", 2, 39, 2, 45},
    {"inner_loop_rebinds_walrus_target", "[i for i in range(5) if (j := 0) for j in range(5)]\n",
     "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39},
    {"symtable_error_before_compiler_error", "yield 1\ndef f():\n    nonlocal q\n",
     "no binding for nonlocal 'q' found", 3, 5, 3, 15},
    {"first_compiler_error_wins", "def f():\n    await a\nyield b\n",
     "'await' outside async function", 2, 5, 2, 12},
    {"annotation_walrus", "from __future__ import annotations\ndef f(x: (y := 1)): pass\n",
     "'named expression' can not be used within an annotation", 2, 11, 2, 17},
    {"annotation_yield", "from __future__ import annotations\ndef f() -> (yield): pass\n",
     "'yield expression' can not be used within an annotation", 2, 13, 2, 18},
    {"annotation_await", "from __future__ import annotations\nx: (await y)\n",
     "'await expression' can not be used within an annotation", 2, 5, 2, 12},
    {"annotation_comprehension_walrus_in_class", "from __future__ import annotations\nclass C:\n    x: [(y := 1) for z in w]\n",
     "assignment expression within a comprehension cannot be used in a class body", 3, 10, 3, 11},
    {"future_not_defined", "from __future__ import nested_scopes\nfrom __future__ import rested_snopes\n",
     "future feature rested_snopes is not defined", 2, 1, 2, 0},
    {"future_braces", "from __future__ import braces\n",
     "not a chance", 1, 1, 1, 0},
    {"future_star", "from __future__ import *\n",
     "future feature * is not defined", 1, 1, 1, 0},
    {"future_late", "import os\nfrom __future__ import annotations\n",
     "from __future__ imports must occur at the beginning of the file", 2, 1, 2, 35},
    {"future_late_after_string", "\"doc\"\n\"not doc\"\nfrom __future__ import annotations\n",
     "from __future__ imports must occur at the beginning of the file", 3, 1, 3, 35},
    {"future_late_same_line", "from __future__ import division; import string; from __future__ import annotations\n",
     "from __future__ imports must occur at the beginning of the file", 1, 48, 1, 0},
    {"future_in_function", "def f():\n    from __future__ import annotations\n",
     "from __future__ imports must occur at the beginning of the file", 2, 5, 2, 39},
    {"future_error_before_symtable_error", "from __future__ import spam\ndef f():\n    nonlocal x\n",
     "future feature spam is not defined", 1, 1, 1, 0},
};

ast::Module* parse(const std::string& text) {
  // The AST lives in GC memory; the Source may go away once parsed.
  syntax::Source src("x.py", text.data(), text.size());
  syntax::SyntaxError err;
  ast::Module* m = syntax::parse_module(src, &err);
  EXPECT_NE(m, nullptr) << "parse error: " << err.msg << " at line " << err.lineno;
  return m;
}

std::unique_ptr<SymTable> build(const std::string& text) {
  ast::Module* m = parse(text);
  if (!m) return nullptr;
  return std::unique_ptr<SymTable>(build_symtable(m));
}

const char* scope_name(Scope s) {
  switch (s) {
    case Scope::None: return "none";
    case Scope::Local: return "local";
    case Scope::GlobalExplicit: return "global_explicit";
    case Scope::GlobalImplicit: return "global_implicit";
    case Scope::Free: return "free";
    case Scope::Cell: return "cell";
  }
  return "?";
}

std::string flag_names(uint32_t f) {
  static const std::pair<uint32_t, const char*> kNames[] = {
      {DEF_GLOBAL, "global"}, {DEF_LOCAL, "local"},         {DEF_PARAM, "param"},
      {DEF_NONLOCAL, "nonlocal"}, {USE, "use"},             {DEF_FREE_CLASS, "free_class"},
      {DEF_IMPORT, "import"}, {DEF_ANNOT, "annot"},         {DEF_COMP_ITER, "comp_iter"}};
  std::string out;
  for (auto& [bit, name] : kNames) {
    if (f & bit) {
      if (!out.empty()) out += '|';
      out += name;
    }
  }
  return out;
}

// The same text as the generator's dump of CPython's symtable.
void dump(const Block* b, int indent, std::string& out) {
  std::string pad(indent, ' ');
  const char* type = b->type == BlockType::Module  ? "module"
                     : b->type == BlockType::Class ? "class"
                                                   : "function";
  out += pad + type + " " + b->name + " line=" + std::to_string(b->lineno);
  if (b->type == BlockType::Function) {
    out += " varnames=";
    for (size_t i = 0; i < b->varnames.size(); ++i) out += (i ? "," : "") + b->varnames[i];
  }
  out += "\n";
  std::vector<const Symbol*> syms;
  for (const Symbol& s : b->symbols) syms.push_back(&s);
  std::sort(syms.begin(), syms.end(),
            [](const Symbol* x, const Symbol* y) { return x->name < y->name; });
  for (const Symbol* s : syms) {
    out += pad + "  " + s->name + " " + scope_name(s->scope) + " " + flag_names(s->flags) + "\n";
  }
  for (const Block* c : b->children) dump(c, indent + 2, out);
}

std::string dump_of(const std::string& text) {
  std::unique_ptr<SymTable> st = build(text);
  if (!st) return "<parse error>";
  std::string out;
  dump(st->top, 0, out);
  return out;
}

class SymtableScopes : public ::testing::TestWithParam<ScopeCase> {};

TEST_P(SymtableScopes, MatchCPython) {
  const ScopeCase& c = GetParam();
  try {
    EXPECT_EQ(dump_of(c.source), c.dump) << "source:\n" << c.source;
  } catch (const syntax::SyntaxError& e) {
    ADD_FAILURE() << "unexpected SyntaxError: " << e.msg << " (line " << e.lineno << ")\n"
                  << c.source;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, SymtableScopes, ::testing::ValuesIn(kScopeCases),
                         [](const auto& info) { return std::string(info.param.name); });

class SymtableErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SymtableErrors, MessageAndPositionMatchCPython) {
  const ErrorCase& c = GetParam();
  ast::Module* m = parse(c.source);
  ASSERT_NE(m, nullptr);
  try {
    delete build_symtable(m);
    ADD_FAILURE() << "no error for:\n" << c.source;
  } catch (const syntax::SyntaxError& e) {
    EXPECT_STREQ(e.type, "SyntaxError");
    EXPECT_EQ(e.msg, c.msg) << c.source;
    // ASCII sources: CPython's 1-based offsets are our 0-based byte columns + 1.
    EXPECT_EQ(e.lineno, c.lineno) << c.source;
    EXPECT_EQ(e.col + 1, c.offset) << c.source;
    EXPECT_EQ(e.end_lineno, c.end_lineno) << c.source;
    EXPECT_EQ(e.end_col + 1, c.end_offset) << c.source;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, SymtableErrors, ::testing::ValuesIn(kErrorCases),
                         [](const auto& info) { return std::string(info.param.name); });

// ---- hand-written checks of what CPython's symtable module does not show --------------------

const Block* child(const Block* b, size_t i) {
  return i < b->children.size() ? b->children[i] : nullptr;
}

TEST(Symtable, ParamsInHeaderOrderAndVarnamesInCPythonOrder) {
  auto st = build("def f(a, /, b, *args, c, **kw): pass\ndef g(x, y=1): pass\nlambda: 0\n");
  const Block* f = child(st->top, 0);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->params, (std::vector<std::string>{"a", "b", "args", "c", "kw"}));
  EXPECT_EQ(f->varnames, (std::vector<std::string>{"a", "b", "c", "args", "kw"}));
  EXPECT_TRUE(f->has_varargs);
  EXPECT_TRUE(f->has_varkeywords);
  const Block* g = child(st->top, 1);
  EXPECT_EQ(g->params, (std::vector<std::string>{"x", "y"}));
  EXPECT_FALSE(g->has_varargs);
  EXPECT_FALSE(g->has_varkeywords);
  const Block* l = child(st->top, 2);
  EXPECT_TRUE(l->params.empty());
  EXPECT_TRUE(l->is_lambda);
  EXPECT_EQ(l->name, "<lambda>");
}

TEST(Symtable, SymbolsInOrderOfFirstAppearance) {
  auto st = build("b = 1\na = b\nc = a\ndef f(z, y):\n    x = w\n    return v\n");
  std::vector<std::string> names;
  for (const Symbol& s : st->top->symbols) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"b", "a", "c", "f"}));
  names.clear();
  for (const Symbol& s : child(st->top, 0)->symbols) names.push_back(s.name);
  // Assignment targets are visited before the value, as in CPython.
  EXPECT_EQ(names, (std::vector<std::string>{"z", "y", "x", "w", "v"}));
  // Lookup helpers.
  EXPECT_EQ(st->top->scope_of("a"), Scope::Local);
  EXPECT_EQ(st->top->scope_of("nope"), Scope::None);
  EXPECT_EQ(st->top->lookup("nope"), nullptr);
  ASSERT_NE(st->top->lookup("f"), nullptr);
  EXPECT_EQ(st->top->lookup("f")->flags, uint32_t(DEF_LOCAL));
}

TEST(Symtable, BlocksByNodeParentsAndChildren) {
  ast::Module* m = parse(
      "class C:\n    def m(self):\n        return [x for x in self]\n"
      "async def co():\n    return (y for y in z)\n");
  ASSERT_NE(m, nullptr);
  std::unique_ptr<SymTable> st(build_symtable(m));
  EXPECT_EQ(st->block_for(m), st->top);
  EXPECT_EQ(st->top->name, "top");
  EXPECT_EQ(st->top->type, BlockType::Module);
  EXPECT_EQ(st->top->node, m);
  EXPECT_EQ(st->top->parent, nullptr);
  EXPECT_EQ(st->owned.size(), 6u);

  auto* cdef = static_cast<ast::ClassDef*>(m->body[0]);
  const Block* c = st->block_for(cdef);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->type, BlockType::Class);
  EXPECT_EQ(c->name, "C");
  EXPECT_EQ(c->parent, st->top);
  EXPECT_EQ(c->lineno, 1);
  auto* mdef = static_cast<ast::FunctionDef*>(cdef->body[0]);
  const Block* meth = st->block_for(mdef);
  ASSERT_NE(meth, nullptr);
  EXPECT_EQ(meth->parent, c);
  auto* ret = static_cast<ast::Return*>(mdef->body[0]);
  const Block* comp = st->block_for(ret->value);
  ASSERT_NE(comp, nullptr);
  EXPECT_EQ(comp->name, "<listcomp>");
  EXPECT_TRUE(comp->is_comprehension);
  EXPECT_FALSE(comp->is_generator);
  EXPECT_EQ(comp->params, std::vector<std::string>{".0"});
  EXPECT_EQ(comp->varnames, std::vector<std::string>{".0"});
  EXPECT_EQ(comp->parent, meth);
  EXPECT_EQ(comp->lineno, 3);
  // The outermost iterable is evaluated in the method; the target belongs to the comprehension.
  EXPECT_EQ(meth->scope_of("self"), Scope::Local);
  EXPECT_EQ(comp->scope_of("self"), Scope::None);
  EXPECT_EQ(comp->scope_of("x"), Scope::Local);
  EXPECT_EQ(comp->lookup("x")->flags, uint32_t(DEF_LOCAL | DEF_COMP_ITER | USE));

  auto* co = static_cast<ast::AsyncFunctionDef*>(m->body[1]);
  const Block* cob = st->block_for(co);
  ASSERT_NE(cob, nullptr);
  EXPECT_TRUE(cob->is_coroutine);
  EXPECT_FALSE(cob->is_generator);
  const Block* gen = st->block_for(static_cast<ast::Return*>(co->body[0])->value);
  ASSERT_NE(gen, nullptr);
  EXPECT_EQ(gen->name, "<genexpr>");
  EXPECT_TRUE(gen->is_generator);
  EXPECT_TRUE(gen->is_comprehension);
  EXPECT_EQ(child(st->top, 0), c);
  EXPECT_EQ(child(st->top, 1), cob);
}

TEST(Symtable, ComprehensionBlockNames) {
  auto st = build("[a for a in b]\n{a for a in b}\n{a: 1 for a in b}\n(a for a in b)\n");
  ASSERT_EQ(st->top->children.size(), 4u);
  EXPECT_EQ(child(st->top, 0)->name, "<listcomp>");
  EXPECT_EQ(child(st->top, 1)->name, "<setcomp>");
  EXPECT_EQ(child(st->top, 2)->name, "<dictcomp>");
  EXPECT_EQ(child(st->top, 3)->name, "<genexpr>");
  for (const Block* b : st->top->children) {
    EXPECT_TRUE(b->is_comprehension);
    EXPECT_EQ(b->type, BlockType::Function);
    EXPECT_EQ(b->is_generator, b->name == "<genexpr>");
  }
}

TEST(Symtable, GeneratorAndCoroutineFlags) {
  auto st = build(
      "def g1():\n    yield\n"
      "def g2():\n    x = yield from y\n"
      "def plain():\n    return lambda: (yield)\n"
      "async def agen():\n    yield 1\n"
      "async def co():\n    await x\n"
      "async def comp():\n    return [[i async for i in a] for j in b]\n"
      "async def gexp():\n    return (i async for i in a)\n");
  const auto& ch = st->top->children;
  ASSERT_EQ(ch.size(), 7u);
  EXPECT_TRUE(ch[0]->is_generator);
  EXPECT_FALSE(ch[0]->is_coroutine);
  EXPECT_TRUE(ch[1]->is_generator);
  EXPECT_FALSE(ch[2]->is_generator);
  ASSERT_EQ(ch[2]->children.size(), 1u);
  EXPECT_TRUE(ch[2]->children[0]->is_generator);  // the lambda
  EXPECT_TRUE(ch[3]->is_generator);
  EXPECT_TRUE(ch[3]->is_coroutine);
  EXPECT_TRUE(ch[4]->is_coroutine);
  EXPECT_FALSE(ch[4]->is_generator);
  // An async comprehension makes the comprehension around it asynchronous too.
  const Block* outer = ch[5]->children[0];
  ASSERT_EQ(outer->children.size(), 1u);
  EXPECT_TRUE(outer->children[0]->is_coroutine);
  EXPECT_TRUE(outer->is_coroutine);
  // An async generator expression stays a generator; it does not make its parent async.
  const Block* gexp = ch[6]->children[0];
  EXPECT_TRUE(gexp->is_coroutine);
  EXPECT_TRUE(gexp->is_generator);
  // Module-level generator expressions with await are allowed (async generator expressions).
  auto st2 = build("g = (await x for x in y)\n");
  EXPECT_TRUE(child(st2->top, 0)->is_coroutine);
}

TEST(Symtable, ClassClosureForSuperAndDunderClass) {
  auto st = build(
      "class A:\n    def m(self):\n        return super().m()\n"
      "class B:\n    def m(self):\n        return 1\n"
      "class C:\n    def m(self):\n        def inner():\n            return __class__\n        return inner\n"
      "class D:\n    x = __class__\n"
      "def f():\n    return super()\n");
  const auto& ch = st->top->children;
  ASSERT_EQ(ch.size(), 5u);
  EXPECT_TRUE(ch[0]->needs_class_closure);
  EXPECT_EQ(ch[0]->children[0]->scope_of("__class__"), Scope::Free);
  EXPECT_EQ(ch[0]->scope_of("__class__"), Scope::None);
  EXPECT_FALSE(ch[1]->needs_class_closure);
  EXPECT_TRUE(ch[2]->needs_class_closure);
  EXPECT_EQ(ch[2]->children[0]->scope_of("__class__"), Scope::Free);  // passes through m
  EXPECT_EQ(ch[2]->children[0]->children[0]->scope_of("__class__"), Scope::Free);
  EXPECT_TRUE(ch[2]->child_free);
  // The class body itself does not see its own __class__ cell.
  EXPECT_FALSE(ch[3]->needs_class_closure);
  EXPECT_EQ(ch[3]->scope_of("__class__"), Scope::GlobalImplicit);
  // super() outside a class: __class__ is just an unbound global.
  EXPECT_EQ(ch[4]->scope_of("__class__"), Scope::GlobalImplicit);
}

TEST(Symtable, ChildFree) {
  auto st = build(
      "def a():\n    x = 1\n    def b():\n        return x\n"
      "def c():\n    def d():\n        return 1\n");
  EXPECT_TRUE(child(st->top, 0)->child_free);
  EXPECT_FALSE(child(st->top, 1)->child_free);
  // As CPython: a child with a child with free variables counts.
  EXPECT_TRUE(st->top->child_free);
  auto st2 = build("def c():\n    def d():\n        return 1\n");
  EXPECT_FALSE(st2->top->child_free);
}

TEST(Symtable, MangleFollowsPyMangle) {
  EXPECT_EQ(mangle("C", "__x"), "_C__x");
  EXPECT_EQ(mangle("_C", "__x"), "_C__x");
  EXPECT_EQ(mangle("__Cls", "__x"), "_Cls__x");
  EXPECT_EQ(mangle("C", "__x__"), "__x__");
  EXPECT_EQ(mangle("C", "__"), "__");
  EXPECT_EQ(mangle("C", "___"), "___");
  EXPECT_EQ(mangle("C", "__x_"), "_C__x_");
  EXPECT_EQ(mangle("C", "_x"), "_x");
  EXPECT_EQ(mangle("C", "x"), "x");
  EXPECT_EQ(mangle("C", "_"), "_");
  EXPECT_EQ(mangle("C", "__a.b"), "__a.b");
  EXPECT_EQ(mangle("___", "__x"), "__x");
  EXPECT_EQ(mangle("", "__x"), "__x");
  EXPECT_EQ(mangle("Ünï", "__x"), "_Ünï__x");
}

TEST(Symtable, MangledNamesInNestedBlocks) {
  auto st = build(
      "class C:\n    def m(self, __p):\n        f = lambda: __p + __q\n"
      "        return [__i for __i in __p]\n");
  const Block* m = child(child(st->top, 0), 0);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "m");
  EXPECT_EQ(m->params, (std::vector<std::string>{"self", "_C__p"}));
  EXPECT_EQ(m->scope_of("_C__p"), Scope::Cell);
  const Block* lam = child(m, 0);
  EXPECT_EQ(lam->scope_of("_C__p"), Scope::Free);
  EXPECT_EQ(lam->scope_of("_C__q"), Scope::GlobalImplicit);
  const Block* comp = child(m, 1);
  EXPECT_EQ(comp->scope_of("_C__i"), Scope::Local);
}

TEST(Symtable, DeepNestingRaisesRecursionError) {
  std::string deep = "x = 1";
  for (int i = 0; i < 5000; ++i) deep += " + 1";
  deep += "\n";
  ast::Module* m = parse(deep);
  ASSERT_NE(m, nullptr);
  try {
    delete build_symtable(m);
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "maximum recursion depth exceeded during compilation");
  }
  // CPython accepts a couple of thousand levels.
  std::string ok = "x = 1";
  for (int i = 0; i < 2900; ++i) ok += " + 1";
  ok += "\n";
  m = parse(ok);
  ASSERT_NE(m, nullptr);
  EXPECT_NO_THROW(delete build_symtable(m));
}

TEST(Symtable, FirstDirectiveLocatesAnalysisErrors) {
  // The error points at the first global/nonlocal statement naming the name.
  ast::Module* m = parse("def f():\n    nonlocal a\n    nonlocal a\n");
  ASSERT_NE(m, nullptr);
  try {
    delete build_symtable(m);
    ADD_FAILURE() << "no error";
  } catch (const syntax::SyntaxError& e) {
    EXPECT_EQ(e.msg, "no binding for nonlocal 'a' found");
    EXPECT_EQ(e.lineno, 2);
  }
}

TEST(Symtable, FutureAnnotationsFlag) {
  auto st = build("from __future__ import annotations\ndef f(a: (lambda: T)) -> R: pass\n");
  EXPECT_TRUE(st->future_annotations);
  const Block* f = child(st->top, 0);
  ASSERT_NE(f, nullptr);
  // Names in annotations are not recorded; the lambda of the annotation is no child.
  EXPECT_EQ(st->top->lookup("R"), nullptr);
  EXPECT_EQ(st->top->children.size(), 1u);
  EXPECT_TRUE(f->children.empty());
  auto st2 = build("def f(a: T) -> R: pass\n");
  EXPECT_FALSE(st2->future_annotations);
  EXPECT_EQ(st2->top->scope_of("R"), Scope::GlobalImplicit);
}

TEST(Symtable, WalrusTargetsBindOutside) {
  auto st = build(
      "def f():\n    [y := 1 for x in z]\n    return y\n"
      "[w := 2 for v in u]\n");
  const Block* f = child(st->top, 0);
  EXPECT_EQ(f->scope_of("y"), Scope::Cell);
  EXPECT_EQ(child(f, 0)->scope_of("y"), Scope::Free);
  EXPECT_EQ(child(f, 0)->lookup("y")->flags, uint32_t(DEF_LOCAL | DEF_NONLOCAL));
  EXPECT_EQ(st->top->scope_of("w"), Scope::GlobalExplicit);
  EXPECT_EQ(child(st->top, 1)->scope_of("w"), Scope::GlobalExplicit);
}

}  // namespace
