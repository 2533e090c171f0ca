// Stage: document.
// Body markup → blocks (paragraphs, headings, list items, directives) → inlines and footnotes.
#include "core/markup_protocol.hpp"
#include "document/markup.hpp"

#include "core/parallel.hpp"
#include "document/markup_messages.hpp"
#include "locale/text.hpp"

#include <algorithm>
#include <optional>

namespace vanban::document {
namespace {

namespace p = protocol;

bool starts_at(std::string_view s, size_t i, std::string_view what) { return s.substr(i, what.size()) == what; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// ---- lines ----------------------------------------------------------------------

// A line of the expanded text: newlines inside literal runs do not end lines.
struct Line {
  size_t begin = 0, end = 0;  // byte range, without the '\n'
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t start = 0;
  bool literal = false;
  for (size_t i = 0; i < text.size();) {
    if (starts_at(text, i, p::kLiteralOpen)) {
      literal = true;
      i += p::kLiteralOpen.size();
    } else if (starts_at(text, i, p::kLiteralClose)) {
      literal = false;
      i += p::kLiteralClose.size();
    } else if (text[i] == '\n' && !literal) {
      lines.push_back({start, i});
      start = ++i;
    } else {
      ++i;
    }
  }
  if (start < text.size()) lines.push_back({start, text.size()});
  return lines;
}

// Blank: only whitespace, in markup and in literal runs alike.
bool is_blank(std::string_view line) {
  for (size_t i = 0; i < line.size();) {
    if (starts_at(line, i, p::kLiteralOpen) || starts_at(line, i, p::kLiteralClose)) {
      i += 3;
      continue;
    }
    if (!is_space(line[i])) return false;
    ++i;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// ---- inlines ----------------------------------------------------------------------

enum class Mark { bold = 0, italic, underline, superscript, footnote };

constexpr unsigned style_of(Mark m) {
  switch (m) {
    case Mark::bold: return kBold;
    case Mark::italic: return kItalic;
    case Mark::underline: return kUnderline;
    case Mark::superscript: return kSuperscript;
    case Mark::footnote: return kPlain;
  }
  return kPlain;
}

constexpr std::string_view mark_text(Mark m) {
  switch (m) {
    case Mark::bold: return "**";
    case Mark::italic: return "*";
    case Mark::underline: return "__";
    case Mark::superscript: return "^";
    case Mark::footnote: return "^[";
  }
  return "";
}

// Where each byte of a block's text came from in the expanded text: the
// block is lines of it, each copied whole with a newline after, so one
// (block offset, text offset) pair per line maps every byte (it was a
// size_t per byte: 8 bytes for each byte of a report's 39 KB).
class OffsetMap {
 public:
  // The block's bytes from `at` on are the text's from `from` on.
  void add(size_t at, size_t from) { lines_.push_back({at, from}); }
  void clear() { lines_.clear(); }
  size_t operator[](size_t i) const {
    auto it = std::upper_bound(lines_.begin(), lines_.end(), i,
                               [](size_t v, const std::pair<size_t, size_t>& l) { return v < l.first; });
    if (it == lines_.begin()) return i;  // not reached: a block starts with a line
    --it;
    return it->second + (i - it->first);
  }

 private:
  std::vector<std::pair<size_t, size_t>> lines_;
};

struct Token {
  enum class Kind { text, space, line_break, open, close, unused_mark } kind = Kind::text;
  std::string text;     // text; the raw marker for open/close/unused
  Mark mark = Mark::bold;
  size_t offset = 0;    // original offset, for messages
  int partner = -1;     // matched open/close token
  bool can_open = false, can_close = false;
};

class InlineParser {
 public:
  // `text` is the whole expanded text the offsets point into.
  InlineParser(std::string_view text, const SourceMap& where, Diagnostics& diags, std::vector<Footnote>& footnotes,
               int& next_footnote)
      : text_(text), where_(where), diags_(diags), footnotes_(footnotes), next_footnote_(next_footnote) {}

  // `s` is the block's text; `orig[i]` the original offset of s[i].
  Inlines parse(const std::string& s, const OffsetMap& orig) {
    tokenize(s, orig);
    match();
    Inlines out;
    size_t i = 0;
    emit(out, i, tokens_.size(), kPlain, false);
    finish(out);
    return out;
  }

 private:
  void add_text(std::string text, size_t offset) {
    if (!tokens_.empty() && tokens_.back().kind == Token::Kind::text) {
      tokens_.back().text += text;
    } else {
      Token t;
      t.kind = Token::Kind::text;
      t.text = std::move(text);
      t.offset = offset;
      tokens_.push_back(std::move(t));
    }
  }

  void add_space(size_t offset) {
    if (!tokens_.empty() && tokens_.back().kind == Token::Kind::space) return;
    Token t;
    t.kind = Token::Kind::space;
    t.offset = offset;
    tokens_.push_back(t);
  }

  void tokenize(const std::string& s, const OffsetMap& orig) {
    auto prev_space = [&](size_t i) { return i == 0 || is_space(s[i - 1]); };
    auto next_space = [&](size_t i) { return i >= s.size() || is_space(s[i]); };
    for (size_t i = 0; i < s.size();) {
      size_t at = orig[i];
      if (starts_at(s, i, p::kLiteralOpen)) {
        size_t end = s.find(p::kLiteralClose, i + 3);
        if (end == std::string::npos) {
          diags_.add(make_error(where_.at(at, text_), msg::kMarkupProtocol));
          end = s.size();
        }
        // Data: plain text whatever it holds; whitespace (newlines included) collapses.
        for (size_t k = i + 3; k < end;) {
          if (is_space(s[k])) {
            add_space(orig[k]);
            ++k;
          } else {
            size_t start = k;
            while (k < end && !is_space(s[k])) ++k;
            add_text(s.substr(start, k - start), orig[start]);
          }
        }
        i = std::min(end + 3, s.size());
        continue;
      }
      if (starts_at(s, i, p::kLiteralClose)) {
        i += 3;
        continue;
      }
      char c = s[i];
      if (c == '\\' && i + 1 < s.size() && s[i + 1] == '\n') {
        Token t;
        t.kind = Token::Kind::line_break;
        t.offset = at;
        tokens_.push_back(t);
        i += 2;
        continue;
      }
      if (c == '\\' && i + 1 < s.size() && std::string_view("*_^[]\\-+").find(s[i + 1]) != std::string_view::npos) {
        add_text(std::string(1, s[i + 1]), at);
        i += 2;
        continue;
      }
      if (is_space(c)) {
        add_space(at);
        ++i;
        continue;
      }
      std::optional<Mark> mark;
      size_t len = 1;
      if (starts_at(s, i, "***") && !prev_space(i)) {
        // "***" closing bold italic: the italic closes first, then the bold.
        mark = Mark::italic;
      } else if (starts_at(s, i, "**")) {
        mark = Mark::bold;
        len = 2;
      } else if (starts_at(s, i, "__")) {
        mark = Mark::underline;
        len = 2;
      } else if (starts_at(s, i, "^[")) {
        mark = Mark::footnote;
        len = 2;
      } else if (c == '*') {
        mark = Mark::italic;
      } else if (c == '^') {
        mark = Mark::superscript;
      }
      if (mark) {
        Token t;
        t.kind = Token::Kind::unused_mark;
        t.mark = *mark;
        t.text = s.substr(i, len);
        t.offset = at;
        t.can_open = !next_space(i + len);
        t.can_close = *mark != Mark::footnote && !prev_space(i);
        tokens_.push_back(std::move(t));
        i += len;
        continue;
      }
      if (c == ']') {
        Token t;
        t.kind = Token::Kind::unused_mark;
        t.mark = Mark::footnote;
        t.text = "]";
        t.offset = at;
        t.can_close = true;
        tokens_.push_back(std::move(t));
        ++i;
        continue;
      }
      size_t start = i;
      while (i < s.size() && !is_space(s[i]) && std::string_view("*_^]\\").find(s[i]) == std::string_view::npos &&
             !starts_at(s, i, p::kLiteralOpen) && !starts_at(s, i, p::kLiteralClose)) {
        if (s[i] == '_' && starts_at(s, i, "__")) break;
        ++i;
      }
      if (i == start) ++i;  // a lone '_' or '\'
      add_text(s.substr(start, i - start), at);
    }
  }

  // Pairs openers with closers (a stack per nesting, like CommonMark's
  // delimiter stack, simplified: no intraword rules beyond flanking spaces).
  void match() {
    std::vector<int> stack;
    std::vector<int> bracket_depth;  // per open footnote: plain '[' seen inside
    for (int i = 0; i < static_cast<int>(tokens_.size()); ++i) {
      Token& t = tokens_[static_cast<size_t>(i)];
      if (t.kind == Token::Kind::text) {
        if (!bracket_depth.empty()) {
          for (char c : t.text) bracket_depth.back() += c == '[';
        }
        continue;
      }
      if (t.kind != Token::Kind::unused_mark) {
        if (t.kind == Token::Kind::space) {
          // A superscript never spans a space.
          while (!stack.empty() && tokens_[static_cast<size_t>(stack.back())].mark == Mark::superscript) {
            stack.pop_back();
          }
        }
        continue;
      }
      if (t.mark == Mark::footnote && t.text == "]") {
        if (!bracket_depth.empty() && bracket_depth.back() > 0) {
          --bracket_depth.back();
          continue;
        }
        // Close the innermost open footnote; unclosed styles inside it are errors.
        auto it = std::find_if(stack.rbegin(), stack.rend(),
                               [&](int k) { return tokens_[static_cast<size_t>(k)].mark == Mark::footnote; });
        if (it == stack.rend()) continue;  // a plain ']'
        while (!stack.empty() && tokens_[static_cast<size_t>(stack.back())].mark != Mark::footnote) {
          report_unclosed(tokens_[static_cast<size_t>(stack.back())]);
          stack.pop_back();
        }
        pair(stack.back(), i);
        stack.pop_back();
        bracket_depth.pop_back();
        continue;
      }
      if (t.mark == Mark::footnote) {
        bool inside = std::any_of(stack.begin(), stack.end(),
                                  [&](int k) { return tokens_[static_cast<size_t>(k)].mark == Mark::footnote; });
        if (inside) {
          diags_.add(make_error(where_.at(t.offset, text_), msg::kMarkupNestedFootnote));
          continue;
        }
        stack.push_back(i);
        bracket_depth.push_back(0);
        continue;
      }
      if (t.can_close) {
        // The nearest opener of the same kind, not beyond an open footnote.
        int found = -1;
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
          const Token& o = tokens_[static_cast<size_t>(*it)];
          if (o.mark == Mark::footnote) break;
          if (o.mark == t.mark) {
            found = *it;
            break;
          }
        }
        if (found >= 0) {
          while (stack.back() != found) {
            report_unclosed(tokens_[static_cast<size_t>(stack.back())]);
            stack.pop_back();
          }
          stack.pop_back();
          pair(found, i);
          continue;
        }
      }
      if (t.can_open) {
        // Styles open inside styles are emitted by recursion: bounded, so
        // that `*a *a *a …` 100,000 deep cannot overflow the stack.
        if (stack.size() >= kMaxOpenMarks) {
          if (!too_deep_) diags_.add(make_error(where_.at(t.offset, text_), msg::kMarkupTooDeep, kMaxOpenMarks));
          too_deep_ = true;
          continue;
        }
        stack.push_back(i);
      }
    }
    for (int k : stack) report_unclosed(tokens_[static_cast<size_t>(k)]);
  }

  void pair(int open, int close) {
    tokens_[static_cast<size_t>(open)].kind = Token::Kind::open;
    tokens_[static_cast<size_t>(open)].partner = close;
    tokens_[static_cast<size_t>(close)].kind = Token::Kind::close;
    tokens_[static_cast<size_t>(close)].partner = open;
  }

  void report_unclosed(const Token& t) {
    if (t.mark == Mark::superscript) return;  // a lone '^' is just a character
    std::string_view m = mark_text(t.mark);
    diags_.add(with_hint(make_error(where_.at(t.offset, text_), msg::kMarkupUnclosed, m), msg::kMarkupUnclosedHint,
                         m.substr(0, 1)));
  }

  void push_text(Inlines& out, const std::string& text, unsigned style) {
    if (text.empty()) return;
    if (!out.empty() && out.back().kind == Inline::Kind::text && out.back().style == style) {
      out.back().text += text;
      return;
    }
    Inline in;
    in.text = text;
    in.style = style;
    out.push_back(std::move(in));
  }

  // Emits tokens [i, end) into `out` with the given style.
  void emit(Inlines& out, size_t& i, size_t end, unsigned style, bool in_footnote) {
    while (i < end) {
      const Token& t = tokens_[i];
      switch (t.kind) {
        case Token::Kind::text:
          push_text(out, t.text, style);
          ++i;
          break;
        case Token::Kind::space:
          push_text(out, " ", style);
          ++i;
          break;
        case Token::Kind::line_break: {
          Inline br;
          br.kind = Inline::Kind::line_break;
          out.push_back(br);
          ++i;
          break;
        }
        case Token::Kind::unused_mark:
          push_text(out, t.text, style);
          ++i;
          break;
        case Token::Kind::close:
          ++i;  // handled by its opener
          break;
        case Token::Kind::open: {
          size_t close = static_cast<size_t>(t.partner);
          ++i;
          if (t.mark == Mark::footnote) {
            Footnote note;
            note.number = next_footnote_++;
            note.pos = where_.at(t.offset, text_);
            size_t slot = footnotes_.size();
            footnotes_.push_back(Footnote{});
            size_t k = i;
            emit(note.content, k, close, kPlain, true);
            finish(note.content);
            if (note.content.empty()) diags_.add(make_error(note.pos, msg::kMarkupEmptyFootnote));
            Inline ref;
            ref.kind = Inline::Kind::footnote_ref;
            ref.footnote = note.number;
            ref.style = style;
            // A space before the mark is not wanted: "đồng^[…]" and "đồng ^[…]" read the same.
            if (!out.empty() && out.back().kind == Inline::Kind::text && out.back().text.back() == ' ') {
              out.back().text.pop_back();
              if (out.back().text.empty()) out.pop_back();
            }
            out.push_back(ref);
            footnotes_[slot] = std::move(note);
          } else {
            size_t k = i;
            emit(out, k, close, style | style_of(t.mark), in_footnote);
          }
          i = close + 1;
          break;
        }
      }
    }
  }

  // Trims spaces at the ends and around line breaks, NFC-normalizes text.
  static void finish(Inlines& out) {
    for (size_t k = 0; k < out.size(); ++k) {
      if (out[k].kind != Inline::Kind::text) continue;
      bool at_start = k == 0 || out[k - 1].kind == Inline::Kind::line_break;
      bool at_end = k + 1 == out.size() || out[k + 1].kind == Inline::Kind::line_break;
      std::string& s = out[k].text;
      if (at_start) s.erase(0, s.find_first_not_of(' ') == std::string::npos ? s.size() : s.find_first_not_of(' '));
      if (at_end) {
        while (!s.empty() && s.back() == ' ') s.pop_back();
      }
      // Two adjacent pieces of different style must not both carry the space.
      if (k > 0 && out[k - 1].kind == Inline::Kind::text && !s.empty() && s.front() == ' ' &&
          !out[k - 1].text.empty() && out[k - 1].text.back() == ' ') {
        s.erase(0, 1);
      }
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const Inline& x) { return x.kind == Inline::Kind::text && x.text.empty(); }),
              out.end());
    for (auto& x : out) {
      if (x.kind == Inline::Kind::text) x.text = locale::nfc(x.text);
    }
  }

  static constexpr size_t kMaxOpenMarks = 100;
  bool too_deep_ = false;
  std::string_view text_;
  const SourceMap& where_;
  Diagnostics& diags_;
  std::vector<Footnote>& footnotes_;
  int& next_footnote_;
  std::vector<Token> tokens_;
};

// ---- headings ----------------------------------------------------------------------

// The numbering a paragraph starts with, as Vietnamese administrative prose
// types it (FORMAT.md "report headings"): `I.` (level 1), `1.` (2), `1.1.`
// (3), `1.1.1.` (4), `a)` in Vietnamese letter order (5), `Điều 1.` (an
// article, 2). Returns the level and the numbering's length in bytes, or
// level 0 when the text does not start with a numbering and a space.
struct Numbering {
  int level = 0;
  size_t size = 0;
};

Numbering numbering(std::string_view s) {
  size_t i = 0;
  auto digits = [&] {
    size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > start;
  };
  auto ends_here = [&](size_t at) { return at == s.size() || s[at] == ' ' || s[at] == '\n'; };
  // I. II. IV. …
  size_t r = 0;
  while (r < s.size() && std::string_view("IVXLC").find(s[r]) != std::string_view::npos) ++r;
  if (r > 0 && r + 1 <= s.size() && s.substr(r, 1) == "." && ends_here(r + 1)) return {1, r + 1};
  // Điều 1. / Điều 12a.
  if (starts_at(s, 0, "Điều ")) {
    i = std::string_view("Điều ").size();
    if (digits()) {
      while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
      if (i < s.size() && s[i] == '.' && ends_here(i + 1)) return {2, i + 1};
    }
    return {};
  }
  // 1. / 1.1 / 1.1. / 2.3.1.
  if (digits()) {
    int parts = 1;
    while (i + 1 < s.size() && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
      size_t start = ++i;
      digits();
      // `1.234 hộ` is a number with a thousands point, not a numbering (whose parts have 1–2 digits).
      if (i - start > 2) return {};
      ++parts;
    }
    if (i < s.size() && s[i] == '.' && ends_here(i + 1)) return {std::min(parts + 1, 4), i + 1};
    if (parts > 1 && ends_here(i)) return {std::min(parts + 1, 4), i};
    return {};
  }
  // a) … đ) …
  static constexpr std::string_view kLetters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                  "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  for (auto l : kLetters) {
    if (starts_at(s, 0, l) && starts_at(s, l.size(), ")") && ends_here(l.size() + 1)) return {5, l.size() + 1};
  }
  return {};
}

// What a paragraph's start says about its place in the structure: a heading
// (wholly bold, starting with its numbering), a run-in heading (a bold
// numbered lead-in followed by text: `**2.1. Chỉ tiêu …:** text`) or a
// numbered paragraph (`1. text`, not bold).
struct Structure {
  Block::Kind kind = Block::Kind::paragraph;
  int level = 0;
  std::string number;
  bool run_in = false;
};

Structure structure_of(const Inlines& inlines) {
  std::string plain, bold_lead;
  bool all_bold = true, in_lead = true;
  for (const auto& x : inlines) {
    if (x.kind == Inline::Kind::footnote_ref) continue;
    if (x.kind == Inline::Kind::line_break) {
      plain += '\n';
      in_lead = false;
      continue;
    }
    bool blank = x.text.find_first_not_of(' ') == std::string::npos;
    if (!(x.style & kBold) && !blank) {
      all_bold = false;
      in_lead = false;
    }
    if (in_lead) bold_lead += x.text;
    plain += x.text;
  }
  Structure out;
  Numbering n = numbering(plain);
  if (n.level == 0) return out;
  out.level = n.level;
  out.number = plain.substr(0, n.size);
  if (all_bold) {
    out.kind = Block::Kind::heading;
  } else if (numbering(bold_lead).level == n.level && bold_lead.size() > n.size) {
    out.run_in = true;  // the bold lead-in is more than the number itself
  } else if (bold_lead.size() >= n.size) {
    out.run_in = true;  // `**Điều 1.** Text`: only the number is bold
  }
  return out;
}

// ---- blocks ----------------------------------------------------------------------

// `**…**` and nothing else on the line (no other `**` inside).
bool whole_line_bold(std::string_view l) {
  while (!l.empty() && (l.back() == ' ' || l.back() == '\r')) l.remove_suffix(1);
  return l.size() > 4 && starts_at(l, 0, "**") && l.substr(l.size() - 2) == "**" &&
         l.find("**", 2) == l.size() - 2;
}

// `-> text <-` alone on its line.
bool centred_line(std::string_view l) {
  while (!l.empty() && (l.back() == ' ' || l.back() == '\r')) l.remove_suffix(1);
  return l.size() > 5 && starts_at(l, 0, "-> ") && l.substr(l.size() - 3) == " <-";
}

class BlockParser {
 public:
  BlockParser(std::string_view text, const SourceMap& where, Diagnostics& diags, int first_footnote)
      : text_(text), where_(where), diags_(diags), next_footnote_(first_footnote) {}

