// Build-time generator for the Unicode character name table behind \N{NAME}.
//
//   gen_unicode_names UnicodeData.txt NameAliases.txt OUTPUT.inc [DerivedAge.txt MAX_AGE]
//
// With DerivedAge.txt and MAX_AGE ("14.0"), characters assigned after that Unicode version get
// no names (and neither do the aliases that version did not have yet), so a newer UCD can
// stand in for the version CPython was built with.
//
// Reads the Unicode Character Database files and writes a C++ fragment (included by
// compiler/unicode_names.cpp only) with these tables:
//
//   * a word list: every distinct space-separated word of the stored names, sorted by byte
//     value (kWordChars / kWordOffsets) together with each word's code (kWordCodes). Codes
//     are assigned by descending frequency: codes < 128 are stored as one byte, the others as
//     two bytes (0x80 | high 7 bits, low 8 bits);
//   * the name records (kRecords): each name encoded as its sequence of word codes, sorted
//     by the encoded bytes. A record is [key length][key bytes][code point, 3 bytes big
//     endian; its top bit is set when the name is an alias from NameAliases.txt, which
//     lookups accept but unicodedata.name() never returns]; kBlockOffsets gives the offset of every kBlockSize-th record, so a lookup
//     binary-searches the blocks and then scans one block;
//   * kHexNameRanges: runs of characters named PREFIX-XXXX with XXXX their own code point
//     in hexadecimal (CJK COMPATIBILITY IDEOGRAPH-F900, NUSHU CHARACTER-1B170, ...). These
//     are ordinary names (matched case-insensitively) but are not stored one by one;
//   * kIdeographRanges: the <..., First>/<..., Last> ranges whose names are algorithmic
//     (CJK UNIFIED IDEOGRAPH-XXXX; CPython 3.11 gives the Tangut ideographs no names), and the
//     Hangul syllable range.
//
// The stored names are the UnicodeData.txt names (without <control> and range entries) plus
// every alias of NameAliases.txt, all types.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ucd_text.h"

namespace {

using ucd::fail;
using ucd::split;
using ucd::trim;
using ucd::parse_code_point;

constexpr uint32_t kMaxCodePoint = 0x10FFFF;
constexpr size_t kBlockSize = 16;
constexpr uint32_t kHangulFirst = 0xAC00;
constexpr uint32_t kHangulLast = 0xD7A3;





std::string hex4(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
  return buf;
}

// Names are upper-case ASCII letters, digits, '-' and single spaces between words. The
// lookup relies on this (it upper-cases its input and splits it at spaces).
void check_name(const std::string& name, const std::string& where) {
  if (name.empty() || name.front() == ' ' || name.back() == ' ' ||
      name.find("  ") != std::string::npos) {
    fail(where + ": malformed name '" + name + "'");
  }
  for (char c : name) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ' ';
    if (!ok) fail(where + ": unexpected character in name '" + name + "'");
  }
}

struct Range {
  std::string prefix;
  uint32_t first;
  uint32_t last;
};

// A stored name; `alias` when it comes from NameAliases.txt.
struct Name {
  std::string name;
  uint32_t cp;
  bool alias;
};

struct Data {
  std::vector<Name> names;                               // stored one by one
  std::vector<Range> hex_names;                          // PREFIX-XXXX runs
  std::vector<Range> ideographs;                         // algorithmic First/Last ranges
  bool hangul = false;
  std::vector<int> age;  // per code point, M * 100 + m; empty when all ages are accepted
  int max_age = 0;
  bool too_new(uint32_t cp) const { return !age.empty() && (age[cp] == 0 || age[cp] > max_age); }
};

// Versions "M.m" as M * 100 + m.
int parse_version(const std::string& text, const std::string& where) {
  size_t dot = text.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 >= text.size()) fail(where + ": bad version " + text);
  return std::atoi(text.substr(0, dot).c_str()) * 100 + std::atoi(text.substr(dot + 1).c_str());
}

