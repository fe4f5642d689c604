// \N{NAME} lookup: stored names, algorithmic names, aliases, case rules and rejections.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "compiler/unicode_names.h"

namespace {

// The code point of `name`, or -1 when the lookup fails.
int64_t lookup(const std::string& name) {
  uint32_t cp = 0xDEADBEEF;
  if (!slotpy::syntax::lookup_unicode_name(name, &cp)) return -1;
  return cp;
}

TEST(UnicodeNames, CharacterNames) {
  EXPECT_EQ(lookup("DIGIT ONE"), 0x31);
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER A"), 0x41);
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER A WITH DIAERESIS"), 0xC4);
  EXPECT_EQ(lookup("EM SPACE"), 0x2003);
  EXPECT_EQ(lookup("SNOWMAN"), 0x2603);
  EXPECT_EQ(lookup("GREEK SMALL LETTER ALPHA"), 0x3B1);
  EXPECT_EQ(lookup("SNAKE"), 0x1F40D);
  EXPECT_EQ(lookup("HYPHEN-MINUS"), 0x2D);
  EXPECT_EQ(lookup("SPACE"), 0x20);
  EXPECT_EQ(lookup("TIBETAN LETTER -A"), 0xF60);
  EXPECT_EQ(lookup("TANGUT COMPONENT-001"), 0x18800);
}

TEST(UnicodeNames, CaseInsensitive) {
  EXPECT_EQ(lookup("latin small letter a"), 0x61);
  EXPECT_EQ(lookup("Latin Small Letter A"), 0x61);
  EXPECT_EQ(lookup("em space"), 0x2003);
  EXPECT_EQ(lookup("snake"), 0x1F40D);
  EXPECT_EQ(lookup("cjk compatibility ideograph-f900"), 0xF900);
}

TEST(UnicodeNames, HexNamedCharacters) {
  EXPECT_EQ(lookup("CJK COMPATIBILITY IDEOGRAPH-F900"), 0xF900);
  EXPECT_EQ(lookup("CJK COMPATIBILITY IDEOGRAPH-2F800"), 0x2F800);
  EXPECT_EQ(lookup("NUSHU CHARACTER-1B170"), 0x1B170);
  EXPECT_EQ(lookup("KHITAN SMALL SCRIPT CHARACTER-18B00"), 0x18B00);
  EXPECT_EQ(lookup("CJK COMPATIBILITY IDEOGRAPH-0F900"), -1);  // not the character's name
  EXPECT_EQ(lookup("CJK COMPATIBILITY IDEOGRAPH-FA6E"), -1);   // unassigned
  EXPECT_EQ(lookup("NUSHU CHARACTER-"), -1);
}

TEST(UnicodeNames, CjkUnifiedIdeographs) {
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4E00"), 0x4E00);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-9FA5"), 0x9FA5);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-3400"), 0x3400);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-20000"), 0x20000);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-2A6DF"), 0x2A6DF);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-04E00"), 0x4E00);  // five digits, as CPython
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-110000"), -1);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4E0"), -1);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-3300"), -1);  // not an ideograph
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-"), -1);
  // CPython matches the algorithmic names in upper case only.
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4e00"), -1);
  EXPECT_EQ(lookup("cjk unified ideograph-4E00"), -1);
}

TEST(UnicodeNames, TangutIdeographs) {
  // CPython 3.11 gives the Tangut ideographs no names (unicodedata.name() and \N{...}).
  EXPECT_EQ(lookup("TANGUT IDEOGRAPH-17000"), -1);
  EXPECT_EQ(lookup("TANGUT IDEOGRAPH-187F7"), -1);
  EXPECT_EQ(lookup("TANGUT IDEOGRAPH-18800"), -1);
}

TEST(UnicodeNames, NewerThanUnicode14) {
  // The table describes Unicode 14.0 (CPython 3.11): later characters and aliases are unknown.
  EXPECT_EQ(lookup("KAWI LETTER A"), -1);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-2B739"), -1);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-2B738"), 0x2B738);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-31350"), -1);
  EXPECT_EQ(lookup("EM"), -1);  // alias of U+0019 added in 15.0
  EXPECT_EQ(lookup("END OF MEDIUM"), 0x19);
}