  Body run() {
    std::vector<Line> lines = split_lines(text_);
    for (const Line& line : lines) {
      std::string_view l = text_.substr(line.begin, line.end - line.begin);
      if (is_blank(l)) {
        flush();
        continue;
      }
      if (directive(l, line.begin)) continue;
      if (centred_line(l)) {
        // `-> QUYẾT ĐỊNH: <-`: a line of its own, centred, without indent.
        flush();
        size_t close = l.rfind("<-");
        add_line(line.begin + 3, line.begin + close);
        align_ = Align::center;
        flush();
        continue;
      }
      bool item1 = starts_at(l, 0, "- ");
      bool item2 = starts_at(l, 0, "+ ");
      if (item1 || item2) {
        flush();
        kind_ = Block::Kind::list_item;
        level_ = item1 ? 1 : 2;
        add_line(line.begin + 2, line.end);
        continue;
      }
      if (whole_line_bold(l)) {
        // A line wholly in bold is a heading: it never runs on from the
        // paragraph or list item above it (a block ending without a blank
        // line before `**III. …**` did), nor takes in the line below.
        flush();
        kind_ = Block::Kind::paragraph;
        add_line(line.begin, line.end);
        flush();
        continue;
      }
      if (pending_.empty()) kind_ = Block::Kind::paragraph;
      add_line(line.begin, line.end);
    }
    flush();
    parse_blocks();
    return std::move(body_);
  }

