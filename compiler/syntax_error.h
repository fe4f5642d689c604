// A syntax error found by the lexer or the parser, with CPython's fields (SyntaxError.msg,
// lineno, offset, end_lineno, end_offset) and its printed form.
#pragma once

#include <string>

namespace slotpy::syntax {

class Source;

struct SyntaxError {
  const char* type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string msg;
  int lineno = 0;
  int col = 0;          // 0-based UTF-8 byte column of the start
  int end_lineno = 0;
  int end_col = -1;     // 0-based byte column of the end; -1: none
  bool unclosed_bracket = false;  // the lexer's "'(' was never closed" at end of file
  // The input ended too early, and more lines could make it valid (how the interactive loop
  // knows to read on): kOpen inside a bracket or a triple-quoted string, where a blank line
  // goes on too; kStatement for a statement that wants more (a block after ':', an
  // `except` after `try:`, a continuation line), which a blank line ends.
  enum Incomplete { kComplete = 0, kOpen, kStatement };
  Incomplete incomplete = kComplete;
};

// What CPython prints for an uncaught SyntaxError raised while compiling a file:
//   File "x.py", line N / the source line / the carets / Type: message
std::string format_syntax_error(const SyntaxError& e, const Source& src);

// CPython's 1-based character offsets for e (SyntaxError.offset and .end_offset).
int char_offset(const Source& src, int lineno, int byte_col);

}  // namespace slotpy::syntax
