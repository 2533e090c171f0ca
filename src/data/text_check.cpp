// Stage: data.
#include "data/text_check.hpp"

#include "core/utf8.hpp"
#include "data/messages.hpp"

#include <algorithm>

namespace vanban::data {

LineIndex::LineIndex(std::string_view text, FileName file) : text_(text), file_(std::move(file)) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

SourcePos LineIndex::at(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin());  // 1-based
  size_t start = starts_[line - 1];
  int column = 1;
  // Counting on is exact only from the first byte of a character.
  auto boundary = [&](size_t at) {
    return at >= text_.size() || (static_cast<unsigned char>(text_[at]) & 0xC0) != 0x80;
  };
  if (line == last_line_ && offset >= last_offset_ && boundary(last_offset_)) {
    start = last_offset_;
    column = last_column_;
  }
  column += static_cast<int>(utf8::length(text_.substr(start, offset - start)));
  if (boundary(offset)) {
    last_line_ = line;
    last_offset_ = offset;
    last_column_ = column;
  }
  return make_pos(file_, static_cast<int>(line), column);
}

namespace {

bool ascii_vowel(unsigned char c) { return std::string_view("aeiouyAEIOUY").find(static_cast<char>(c)) != std::string_view::npos; }
bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

}  // namespace

std::string_view guess_legacy_encoding(std::string_view text) {
  // The three old ways of typing Vietnamese leave different traces in the bytes:
  //  - VNI-Windows writes the base vowel in ASCII and the marks as extra bytes
  //    after it ("Vieät": e + 0xE4), so high bytes follow vowels;
  //  - Windows-1258 also follows vowels, with the combining tones 0xCC 0xEC
  //    0xD2 0xDE 0xF2;
  //  - TCVN3 (ABC) gives each accented vowel one byte of its own ("Th«ng b¸o"),
  //    so high bytes sit between consonants.
  size_t after_vowel = 0, combining = 0, after_consonant = 0;
  for (size_t i = 1; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) continue;
    const auto p = static_cast<unsigned char>(text[i - 1]);
    if (b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2) ++combining;
    if (ascii_vowel(p)) ++after_vowel;
    else if (ascii_letter(p)) ++after_consonant;
  }
  if (after_vowel + after_consonant < 2) return {};
  if (after_consonant > after_vowel) return "TCVN3/ABC";
  if (combining * 2 > after_vowel) return "Windows-1258";
  return "VNI-Windows";
}

std::string normalize_line_ends(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  return out;
}

std::string_view normalize_line_ends(std::string_view text, std::string& storage) {
  if (text.find('\r') == std::string_view::npos) return text;
  storage = normalize_line_ends(text);
  return storage;
}

std::string_view unicode_encoding_by_bom(std::string_view text) {
  auto starts = [&](std::string_view bom) { return text.substr(0, bom.size()) == bom; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\x00\x00"sv)) return "UTF-32 LE";
  if (starts("\x00\x00\xFE\xFF"sv)) return "UTF-32 BE";
  if (starts("\xFF\xFE"sv)) return "UTF-16 LE";
  if (starts("\xFE\xFF"sv)) return "UTF-16 BE";
  return {};
}

bool check_utf8(std::string_view text, const FileName& file, Diagnostics& diags) {
  // Notepad's "Unicode" and Excel's "Unicode Text" are UTF-16: their bytes
  // are not a legacy Vietnamese encoding, and Unikey is no help.
  if (std::string_view wide = unicode_encoding_by_bom(text); !wide.empty()) {
    diags.add(with_hint(make_error(make_pos(file, 1, 1), msg::kUtf16, wide), msg::kUtf16Hint));
    return false;
  }
  auto bad = utf8::find_invalid(text);
  if (!bad) {
    // Valid UTF-8 may still hold NUL, which no text typed by hand does (the
    // YAML reader took it for the start of an escape sequence).
    const size_t nul = text.find('\0');
    if (nul == std::string_view::npos) return true;
    int line = 1, column = 1;
    utf8::line_column(text, nul, line, column);
    diags.add(with_hint(make_error(make_pos(file, line, column), msg::kNulByte), msg::kNulHint));
    return false;
  }
  Diagnostic d = make_error(make_pos(file, bad->line, bad->column), msg::kInvalidUtf8, bad->byte);
  // Text typed with the old Vietnamese keyboards is full of single high bytes;
  // a lone bad byte in UTF-8 text is more likely a damaged file.
  size_t high = 0;
  for (char c : text) high += static_cast<unsigned char>(c) >= 0x80;
  const std::string_view guess = high >= 2 ? guess_legacy_encoding(text) : std::string_view();
  if (!guess.empty()) {
    d = with_hint(std::move(d), msg::kLegacyEncodingHint, guess);
  } else if (high >= 2) {
    d = with_hint(std::move(d), msg::kLegacyEncodingHint, "TCVN3/ABC, VNI, Windows-1258");
  } else {
    d = with_hint(std::move(d), msg::kUtf8Hint);
  }
  diags.add(std::move(d));
  return false;
}

}  // namespace vanban::data
