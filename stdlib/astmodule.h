// The _ast module's hooks for compile(): source text -> Python AST objects (PyCF_ONLY_AST),
// and Python AST objects -> code objects.
#pragma once

#include <string>

#include "runtime/codeobject.h"
#include "runtime/object.h"

namespace slotpy {

// compile() modes, as CPython numbers them for the AST ("func_type" only with PyCF_ONLY_AST).
enum class AstMode { Exec, Eval, Single, FuncType };

constexpr int PyCF_ONLY_AST = 0x400;

// isinstance(o, ast.AST); false while _ast has never been imported.
bool is_ast_object(Object* o);

// Parses source text and returns the tree as ast.Module / Expression / Interactive / FunctionType.
Object* ast_parse_text(const std::string& text, const char* filename, AstMode mode);

// Compiles a Python AST (checked against the mode as CPython does) to a code object.
CodeObject* ast_compile_object(Object* tree, const char* filename, AstMode mode);

}  // namespace slotpy