// unicodedata.name(): code point -> name, never an alias.
std::string name_of(uint32_t cp) {
  std::string name;
  if (!slotpy::syntax::unicode_name_of(cp, &name)) return "-";
  return name;
}

TEST(UnicodeNames, NameOf) {
  EXPECT_EQ(name_of(0x41), "LATIN CAPITAL LETTER A");
  EXPECT_EQ(name_of(0x1A2), "LATIN CAPITAL LETTER OI");
  EXPECT_EQ(name_of(0xFEFF), "ZERO WIDTH NO-BREAK SPACE");
  EXPECT_EQ(name_of(0x0A), "-");
  EXPECT_EQ(name_of(0x80), "-");
  EXPECT_EQ(name_of(0xAC00), "HANGUL SYLLABLE GA");
  EXPECT_EQ(name_of(0xD7A3), "HANGUL SYLLABLE HIH");
  EXPECT_EQ(name_of(0x4E00), "CJK UNIFIED IDEOGRAPH-4E00");
  EXPECT_EQ(name_of(0x20000), "CJK UNIFIED IDEOGRAPH-20000");
  EXPECT_EQ(name_of(0xF900), "CJK COMPATIBILITY IDEOGRAPH-F900");
  EXPECT_EQ(name_of(0x1B170), "NUSHU CHARACTER-1B170");
  EXPECT_EQ(name_of(0x17000), "-");
  EXPECT_EQ(name_of(0x1F40D), "SNAKE");
  EXPECT_EQ(name_of(0xE000), "-");
  EXPECT_EQ(name_of(0x10FFFF), "-");
}

TEST(UnicodeNames, HangulSyllables) {
  EXPECT_EQ(lookup("HANGUL SYLLABLE GA"), 0xAC00);
  EXPECT_EQ(lookup("HANGUL SYLLABLE GAG"), 0xAC01);
  EXPECT_EQ(lookup("HANGUL SYLLABLE GGAG"), 0xAE4D);
  EXPECT_EQ(lookup("HANGUL SYLLABLE A"), 0xC544);
  EXPECT_EQ(lookup("HANGUL SYLLABLE HIH"), 0xD7A3);
  EXPECT_EQ(lookup("HANGUL SYLLABLE"), -1);
  EXPECT_EQ(lookup("HANGUL SYLLABLE "), -1);
  EXPECT_EQ(lookup("HANGUL SYLLABLE G"), -1);
  EXPECT_EQ(lookup("HANGUL SYLLABLE GAX"), -1);
  EXPECT_EQ(lookup("HANGUL SYLLABLE  GA"), -1);
  EXPECT_EQ(lookup("hangul syllable ga"), -1);  // upper case only, as CPython
}

TEST(UnicodeNames, Aliases) {
  EXPECT_EQ(lookup("LINE FEED"), 0x0A);
  EXPECT_EQ(lookup("LF"), 0x0A);
  EXPECT_EQ(lookup("lf"), 0x0A);
  EXPECT_EQ(lookup("NULL"), 0x00);
  EXPECT_EQ(lookup("NBSP"), 0xA0);
  EXPECT_EQ(lookup("BYTE ORDER MARK"), 0xFEFF);
  EXPECT_EQ(lookup("ZERO WIDTH NO-BREAK SPACE"), 0xFEFF);
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER GHA"), 0x1A2);  // correction; the old name stays valid
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER OI"), 0x1A2);
  EXPECT_EQ(lookup("PADDING CHARACTER"), 0x80);  // figment
}

TEST(UnicodeNames, Rejections) {
  EXPECT_EQ(lookup(""), -1);
  EXPECT_EQ(lookup(" "), -1);
  EXPECT_EQ(lookup("NOT A CHARACTER NAME"), -1);
  EXPECT_EQ(lookup("SNOWMANN"), -1);
  EXPECT_EQ(lookup("SNOWMAN "), -1);
  EXPECT_EQ(lookup(" SNOWMAN"), -1);
  EXPECT_EQ(lookup("EM  SPACE"), -1);
  EXPECT_EQ(lookup("LATIN SMALL LETTER"), -1);
  EXPECT_EQ(lookup(std::string("SNOWMAN\0", 8)), -1);
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), -1);  // a named sequence
  EXPECT_EQ(lookup("<control>"), -1);
  EXPECT_EQ(lookup("\xC3\xA9"), -1);
}

}  // namespace