void read_derived_age(const char* path, Data* data) {
  std::ifstream in(path);
  if (!in) fail(std::string("cannot open ") + path);
  data->age.assign(kMaxCodePoint + 1, 0);
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    line = trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    std::string where = std::string(path) + ":" + std::to_string(lineno);
    std::vector<std::string> fields = split(line, ';');
    if (fields.size() != 2) fail(where + ": expected range;age");
    std::string range = trim(fields[0]);
    size_t dots = range.find("..");
    uint32_t lo = parse_code_point(range.substr(0, dots), where);
    uint32_t hi = dots == std::string::npos ? lo : parse_code_point(range.substr(dots + 2), where);
    int age = parse_version(trim(fields[1]), where);
    for (uint32_t cp = lo; cp <= hi; ++cp) data->age[cp] = age;
  }
}

// If `name` is PREFIX-XXXX with XXXX the code point in canonical hex (at least 4 digits,
// upper case), returns PREFIX followed by the '-'; otherwise returns "".
std::string hex_name_prefix(const std::string& name, uint32_t cp) {
  std::string hex = hex4(cp);
  if (name.size() <= hex.size() + 1) return "";
  size_t dash = name.size() - hex.size() - 1;
  if (name[dash] != '-' || name.compare(dash + 1, hex.size(), hex) != 0) return "";
  return name.substr(0, dash + 1);
}

void read_unicode_data(const char* path, Data* data) {
  std::ifstream in(path);
  if (!in) fail(std::string("cannot open ") + path);
  std::string line;
  size_t lineno = 0;
  std::string range_label;
  uint32_t range_first = 0;
  bool in_range = false;
  uint32_t prev_cp = 0;
  bool have_prev = false;
  while (std::getline(in, line)) {
    ++lineno;
    if (trim(line).empty()) continue;
    std::string where = std::string(path) + ":" + std::to_string(lineno);
    std::vector<std::string> fields = split(line, ';');
    if (fields.size() < 3) fail(where + ": too few fields");
    uint32_t cp = parse_code_point(fields[0], where);
    if (have_prev && cp <= prev_cp) fail(where + ": code points not ascending");
    prev_cp = cp;
    have_prev = true;
    const std::string& name = fields[1];

    if (!name.empty() && name.front() == '<') {
      const std::string first_suffix = ", First>", last_suffix = ", Last>";
      auto ends_with = [&](const std::string& suffix) {
        return name.size() > suffix.size() &&
               name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
      };
      if (ends_with(first_suffix)) {
        if (in_range) fail(where + ": nested range");
        in_range = true;
        range_first = cp;
        range_label = name.substr(1, name.size() - 1 - first_suffix.size());
      } else if (ends_with(last_suffix)) {
        std::string label = name.substr(1, name.size() - 1 - last_suffix.size());
        if (!in_range || label != range_label) fail(where + ": unmatched range end");
        in_range = false;
        if (data->too_new(range_first)) continue;
        if (label.rfind("CJK Ideograph", 0) == 0) {
          // Runs of the range old enough (Unicode 15.0 extended Extension C, for one).
          for (uint32_t c = range_first; c <= cp; ++c) {
            if (data->too_new(c)) continue;
            if (c > range_first && !data->too_new(c - 1)) {
              data->ideographs.back().last = c;
            } else {
              data->ideographs.push_back({"CJK UNIFIED IDEOGRAPH-", c, c});
            }
          }
        } else if (label.rfind("Tangut Ideograph", 0) == 0) {
          // No names: CPython 3.11's unicodedata (and so \N{...}) knows only the CJK ones.
        } else if (label == "Hangul Syllable") {
          if (range_first != kHangulFirst || cp != kHangulLast) fail(where + ": unexpected Hangul range");
          data->hangul = true;
        } else if (label.find("Surrogate") == std::string::npos &&
                   label.find("Private Use") == std::string::npos) {
          // A new kind of range: its names would need code in compiler/unicode_names.cpp.
          std::fprintf(stderr, "gen_unicode_names: warning: %s: range <%s> gets no names\n",
                       where.c_str(), label.c_str());
        }
      } else if (name != "<control>") {
        fail(where + ": unknown special name " + name);
      }
      continue;
    }
    if (in_range) fail(where + ": named character inside a range");
    check_name(name, where);
    if (data->too_new(cp)) continue;

    std::string prefix = hex_name_prefix(name, cp);
    if (!prefix.empty()) {
      if (!data->hex_names.empty() && data->hex_names.back().prefix == prefix &&
          data->hex_names.back().last + 1 == cp) {
        data->hex_names.back().last = cp;
      } else {
        data->hex_names.push_back({prefix, cp, cp});
      }
      continue;
    }
    data->names.push_back({name, cp, false});
  }
  if (in_range) fail(std::string(path) + ": unterminated range");
}

