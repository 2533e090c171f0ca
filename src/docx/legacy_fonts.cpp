// Stage: docx (import).
// TCVN3 (ABC) is a one-byte code: each accented letter has its own byte. VNI
// Windows writes a base letter followed by one byte for its marks (circumflex
// or breve, then the tone). Both are converted to decomposed Unicode, then NFC.
#include "docx/legacy_fonts.hpp"

#include "core/utf8.hpp"
#include "locale/text.hpp"

#include <algorithm>
#include <cctype>

namespace vanban::docx {
namespace {

constexpr char32_t kAcute = 0x0301, kGrave = 0x0300, kHook = 0x0309, kTilde = 0x0303, kDot = 0x0323;
constexpr char32_t kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;

struct Tcvn3 {
  char32_t code;
  char32_t base;
  char32_t mark1;
  char32_t mark2;
};

// TCVN 5712:1993 VN3 (the `.Vn…` fonts): the byte's Windows-1252 character → base letter and marks.
constexpr Tcvn3 kTcvn3[] = {
    {0xA1, U'A', kBreve, 0},      {0xA2, U'A', kCircumflex, 0}, {0xA3, U'E', kCircumflex, 0},
    {0xA4, U'O', kCircumflex, 0}, {0xA5, U'O', kHorn, 0},       {0xA6, U'U', kHorn, 0},
    {0xA7, 0x0110, 0, 0},         {0xA8, U'a', kBreve, 0},      {0xA9, U'a', kCircumflex, 0},
    {0xAA, U'e', kCircumflex, 0}, {0xAB, U'o', kCircumflex, 0}, {0xAC, U'o', kHorn, 0},
    {0xAD, U'u', kHorn, 0},       {0xAE, 0x0111, 0, 0},
    {0xB5, U'a', kGrave, 0},      {0xB6, U'a', kHook, 0},       {0xB7, U'a', kTilde, 0},
    {0xB8, U'a', kAcute, 0},      {0xB9, U'a', kDot, 0},
    {0xBB, U'a', kBreve, kGrave}, {0xBC, U'a', kBreve, kHook},  {0xBD, U'a', kBreve, kTilde},
    {0xBE, U'a', kBreve, kAcute}, {0xC6, U'a', kBreve, kDot},
    {0xC7, U'a', kCircumflex, kGrave}, {0xC8, U'a', kCircumflex, kHook}, {0xC9, U'a', kCircumflex, kTilde},
    {0xCA, U'a', kCircumflex, kAcute}, {0xCB, U'a', kCircumflex, kDot},
    {0xCC, U'e', kGrave, 0},      {0xCE, U'e', kHook, 0},       {0xCF, U'e', kTilde, 0},
    {0xD0, U'e', kAcute, 0},      {0xD1, U'e', kDot, 0},
    {0xD2, U'e', kCircumflex, kGrave}, {0xD3, U'e', kCircumflex, kHook}, {0xD4, U'e', kCircumflex, kTilde},
    {0xD5, U'e', kCircumflex, kAcute}, {0xD6, U'e', kCircumflex, kDot},
    {0xD7, U'i', kGrave, 0},      {0xD8, U'i', kHook, 0},       {0xDC, U'i', kTilde, 0},
    {0xDD, U'i', kAcute, 0},      {0xDE, U'i', kDot, 0},
    {0xDF, U'o', kGrave, 0},      {0xE1, U'o', kHook, 0},       {0xE2, U'o', kTilde, 0},
    {0xE3, U'o', kAcute, 0},      {0xE4, U'o', kDot, 0},
    {0xE5, U'o', kCircumflex, kGrave}, {0xE6, U'o', kCircumflex, kHook}, {0xE7, U'o', kCircumflex, kTilde},
    {0xE8, U'o', kCircumflex, kAcute}, {0xE9, U'o', kCircumflex, kDot},
    {0xEA, U'o', kHorn, kGrave},  {0xEB, U'o', kHorn, kHook},   {0xEC, U'o', kHorn, kTilde},
    {0xED, U'o', kHorn, kAcute},  {0xEE, U'o', kHorn, kDot},
    {0xEF, U'u', kGrave, 0},      {0xF1, U'u', kHook, 0},       {0xF2, U'u', kTilde, 0},
    {0xF3, U'u', kAcute, 0},      {0xF4, U'u', kDot, 0},
    {0xF5, U'u', kHorn, kGrave},  {0xF6, U'u', kHorn, kHook},   {0xF7, U'u', kHorn, kTilde},
    {0xF8, U'u', kHorn, kAcute},  {0xF9, U'u', kHorn, kDot},
    {0xFA, U'y', kGrave, 0},      {0xFB, U'y', kHook, 0},       {0xFC, U'y', kTilde, 0},
    {0xFD, U'y', kAcute, 0},      {0xFE, U'y', kDot, 0},
};

// VNI Windows: the mark bytes that follow a letter (upper- and lower-case forms).
struct VniMark {
  char32_t upper, lower;
  char32_t mark1, mark2;
};
constexpr VniMark kVniMarks[] = {
    {0xD9, 0xF9, kAcute, 0},       {0xD8, 0xF8, kGrave, 0},       {0xDB, 0xFB, kHook, 0},
    {0xD5, 0xF5, kTilde, 0},       {0xCF, 0xEF, kDot, 0},
    {0xC2, 0xE2, kCircumflex, 0},  {0xC1, 0xE1, kCircumflex, kAcute}, {0xC0, 0xE0, kCircumflex, kGrave},
    {0xC5, 0xE5, kCircumflex, kHook}, {0xC3, 0xE3, kCircumflex, kTilde}, {0xC4, 0xE4, kCircumflex, kDot},
    {0xCA, 0xEA, kBreve, 0},       {0xC9, 0xE9, kBreve, kAcute},  {0xC8, 0xE8, kBreve, kGrave},
    {0xDA, 0xFA, kBreve, kHook},   {0xDC, 0xFC, kBreve, kTilde},  {0xCB, 0xEB, kBreve, kDot},
};
// VNI Windows: bytes that are letters of their own.
struct VniLetter {
  char32_t code;
  char32_t base;
  char32_t mark;
};
constexpr VniLetter kVniLetters[] = {
    {0xD4, U'O', kHorn},  {0xF4, U'o', kHorn},  {0xD6, U'U', kHorn}, {0xF6, U'u', kHorn},
    {0xCD, U'I', kAcute}, {0xED, U'i', kAcute}, {0xCC, U'I', kGrave}, {0xEC, U'i', kGrave},
    {0xC6, U'I', kHook},  {0xE6, U'i', kHook},  {0xD3, U'I', kTilde}, {0xF3, U'i', kTilde},
    {0xD2, U'I', kDot},   {0xF2, U'i', kDot},   {0xCE, U'Y', kDot},   {0xEE, U'y', kDot},
    {0xD1, 0x0110, 0},    {0xF1, 0x0111, 0},
};

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) return false;
  }
  return true;
}

