// Token streams: indentation, line joining, every number and string form, operators.
#include <gtest/gtest.h>

#include <string>

#include "compiler/lexer.h"

using namespace slotpy;

namespace {

std::string kinds(const std::string& text) {
  syntax::Source src("x.py", text.data(), text.size());
  syntax::SyntaxError err;
  ast::Seq<syntax::Token> toks = syntax::tokenize(src, &err);
  std::string out;
  for (const auto& t : toks) {
    if (std::string(syntax::token_name(t.type)) == "ERRORTOKEN") continue;
    if (!out.empty()) out += ' ';
    out += syntax::token_name(t.type);
  }
  if (!err.msg.empty()) out += (out.empty() ? "! " : " ! ") + err.msg;
  return out;
}

TEST(Lexer, IndentAndDedent) {
  EXPECT_EQ(kinds("if x:\n    y\nz\n"),
            "if name : newline indent name newline dedent name newline end of file");
}

TEST(Lexer, DedentsAtEndOfFileWithoutNewline) {
  EXPECT_EQ(kinds("if x:\n  if y:\n    z"),
            "if name : newline indent if name : newline indent name newline dedent dedent "
            "end of file");
}

TEST(Lexer, TabsCountToMultiplesOfEight) {
  EXPECT_EQ(kinds("if x:\n\ty\n\tz\n"),
            "if name : newline indent name newline name newline dedent end of file");
  // A tab-indented block whose child is indented with spaces only: inconsistent (TabError).
  EXPECT_EQ(kinds("if 1:\n\tif 2:\n        pass\n"),
            "if number : newline indent if number : newline ! inconsistent use of tabs and "
            "spaces in indentation");
}

TEST(Lexer, BlankLinesAndCommentsMakeNoTokens) {
  EXPECT_EQ(kinds("\n   \n# c\nx  # c\n\n"), "name newline end of file");
}

TEST(Lexer, ImplicitAndExplicitLineJoining) {
  EXPECT_EQ(kinds("x = (1,\n  2)\n"), "name = ( number , number ) newline end of file");
  EXPECT_EQ(kinds("x = 1 + \\\n  2\n"), "name = number + number newline end of file");
}

TEST(Lexer, NumberForms) {
  EXPECT_EQ(kinds("0 00 1_000 0xDead_Beef 0o17 0B1 1. .5 1e10 1.5E-3_0 1_0j 1.j\n"),
            "number number number number number number number number number number number "
            "number newline end of file");
  EXPECT_EQ(kinds("1abc\n"), "! invalid decimal literal");
  EXPECT_EQ(kinds("0x\n"), "! invalid hexadecimal literal");
  EXPECT_EQ(kinds("0b2\n"), "! invalid digit '2' in binary literal");
  EXPECT_EQ(kinds("1__0\n"), "! invalid decimal literal");
}

TEST(Lexer, StringPrefixesAndQuotes) {
  EXPECT_EQ(kinds("'a' \"b\" r'\\d' b'x' Rb'y' bR'z' f'{x}' rF'{y}' u'w' '''t\nq''' \"\"\"s\"\"\"\n"),
            "string string string string string string string string string string string "
            "newline end of file");
  EXPECT_EQ(kinds("x = 'abc\n"), "name = ! unterminated string literal (detected at line 1)");
  EXPECT_EQ(kinds("'''abc\n\n"), "! unterminated triple-quoted string literal (detected at line 2)");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(kinds(":= -> ** //= ... @= != <<= >>= **= ~\n"),
            ":= -> ** //= ... @= != <<= >>= **= ~ newline end of file");
}

TEST(Lexer, NonAsciiIdentifiersAreNormalized) {
  std::string text = "\xef\xac\x81 = 1\n";  // U+FB01 LATIN SMALL LIGATURE FI -> "fi" under NFKC
  syntax::Source src("x.py", text.data(), text.size());
  syntax::SyntaxError err;
  auto toks = syntax::tokenize(src, &err);
  ASSERT_GT(toks.size, 0);
  EXPECT_STREQ(toks[0].name, "fi");
  EXPECT_EQ(kinds("\xe2\x82\xac = 1\n"), "! invalid character '\xe2\x82\xac' (U+20AC)");
}

TEST(Lexer, BracketErrors) {
  EXPECT_EQ(kinds("x)\n"), "name ! unmatched ')'");
  EXPECT_EQ(kinds("(]\n"), "( ! closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(kinds("f(\n"), "name ( ! '(' was never closed");
}

}  // namespace
