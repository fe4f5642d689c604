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
    SyntaxError e = at_token("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", P.toks[k]);
    e.end_lineno = t.end_lineno;
    e.end_col = t.end_col;
    return e;
  }
  if (eof) return eof_error(P, failed, "SyntaxError", "invalid syntax");
  return at_token("SyntaxError", "invalid syntax", t);
}

}  // namespace slotpy::syntax