void put(std::string& out, char32_t c) {
  if (c) utf8::append(out, c);
}

}  // namespace

LegacyFont legacy_font(std::string_view font) {
  if (starts_with_ci(font, ".Vn")) {
    // `.VnTimeH`, `.VnArialH`: the capitals font ends in H (`.VnTime` itself does not).
    return !font.empty() && font.back() == 'H' ? LegacyFont::tcvn3_upper : LegacyFont::tcvn3;
  }
  if (starts_with_ci(font, "VNI-") || starts_with_ci(font, "VNI ")) return LegacyFont::vni;
  return LegacyFont::none;
}

std::string from_legacy(std::string_view text, LegacyFont font) {
  std::u32string in;
  for (size_t i = 0; i < text.size();) {
    char32_t c = utf8::decode(text, i);
    in.push_back(c);
  }
  std::string out;
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t c = in[i];
    if (font == LegacyFont::vni) {
      auto letter = std::find_if(std::begin(kVniLetters), std::end(kVniLetters), [&](const VniLetter& l) { return l.code == c; });
      bool after_letter = i > 0 && (std::isalpha(static_cast<int>(in[i - 1] < 0x80 ? in[i - 1] : 0)) ||
                                    std::any_of(std::begin(kVniLetters), std::end(kVniLetters),
                                                [&](const VniLetter& l) { return l.code == in[i - 1]; }));
      auto mark = std::find_if(std::begin(kVniMarks), std::end(kVniMarks),
                               [&](const VniMark& m) { return m.upper == c || m.lower == c; });
      if (mark != std::end(kVniMarks) && after_letter) {
        put(out, mark->mark1);
        put(out, mark->mark2);
      } else if (letter != std::end(kVniLetters)) {
        put(out, letter->base);
        put(out, letter->mark);
      } else {
        put(out, c);
      }
      continue;
    }
    auto t = std::find_if(std::begin(kTcvn3), std::end(kTcvn3), [&](const Tcvn3& x) { return x.code == c; });
    if (t == std::end(kTcvn3)) {
      put(out, c);
      continue;
    }
    put(out, t->base);
    put(out, t->mark1);
    put(out, t->mark2);
  }
  std::string result = locale::nfc(out);
  return font == LegacyFont::tcvn3_upper ? locale::upper(result) : result;
}

}  // namespace vanban::docx
