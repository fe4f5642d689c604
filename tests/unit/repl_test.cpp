// The interactive loop's pieces that need no terminal: telling incomplete input from errors
// (compile_interactive) and tab completion (runtime/completion.h). The pty-driven session
// tests are tests/repl/pty_session.py.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/compile_text.h"
#include "runtime/completion.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/moduleobject.h"
#include "runtime/runtime.h"
#include "runtime/strobject.h"

namespace slotpy {
namespace {

using Incomplete = syntax::SyntaxError::Incomplete;

class ReplTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { runtime_init(0, nullptr); }
};

// What compile_interactive says of `text`: "ok", "open", "statement" or "error".
std::string classify(const std::string& text) {
  Incomplete inc;
  try {
    CodeObject* code = compile_interactive(text, "<stdin>", &inc);
    if (code) return "ok";
    return inc == syntax::SyntaxError::kOpen ? "open" : "statement";
  } catch (PyError&) {
    clear_exception();
    return "error";
  }
}

TEST_F(ReplTest, IncompleteInput) {
  EXPECT_EQ(classify("1 + 2\n"), "ok");
  EXPECT_EQ(classify("if x:\n  pass\n"), "ok");
  EXPECT_EQ(classify("foo(\n"), "open");
  EXPECT_EQ(classify("x = [1,\n2\n"), "open");
  EXPECT_EQ(classify("\"\"\"abc\n\n"), "open");
  EXPECT_EQ(classify("if x:\n"), "statement");
  EXPECT_EQ(classify("def f():\n  pass\n  if y:\n"), "statement");
  EXPECT_EQ(classify("class A:\n"), "statement");
  EXPECT_EQ(classify("@dec\n"), "statement");
  EXPECT_EQ(classify("try:\n  pass\n"), "statement");
  EXPECT_EQ(classify("if x:\n  pass\nelse:\n"), "statement");
  EXPECT_EQ(classify("x = \\\n"), "statement");
  // Errors that more lines cannot mend are reported at once.
  EXPECT_EQ(classify(")\n"), "error");
  EXPECT_EQ(classify("x = 1 +\n"), "error");
  EXPECT_EQ(classify("1 +* 2\n"), "error");
  EXPECT_EQ(classify("'abc\n"), "error");
  EXPECT_EQ(classify("for\n"), "error");
}

TEST_F(ReplTest, InteractiveCodeKeepsItsSource) {
  Incomplete inc;
  CodeObject* code = compile_interactive("def f():\n    return 1\n\n", "<stdin>", &inc);
  ASSERT_NE(code, nullptr);
  ASSERT_NE(code->source, nullptr);
  EXPECT_EQ(std::string(str_utf8(code->source)), "def f():\n    return 1\n\n");
}

std::vector<std::string> words(const std::string& text, DictObject* globals) {
  return complete(text, globals).words;
}

TEST_F(ReplTest, Completion) {
  ModuleObject* m = module_new("__main__");
  DictObject* g = module_dict(m);
  dict_set_cstr(g, "__builtins__", create_module_builtins());
  eval_code(compile_text("class Point:\n    __slots__ = ('x_coord', 'y_coord')\n"
                         "    def norm(self): return 0\n"
                         "pt = Point()\nprinted = 1\n",
                         "<test>", SourceMode::Exec),
            g, g);
  // Names: the session's and the builtins, callables with "(", keywords decorated.
  EXPECT_EQ(words("Poi", g), std::vector<std::string>{"Point("});
  EXPECT_EQ(words("prin", g), (std::vector<std::string>{"print(", "printed"}));
  EXPECT_EQ(words("whi", g), std::vector<std::string>{"while "});
  EXPECT_EQ(words("tr", g), std::vector<std::string>{"try:"});
  EXPECT_EQ(words("Tr", g), std::vector<std::string>{"True"});
  // Attributes through dir(): slots and methods; private names only when asked for.
  EXPECT_EQ(words("pt.", g), (std::vector<std::string>{"pt.norm(", "pt.x_coord", "pt.y_coord"}));
  EXPECT_EQ(words("x = pt.x", g), std::vector<std::string>{"pt.x_coord"});
  EXPECT_EQ(complete("x = pt.x", g).start, 4u);
  std::vector<std::string> dunder = words("pt.__sl", g);
  EXPECT_EQ(dunder, std::vector<std::string>{"pt.__slots__"});
  // Nothing for unknown names, and no code runs for calls or subscripts.
  EXPECT_TRUE(words("nosuch.", g).empty());
  EXPECT_TRUE(words("f().", g).empty());
  EXPECT_EQ(common_prefix({"pt.x_coord", "pt.x_co", "pt.xy"}), "pt.x");
}

}  // namespace
}  // namespace slotpy
