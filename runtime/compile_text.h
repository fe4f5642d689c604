// Source text -> code object, with front-end errors turned into Python exceptions
// (SyntaxError / IndentationError / TabError with filename, line, offset and text;
// RecursionError for programs nested too deeply to compile). Used by compile(), exec(), eval(),
// import and the command line.
#pragma once

#include <string>

#include "compiler/source.h"
#include "compiler/syntax_error.h"
#include "runtime/codeobject.h"

namespace slotpy {

enum class SourceMode { Exec, Eval, Single };

CodeObject* compile_text(const std::string& text, const char* filename, SourceMode mode);

// One input of the interactive loop, compiled as a "single" statement whose code objects keep
// `text` for tracebacks. When the input ended too early (more lines could complete it) returns
// nullptr and sets *incomplete; other errors raise SyntaxError.
CodeObject* compile_interactive(const std::string& text, const char* filename,
                                syntax::SyntaxError::Incomplete* incomplete);

// Raises the Python SyntaxError for a front-end error (src gives the line text when known).
[[noreturn]] void raise_syntax_error(const syntax::SyntaxError& e, const syntax::Source* src,
                                     const char* filename, bool eval_mode = false);

}  // namespace slotpy
