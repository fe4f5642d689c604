// Build-time generator for the character property tables of the unicodedata module.
//
//   gen_unicode_db UCD_DIR MAX_AGE OUTPUT.inc
//
// UCD_DIR holds the Unicode Character Database text files (UnicodeData.txt, EastAsianWidth.txt,
// DerivedNormalizationProps.txt, DerivedAge.txt, NamedSequences.txt and, optionally,
// Unihan_NumericValues.txt or Unihan_NumericValues.txt.bz2). MAX_AGE ("14.0") is the Unicode
// version the tables describe: characters whose DerivedAge is newer are left unassigned, so a
// newer UCD can stand in for the version CPython was built with.
//
// Output (a C++ fragment included only by stdlib/unicodedatamodule.cpp):
//   * kRecords: one record per distinct combination of category, bidirectional class,
//     combining class, east asian width, flags (mirrored, assigned in 3.2, quick-check bits),
//     decimal, digit and numeric value. Record 0 is the unassigned character;
//   * kRecordIndex1/kRecordIndex2: a two-level table code point -> record
//     (kShift low bits index a block; identical blocks are shared);
//   * kDecompData and kDecompIndex1/kDecompIndex2: code point -> offset of its decomposition
//     in kDecompData, 0 for none. An entry is (tag << 8 | count) followed by count code points;
//     tag 0 is canonical, otherwise kDecompTags[tag] ("<compat>", ...);
//   * kCompositions: the primary composites as (first, second, composite), sorted;
//   * kNumericValues: numerator/denominator pairs the records refer to;
//   * kNamedSequences: NamedSequences.txt.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "ucd_text.h"

namespace {

using ucd::fail;
using ucd::split;
using ucd::trim;
constexpr auto parse_cp = ucd::parse_code_point;

constexpr uint32_t kCodeSpace = 0x110000;
constexpr int kShift = 7;





// "XXXX" or "XXXX..YYYY".
std::pair<uint32_t, uint32_t> parse_range(const std::string& text, const std::string& where) {
  size_t dots = text.find("..");
  if (dots == std::string::npos) {
    uint32_t c = parse_cp(text, where);
    return {c, c};
  }
  return {parse_cp(text.substr(0, dots), where), parse_cp(text.substr(dots + 2), where)};
}

// Versions "M.m" as M * 100 + m.
int parse_version(const std::string& text, const std::string& where) {
  size_t dot = text.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 >= text.size()) fail(where + ": bad version " + text);
  return std::atoi(text.substr(0, dot).c_str()) * 100 + std::atoi(text.substr(dot + 1).c_str());
}

// Reads the lines of a data file without comments; `.bz2` files through bzip2.
class LineReader {
 public:
  explicit LineReader(const std::string& path) : path_(path) {
    if (path.size() > 4 && path.compare(path.size() - 4, 4, ".bz2") == 0) {
      std::string cmd = "bzip2 -dc '" + path + "'";
      pipe_ = popen(cmd.c_str(), "r");
      if (!pipe_) fail("cannot run " + cmd);
    } else {
      file_.open(path);
      if (!file_) fail("cannot open " + path);
    }
  }
  ~LineReader() {
    if (pipe_ && pclose(pipe_) != 0) fail("bzip2 failed on " + path_);
  }
  // Next non-empty line with the '#' comment removed (and trimmed if `strip`).
  bool next(std::string* line, bool strip = true) {
    for (;;) {
      if (!raw(line)) return false;
      ++lineno_;
      size_t hash = line->find('#');
      if (hash != std::string::npos) line->erase(hash);
      if (strip) *line = trim(*line);
      if (!trim(*line).empty()) return true;
    }
  }
  std::string where() const { return path_ + ":" + std::to_string(lineno_); }

 private:
  bool raw(std::string* line) {
    if (!pipe_) return static_cast<bool>(std::getline(file_, *line));
    line->clear();
    int c;
    while ((c = std::fgetc(pipe_)) != EOF && c != '\n') line->push_back(static_cast<char>(c));
    return c != EOF || !line->empty();
  }
  std::string path_;
  std::ifstream file_;
  FILE* pipe_ = nullptr;
  size_t lineno_ = 0;
};

struct CharInfo {
  bool assigned = false;
  std::string category, bidi, eaw;
  int ccc = 0;
  bool mirrored = false;
  int decimal = -1, digit = -1;
  std::string numeric;             // as written in the UCD ("1/3"), "" for none
  std::string decomp;              // UnicodeData field 5
  int age = 0;                     // DerivedAge, 0 when unlisted
  int qc = 0;                      // quick-check bits, see kQc* below
  bool comp_exclusion = false;     // Full_Composition_Exclusion
};

