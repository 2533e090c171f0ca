// Stage: data.
// Numbers as clerks type them: `218.703`, `69,5`, `1.234.567,5` (Vietnamese) or `218703`, `69.5` (international).
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

// Parses a number written in `style` (unknown is treated as vietnamese).
// Surrounding spaces are ignored; groups must have exactly three digits;
// integers with a leading zero (`07`) are not numbers but codes.
std::optional<Decimal> parse_number_text(std::string_view text, NumberStyle style);

}  // namespace vanban::data