 private:
  bool directive(std::string_view l, size_t begin) {
    size_t open = l.find(p::kDirectiveOpen);
    if (open == std::string_view::npos) return false;
    size_t close = l.find(p::kDirectiveClose, open);
    std::string_view name = l.substr(open + 3, close == std::string_view::npos ? std::string_view::npos : close - open - 3);
    // Inside a literal run a directive character is just text.
    size_t lit = l.find(p::kLiteralOpen);
    if (lit != std::string_view::npos && lit < open) return false;
    flush();
    Entry& e = entries_.emplace_back();
    // Its problems are told in the blocks' order (parse_blocks).
    SourcePos pos = where_.at(begin + open, text_);
    std::string_view before = trim(l.substr(0, open));
    std::string_view after = close == std::string_view::npos ? std::string_view() : trim(l.substr(close + 3));
    // The evaluator writes a directive alone on its line, `table NAME` (a name the template parser
    // checked) or `pagebreak`: anything else breaks the protocol.
    if (!before.empty() || !after.empty()) {
      e.diags.add(make_error(pos, msg::kMarkupProtocol));
      return true;
    }
    Block b;
    b.pos = pos;
    if (name.rfind("table ", 0) == 0 && name.size() > 6) {
      b.kind = Block::Kind::table;
      b.name = std::string(name.substr(6));
    } else if (name == "pagebreak") {
      b.kind = Block::Kind::page_break;
    } else {
      e.diags.add(make_error(pos, msg::kMarkupProtocol));
      return true;
    }
    b.first_line_indent = false;
    e.block = std::move(b);
    e.has_block = true;
    return true;
  }

