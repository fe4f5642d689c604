#include "compiler/parser.h"

#include <cstring>

#include "compiler/lexer.h"
#include "compiler/parser_actions.h"
#include "parser.hpp"

namespace slotpy::syntax {
namespace {

// Tokens that may start the subject of a match statement.
bool starts_subject(int ty) {
  switch (ty) {
    case NAME: case NUMBER: case STRING: case LPAR: case LSQB: case LBRACE: case KW_NONE:
    case KW_TRUE: case KW_FALSE: case ELLIPSIS: case KW_LAMBDA: case KW_NOT: case MINUS:
    case PLUS: case TILDE: case KW_AWAIT: case STAR:
      return true;
    default:
      return false;
  }
}

bool at_line_start(const ast::Seq<Token>& toks, int i) {
  if (i == 0) return true;
  int ty = toks[i - 1].type;
  return ty == NEWLINE || ty == INDENT || ty == DEDENT;
}

bool is_name(const Token& t, const char* s) { return t.type == NAME && !std::strcmp(t.name, s); }

// Turns the NAME `match` at toks[i] into KW_MATCH, and the NAMEs `case` that begin the lines of
// its block into KW_CASE.
void make_match(ast::Seq<Token>& toks, int i) {
  toks[i].type = KW_MATCH;
  int j = i + 1;
  while (j < toks.size && toks[j].type != NEWLINE && toks[j].type != ENDMARKER) ++j;
  if (j + 1 >= toks.size || toks[j + 1].type != INDENT) return;
  int depth = 0;
  for (int k = j + 1; k < toks.size; ++k) {
    int ty = toks[k].type;
    if (ty == INDENT) {
      ++depth;
    } else if (ty == DEDENT) {
      if (--depth == 0) break;
    } else if (depth == 1 && is_name(toks[k], "case") && at_line_start(toks, k)) {
      toks[k].type = KW_CASE;
    }
  }
}

// The soft keyword `match`: a logical line that starts with the name `match`, followed by
// something that can start an expression, and ends with ':' is a match statement (no other
// statement can end with ':' before its NEWLINE). `match = 1`, `match(x)`, `match.x`,
// `match: int` and `match[x]: int = 0` stay ordinary statements.
void find_soft_keywords(ast::Seq<Token>& toks) {
  for (int i = 0; i + 1 < toks.size; ++i) {
    if (!is_name(toks[i], "match") || !at_line_start(toks, i) || !starts_subject(toks[i + 1].type))
      continue;
    int j = i + 1;
    while (j < toks.size && toks[j].type != NEWLINE && toks[j].type != ENDMARKER) ++j;
    if (j < toks.size && toks[j].type == NEWLINE && toks[j - 1].type == COLON) make_match(toks, i);
  }
}

bool after(const SyntaxError& a, const SyntaxError& b) {
  return a.lineno > b.lineno || (a.lineno == b.lineno && a.col > b.col);
}

bool run(ParseState& P, const Source& src, ParseMode mode, SyntaxError* err) {
  P.src = &src;
  P.mode = mode;
  SyntaxError lexerr;
  P.toks = tokenize(src, &lexerr);
  if (!lexerr.msg.empty()) {
    P.has_lex_error = true;
    P.lex_error = lexerr;
  }
  // `with (` whose matching `)` is followed by `:` opens a parenthesized list of with-items.
  for (int i = 0; i + 1 < P.toks.size; ++i) {
    if (P.toks[i].type != KW_WITH || P.toks[i + 1].type != LPAR) continue;
    int depth = 0;
    for (int j = i + 1; j < P.toks.size; ++j) {
      int ty = P.toks[j].type;
      if (ty == LPAR || ty == LSQB || ty == LBRACE) ++depth;
      if (ty == RPAR || ty == RSQB || ty == RBRACE) {
        if (--depth == 0) {
          if (j + 1 < P.toks.size && P.toks[j + 1].type == COLON) P.toks[i + 1].type = WITH_LPAR;
          break;
        }
      }
      if (ty == NEWLINE || ty == ENDMARKER) break;
    }
  }
  if (mode == ParseMode::File) find_soft_keywords(P.toks);
  if (run_parser(P, err)) return true;
  // The parse failed on a line that starts with the name `match` that was not taken as a match
  // statement (`match x` without ':', `match x: pass`): as CPython's PEG parser, which also
  // tries the match statement there, report the error found furthest into the line.
  int failed = P.next > 0 ? P.next - 1 : 0;
  if (failed >= P.toks.size) failed = P.toks.size - 1;
  int s = failed;
  while (s > 0 && !at_line_start(P.toks, s)) --s;
  if (mode == ParseMode::File && is_name(P.toks[s], "match") && s + 1 < P.toks.size &&
      starts_subject(P.toks[s + 1].type)) {
    ParseState Q;
    Q.src = &src;
    Q.mode = mode;
    Q.has_lex_error = P.has_lex_error;
    Q.lex_error = P.lex_error;
    for (const Token& t : P.toks) Q.toks.push(t);
    make_match(Q.toks, s);
    SyntaxError err2;
    if (!run_parser(Q, &err2) && after(err2, *err)) *err = err2;
  }
  return false;
}

}  // namespace

ast::Module* parse_module(const Source& src, SyntaxError* err) {
  ParseState P;
  if (!run(P, src, ParseMode::File, err)) return nullptr;
  return P.module;
}

ast::Expr* parse_expression(const Source& src, SyntaxError* err) {
  ParseState P;
  if (!run(P, src, ParseMode::Eval, err)) return nullptr;
  return P.expr;
}

}  // namespace slotpy::syntax
