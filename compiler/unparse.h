// Source text of an expression, as CPython 3.11 writes it back.
//
// CPython has two unparsers that agree on almost everything:
//  - Lib/ast.py's ast.unparse (unparse() here), and
//  - Python/ast_unparse.c (unparse_annotation() here), used by the compiler for the strings that
//    `from __future__ import annotations` stores in __annotations__.
// They differ in a few details: `a and b and (not c)` (ast.unparse raises the precedence of each
// further operand of a chain of and/or) vs `a and b and not c`; `True .real` vs `True.real`;
// `f((x for x in y))` vs `f(x for x in y)`; `lambda *a: 0` vs `lambda*a: 0`; ast.unparse
// chooses the quotes of f-strings to avoid backslashes while the C unparser uses repr() of the
// f-string's body; the empty set; `(yield)` always parenthesized by the C unparser.
#pragma once

#include <string>

#include "compiler/ast.h"

namespace slotpy::ast {

// ast.unparse(e) of CPython 3.11. Throws std::invalid_argument("Unable to avoid backslash in
// f-string expression part") where ast.unparse raises that ValueError.
std::string unparse(const Expr* e);

// The annotation string of CPython 3.11's compiler (_PyAST_ExprAsUnicode).
std::string unparse_annotation(const Expr* e);

}  // namespace slotpy::ast
