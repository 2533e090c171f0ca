// Stage: data.
// Numbers as clerks type them: `218.703`, `69,5`, `1 234,5`, `−4` (Vietnamese) or `218703`, `69.5` (international).
#pragma once

#include "core/decimal.hpp"

#include <optional>
#include <string_view>

namespace vanban::data {

enum class NumberStyle {
  unknown = 0,    // decide from context (a CSV's separator)
  vietnamese,     // `.` groups thousands, `,` is the decimal comma
  international,  // `,` groups thousands (optional), `.` is the decimal point
};

// What a cell's text is, by the one rule of docs/DATA.md ("What is a number").
enum class NumberVerdict {
  text = 0,  // not a number: a name, a code with a leading zero (`07`), `15806.246` in the Vietnamese style
  number,    // `value` holds it exactly
  too_big,   // written as a number, but more digits than exact arithmetic keeps (`1e400`, 60 digits)
  percent,   // a number followed by `%` (`12%`): refused, since it is unclear whether 12 or 0.12 is meant
};

struct NumberReading {
  NumberVerdict verdict = NumberVerdict::text;
  Decimal value;
};

// Reads `text` written in `style` (unknown is treated as vietnamese):
// surrounding spaces (also no-break spaces) are ignored; the sign is `-`, `+`
// or the Unicode minus `−`; thousands are grouped by the style's separator, a
// space or a no-break space, in groups of exactly three digits; an exponent
// (`1,5E+3`, `2e3`) may follow; integers with a leading zero (`07`) are codes.
NumberReading read_number_text(std::string_view text, NumberStyle style);

// The number when read_number_text's verdict is `number`.
std::optional<Decimal> parse_number_text(std::string_view text, NumberStyle style);

}  // namespace vanban::data
