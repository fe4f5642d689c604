// Chooses CPython 3.11's message and location for a parse that failed at a token: the special
// messages of CPython's second ("invalid_*") pass where they apply, else "invalid syntax".
#include <cstring>
#include <string>

#include "compiler/parser_actions.h"
#include "parser.hpp"

namespace slotpy::syntax {
namespace {

bool has(const int* expected, int n, int tok) {
  for (int i = 0; i < n; ++i)
    if (expected[i] == tok) return true;
  return false;
}

bool ends_expression(int ty) {
  switch (ty) {
    case NAME: case NUMBER: case STRING: case RPAR: case RSQB: case RBRACE:
    case KW_NONE: case KW_TRUE: case KW_FALSE: case ELLIPSIS:
      return true;
    default:
      return false;
  }
}

bool starts_expression(int ty) {
  switch (ty) {
    case NAME: case NUMBER: case STRING: case LPAR: case LSQB: case LBRACE:
    case KW_NONE: case KW_TRUE: case KW_FALSE: case ELLIPSIS: case KW_LAMBDA: case KW_NOT:
    case MINUS: case PLUS: case TILDE: case KW_AWAIT:
      return true;
    default:
      return false;
  }
}

// Index of the first token of the logical line containing token i.
int line_start(const ParseState& P, int i) {
  while (i > 0) {
    int ty = P.toks[i - 1].type;
    if (ty == NEWLINE || ty == INDENT || ty == DEDENT) break;
    --i;
  }
  return i;
}

const char* block_kind(int ty, bool star) {
  switch (ty) {
    case KW_IF: return "'if' statement";
    case KW_ELIF: return "'elif' statement";
    case KW_ELSE: return "'else' statement";
    case KW_WHILE: return "'while' statement";
    case KW_FOR: return "'for' statement";
    case KW_WITH: return "'with' statement";
    case KW_TRY: return "'try' statement";
    case KW_EXCEPT: return star ? "'except*' statement" : "'except' statement";
    case KW_FINALLY: return "'finally' statement";
    case KW_DEF: return "function definition";
    case KW_CLASS: return "class definition";
    case KW_MATCH: return "'match' statement";
    case KW_CASE: return "'case' statement";
    default: return nullptr;
  }
}

SyntaxError at_token(const char* type, std::string msg, const Token& t) {
  SyntaxError e;
  e.type = type;
  e.msg = std::move(msg);
  e.lineno = t.lineno;
  e.col = t.col;
  e.end_lineno = t.end_lineno;
  e.end_col = t.end_col;
  return e;
}

}  // namespace

// Running a file, CPython locates an error at an end-of-file token on the last line and
// without a column (so no caret is drawn).
static bool at_eof(const ParseState& P, int i) {
  for (int k = i; k < P.toks.size; ++k)
    if (P.toks[k].type != DEDENT && P.toks[k].type != ENDMARKER) return false;
  return true;
}

static SyntaxError eof_error(const ParseState& P, int failed, const char* type, std::string msg) {
  SyntaxError e;
  e.type = type;
  e.msg = std::move(msg);
  e.lineno = e.end_lineno = 1;
  for (int k = failed; k >= 0; --k)
    if (P.toks[k].type != DEDENT && P.toks[k].type != ENDMARKER) {
      e.lineno = e.end_lineno = P.toks[k].end_lineno;
      break;
    }
  e.col = e.end_col = -1;
  return e;
}

// Parses toks[from, to) as one expression; returns it, or nullptr when they are not one.
static ast::Expr* parse_expr_tokens(const ParseState& P, int from, int to) {
  ParseState Q;
  Q.src = P.src;
  Q.mode = ParseMode::Eval;
  for (int k = from; k < to; ++k) Q.toks.push(P.toks[k]);
  Token nl = P.toks[to - 1];
  nl.type = NEWLINE;
  Q.toks.push(nl);
  nl.type = ENDMARKER;
  Q.toks.push(nl);
  SyntaxError ignored;
  if (!run_parser(Q, &ignored)) return nullptr;
  // CPython's `expression`: no starred item, no tuple without parentheses.
  ast::Expr* e = Q.expr;
  if (e->kind == ast::ExprKind::Starred) return nullptr;
  if (e->kind == ast::ExprKind::Tuple &&
      !(P.toks[from].type == LPAR && e->pos.col_offset == P.toks[from].col &&
        e->pos.lineno == P.toks[from].lineno))
    return nullptr;
  return e;
}

// CPython's `bitwise_or`: an expression without comparisons, not/and/or, lambda, if-else,
// walrus or star at its top (anything parenthesized is an atom).
static bool is_bitwise_or(ast::Expr* e) {
  if (e->parenthesized) return true;
  switch (e->kind) {
    case ast::ExprKind::BoolOp: case ast::ExprKind::NamedExpr: case ast::ExprKind::Lambda:
    case ast::ExprKind::IfExp: case ast::ExprKind::Compare: case ast::ExprKind::Starred:
    case ast::ExprKind::Yield: case ast::ExprKind::YieldFrom:
      return false;
    case ast::ExprKind::UnaryOp:
      return ast::as<ast::UnaryOp>(e)->op != ast::UnaryOpKind::Not;
    default:
      return true;
  }
}

// Index just past the bracket that token i opens.
static int past_bracket(const ParseState& P, int i) {
  int depth = 0;
  for (int k = i; k < P.toks.size; ++k) {
    int ty = P.toks[k].type;
    if (ty == LPAR || ty == LSQB || ty == LBRACE) ++depth;
    if ((ty == RPAR || ty == RSQB || ty == RBRACE) && --depth == 0) return k + 1;
  }
  return P.toks.size;
}

// `if x = 1:`, `[x = 1]`: an '=' where CPython parses a named expression (an if/elif/while
// condition, an item of a list, set, tuple or subscript). CPython's invalid_named_expression
// rule: NAME '=' bitwise_or, or a bitwise_or that is not a list/tuple/genexp/True/None/False,
// and after the right-hand bitwise_or no other '=' or ':='.
static bool named_expression_error(const ParseState& P, int eq, SyntaxError* out) {
  // The start of the item holding the '=', and the bracket or keyword that holds the item.
  int depth = 0;
  int opener = -1;
  bool item_start_found = false;
  int item = eq;
  for (int k = eq - 1; k >= 0; --k) {
    int ty = P.toks[k].type;
    if (ty == RPAR || ty == RSQB || ty == RBRACE) { ++depth; continue; }
    if (ty == LPAR || ty == LSQB || ty == LBRACE) {
      if (depth > 0) { --depth; continue; }
      opener = k;
      if (!item_start_found) item = k + 1;
      break;
    }
    if (depth > 0) continue;
    if (ty == NEWLINE || ty == INDENT || ty == DEDENT || ty == SEMI) {
      if (!item_start_found) item = k + 1;
      break;
    }
    if (ty == COLON) return false;  // a dict value, a slice, a lambda body
    if (ty == COMMA && !item_start_found) { item = k + 1; item_start_found = true; }
    if ((ty == KW_IF || ty == KW_ELIF || ty == KW_WHILE) && !item_start_found) {
      if (line_start(P, k) != k) return false;  // a conditional expression's or a comprehension's
      item = k + 1;
      opener = k;
      break;
    }
  }
  int s = item;
  if (opener < 0 || s >= eq) return false;
  int oty = P.toks[opener].type;
  if (oty == LPAR && opener > 0 && ends_expression(P.toks[opener - 1].type)) return false;  // a call
  if (oty == LBRACE)
    for (int k = opener + 1; k < eq; ++k)
      if (P.toks[k].type == COLON && P.toks[k].level == P.toks[opener].level + 1) return false;
  ast::Expr* lhs = parse_expr_tokens(P, s, eq);
  if (!lhs || !is_bitwise_or(lhs)) return false;
  // The longest bitwise_or after the '=', then neither '=' nor ':='.
  ast::Expr* rhs = nullptr;
  int rhs_end = -1;
  for (int k = eq + 2; k <= P.toks.size && k <= eq + 200; ++k) {
    int ty = P.toks[k - 1].type;
    if (ty == NEWLINE || ty == ENDMARKER) break;
    if (ast::Expr* e = parse_expr_tokens(P, eq + 1, k); e && is_bitwise_or(e)) {
      rhs = e;
      rhs_end = k;
    }
  }
  if (!rhs) return false;
  if (rhs_end < P.toks.size && (P.toks[rhs_end].type == EQUAL || P.toks[rhs_end].type == COLONEQUAL))
    return false;
  SyntaxError e;
  if (s + 1 == eq && P.toks[s].type == NAME) {
    e = at_token("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", P.toks[s]);
    e.end_lineno = rhs->pos.end_lineno;
    e.end_col = rhs->pos.end_col_offset;
    *out = e;
    return true;
  }
  int fty = P.toks[s].type;
  if (fty == KW_TRUE || fty == KW_FALSE || fty == KW_NONE) return false;
  if (fty == LSQB || fty == LPAR) {
    if (ast::Expr* first = parse_expr_tokens(P, s, past_bracket(P, s));
        first && (first->kind == ast::ExprKind::List || first->kind == ast::ExprKind::Tuple ||
                  first->kind == ast::ExprKind::GeneratorExp))
      return false;
  }
  e.msg = std::string("cannot assign to ") + expr_name(lhs) + " here. Maybe you meant '==' instead of '='?";
  e.lineno = lhs->pos.lineno;
  e.col = lhs->pos.col_offset;
  e.end_lineno = lhs->pos.end_lineno;
  e.end_col = lhs->pos.end_col_offset;
  *out = e;
  return true;
}

// CPython's `disjunction`: an expression without lambda, if-else, walrus, star or yield on top.
static bool is_disjunction(ast::Expr* e) {
  if (e->parenthesized) return true;
  switch (e->kind) {
    case ast::ExprKind::Lambda: case ast::ExprKind::IfExp: case ast::ExprKind::NamedExpr:
    case ast::ExprKind::Starred: case ast::ExprKind::Yield: case ast::ExprKind::YieldFrom:
      return false;
    default:
      return true;
  }
}

// Tokens that end an expression item when met at its bracket level (walking backwards).
static bool item_boundary(int ty) {
  switch (ty) {
    case COMMA: case NEWLINE: case INDENT: case DEDENT: case SEMI: case EQUAL: case COLON:
    case COLONEQUAL: case KW_RETURN: case KW_YIELD: case KW_ASSERT: case KW_ELSE: case KW_IN:
    case KW_IF: case KW_DEL: case KW_FOR: case KW_LAMBDA:
    case LPAR: case LSQB: case LBRACE:
      return true;
    default:
      return false;
  }
}

// `x = a if b` with no `else`: CPython's invalid_expression rule
// disjunction 'if' disjunction !('else'|':'), reported over both disjunctions.
static bool ternary_else_error(const ParseState& P, int failed, SyntaxError* out) {
  int tty = P.toks[failed].type;
  if (tty == KW_ELSE || tty == COLON) return false;
  int depth = 0;
  int if_idx = -1;
  for (int k = failed - 1; k >= 0; --k) {
    int ty = P.toks[k].type;
    if (ty == RPAR || ty == RSQB || ty == RBRACE) { ++depth; continue; }
    if (depth > 0) {
      if (ty == LPAR || ty == LSQB || ty == LBRACE) --depth;
      continue;
    }
    if (ty == KW_IF) { if_idx = k; break; }
    if (item_boundary(ty)) return false;
  }
  if (if_idx <= 0 || line_start(P, if_idx) == if_idx) return false;  // none, or an if statement
  depth = 0;
  for (int k = if_idx - 1; k >= 0; --k) {  // a comprehension's `if` follows its `for`
    int ty = P.toks[k].type;
    if (ty == RPAR || ty == RSQB || ty == RBRACE) ++depth;
    if (ty == LPAR || ty == LSQB || ty == LBRACE) {
      if (depth == 0) break;
      --depth;
    }
    if (ty == NEWLINE || ty == INDENT || ty == DEDENT || ty == SEMI) break;
    if (depth == 0 && ty == KW_FOR) return false;
  }
  ast::Expr* b = parse_expr_tokens(P, if_idx + 1, failed);
  if (!b || !is_disjunction(b)) return false;
  // The longest disjunction that ends just before the `if`.
  ast::Expr* a = nullptr;
  depth = 0;
  for (int k = if_idx - 1; k >= 0; --k) {
    int ty = P.toks[k].type;
    if (ty == RPAR || ty == RSQB || ty == RBRACE) ++depth;
    if (ty == LPAR || ty == LSQB || ty == LBRACE) {
      if (depth == 0) break;
      --depth;
    }
    if (depth == 0 && item_boundary(ty) && ty != LPAR && ty != LSQB && ty != LBRACE) break;
    if (ast::Expr* e = parse_expr_tokens(P, k, if_idx); e && is_disjunction(e)) a = e;
  }
  if (!a) return false;
  SyntaxError e;
  e.msg = "expected 'else' after 'if' expression";
  e.lineno = a->pos.lineno;
  e.col = a->pos.col_offset;
  e.end_lineno = b->pos.end_lineno;
  e.end_col = b->pos.end_col_offset;
  *out = e;
  return true;
}

// Whether token i lies in the pattern of a `case` line (before its guard's `if`).
static bool in_case_pattern(const ParseState& P, int i) {
  int s = line_start(P, i);
  if (P.toks[s].type != KW_CASE) return false;
  for (int k = s + 1; k < i; ++k)
    if (P.toks[k].type == KW_IF && P.toks[k].level == 0) return false;
  return true;
}

SyntaxError describe_syntax_error(ParseState& P, int failed, const int* expected, int n) {
  if (failed < 0) failed = 0;
  if (failed >= P.toks.size) failed = P.toks.size - 1;
  const Token& t = P.toks[failed];
  bool eof = at_eof(P, failed);

  // `case p as <not a name>`: CPython's "invalid pattern target", on the longest expression
  // that follows `as`.
  if (failed > 0 && P.toks[failed - 1].type == KW_AS && t.type != NAME &&
      P.toks[line_start(P, failed)].type == KW_CASE) {
    int end = failed;
    while (end < P.toks.size && P.toks[end].type != NEWLINE && P.toks[end].type != ENDMARKER &&
           !(P.toks[end].level == t.level && P.toks[end].type == COLON))
      ++end;
    for (int k = end; k > failed; --k) {
      if (ast::Expr* e = parse_expr_tokens(P, failed, k)) {
        SyntaxError err;
        err.msg = "invalid pattern target";
        err.lineno = e->pos.lineno;
        err.col = e->pos.col_offset;
        err.end_lineno = e->pos.end_lineno;
        err.end_col = e->pos.end_col_offset;
        return err;
      }
    }
  }

  const Token* prev = failed > 0 ? &P.toks[failed - 1] : nullptr;

  // A block was expected after "...:" NEWLINE.
  if (prev && prev->type == NEWLINE && t.type != INDENT && failed >= 2 &&
      P.toks[failed - 2].type == COLON) {
    int s = line_start(P, failed - 2);
    int kw = P.toks[s].type;
    if (kw == KW_ASYNC && s + 1 < failed) kw = P.toks[s + 1].type;
    if (kw == AT) {
      // decorators: find the def/class after them
      for (int k = s; k < failed; ++k)
        if (P.toks[k].type == KW_DEF || P.toks[k].type == KW_CLASS) {
          kw = P.toks[k].type;
          s = k;
          break;
        }
    }
    bool star = kw == KW_EXCEPT && s + 1 < failed && P.toks[s + 1].type == STAR;
    if (const char* what = block_kind(kw, star)) {
      std::string msg = std::string("expected an indented block after ") + what + " on line " +
                        std::to_string(P.toks[s].lineno);
      if (eof) return eof_error(P, failed, "IndentationError", msg);
      return at_token("IndentationError", msg, t);
    }
  }
  if (t.type == INDENT) {
    SyntaxError e = at_token("IndentationError", "unexpected indent", t);
    e.end_col = -1;
    return e;
  }
  // A try block without handlers.
  if (has(expected, n, KW_EXCEPT) && has(expected, n, KW_FINALLY) && !has(expected, n, NAME)) {
    if (eof) return eof_error(P, failed, "SyntaxError", "expected 'except' or 'finally' block");
    SyntaxError e = at_token("SyntaxError", "expected 'except' or 'finally' block", t);
    e.end_col = -1;
    return e;
  }
  if (t.type == NEWLINE && has(expected, n, COLON)) {
    int s = line_start(P, failed);
    int kw = P.toks[s].type;
    if (kw == KW_ASYNC && s + 1 < failed) kw = P.toks[s + 1].type;
    if (block_kind(kw, false)) return at_token("SyntaxError", "expected ':'", t);
  }
  // print "x" / exec "x"
  if (prev && prev->type == NAME && starts_expression(t.type) && line_start(P, failed - 1) == failed - 1 &&
      (!std::strcmp(prev->name, "print") || !std::strcmp(prev->name, "exec"))) {
    int k = failed;
    while (k + 1 < P.toks.size && P.toks[k + 1].type != NEWLINE && P.toks[k + 1].type != ENDMARKER) ++k;
    SyntaxError e = at_token("SyntaxError", "", *prev);
    e.msg = std::string("Missing parentheses in call to '") + prev->name + "'. Did you mean " +
            prev->name + "(...)?";
    e.end_lineno = P.toks[k].end_lineno;
    e.end_col = P.toks[k].end_col;
    return e;
  }
  if (prev) {
    SyntaxError e;
    if (ternary_else_error(P, failed, &e)) return e;
  }
  // Two expressions side by side inside brackets (not in a case pattern: CPython's
  // invalid_expression rule is for expressions only).
  if (prev && t.level > 0 && ends_expression(prev->type) && starts_expression(t.type) &&
      !in_case_pattern(P, failed)) {
    // Walk back to the start of the previous expression at the same bracket level.
    int k = failed - 1;
    int depth = 0;
    while (k > 0) {
      int ty = P.toks[k].type;
      if (ty == RPAR || ty == RSQB || ty == RBRACE) ++depth;
      if (ty == LPAR || ty == LSQB || ty == LBRACE) {
        if (depth == 0) { ++k; break; }
        --depth;
      }
      if (depth == 0 && k < failed - 1) {
        int pty = P.toks[k].type;
        if (pty == COMMA || pty == COLON || pty == EQUAL || pty == KW_IN || pty == KW_FOR ||
            pty == KW_IF || pty == KW_ELSE || pty == KW_RETURN || pty == COLONEQUAL) {
          ++k;
          break;
        }
      }
      --k;
    }
    // A comprehension's `if` condition and a conditional expression's branches are not where
    // CPython looks for a missing comma.
    int before = k > 0 ? P.toks[k - 1].type : 0;
    if (before == KW_IF || before == KW_ELSE) {
      if (eof) return eof_error(P, failed, "SyntaxError", "invalid syntax");
      return at_token("SyntaxError", "invalid syntax", t);
    }
    SyntaxError e = at_token("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", P.toks[k]);
    e.end_lineno = t.end_lineno;
    e.end_col = t.end_col;
    return e;
  }
  if (t.type == EQUAL) {
    SyntaxError e;
    if (named_expression_error(P, failed, &e)) return e;
  }
  const char* msg = "invalid syntax";
  if (prev && prev->type == STAR && failed >= 2 && P.toks[failed - 2].type == KW_EXCEPT &&
      (t.type == COLON || t.type == NEWLINE))
    msg = "expected one or more exception types";  // `except*:`
  if (eof) return eof_error(P, failed, "SyntaxError", msg);
  return at_token("SyntaxError", msg, t);
}

}  // namespace slotpy::syntax
