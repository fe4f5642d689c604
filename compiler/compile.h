// The bytecode compiler: AST + symbol table -> code objects (runtime/codeobject.h).
#pragma once

#include <stdexcept>

#include "compiler/ast.h"
#include "compiler/source.h"
#include "compiler/syntax_error.h"
#include "runtime/codeobject.h"

namespace slotpy::compiler {

enum class CompileMode { Exec, Eval, Single };

// Thrown when the AST nests too deeply to compile (reported as RecursionError).
struct CompileRecursionError : std::runtime_error {
  CompileRecursionError() : std::runtime_error("maximum recursion depth exceeded during compilation") {}
};

// Compiles a module (Exec/Single) or an expression (Eval: pass the Expr via `expr`).
// Throws syntax::SyntaxError for compile-time errors and CompileRecursionError.
CodeObject* compile_module(ast::Module* mod, const char* filename, CompileMode mode = CompileMode::Exec);
CodeObject* compile_expression(ast::Expr* expr, const char* filename);

}  // namespace slotpy::compiler
