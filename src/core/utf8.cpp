// Stage: core.
#include "core/utf8.hpp"

namespace vanban::utf8 {
namespace {

// Length of a valid sequence starting at i, or 0.
size_t valid_length(std::string_view t, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(t[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > t.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if (n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
  if (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
  return n;
}

}  // namespace

std::optional<BadByte> find_invalid(std::string_view t) {
  int line = 1, col = 1;
  for (size_t i = 0; i < t.size();) {
    size_t n = valid_length(t, i);
    if (n == 0) return BadByte{i, line, col, static_cast<unsigned char>(t[i])};
    if (t[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
    i += n;
  }
  return std::nullopt;
}

char32_t decode(std::string_view t, size_t& i) {
  size_t n = valid_length(t, i);
  if (n == 0) {
    ++i;
    return U'\uFFFD';
  }
  auto c = static_cast<unsigned char>(t[i]);
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
  i += n;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::u32string to_u32(std::string_view t) {
  std::u32string out;
  out.reserve(t.size());
  for (size_t i = 0; i < t.size();) out.push_back(decode(t, i));
  return out;
}

std::string from_u32(std::u32string_view t) {
  std::string out;
  out.reserve(t.size());
  for (char32_t c : t) append(out, c);
  return out;
}

size_t length(std::string_view t) {
  size_t n = 0;
  for (size_t i = 0; i < t.size();) {
    decode(t, i);
    ++n;
  }
  return n;
}

void line_column(std::string_view t, size_t offset, int& line, int& column) {
  line = 1;
  column = 1;
  for (size_t i = 0; i < t.size() && i < offset;) {
    if (t[i] == '\n') {
      ++line;
      column = 1;
      ++i;
    } else {
      decode(t, i);
      ++column;
    }
  }
}

bool has_bom(std::string_view t) { return t.size() >= 3 && t.substr(0, 3) == "\xEF\xBB\xBF"; }

std::string_view strip_bom(std::string_view t) { return has_bom(t) ? t.substr(3) : t; }

}  // namespace vanban::utf8
