// Stage: locale.
// Amounts in Vietnamese words (FORMAT.md, "money in words").
//
// ICU's "vi" spellout rules read 1.005.000 as "một triệu năm nghìn" and 105 as
// "một trăm lẻ năm" only; FORMAT.md requires "không trăm" inside inner groups
// and a linh/lẻ setting, so the reading is written here: groups of three
// digits, each read as hundreds/tens/units, joined with nghìn/triệu/tỷ.
#include "locale/format.hpp"
#include "locale/text.hpp"

#include <array>

namespace vanban::locale {
namespace {

constexpr std::array<std::string_view, 10> kDigits = {"không", "một", "hai", "ba", "bốn",
                                                      "năm",   "sáu", "bảy", "tám", "chín"};

void add_word(std::string& out, std::string_view w) {
  if (!out.empty()) out += ' ';
  out += w;
}

// Reads one group of three digits. `inner`: the group follows a non-zero
// group, so its hundreds are read even when zero ("không trăm").
void read_group(std::string& out, int group, bool inner, ZeroTens zero_tens) {
  int h = group / 100, t = group / 10 % 10, u = group % 10;
  bool has_hundreds = inner || h > 0;
  if (has_hundreds) {
    add_word(out, kDigits[static_cast<size_t>(h)]);
    add_word(out, "trăm");
  }
  if (t == 0) {
    if (u == 0) return;
    if (has_hundreds) add_word(out, zero_tens == ZeroTens::linh ? "linh" : "lẻ");
    add_word(out, kDigits[static_cast<size_t>(u)]);
    return;
  }
  if (t == 1) {
    add_word(out, "mười");
  } else {
    add_word(out, kDigits[static_cast<size_t>(t)]);
    add_word(out, "mươi");
  }
  if (u == 0) return;
  if (u == 5) {
    add_word(out, "lăm");
  } else if (u == 1 && t >= 2) {
    add_word(out, "mốt");
  } else {
    add_word(out, kDigits[static_cast<size_t>(u)]);
  }
}

// Reads a string of decimal digits (no sign) as an integer. Groups of three
// digits take nghìn and triệu; every nine digits make one more "tỷ", said once
// after the last non-zero group of its nine: 2.500.000.000.000 is "hai nghìn
// năm trăm tỷ" (2500 tỷ), 10^18 "một tỷ tỷ" (one tỷ of tỷ).
std::string read_integer(std::string_view digits, ZeroTens zero_tens) {
  static constexpr std::array<std::string_view, 3> kSmall = {"", "nghìn", "triệu"};
  while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
  if (digits == "0" || digits.empty()) return std::string(kDigits[0]);
  std::vector<int> groups;  // most significant first
  size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  groups.push_back(std::stoi(std::string(digits.substr(0, first))));
  for (size_t i = first; i < digits.size(); i += 3) groups.push_back(std::stoi(std::string(digits.substr(i, 3))));
  std::string out;
  for (size_t i = 0; i < groups.size(); ++i) {
    if (groups[i] == 0) continue;
    const size_t place = groups.size() - 1 - i;  // groups of three from the right
    read_group(out, groups[i], i > 0, zero_tens);
    if (!kSmall[place % 3].empty()) add_word(out, kSmall[place % 3]);
    // The nine digits of this group end at the group place - place % 3: "tỷ"
    // follows the last non-zero group among them.
    bool last_of_nine = true;
    for (size_t j = i + 1; j < groups.size() && (groups.size() - 1 - j) / 3 == place / 3; ++j) {
      if (groups[j] != 0) last_of_nine = false;
    }
    if (last_of_nine) {
      for (size_t k = 0; k < place / 3; ++k) add_word(out, "tỷ");
    }
  }
  return out;
}

}  // namespace

std::string words(const Decimal& v, const WordsOptions& options) {
  std::string out;
  if (v.is_negative() && !v.is_zero()) out = "âm ";
  Decimal n = v.normalized();
  out += read_integer(n.integer_digits(), options.zero_tens);
  std::string fraction = n.fraction_digits();
  if (!fraction.empty()) {
    out += " phẩy";
    size_t zeros = 0;
    while (zeros < fraction.size() && fraction[zeros] == '0') ++zeros;
    for (size_t i = 0; i < zeros; ++i) add_word(out, kDigits[0]);
    add_word(out, read_integer(std::string_view(fraction).substr(zeros), options.zero_tens));
  }
  if (!options.unit.empty()) add_word(out, options.unit);
  if (options.capitalize) {
    size_t first_len = 1;
    while (first_len < out.size() && (static_cast<unsigned char>(out[first_len]) & 0xC0) == 0x80) ++first_len;
    out = upper(std::string_view(out).substr(0, first_len)) + out.substr(first_len);
  }
  if (options.full_stop) out += '.';
  return out;
}

}  // namespace vanban::locale
