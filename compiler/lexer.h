// The tokenizer: source text to the token stream the parser reads, with NEWLINE, INDENT and DEDENT
// computed from an indentation stack as CPython's tokenizer does. The scanner proper is generated
// by re2c from grammar/lexer.re.
#pragma once

#include "compiler/ast.h"
#include "compiler/source.h"
#include "compiler/syntax_error.h"

namespace slotpy::syntax {

struct Token {
  int type;          // a Bison token kind (parser.hpp)
  int lineno, col;   // start: 1-based line, 0-based byte column
  int end_lineno, end_col;
  const char* start;  // the token's text in the source
  const char* end;
  ast::Ident name;   // NAME: the NFKC-normalized identifier
  int level;         // bracket nesting depth before this token
  bool at_eof;       // made up at the end of the input (its NEWLINE, DEDENTs, ENDMARKER)
};

// Tokenizes the whole source. A lexical error becomes a final ERRORTOKEN whose details are in
// *error: the parser raises it only if it reads that far, as CPython's lazy tokenizer would.
ast::Seq<Token> tokenize(const Source& src, SyntaxError* error);

// Name of a token kind for debugging and the unit tests ("NAME", "'('", "INDENT", ...).
const char* token_name(int type);

}  // namespace slotpy::syntax
