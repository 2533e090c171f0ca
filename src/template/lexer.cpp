// Stage: template.
#include "template/lexer.hpp"

#include "core/utf8.hpp"
#include "template/messages.hpp"

namespace vanban::tmpl {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

struct RawTag {
  Segment::Kind kind;
  size_t open = 0;        // offset of '{'
  size_t close_end = 0;   // offset just past the closing '}'
  bool strip_before = false;
  bool strip_after = false;
  std::string_view body;
  size_t body_offset = 0;
};

}  // namespace

std::vector<Segment> split_segments(std::string_view src, const data::LineIndex& index, Diagnostics& diags) {
  // First pass: find the tags.
  std::vector<RawTag> tags;
  size_t i = 0;
  while (true) {
    size_t open = src.find('{', i);
    while (open != std::string_view::npos && open + 1 < src.size() && src[open + 1] != '{' &&
           src[open + 1] != '%' && src[open + 1] != '#') {
      open = src.find('{', open + 1);
    }
    if (open == std::string_view::npos || open + 1 >= src.size()) break;
    RawTag tag;
    tag.open = open;
    char second = src[open + 1];
    std::string_view closer = second == '{' ? "}}" : second == '%' ? "%}" : "#}";
    tag.kind = second == '{' ? Segment::Kind::output
               : second == '%' ? Segment::Kind::statement
                               : Segment::Kind::comment;
    size_t body_start = open + 2;
    if (body_start < src.size() && src[body_start] == '-') {
      tag.strip_before = true;
      ++body_start;
    }
    size_t close = src.find(closer, body_start);
    if (close == std::string_view::npos) {
      diags.add(make_error(index.at(open), msg::kUnclosedTag, src.substr(open, 2), closer));
      // Keep the text before the unclosed tag; drop the rest.
      tags.push_back(RawTag{Segment::Kind::text, open, src.size(), false, false, {}, open});
      break;
    }
    size_t body_end = close;
    if (body_end > body_start && src[body_end - 1] == '-') {
      tag.strip_after = true;
      --body_end;
    }
    tag.body = src.substr(body_start, body_end - body_start);
    tag.body_offset = body_start;
    tag.close_end = close + 2;
    tags.push_back(tag);
    i = tag.close_end;
  }

  // Second pass: text between tags, with whitespace control applied.
  std::vector<Segment> out;
  size_t text_start = 0;
  for (size_t t = 0; t <= tags.size(); ++t) {
    size_t text_end = t < tags.size() ? tags[t].open : src.size();
    size_t a = text_start, b = text_end;
    bool after_block_tag = t > 0 && tags[t - 1].kind != Segment::Kind::output;
    if (t > 0 && tags[t - 1].strip_after) {
      while (a < b && is_blank(src[a])) ++a;
    } else if (after_block_tag && tags[t - 1].kind != Segment::Kind::text) {
      // trim_blocks: the newline right after a statement or comment tag goes.
      if (a < b && src[a] == '\n') {
        ++a;
      } else if (a + 1 < b && src[a] == '\r' && src[a + 1] == '\n') {
        a += 2;
      }
    }
    if (t < tags.size()) {
      const RawTag& tag = tags[t];
      if (tag.strip_before) {
        while (b > a && is_blank(src[b - 1])) --b;
      } else if (tag.kind == Segment::Kind::statement || tag.kind == Segment::Kind::comment) {
        // lstrip_blocks: spaces before a block tag at the start of a line go.
        size_t k = b;
        while (k > a && (src[k - 1] == ' ' || src[k - 1] == '\t')) --k;
        if (k == 0 || src[k - 1] == '\n') b = k;
      }
    }
    if (b > a) out.push_back(Segment{Segment::Kind::text, src.substr(a, b - a), a, a});
    if (t == tags.size()) break;
    const RawTag& tag = tags[t];
    if (tag.kind == Segment::Kind::text) break;  // unclosed tag: stop here
    out.push_back(Segment{tag.kind, tag.body, tag.open, tag.body_offset});
    text_start = tag.close_end;
  }
  return out;
}

namespace {

bool is_name_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_name_char(unsigned char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool tokenize(std::string_view body, size_t base, const data::LineIndex& index, std::vector<Token>& out,
              Diagnostics& diags) {
  size_t i = 0;
  while (i < body.size()) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (is_blank(static_cast<char>(c))) {
      ++i;
      continue;
    }
    Token tok;
    tok.offset = base + i;
    if (is_name_start(c)) {
      size_t s = i;
      while (i < body.size() && is_name_char(static_cast<unsigned char>(body[i]))) ++i;
      tok.kind = Token::Kind::name;
      tok.text = std::string(body.substr(s, i - s));
    } else if (is_digit(c)) {
      size_t s = i;
      while (i < body.size() && is_digit(static_cast<unsigned char>(body[i]))) ++i;
      if (i + 1 < body.size() && body[i] == '.' && is_digit(static_cast<unsigned char>(body[i + 1]))) {
        ++i;
        while (i < body.size() && is_digit(static_cast<unsigned char>(body[i]))) ++i;
      }
      tok.kind = Token::Kind::number;
      tok.text = std::string(body.substr(s, i - s));
    } else if (c == '"' || c == '\'') {
      char quote = static_cast<char>(c);
      size_t s = i++;
      std::string value;
      bool closed = false;
      while (i < body.size()) {
        char d = body[i];
        if (d == quote) {
          closed = true;
          ++i;
          break;
        }
        if (d == '\\' && i + 1 < body.size()) {
          char e = body[i + 1];
          value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
          i += 2;
          continue;
        }
        value += d;
        ++i;
      }
      if (!closed) {
        diags.add(make_error(index.at(base + s), msg::kUnclosedString));
        return false;
      }
      tok.kind = Token::Kind::string;
      tok.text = std::move(value);
    } else {
      static constexpr std::string_view kTwo[] = {"==", "!=", "<=", ">=", "//"};
      std::string_view two = body.substr(i, 2);
      bool matched = false;
      for (auto op : kTwo) {
        if (two == op) {
          tok.text = std::string(op);
          i += 2;
          matched = true;
          break;
        }
      }
      if (!matched) {
        if (std::string_view("+-*/%~<>=()[]{}.,|:").find(static_cast<char>(c)) == std::string_view::npos) {
          size_t len = 1;
          while (i + len < body.size() && (static_cast<unsigned char>(body[i + len]) & 0xC0) == 0x80) ++len;
          diags.add(make_error(index.at(base + i), msg::kBadCharacter, body.substr(i, len)));
          return false;
        }
        tok.text = std::string(1, static_cast<char>(c));
        ++i;
      }
      tok.kind = Token::Kind::op;
    }
    out.push_back(std::move(tok));
  }
  Token end;
  end.offset = base + body.size();
  out.push_back(end);
  return true;
}

}  // namespace vanban::tmpl
