// Stage: core.
// The private characters by which the template stage tells the markup parser "this is literal text" or "this is a directive".
#pragma once

#include <string_view>

namespace vanban::protocol {

// Interpolated data is wrapped as  kLiteralOpen text kLiteralClose  in the
// expanded body. The markup parser treats everything inside as plain text:
// no `**`, `*`, `^[`, list marker, directive or blank line inside can create
// markup; newlines inside become spaces. These code points (U+E000–U+E003,
// Private Use Area) are removed from all data and template text on input.
inline constexpr std::string_view kLiteralOpen = "\xEE\x80\x80";   // U+E000
inline constexpr std::string_view kLiteralClose = "\xEE\x80\x81";  // U+E001
// A directive emitted by a template tag, e.g. `{% table "bieu-1" %}`:
// kDirectiveOpen "table bieu-1" kDirectiveClose on a line of its own.
inline constexpr std::string_view kDirectiveOpen = "\xEE\x80\x82";   // U+E002
inline constexpr std::string_view kDirectiveClose = "\xEE\x80\x83";  // U+E003

inline constexpr char32_t kFirstReserved = 0xE000;
inline constexpr char32_t kLastReserved = 0xE003;

}  // namespace vanban::protocol