// Aliases that Unicode 15.0 added to characters older than 15.0 (NameAliases.txt has no
// version information of its own); dropped when MAX_AGE is older.
struct LateAlias {
  uint32_t cp;
  const char* alias;
  int age;
};
constexpr LateAlias kLateAliases[] = {
    {0x0019, "EM", 1500},
    {0x0616, "ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE", 1500},
    {0x1BBD, "SUNDANESE LETTER ARCHAIC I", 1500},
};

void read_name_aliases(const char* path, Data* data) {
  std::ifstream in(path);
  if (!in) fail(std::string("cannot open ") + path);
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (lineno == 1 && !data->age.empty() && line.find("NameAliases-") != std::string::npos) {
      // "# NameAliases-15.0.0.txt": kLateAliases knows the aliases up to 15.0 only.
      size_t v = line.find("NameAliases-") + 12;
      if (parse_version(line.substr(v, line.find('.', line.find('.', v) + 1) - v), path) > 1500) {
        fail(std::string(path) + ": newer than 15.0; extend kLateAliases");
      }
    }
    line = trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    std::string where = std::string(path) + ":" + std::to_string(lineno);
    std::vector<std::string> fields = split(line, ';');
    if (fields.size() != 3) fail(where + ": expected code;alias;type");
    uint32_t cp = parse_code_point(trim(fields[0]), where);
    std::string alias = trim(fields[1]);
    check_name(alias, where);
    if (data->too_new(cp)) continue;
    bool late = false;
    for (const LateAlias& l : kLateAliases) {
      if (!data->age.empty() && l.cp == cp && alias == l.alias && l.age > data->max_age) late = true;
    }
    if (late) continue;
    data->names.push_back({alias, cp, true});
  }
}

// Byte-wise lexicographic order of encoded names, as compiler/unicode_names.cpp compares them.
// (An explicit loop: std::vector's operator< draws a false -Wstringop-overread from GCC 12.)
int compare_keys(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// Sorts the names, drops exact duplicates (keeping the real name over an equal alias) and
// rejects a name given to two code points.
void dedupe(std::vector<Name>* names) {
  std::sort(names->begin(), names->end(), [](const Name& a, const Name& b) {
    return std::tie(a.name, a.cp, a.alias) < std::tie(b.name, b.cp, b.alias);
  });
  std::vector<Name> out;
  for (const auto& entry : *names) {
    if (!out.empty() && out.back().name == entry.name) {
      if (out.back().cp != entry.cp) fail("name '" + entry.name + "' is ambiguous");
      continue;
    }
    out.push_back(entry);
  }
  *names = std::move(out);
}

// Writes bytes as a sequence of string literals, escaping everything but plain printable
// characters. Octal escapes always get three digits so a following digit never joins them.
class LiteralWriter {
 public:
  explicit LiteralWriter(std::ostream& out) : out_(out) {}
  void put(uint8_t b) {
    if (column_ == 0) out_ << "    \"";
    if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\' && b != '?') {
      out_ << static_cast<char>(b);
      column_ += 1;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", static_cast<unsigned>(b));
      out_ << buf;
      column_ += 4;
    }
    if (column_ >= 96) end_line();
  }
  void finish() {
    if (column_ > 0) end_line();
  }

 private:
  void end_line() {
    out_ << "\"\n";
    column_ = 0;
  }
  std::ostream& out_;
  size_t column_ = 0;
};

