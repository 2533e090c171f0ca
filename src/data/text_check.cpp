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
  int column = static_cast<int>(utf8::length(text_.substr(start, offset - start))) + 1;
  return make_pos(file_, static_cast<int>(line), column);
}

bool check_utf8(std::string_view text, const FileName& file, Diagnostics& diags) {
  auto bad = utf8::find_invalid(text);
  if (!bad) return true;
  Diagnostic d = make_error(make_pos(file, bad->line, bad->column), msg::kInvalidUtf8, bad->byte);
  // Text typed with the old Vietnamese keyboards is full of single high bytes;
  // a lone bad byte in UTF-8 text is more likely a damaged file.
  size_t high = 0;
  for (unsigned char c : text) high += c >= 0x80;
  if (high >= 2) {
    d = with_hint(std::move(d), msg::kLegacyEncodingHint, "TCVN3/ABC, VNI, Windows-1258");
  } else {
    d = with_hint(std::move(d), msg::kUtf8Hint);
  }
  diags.add(std::move(d));
  return false;
}

}  // namespace vanban::data
