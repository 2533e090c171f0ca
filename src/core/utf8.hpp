// Stage: core.
// UTF-8 validation and decoding, with the line and column of the first bad byte.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vanban::utf8 {

struct BadByte {
  size_t offset = 0;  // byte offset of the first invalid byte
  int line = 1;       // 1-based
  int column = 1;     // 1-based, in code points
  unsigned char byte = 0;
};

// Returns the first invalid sequence (overlong forms, surrogates and values
// above U+10FFFF are invalid), or nullopt when the text is valid UTF-8.
std::optional<BadByte> find_invalid(std::string_view text);

// Decodes one code point at `i`, advancing `i`; returns U+FFFD on a bad
// sequence (advancing one byte).
char32_t decode(std::string_view text, size_t& i);
void append(std::string& out, char32_t cp);
std::u32string to_u32(std::string_view text);
std::string from_u32(std::u32string_view text);
size_t length(std::string_view text);  // code points

// Line and column (code points) of a byte offset.
void line_column(std::string_view text, size_t offset, int& line, int& column);

bool has_bom(std::string_view text);  // U+FEFF at the start
std::string_view strip_bom(std::string_view text);

}  // namespace vanban::utf8