  void add_line(size_t begin, size_t end) {
    if (pending_.empty()) start_ = begin;
    orig_.add(pending_.size(), begin);
    pending_.append(text_.substr(begin, end - begin));
    pending_ += '\n';  // stands for the text's byte at `end`
  }

  // A block as the lines made it: a directive's block (or only its problem),
  // or a text block whose inlines are still to parse.
  struct Entry {
    bool text = false;
    bool has_block = false;
    Block block;
    Diagnostics diags;
    std::string pending;        // a text block's text
    OffsetMap orig;             // and the offset in `text_` of each of its bytes
    // Parsed on either core (parse_blocks), footnotes numbered from 1:
    Inlines inlines;
    std::vector<Footnote> notes;
    bool clean = false;         // parsed without any problem
  };

  void flush() {
    if (pending_.empty()) return;
    Entry& e = entries_.emplace_back();
    e.text = true;
    e.block.kind = kind_;
    e.block.level = kind_ == Block::Kind::list_item ? level_ : 0;
    e.block.pos = where_.at(start_, text_);
    e.block.align = align_;
    align_ = Align::justify;
    e.pending = std::move(pending_);
    e.orig = std::move(orig_);
    pending_.clear();
    orig_.clear();
  }

  // The text blocks' inlines are parsed on both cores (core/parallel.hpp),
  // each numbering its footnotes from 1; then, in order, the footnotes are
  // numbered on from the blocks before. A block with any problem is parsed
  // again here, in order, as it always was, so its messages (which may name
  // a footnote) and their order are unchanged.
  void parse_blocks() {
    parallel_for(entries_.size(), [&](size_t i) {
      Entry& e = entries_[i];
      if (!e.text) return;
      Diagnostics problems;
      int next = 1;
      InlineParser inl(text_, where_, problems, e.notes, next);
      e.inlines = inl.parse(e.pending, e.orig);
      e.clean = problems.items().empty();
    });
    for (Entry& e : entries_) {
      if (!e.text) {
        diags_.append(e.diags);
        if (e.has_block) body_.blocks.push_back(std::move(e.block));
        continue;
      }
      Block b = std::move(e.block);
      if (e.clean) {
        const int offset = next_footnote_ - 1;
        renumber(e.inlines, offset);
        for (Footnote& n : e.notes) {
          n.number += offset;
          renumber(n.content, offset);
          body_.footnotes.push_back(std::move(n));
        }
        next_footnote_ += static_cast<int>(e.notes.size());
        b.inlines = std::move(e.inlines);
      } else {
        InlineParser inl(text_, where_, diags_, body_.footnotes, next_footnote_);
        b.inlines = inl.parse(e.pending, e.orig);
      }
      if (b.align != Align::justify) {
        b.first_line_indent = false;
      } else if (b.kind == Block::Kind::paragraph) {
        Structure st = structure_of(b.inlines);
        b.kind = st.kind;
        b.level = st.level;
        b.number = std::move(st.number);
        b.run_in = st.run_in;
      } else {
        b.first_line_indent = false;
      }
      if (!b.inlines.empty()) body_.blocks.push_back(std::move(b));
    }
    entries_.clear();
  }

  static void renumber(Inlines& inlines, int offset) {
    if (offset == 0) return;
    for (Inline& in : inlines) {
      if (in.kind == Inline::Kind::footnote_ref) in.footnote += offset;
    }
  }

  std::string_view text_;
  const SourceMap& where_;
  Diagnostics& diags_;
  int next_footnote_;
  Body body_;
  std::vector<Entry> entries_;
  std::string pending_;
  OffsetMap orig_;
  size_t start_ = 0;
  Block::Kind kind_ = Block::Kind::paragraph;
  int level_ = 0;
  Align align_ = Align::justify;
};

}  // namespace

Body parse_markup(std::string_view text, const SourceMap& where, Diagnostics& diags, int first_footnote) {
  BlockParser parser(text, where, diags, first_footnote);
  return parser.run();
}

}  // namespace vanban::document
