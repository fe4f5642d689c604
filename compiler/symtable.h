// Symbol tables: which names are local, global, free or cell in each scope (CPython's symtable).
//
// One Block per module, class, function, lambda and comprehension (a comprehension is a function
// block of its own, as in CPython 3.11; its first parameter is the implicit ".0" iterator).
// build_symtable() walks the AST twice like CPython: it records every binding, use, global and
// nonlocal declaration, then resolves the scope of every name from the innermost block outward.
// Compile-time errors are thrown as syntax::SyntaxError with CPython's messages and positions.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace slotpy::compiler {

enum class BlockType : uint8_t { Module, Class, Function };

enum class Scope : uint8_t {
  None,            // not used in this block
  Local,           // bound in this block (function locals, class/module namespace names)
  GlobalExplicit,  // declared `global`
  GlobalImplicit,  // not bound here nor in an enclosing function: module or builtin
  Free,            // bound in an enclosing function block
  Cell,            // bound here and used by a nested block
};

// Symbol flags (as CPython's DEF_*).
enum SymbolFlags : uint32_t {
  DEF_GLOBAL = 1u << 0,    // `global` statement
  DEF_LOCAL = 1u << 1,     // bound: assignment, def, class, import, for target, with ... as, except ... as, del
  DEF_PARAM = 1u << 2,     // a parameter
  DEF_NONLOCAL = 1u << 3,  // `nonlocal` statement
  USE = 1u << 4,           // read
  DEF_FREE_CLASS = 1u << 5,  // free variable of a class body from an enclosing function
  DEF_IMPORT = 1u << 6,
  DEF_ANNOT = 1u << 7,     // annotated (x: int)
  DEF_COMP_ITER = 1u << 8, // comprehension iteration variable
};

struct Symbol {
  std::string name;
  uint32_t flags = 0;
  Scope scope = Scope::None;
};

struct Block {
  BlockType type = BlockType::Module;
  std::string name;         // "top" for the module, the function/class name, "<lambda>",
                            // "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"
  const void* node = nullptr;  // the ast node: Module*, FunctionDef*, AsyncFunctionDef*,
                               // ClassDef*, Lambda*, ListComp*/SetComp*/DictComp*/GeneratorExp*
  int lineno = 0;
  Block* parent = nullptr;
  std::vector<Block*> children;  // in source order

  std::vector<Symbol> symbols;   // in order of first appearance
  std::unordered_map<std::string, int> index;  // name -> position in symbols
  std::vector<std::string> params;  // parameter names in order: posonly, regular, *args,
                                    // keyword-only, **kwargs (as in co_varnames)
  // The same parameter names in CPython's real ste_varnames / co_varnames order: posonly,
  // regular, keyword-only, *args, **kwargs (e.g. def f(a, *args, b, **kw) -> a b args kw).
  // CPython's code.co_varnames and inspect.signature() rely on this layout.
  std::vector<std::string> varnames;

  bool is_generator = false;     // contains yield / yield from (or is a genexpr)
  bool is_coroutine = false;
  bool is_comprehension = false;
  bool is_lambda = false;
  bool has_varargs = false;
  bool has_varkeywords = false;
  bool needs_class_closure = false;  // class block whose methods use __class__ or super()
  bool child_free = false;           // some child block has free variables

  const Symbol* lookup(const std::string& name) const {
    auto it = index.find(name);
    return it == index.end() ? nullptr : &symbols[it->second];
  }
  Scope scope_of(const std::string& name) const {
    const Symbol* s = lookup(name);
    return s ? s->scope : Scope::None;
  }
};

struct SymTable {
  Block* top = nullptr;
  std::unordered_map<const void*, Block*> blocks;  // ast node -> its block
  std::vector<Block*> owned;                        // every block (deleted by ~SymTable)
  // `from __future__ import annotations` is in effect (CPython's CO_FUTURE_ANNOTATIONS): as in
  // CPython, annotations were analyzed in throwaway blocks (in `owned`, but in no children list
  // and not in `blocks`), so names used only in annotations are in no block's symbols; the
  // compiler must turn annotations into strings instead of evaluating them.
  bool future_annotations = false;

  Block* block_for(const void* node) const {
    auto it = blocks.find(node);
    return it == blocks.end() ? nullptr : it->second;
  }
  ~SymTable();
};

// Builds the symbol table of a module. Throws syntax::SyntaxError for CPython's compile-time
// errors (messages exactly as CPython 3.11), e.g. "name 'x' is used prior to global declaration",
// "name 'x' is assigned to before global declaration", "name 'x' is parameter and global",
// "name 'x' is parameter and nonlocal", "no binding for nonlocal 'x' found",
// "nonlocal declaration not allowed at module level", "duplicate argument 'x' in function
// definition", "'yield' outside function", "'await' outside function",
// "assignment expression cannot rebind comprehension iteration variable 'x'",
// "assignment expression within a comprehension cannot be used in a class body".
SymTable* build_symtable(ast::Module* mod);

// Name mangling of private names in class bodies: __x inside class C -> _C__x (CPython's
// _Py_Mangle rules: not for dunder names, names with dots, or when the class name is all
// underscores).
std::string mangle(const std::string& class_name, const std::string& name);

}  // namespace slotpy::compiler
