// Stage: locale.
// Vietnamese text: NFC, upper/lower case, collation, line-break opportunities with protected tokens.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vanban::locale {

std::string nfc(std::string_view text);
bool is_nfc(std::string_view text);
std::string upper(std::string_view text);  // "Đức Thọ" -> "ĐỨC THỌ"
std::string lower(std::string_view text);
std::string case_fold(std::string_view text);  // NFC + full case folding, for matching names
// Lower-case ASCII letters and digits only, marks dropped, đ -> d: "Huyện Vũ
// Quang" -> "huyenvuquang", "vu-quang" -> "vuquang"; for matching file names.
std::string ascii_key(std::string_view text);

// Vietnamese collation (ICU "vi"): Đ after D, tones after base letters.
// Returns <0, 0, >0.
int collate(std::string_view a, std::string_view b);
void sort_vi(std::vector<std::string>& items);

// Byte ranges [first, second) of tokens that must never be broken across
// lines: document numbers and codes like `125/BC-SKHĐT`, `3004/QĐ-UBND`,
// `23-TB/BCĐ`, dates `25/8/2021`, numbers with separators `15.806,246`,
// `69,5%`.
std::vector<std::pair<size_t, size_t>> protected_spans(std::string_view text);

// Byte offsets where a line may break (UAX #14 via ICU, locale "vi"), with
// offsets inside protected spans removed. Offset k means "a line may end
// before byte k". Includes text.size().
std::vector<size_t> line_break_opportunities(std::string_view text);

// Whether two syllables, as written, are one word or one name: "xây" "dựng",
// "NÔNG" "THÔN", "Trung" "ương", "Hà" "Tĩnh" (locale/compounds.cpp). A line
// of a title or a list item should not end between them.
bool one_word(std::string_view first, std::string_view second);

}  // namespace vanban::locale
