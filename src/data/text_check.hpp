// Stage: data.
// Checks that a data file is UTF-8 text before any parser sees it.
#pragma once

#include "core/diagnostic.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::data {

using FileName = std::shared_ptr<const std::string>;

// True when `text` is valid UTF-8 without a NUL byte. A UTF-16 or UTF-32 file
// (known by its byte-order mark) is reported as such at 1:1; a NUL at its line
// and column. Otherwise reports the line and column of
// the first bad byte, with a hint about the legacy Vietnamese encodings
// (TCVN3/ABC, VNI, Windows-1258) that most often cause it, and returns false.
bool check_utf8(std::string_view text, const FileName& file, Diagnostics& diags);

// Maps byte offsets of one text to positions (1-based line, column in code
// points) in O(log lines + line length); offsets asked in order along a line
// (a parser's tokens) cost only the distance from the last one. Not shared
// between threads: each parse makes its own.
class LineIndex {
 public:
  LineIndex(std::string_view text, FileName file);
  SourcePos at(size_t offset) const;
  const FileName& file() const { return file_; }

 private:
  std::string_view text_;
  FileName file_;
  std::vector<size_t> starts_;  // byte offset of each line's first byte
  mutable size_t last_line_ = 0, last_offset_ = 0;  // the last position asked, to count on from
  mutable int last_column_ = 0;
};

// Which old Vietnamese encoding text that is not UTF-8 was most likely typed
// in: "TCVN3/ABC", "VNI-Windows" or "Windows-1258"; empty when unclear.
std::string_view guess_legacy_encoding(std::string_view text);

// CRLF (Windows) and a lone CR (old Mac) become LF everywhere, inside quoted
// text too (YAML 1.2 §5.4 does the same; a CR kept in a value has no glyph in
// any font). Lines and columns stay those of the original file.
std::string normalize_line_ends(std::string_view text);
// The same without a copy when `text` holds no CR (most files): `text` itself,
// or the normalized text kept in `storage`.
std::string_view normalize_line_ends(std::string_view text, std::string& storage);

// "UTF-16 LE", "UTF-16 BE", "UTF-32 LE" or "UTF-32 BE" when `text` starts with
// that encoding's byte-order mark; empty otherwise.
std::string_view unicode_encoding_by_bom(std::string_view text);

}  // namespace vanban::data