// Quick-check bits in a record (2 bits per form: 0 yes, 1 maybe, 2 no), the layout the module
// reads: NFD at bit 0, NFKD at 2, NFC at 4, NFKC at 6.
int qc_shift(const std::string& prop) {
  if (prop == "NFD_QC") return 0;
  if (prop == "NFKD_QC") return 2;
  if (prop == "NFC_QC") return 4;
  if (prop == "NFKC_QC") return 6;
  return -1;
}

std::vector<CharInfo> g_chars(kCodeSpace);

void read_unicode_data(const std::string& path) {
  LineReader in(path);
  std::string line;
  uint32_t range_first = 0;
  bool in_range = false;
  while (in.next(&line, false)) {
    std::vector<std::string> f = split(line, ';');
    if (f.size() != 15) fail(in.where() + ": expected 15 fields");
    uint32_t cp = parse_cp(f[0], in.where());
    const std::string& name = f[1];
    uint32_t first = cp;
    if (name.size() > 8 && name.compare(name.size() - 8, 8, ", First>") == 0) {
      in_range = true;
      range_first = cp;
      continue;
    }
    if (name.size() > 7 && name.compare(name.size() - 7, 7, ", Last>") == 0) {
      if (!in_range) fail(in.where() + ": range end without start");
      in_range = false;
      first = range_first;
    }
    CharInfo info;
    info.assigned = true;
    info.category = f[2];
    info.ccc = std::atoi(f[3].c_str());
    info.bidi = f[4];
    info.decomp = f[5];
    if (!f[6].empty()) info.decimal = std::atoi(f[6].c_str());
    if (!f[7].empty()) info.digit = std::atoi(f[7].c_str());
    info.numeric = f[8];
    info.mirrored = f[9] == "Y";
    for (uint32_t c = first; c <= cp; ++c) g_chars[c] = info;
  }
}

void read_properties(const std::string& dir) {
  {
    LineReader in(dir + "/EastAsianWidth.txt");
    std::string line;
    while (in.next(&line)) {
      std::vector<std::string> f = split(line, ';');
      if (f.size() != 2) fail(in.where() + ": expected 2 fields");
      auto [lo, hi] = parse_range(trim(f[0]), in.where());
      for (uint32_t c = lo; c <= hi; ++c) g_chars[c].eaw = trim(f[1]);
    }
  }
  {
    LineReader in(dir + "/DerivedAge.txt");
    std::string line;
    while (in.next(&line)) {
      std::vector<std::string> f = split(line, ';');
      if (f.size() != 2) fail(in.where() + ": expected 2 fields");
      auto [lo, hi] = parse_range(trim(f[0]), in.where());
      int age = parse_version(trim(f[1]), in.where());
      for (uint32_t c = lo; c <= hi; ++c) g_chars[c].age = age;
    }
  }
  {
    LineReader in(dir + "/DerivedNormalizationProps.txt");
    std::string line;
    while (in.next(&line)) {
      std::vector<std::string> f = split(line, ';');
      auto [lo, hi] = parse_range(trim(f[0]), in.where());
      std::string prop = trim(f[1]);
      if (prop == "Full_Composition_Exclusion") {
        for (uint32_t c = lo; c <= hi; ++c) g_chars[c].comp_exclusion = true;
        continue;
      }
      int shift = qc_shift(prop);
      if (shift < 0) continue;
      if (f.size() != 3) fail(in.where() + ": expected a quick-check value");
      std::string v = trim(f[2]);
      int bits = v == "M" ? 1 : v == "N" ? 2 : -1;
      if (bits < 0) fail(in.where() + ": bad quick-check value " + v);
      for (uint32_t c = lo; c <= hi; ++c) g_chars[c].qc |= bits << shift;
    }
  }
}

// Unihan numeric values (kPrimaryNumeric, kAccountingNumeric, kOtherNumeric), as CPython's
// makeunicodedata.py uses them for characters without a UnicodeData numeric value.
bool read_unihan(const std::string& dir) {
  std::string path = dir + "/Unihan_NumericValues.txt";
  if (!std::ifstream(path)) path += ".bz2";
  if (!std::ifstream(path)) return false;
  LineReader in(path);
  std::string line;
  while (in.next(&line)) {
    std::vector<std::string> f = split(line, '\t');
    if (f.size() != 3 || f[0].rfind("U+", 0) != 0) fail(in.where() + ": expected U+XXXX<tab>field<tab>value");
    if (f[1] != "kPrimaryNumeric" && f[1] != "kAccountingNumeric" && f[1] != "kOtherNumeric") continue;
    uint32_t cp = parse_cp(f[0].substr(2), in.where());
    CharInfo& info = g_chars[cp];
    if (info.assigned && info.numeric.empty()) info.numeric = trim(f[2]);
  }
  return true;
}

