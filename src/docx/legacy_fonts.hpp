// Stage: docx (import).
// Text typed in the legacy Vietnamese fonts (TCVN3 `.VnTime`, `.VnTimeH`; VNI `VNI-Times`) converted to Unicode NFC.
#pragma once

#include <string>
#include <string_view>

namespace vanban::docx {

enum class LegacyFont {
  none = 0,
  tcvn3,        // `.VnTime`, `.VnArial`, …: TCVN 5712:1993 VN3, lower case and the base capitals
  tcvn3_upper,  // `.VnTimeH`, `.VnArialH`, …: the same codes drawn as capitals
  vni,          // `VNI-Times`, `VNI-Helve`, …: a letter followed by its marks
};

// Which legacy encoding a run's font (w:rFonts w:ascii) implies.
LegacyFont legacy_font(std::string_view font);

// `text` as Word stores it for that font (each byte of the legacy code as the
// Windows-1252 character) converted to Unicode NFC.
std::string from_legacy(std::string_view text, LegacyFont font);

}  // namespace vanban::docx