void write_literal(std::ostream& out, const char* decl, const std::vector<uint8_t>& bytes) {
  out << decl << " =\n";
  LiteralWriter w(out);
  for (uint8_t b : bytes) w.put(b);
  w.finish();
  if (bytes.empty()) out << "    \"\"";
  out << ";\n\n";
}

template <typename T>
void write_array(std::ostream& out, const char* decl, const std::vector<T>& values) {
  out << decl << " = {";
  for (size_t i = 0; i < values.size(); ++i) {
    out << (i % 12 == 0 ? "\n    " : " ") << static_cast<unsigned long>(values[i]) << ",";
  }
  out << "\n};\n\n";
}

void write_ranges(std::ostream& out, const char* decl, const std::vector<Range>& ranges) {
  out << decl << " = {\n";
  for (const Range& r : ranges) {
    out << "    {\"" << r.prefix << "\", 0x" << hex4(r.first) << ", 0x" << hex4(r.last) << "},\n";
  }
  if (ranges.empty()) out << "    {\"\", 1, 0},  // none\n";
  out << "};\n\n";
}

}  // namespace

int main(int argc, char** argv) {
  ucd::tool_name() = "gen_unicode_names";
  if (argc != 4 && argc != 6) {
    std::fprintf(stderr, "usage: %s UnicodeData.txt NameAliases.txt OUTPUT.inc [DerivedAge.txt MAX_AGE]\n",
                 argv[0]);
    return 2;
  }
  Data data;
  if (argc == 6) {
    read_derived_age(argv[4], &data);
    data.max_age = parse_version(argv[5], "MAX_AGE");
  }
  read_unicode_data(argv[1], &data);
  read_name_aliases(argv[2], &data);
  dedupe(&data.names);
  if (data.names.empty()) fail("no names read");
  if (!data.hangul) fail("no Hangul syllable range in UnicodeData.txt");

  // Words, coded by descending frequency (ties broken alphabetically, so the output is
  // deterministic).
  std::map<std::string, size_t> freq;
  for (const Name& n : data.names) {
    for (const std::string& w : split(n.name, ' ')) ++freq[w];
  }
  std::vector<std::pair<size_t, std::string>> by_freq;
  for (const auto& [w, n] : freq) by_freq.emplace_back(n, w);
  std::stable_sort(by_freq.begin(), by_freq.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (by_freq.size() > 128 + 128 * 256) fail("too many distinct words");
  std::unordered_map<std::string, uint32_t> code_of;
  for (size_t i = 0; i < by_freq.size(); ++i) code_of[by_freq[i].second] = static_cast<uint32_t>(i);

  // Word list, alphabetical (std::map order is byte order, as the lookup compares).
  std::vector<uint8_t> word_chars;
  std::vector<uint32_t> word_offsets;
  std::vector<uint16_t> word_codes;
  for (const auto& [w, n] : freq) {
    word_offsets.push_back(static_cast<uint32_t>(word_chars.size()));
    word_chars.insert(word_chars.end(), w.begin(), w.end());
    word_codes.push_back(static_cast<uint16_t>(code_of[w]));
  }
  word_offsets.push_back(static_cast<uint32_t>(word_chars.size()));

  // Encoded names, sorted by their encoding.
  std::vector<std::pair<std::vector<uint8_t>, uint32_t>> encoded;
  for (const auto& [name, code_point, alias] : data.names) {
    uint32_t cp = code_point | (alias ? 0x800000 : 0);
    std::vector<uint8_t> key;
    for (const std::string& w : split(name, ' ')) {
      uint32_t code = code_of[w];
      if (code < 128) {
        key.push_back(static_cast<uint8_t>(code));
      } else {
        key.push_back(static_cast<uint8_t>(0x80 | ((code - 128) >> 8)));
        key.push_back(static_cast<uint8_t>((code - 128) & 0xFF));
      }
    }
    if (key.size() > 255) fail("name too long: " + name);
    encoded.emplace_back(std::move(key), cp);
  }
  std::sort(encoded.begin(), encoded.end(),
            [](const auto& a, const auto& b) { return compare_keys(a.first, b.first) < 0; });
  for (size_t i = 1; i < encoded.size(); ++i) {
    if (compare_keys(encoded[i - 1].first, encoded[i].first) == 0) fail("two names encode alike");
  }
  std::vector<uint8_t> records;
  std::vector<uint32_t> block_offsets;
  for (size_t i = 0; i < encoded.size(); ++i) {
    if (i % kBlockSize == 0) block_offsets.push_back(static_cast<uint32_t>(records.size()));
    const auto& [key, cp] = encoded[i];
    records.push_back(static_cast<uint8_t>(key.size()));
    records.insert(records.end(), key.begin(), key.end());
    records.push_back(static_cast<uint8_t>(cp >> 16));
    records.push_back(static_cast<uint8_t>(cp >> 8));
    records.push_back(static_cast<uint8_t>(cp));
  }

  size_t table_bytes = word_chars.size() + word_offsets.size() * sizeof(uint32_t) +
                       word_codes.size() * sizeof(uint16_t) + records.size() +
                       block_offsets.size() * sizeof(uint32_t);

  std::ostringstream out;
  out << "// Generated by tools/gen_unicode_names.cpp from UnicodeData.txt and NameAliases.txt.\n"
      << "// Do not edit. Included only by compiler/unicode_names.cpp.\n"
      << "// " << data.names.size() << " stored names, " << freq.size() << " distinct words, "
      << table_bytes << " bytes of name tables.\n\n";
  out << "constexpr std::size_t kWordCount = " << freq.size() << ";\n";
  out << "constexpr std::size_t kRecordCount = " << encoded.size() << ";\n";
  out << "constexpr std::size_t kBlockSize = " << kBlockSize << ";\n";
  out << "constexpr std::size_t kBlockCount = " << block_offsets.size() << ";\n";
  out << "constexpr std::size_t kRecordBytes = " << records.size() << ";\n";
  out << "constexpr std::size_t kTableBytes = " << table_bytes << ";\n";
  out << "constexpr uint32_t kHangulFirst = 0x" << hex4(kHangulFirst) << ";\n";
  out << "constexpr uint32_t kHangulLast = 0x" << hex4(kHangulLast) << ";\n\n";
  write_literal(out, "constexpr char kWordChars[]", word_chars);
  write_array(out, "constexpr uint32_t kWordOffsets[kWordCount + 1]", word_offsets);
  write_array(out, "constexpr uint16_t kWordCodes[kWordCount]", word_codes);
  write_literal(out, "constexpr char kRecords[]", records);
  write_array(out, "constexpr uint32_t kBlockOffsets[kBlockCount]", block_offsets);
  write_ranges(out, "constexpr NameRange kHexNameRanges[]", data.hex_names);
  write_ranges(out, "constexpr NameRange kIdeographRanges[]", data.ideographs);

  // Write a temporary file and rename it, so a failed run never leaves a half-written table.
  std::string tmp = std::string(argv[3]) + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) fail("cannot write " + tmp);
    f << out.str();
    if (!f.flush()) fail("cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), argv[3]) != 0) fail(std::string("cannot rename to ") + argv[3]);
  return 0;
}
