// Stage: locale.
// Vietnamese text on ICU: normalization, case mapping, collation and line-break opportunities.
#include "locale/text.hpp"

#include <unicode/brkiter.h>
#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace vanban::locale {
namespace {

const icu::Locale& vietnamese() {
  static const icu::Locale kVi("vi");
  return kVi;
}

icu::UnicodeString to_icu(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string from_icu(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

const icu::Normalizer2& nfc_normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data missing");
  return *n;
}

// ICU collators are not thread-safe for use; one per thread.
icu::Collator& vietnamese_collator() {
  thread_local std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(vietnamese(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU collator for vi unavailable");
    return c;
  }();
  return *collator;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// A whitespace-delimited token must stay whole when it is a document number,
// a code, a date or a formatted figure: it holds a '/', a digit, or a hyphen
// between two non-space characters.
bool must_stay_whole(std::string_view token) {
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(token[i]);
    if (c == '/' || is_digit(c)) return true;
    if (c == '-' && i > 0 && i + 1 < token.size()) return true;
  }
  return false;
}

}  // namespace

bool is_nfc(std::string_view text) {
  // Checked on the UTF-8 itself: most text is NFC already, and converting it
  // to UTF-16 first was most of the cost.
  UErrorCode status = U_ZERO_ERROR;
  const bool normalized = nfc_normalizer().isNormalizedUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  return normalized && U_SUCCESS(status);
}

std::string nfc(std::string_view text) {
  if (is_nfc(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  return from_icu(nfc_normalizer().normalize(to_icu(text), status));
}

std::string upper(std::string_view text) {
  icu::UnicodeString s = to_icu(nfc(text));
  s.toUpper(vietnamese());
  return from_icu(s);
}

std::string lower(std::string_view text) {
  icu::UnicodeString s = to_icu(nfc(text));
  s.toLower(vietnamese());
  return from_icu(s);
}

std::string case_fold(std::string_view text) {
  icu::UnicodeString s = to_icu(nfc(text));
  s.foldCase();
  return from_icu(s);
}

int collate(std::string_view a, std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  auto r = vietnamese_collator().compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                             icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  return r == UCOL_LESS ? -1 : r == UCOL_GREATER ? 1 : 0;
}

std::string ascii_key(std::string_view text) {
  icu::UnicodeString s = to_icu(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD unavailable");
  icu::UnicodeString d = nfd->normalize(s, status);
  std::string out;
  for (int32_t i = 0; i < d.length(); ++i) {
    char16_t c = d.charAt(i);
    if (c == u'đ' || c == u'Đ') c = u'd';
    if (c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c - u'A' + u'a');
    if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) out += static_cast<char>(c);
  }
  return out;
}

void sort_vi(std::vector<std::string>& items) {
  std::stable_sort(items.begin(), items.end(),
                   [](const std::string& a, const std::string& b) { return collate(a, b) < 0; });
}

std::vector<std::pair<size_t, size_t>> protected_spans(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && !is_space(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start && must_stay_whole(text.substr(start, i - start))) spans.emplace_back(start, i);
  }
  return spans;
}

// A range of numbers written with a spaced dash (`2023 - 2024`, `giai đoạn
// 2021 – 2025`) stays on one line: a line ending in `2023 -` reads as a
// broken word, and one starting with `- 2024` as a list item.
std::vector<size_t> number_range_joins(std::string_view text) {
  std::vector<size_t> out;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != ' ' || !(digit(text[i - 1]) || text[i - 1] == '%')) continue;
    size_t dash = i + 1;
    size_t dash_end = dash;
    if (text[dash] == '-') dash_end = dash + 1;
    else if (text.substr(dash, 3) == "\u2013") dash_end = dash + 3;
    else continue;
    if (dash_end + 1 < text.size() && text[dash_end] == ' ' && digit(text[dash_end + 1])) {
      out.push_back(dash);
      out.push_back(dash_end + 1);
    }
  }
  return out;
}

std::vector<size_t> line_break_opportunities(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::BreakIterator> iter = [] {
    UErrorCode s = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createLineInstance(vietnamese(), s));
    if (U_FAILURE(s)) throw std::runtime_error("ICU line breaker for vi unavailable");
    return it;
  }();
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot open text");
  iter->setText(ut, status);
  auto spans = protected_spans(text);
  std::vector<size_t> out;
  size_t span = 0;
  for (int32_t b = iter->next(); b != icu::BreakIterator::DONE; b = iter->next()) {
    size_t offset = static_cast<size_t>(b);
    while (span < spans.size() && spans[span].second < offset) ++span;
    bool inside = span < spans.size() && spans[span].first < offset && offset < spans[span].second;
    if (!inside) out.push_back(offset);
  }
  auto joins = number_range_joins(text);
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](size_t b) { return std::find(joins.begin(), joins.end(), b) != joins.end(); }),
            out.end());
  iter->setText(icu::UnicodeString());  // drop the reference to `text`
  utext_close(ut);
  return out;
}

}  // namespace vanban::locale
