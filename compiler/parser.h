// Entry points of the front end: source text to an AST (lexer + Bison parser).
#pragma once

#include "compiler/ast.h"
#include "compiler/source.h"
#include "compiler/syntax_error.h"

namespace slotpy::syntax {

// Parses a whole module. Returns nullptr and fills *err on a syntax error.
ast::Module* parse_module(const Source& src, SyntaxError* err);
// Parses an expression (eval input). Returns nullptr and fills *err on a syntax error.
ast::Expr* parse_expression(const Source& src, SyntaxError* err);

}  // namespace slotpy::syntax
