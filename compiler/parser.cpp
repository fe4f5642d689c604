#include "compiler/parser.h"

#include "compiler/lexer.h"
#include "compiler/parser_actions.h"
#include "parser.hpp"

namespace slotpy::syntax {
namespace {

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
  return run_parser(P, err);
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
