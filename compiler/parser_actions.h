// The parser's state and the helpers its grammar actions call (grammar/parser.y): turning
// expressions into assignment targets, checking call arguments and parameter lists, decoding
// string and number literals, parsing f-strings. Each check raises CPython's SyntaxError.
#pragma once

#include "compiler/ast.h"
#include "compiler/lexer.h"
#include "compiler/source.h"
#include "compiler/syntax_error.h"

namespace slotpy::syntax {

// Bison's location type (the default layout), declared here so the helpers can take it.
struct Loc {
  int first_line, first_column, last_line, last_column;
};

inline ast::Pos pos_of(const Loc& l) {
  return ast::Pos{l.first_line, l.first_column, l.last_line, l.last_column};
}
inline ast::Pos span(const ast::Pos& a, const ast::Pos& b) {
  return ast::Pos{a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
}

// The first token the parser reads selects what it parses.
enum class ParseMode { File, Eval, FStringExpr };

struct ParseState {
  const Source* src = nullptr;
  ast::Seq<Token> toks{};
  int next = 0;              // index of the next token to hand to the parser
  ParseMode mode = ParseMode::File;
  bool mode_sent = false;
  bool has_lex_error = false;
  SyntaxError lex_error;
  ast::Module* module = nullptr;
  ast::Expr* expr = nullptr;
  int fstring_depth = 0;     // nesting of f-strings inside format specs
};

// ---- intermediate values of the grammar ----------------------------------------------------

struct ExprList {
  ast::ExprSeq items;
  bool trailing_comma = false;
};

// One argument of a call as written, checked and sorted by build_call().
struct ArgItem {
  enum Kind { Positional, Star, Keyword, DoubleStar, Generator } kind;
  ast::Expr* value;
  ast::Expr* lhs;  // Keyword: what stood before '='
  ast::Pos pos;
  ast::Pos lhs_eq_pos{};  // Keyword: from lhs to '=', where CPython reports a bad keyword
};
using ArgItems = ast::Seq<ArgItem*>;

// One parameter as written, checked by build_arguments().
struct ParamItem {
  enum Kind { Plain, Slash, BareStar, Star, DoubleStar } kind;
  ast::Arg* arg;
  ast::Expr* def;
  ast::Pos pos;
};
using ParamItems = ast::Seq<ParamItem*>;

struct DictItems {
  ast::ExprSeq keys, values;
};

struct TryTail {
  ast::ExceptHandlerSeq handlers;
  bool star = false;
  ast::StmtSeq orelse, finalbody;
};

// One argument of a class pattern: `pattern` or `name=pattern`.
struct ClassArg {
  ast::Ident kw;  // nullptr: positional
  ast::Pattern* pattern;
};
using ClassArgs = ast::Seq<ClassArg*>;

struct MapItems {
  ast::ExprSeq keys;
  ast::PatternSeq patterns;
};

[[noreturn]] void raise_at(const char* msg, const ast::Pos& p, const char* type = "SyntaxError");
[[noreturn]] void raise_at(const std::string& msg, const ast::Pos& p,
                           const char* type = "SyntaxError");

// ---- helpers -------------------------------------------------------------------------------

// "function call", "literal", ... as CPython's _PyPegen_get_expr_name.
const char* expr_name(ast::Expr* e);

// Sets the context of an assignment/deletion target, raising "cannot assign to X" /
// "cannot delete X" where e is not a valid target.
void set_context(ast::Expr* e, ast::ExprContext ctx);

// The statement for `targets[0] = targets[1] = ... = value`.
ast::Stmt* build_assign(ast::ExprSeq targets, ast::Expr* value, ast::Pos pos);
ast::Stmt* build_augassign(ast::Expr* target, int op, ast::Expr* value, ast::Pos pos);
ast::Stmt* build_annassign(ast::Expr* target, ast::Expr* ann, ast::Expr* value, ast::Pos pos);

// A tuple for `a, b` / `(a, b)`, or the lone element when there is no comma.
ast::Expr* tuple_or_single(ExprList* l, ast::Pos pos);
ast::Expr* make_tuple(ast::ExprSeq items, ast::Pos pos);

ast::Expr* build_call(ast::Expr* func, ArgItems* args, ast::Pos pos);
ast::Arguments* build_arguments(ParamItems* params, bool is_lambda);
ast::Arguments* empty_arguments();

ast::Expr* make_number(Token* t);
ast::Expr* make_strings(ParseState& P, ast::Seq<Token*>* toks, ast::Pos pos);
ast::Expr* make_name(Token* t, ast::ExprContext ctx = ast::ExprContext::Load);
ast::Expr* make_constant(ast::ConstantValue::Kind k, ast::Pos pos);

ast::Expr* binop(ast::Expr* l, ast::OperatorKind op, ast::Expr* r, ast::Pos pos);
ast::Expr* boolop(ast::Expr* l, ast::BoolOpKind op, ast::Expr* r, ast::Pos pos);
ast::Expr* compare(ast::Expr* l, ast::CmpOpKind op, ast::Expr* r, ast::Pos pos);

// Changes FunctionDef/For/With into AsyncFunctionDef/AsyncFor/AsyncWith.
ast::Stmt* make_async(ast::Stmt* s, ast::Pos pos);

// ---- patterns of the match statement --------------------------------------------------------

// The name of a capture target (`as NAME`): "_" is CPython's "cannot use '_' as a target".
ast::Ident capture_target(Token* t);
// A pattern written as a name or dotted name: wildcard `_`, a capture, or a value pattern.
ast::Pattern* name_pattern(ast::Expr* name_or_attr);
ast::Pattern* singleton_pattern(ast::ConstantValue::Kind k, ast::Pos pos);
// `real + imag` / `real - imag` in a pattern, with CPython's checks of both parts.
ast::Expr* complex_literal(ast::Expr* real, ast::OperatorKind op, ast::Expr* imag, ast::Pos pos);
ast::Pattern* build_class_pattern(ast::Expr* cls, ClassArgs* args, ast::Pos pos);
ast::Pattern* build_mapping_pattern(MapItems* items, Token* rest, ast::Pos pos);

// End position of the last statement of a block.
ast::Pos block_end(const ast::StmtSeq& body);

// Parses tokens; on failure fills *err and returns false.
bool run_parser(ParseState& P, SyntaxError* err);

}  // namespace slotpy::syntax