struct NamedSequence {
  std::string name;
  std::vector<uint32_t> cps;
};

std::vector<NamedSequence> read_named_sequences(const std::string& dir, int max_age) {
  std::vector<NamedSequence> out;
  LineReader in(dir + "/NamedSequences.txt");
  std::string line;
  while (in.next(&line)) {
    std::vector<std::string> f = split(line, ';');
    if (f.size() != 2) fail(in.where() + ": expected name;code points");
    NamedSequence seq{trim(f[0]), {}};
    bool too_new = false;
    for (const std::string& part : split(trim(f[1]), ' ')) {
      if (part.empty()) continue;
      uint32_t cp = parse_cp(part, in.where());
      if (g_chars[cp].age > max_age) too_new = true;
      seq.cps.push_back(cp);
    }
    if (seq.cps.empty() || seq.cps.size() > 4) fail(in.where() + ": unexpected sequence length");
    if (!too_new) out.push_back(std::move(seq));
  }
  return out;
}

// A two-level table: index1[cp >> kShift] is the start of cp's block in index2.
struct TwoLevel {
  std::vector<uint32_t> index1, index2;
};

TwoLevel build_two_level(const std::vector<uint32_t>& values) {
  TwoLevel t;
  std::map<std::vector<uint32_t>, uint32_t> blocks;
  const size_t block = size_t{1} << kShift;
  for (size_t start = 0; start < values.size(); start += block) {
    std::vector<uint32_t> b(values.begin() + start, values.begin() + start + block);
    auto it = blocks.find(b);
    if (it == blocks.end()) {
      it = blocks.emplace(b, static_cast<uint32_t>(t.index2.size() >> kShift)).first;
      t.index2.insert(t.index2.end(), b.begin(), b.end());
    }
    t.index1.push_back(it->second);
  }
  return t;
}

template <typename T>
void write_array(std::ostream& out, const std::string& decl, const std::vector<T>& values) {
  out << decl << " = {";
  for (size_t i = 0; i < values.size(); ++i) {
    out << (i % 16 == 0 ? "\n    " : " ") << values[i] << ",";
  }
  out << "\n};\n\n";
}

std::string c_type_for(const std::vector<uint32_t>& values) {
  uint32_t m = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
  return m < 256 ? "uint8_t" : m < 65536 ? "uint16_t" : "uint32_t";
}

void write_two_level(std::ostream& out, const std::string& prefix, const TwoLevel& t) {
  write_array(out, "constexpr " + c_type_for(t.index1) + " " + prefix + "Index1[]", t.index1);
  write_array(out, "constexpr " + c_type_for(t.index2) + " " + prefix + "Index2[]", t.index2);
}

// Index of `s` in `names`, appending it when new.
uint32_t intern(std::vector<std::string>* names, const std::string& s) {
  auto it = std::find(names->begin(), names->end(), s);
  if (it != names->end()) return static_cast<uint32_t>(it - names->begin());
  names->push_back(s);
  return static_cast<uint32_t>(names->size() - 1);
}

void write_strings(std::ostream& out, const char* decl, const std::vector<std::string>& names) {
  out << decl << " = {";
  for (size_t i = 0; i < names.size(); ++i) out << (i % 8 == 0 ? "\n    " : " ") << '"' << names[i] << "\",";
  out << "\n};\n\n";
}

}  // namespace

int main(int argc, char** argv) {
  ucd::tool_name() = "gen_unicode_db";
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s UCD_DIR MAX_AGE OUTPUT.inc\n", argv[0]);
    return 2;
  }
  std::string dir = argv[1];
  int max_age = parse_version(argv[2], "MAX_AGE");
  read_unicode_data(dir + "/UnicodeData.txt");
  read_properties(dir);
  bool have_unihan = read_unihan(dir);
  if (!have_unihan) std::fprintf(stderr, "gen_unicode_db: warning: no Unihan_NumericValues.txt\n");

  // Characters newer than MAX_AGE are unassigned.
  size_t dropped = 0;
  for (CharInfo& info : g_chars) {
    if (info.assigned && (info.age == 0 || info.age > max_age)) {
      info = CharInfo();
      ++dropped;
    }
  }
  std::vector<NamedSequence> sequences = read_named_sequences(dir, max_age);

  // Records.
  std::vector<std::string> categories{"Cn"}, bidis{""}, widths{"F"}, tags{""}, numerics;
  using Key = std::tuple<uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, int, int, int>;
  std::map<Key, uint32_t> record_of;
  std::vector<Key> records;
  auto record_index = [&](const Key& k) {
    auto it = record_of.find(k);
    if (it != record_of.end()) return it->second;
    uint32_t i = static_cast<uint32_t>(records.size());
    record_of.emplace(k, i);
    records.push_back(k);
    return i;
  };
  record_index(Key{0, 0, 0, 0, 0, -1, -1, -1});  // unassigned

  std::vector<uint32_t> record_values(kCodeSpace, 0), decomp_values(kCodeSpace, 0);
  std::vector<uint32_t> decomp_data{0};
  std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> compositions;
  for (uint32_t cp = 0; cp < kCodeSpace; ++cp) {
    const CharInfo& info = g_chars[cp];
    if (!info.assigned) continue;
    int numeric = -1;
    if (!info.numeric.empty()) numeric = static_cast<int>(intern(&numerics, info.numeric));
    uint32_t flags = (info.mirrored ? 1u : 0u) | (info.age <= 302 ? 2u : 0u) |
                     (static_cast<uint32_t>(info.qc) << 8);
    Key k{intern(&categories, info.category), intern(&bidis, info.bidi),
          static_cast<uint32_t>(info.ccc), intern(&widths, info.eaw.empty() ? "N" : info.eaw),
          flags, info.decimal, info.digit, numeric};
    record_values[cp] = record_index(k);

    if (!info.decomp.empty()) {
      std::vector<std::string> parts = split(info.decomp, ' ');
      uint32_t tag = 0;
      size_t first = 0;
      if (parts[0][0] == '<') {
        tag = intern(&tags, parts[0]);
        first = 1;
      }
      std::vector<uint32_t> cps;
      for (size_t i = first; i < parts.size(); ++i) cps.push_back(parse_cp(parts[i], "decomposition"));
      if (cps.empty() || cps.size() > 255) fail("bad decomposition");
      decomp_values[cp] = static_cast<uint32_t>(decomp_data.size());
      decomp_data.push_back(tag << 8 | static_cast<uint32_t>(cps.size()));
      decomp_data.insert(decomp_data.end(), cps.begin(), cps.end());
      if (tag == 0 && cps.size() == 2 && !info.comp_exclusion) compositions.emplace_back(cps[0], cps[1], cp);
    }
  }
  std::sort(compositions.begin(), compositions.end());
  if (records.size() > 65535) fail("too many records");

  std::ostringstream out;
  out << "// Generated by tools/gen_unicode_db.cpp from the Unicode Character Database in " << dir
      << ",\n// as of Unicode " << argv[2] << " (" << dropped << " newer characters left unassigned).\n"
      << "// Do not edit. Included only by stdlib/unicodedatamodule.cpp.\n\n";
  out << "constexpr int kShift = " << kShift << ";\n";
  out << "constexpr bool kHaveUnihan = " << (have_unihan ? "true" : "false") << ";\n\n";
  write_strings(out, "constexpr const char* kCategoryNames[]", categories);
  write_strings(out, "constexpr const char* kBidiNames[]", bidis);
  write_strings(out, "constexpr const char* kWidthNames[]", widths);
  write_strings(out, "constexpr const char* kDecompTags[]", tags);

  out << "constexpr Record kRecords[] = {\n";
  for (const Key& k : records) {
    auto [cat, bidi, ccc, eaw, flags, dec, dig, num] = k;
    out << "    {" << cat << ", " << bidi << ", " << ccc << ", " << eaw << ", " << (flags & 0xFF) << ", "
        << (flags >> 8) << ", " << dec << ", " << dig << ", " << num << "},\n";
  }
  out << "};\n\n";

  out << "constexpr NumericValue kNumericValues[] = {\n";
  for (const std::string& n : numerics) {
    size_t slash = n.find('/');
    std::string num = n.substr(0, slash), den = slash == std::string::npos ? "1" : n.substr(slash + 1);
    for (const std::string* s : {&num, &den}) {
      if (s->empty() || s->find_first_not_of("-0123456789") != std::string::npos) fail("bad numeric value " + n);
    }
    out << "    {" << num << "LL, " << den << "LL},  // " << n << "\n";
  }
  out << "};\n\n";

  write_two_level(out, "kRecord", build_two_level(record_values));
  write_two_level(out, "kDecomp", build_two_level(decomp_values));
  write_array(out, "constexpr uint32_t kDecompData[]", decomp_data);

  out << "constexpr Composition kCompositions[] = {\n";
  for (auto [a, b, c] : compositions) out << "    {" << a << ", " << b << ", " << c << "},\n";
  out << "};\n\n";

  out << "constexpr NamedSequenceEntry kNamedSequences[] = {\n";
  for (const NamedSequence& s : sequences) {
    out << "    {\"" << s.name << "\", " << s.cps.size() << ", {";
    for (size_t i = 0; i < s.cps.size(); ++i) out << (i ? ", " : "") << s.cps[i];
    out << "}},\n";
  }
  out << "};\n";

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
