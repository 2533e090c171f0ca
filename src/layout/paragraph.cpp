// Stage: layout.
#include "layout/paragraph.hpp"

#include "core/utf8.hpp"
#include "layout/messages.hpp"
#include "locale/text.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <cmath>

namespace vanban::layout {
namespace {

constexpr double kMmPerPt = 25.4 / 72;
constexpr double kSuperscriptScale = 0.65;
constexpr double kSuperscriptRise = 0.35;  // of the body size
constexpr double kInnerBreakPenalty = 50;  // a break after `-` or `/` inside a word: allowed, not liked
// A break between two syllables of one word or name ("xây / dựng", "Trung /
// ương", "Hà / Tĩnh") in text that is not justified — titles, summaries, the
// recipients, cells: allowed when nothing else fits, otherwise avoided. In
// demerits it weighs about as much as a line left three quarters empty.
constexpr double kWordSplitPenalty = 50;
constexpr double kFill = 1e5;              // stretch of the glue that ends a paragraph
// A justified space stretches by half its width and shrinks to 60 % of it
// (TeX's 1/3 with font expansion still left a line before `834/QĐ-UBND` at
// twice its spacing; see docs/DESIGN.md, "Even spacing").
constexpr double kSpaceStretch = 0.5;
constexpr double kSpaceShrink = 0.4;

// A stretch of text in one style, as the paragraph reads.
struct Segment {
  std::string text;
  unsigned style = document::kPlain;
  int footnote = 0;       // a footnote mark (superscript number)
  bool hard_break = false;
};

// What a box draws.
struct BoxInfo {
  std::string text;
  FontStyle font = FontStyle::regular;
  double size = 14;
  double rise = 0;
  bool underline = false;
  int footnote = 0;
};

FontStyle to_font(unsigned bits) {
  bool bold = bits & document::kBold;
  bool italic = bits & document::kItalic;
  if (bold && italic) return FontStyle::bold_italic;
  if (bold) return FontStyle::bold;
  if (italic) return FontStyle::italic;
  return FontStyle::regular;
}

Term style_term(FontStyle s) {
  switch (s) {
    case FontStyle::bold: return term(msg::kStyleBold);
    case FontStyle::italic: return term(msg::kStyleItalic);
    case FontStyle::bold_italic: return term(msg::kStyleBoldItalic);
    default: return term(msg::kStyleRegular);
  }
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n'; }

// The syllables of a word of a body's name, in capitals, stay on one line:
// "ỦY BAN NHÂN DÂN / XÃ CẨM BÌNH", never "ỦY BAN NHÂN / DÂN XÃ CẨM BÌNH"
// (the issuer, the authority lines). Vietnamese writes a word as syllables
// parted by spaces; these are the two-syllable words of the bodies' names.
bool one_word_in_caps(std::string_view before, std::string_view after) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"ỦY", "BAN"},  {"NHÂN", "DÂN"}, {"CHỈ", "ĐẠO"},   {"HỘI", "ĐỒNG"},    {"VĂN", "PHÒNG"},
      {"MẶT", "TRẬN"}, {"CHỦ", "TỊCH"}, {"THƯỜNG", "TRỰC"}, {"ĐIỀU", "PHỐI"}, {"TỔ", "QUỐC"}};
  size_t start = before.find_last_of(" (\t\n");
  std::string_view word = start == std::string_view::npos ? before : before.substr(start + 1);
  for (const auto& [first, second] : kWords) {
    if (word == first && after.substr(0, second.size()) == second &&
        (after.size() == second.size() || after[second.size()] == ' ' || after[second.size()] == ',' ||
         after[second.size()] == '\n')) {
      return true;
    }
  }
  return false;
}

// Whether the space between `before` and `after` falls inside one word or
// name (locale::one_word): the syllable ending `before` and the one starting
// `after`, cut at the first ASCII character that is not a letter.
bool splits_word(std::string_view before, std::string_view after) {
  size_t start = before.find_last_of(" (\t\n\"'");
  std::string_view first = start == std::string_view::npos ? before : before.substr(start + 1);
  size_t end = 0;
  while (end < after.size()) {
    const auto c = static_cast<unsigned char>(after[end]);
    if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    ++end;
  }
  return locale::one_word(first, after.substr(0, end));
}

// A label and its number stay on one line: "Biểu 1", "Điều 5", "Phụ lục II",
// "khoản 2" — a line ending in "(Biểu" with "1)." alone below reads badly.
// `before` is the word before the space, `after` the text after it.
bool binds_to_number(std::string_view before, std::string_view after) {
  static constexpr std::string_view kLabels[] = {"Biểu", "biểu", "Điều", "điều", "Khoản", "khoản", "Chương",
                                                 "chương", "Mục", "mục", "Mẫu", "mẫu", "lục", "Phần", "phần"};
  size_t start = before.find_last_of(" (\t\n");
  std::string_view word = start == std::string_view::npos ? before : before.substr(start + 1);
  if (std::find(std::begin(kLabels), std::end(kLabels), word) == std::end(kLabels)) return false;
  size_t n = 0;
  while (n < after.size() && ((after[n] >= '0' && after[n] <= '9') || after[n] == 'I' || after[n] == 'V' ||
                              after[n] == 'X' || after[n] == 'L')) {
    ++n;
  }
  // A number (or a Roman numeral) that ends there: not a word starting with I, V, X or L.
  if (n == 0) return false;
  return n == after.size() || !((after[n] >= 'a' && after[n] <= 'z') || (after[n] >= 'A' && after[n] <= 'Z') ||
                                static_cast<unsigned char>(after[n]) >= 0x80);
}

class Builder {
 public:
  Builder(const ParagraphStyle& style, const FontSet& fonts, const SourcePos& pos, std::string_view where,
          Diagnostics& diags)
      : style_(style), fonts_(fonts), pos_(pos), where_(where), diags_(diags) {
    scratch_->taken = true;
    items_.clear();
    infos_.clear();
  }
  ~Builder() {
    if (scratch_ != &own_) scratch_->taken = false;
  }
  Builder(const Builder&) = delete;
  Builder& operator=(const Builder&) = delete;

  void build(const std::vector<Segment>& segments) {
    if (style_.first_indent > 0) add_box(BoxInfo{}, style_.first_indent);
    // Text between hard breaks is one chunk for the line-break analysis.
    size_t i = 0;
    bool first_chunk = true;
    while (i < segments.size()) {
      size_t j = i;
      while (j < segments.size() && !segments[j].hard_break) ++j;
      add_chunk(segments, i, j, first_chunk);
      first_chunk = false;
      if (j < segments.size()) {  // a line break inside the paragraph
        items_.push_back(Item::glue(0, kFill, 0));
        infos_.emplace_back();
        items_.push_back(Item::make_penalty(-kInfinity));
        infos_.emplace_back();
      }
      i = j + 1;
    }
    items_.push_back(Item::make_penalty(kInfinity));
    infos_.emplace_back();
    items_.push_back(Item::glue(0, kFill, 0));
    infos_.emplace_back();
    items_.push_back(Item::make_penalty(-kInfinity));
    infos_.emplace_back();
  }

  std::vector<SetLine> lines() {
    BreakParams params;
    const bool ragged = style_.align != document::Align::justify;
    if (ragged) {
      params.ragged_stretch = std::max(style_.width, 1.0);
      params.tolerance = 1;
      params.emergency_tolerance = 1;
      params.balance_last_line = style_.align == document::Align::center;
    }
    std::vector<Line> broken = break_lines(items_, {style_.width, style_.width - style_.hanging}, params);
    std::vector<SetLine> out;
    for (size_t i = 0; i < broken.size(); ++i) {
      out.push_back(place(broken[i], ragged, i == 0 ? 0 : style_.hanging));
    }
    return out;
  }

 private:
  void add_box(BoxInfo info, double width, double expand = 0) {
    items_.push_back(Item::box(width, expand));
    infos_.push_back(std::move(info));
  }

  double space_width(unsigned bits) const { return fonts_.width(" ", to_font(bits), style_.size); }

  void check_glyphs(std::string_view text, FontStyle font) {
    if (reported_glyph_) return;
    if (auto c = first_missing_glyph(fonts_, text, font)) {
      std::string ch;
      utf8::append(ch, *c);
      Diagnostic d = make_error(pos_, msg::kMissingGlyph, fonts_.family(), style_term(font), ch,
                                static_cast<unsigned>(*c), where_arg(where_));
      diags_.add(with_hint(std::move(d), msg::kMissingGlyphHint));
      reported_glyph_ = true;
    }
  }

  // Adds the segments [from, to) as boxes, glue and penalties.
  void add_chunk(const std::vector<Segment>& segs, size_t from, size_t to, bool first_chunk) {
    std::string text;
    size_t prefix_end = 0;
    if (first_chunk && !style_.prefix.empty()) {
      text = style_.prefix;
      prefix_end = text.size();
    }
    // Segment s's bytes start at starts[s - from] (after the prefix).
    std::vector<size_t> starts;
    starts.reserve(to - from);
    for (size_t s = from; s < to; ++s) {
      starts.push_back(text.size());
      text += segs[s].text;
    }
    if (text.empty()) return;
    std::vector<size_t> breaks = locale::line_break_opportunities(text);
    auto can_break_before = [&](size_t k) { return std::binary_search(breaks.begin(), breaks.end(), k); };
    // The segment of byte k (nullptr in the prefix). Empty segments own no byte:
    // the last segment starting at or before k.
    // The text is read forwards: the segment of the last byte asked about
    // is tried first.
    size_t hint = 0;
    auto owner = [&](size_t k) -> const Segment* {
      if (k < prefix_end) return nullptr;
      const bool in_hint = starts[hint] <= k && (hint + 1 == starts.size() || k < starts[hint + 1]);
      if (!in_hint) hint = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), k) - starts.begin()) - 1;
      return &segs[from + hint];
    };
    auto seg_style = [&](size_t k) -> unsigned {
      const Segment* seg = owner(k);
      return (seg ? seg->style : document::kPlain) | style_.base_style;
    };
    auto seg_footnote = [&](size_t k) {
      const Segment* seg = owner(k);
      return seg ? seg->footnote : 0;
    };

    size_t k = 0;
    while (k < text.size()) {
      size_t next = k;
      char32_t c = utf8::decode(text, next);
      if (is_space(c)) {
        size_t e = next;
        while (e < text.size()) {
          size_t n = e;
          if (!is_space(utf8::decode(text, n))) break;
          e = n;
        }
        if (k == 0 || e >= text.size()) {  // spaces at the ends of a chunk vanish
          k = e;
          continue;
        }
        double w = space_width(seg_style(k));
        bool allowed = can_break_before(e) && !(prefix_end > 0 && e == prefix_end) && seg_footnote(e) == 0 &&
                       !binds_to_number(std::string_view(text).substr(0, k), std::string_view(text).substr(e)) &&
                       !one_word_in_caps(std::string_view(text).substr(0, k), std::string_view(text).substr(e));
        if (!allowed) {
          items_.push_back(Item::make_penalty(kInfinity));
          infos_.emplace_back();
        } else if (style_.align != document::Align::justify &&
                   splits_word(std::string_view(text).substr(0, k), std::string_view(text).substr(e))) {
          items_.push_back(Item::make_penalty(kWordSplitPenalty));
          infos_.emplace_back();
        }
        if (style_.align == document::Align::justify) items_.push_back(Item::glue(w, w * kSpaceStretch, w * kSpaceShrink));
        else items_.push_back(Item::glue(w, 0, 0));
        infos_.emplace_back();
        k = e;
        continue;
      }
      // A piece: same style, same owner, up to a space or an inner break.
      size_t e = next;
      while (e < text.size()) {
        size_t n = e;
        char32_t d = utf8::decode(text, n);
        if (is_space(d)) break;
        if (seg_style(e) != seg_style(k) || seg_footnote(e) != seg_footnote(k)) break;
        if (can_break_before(e)) break;
        e = n;
      }
      add_piece(text.substr(k, e - k), seg_style(k), seg_footnote(k));
      if (e < text.size() && can_break_before(e) && seg_footnote(e) == 0) {
        size_t n = e;
        if (!is_space(utf8::decode(text, n))) {
          items_.push_back(Item::make_penalty(kInnerBreakPenalty));
          infos_.emplace_back();
        }
      }
      k = e;
    }
  }

  void add_piece(std::string_view text, unsigned bits, int footnote) {
    BoxInfo info;
    info.text = std::string(text);
    info.font = to_font(footnote ? (bits & ~(document::kBold | document::kItalic)) : bits);
    info.size = style_.size;
    info.underline = bits & document::kUnderline;
    if (footnote || (bits & document::kSuperscript)) {
      info.size = style_.size * kSuperscriptScale;
      info.rise = style_.size * kSuperscriptRise;
      info.underline = false;
    }
    info.footnote = footnote;
    check_glyphs(text, info.font);
    double w = fonts_.width(text, info.font, info.size);
    add_box(std::move(info), w, style_.align == document::Align::justify ? w * kMaxExpansion : 0);
  }

  SetLine place(const Line& line, bool ragged, double indent) {
    const double measure = style_.width - indent;
    SetLine out;
    out.ratio = line.ratio;
    // Natural width, for alignment of ragged lines.
    double natural = 0;
    for (size_t i = line.start; i < line.end; ++i) {
      const Item& it = items_[i];
      if (it.type == Item::Type::box || (it.type == Item::Type::glue && it.stretch < kFill)) natural += it.width;
    }
    out.natural_width = natural;
    double x = indent;
    if (ragged) {
      double slack = std::max(0.0, measure - natural);
      if (style_.align == document::Align::center) x = slack / 2;
      else if (style_.align == document::Align::right) x = slack;
    }
    const bool last = line.end + 1 >= items_.size() ||
                      (items_[line.end].type == Item::Type::penalty && items_[line.end].penalty <= -kInfinity);
    out.justified = !ragged && !last;
    // A last line is never stretched, but it may have to shrink a little.
    const bool adjust = !ragged && (!last || line.ratio < 0);
    const double expansion = adjust ? std::clamp(line.expansion, -1.0, 1.0) : 0;
    out.scale = 1 + expansion * kMaxExpansion;
    if (!ragged) {
      // A justified line's words are mostly runs of their own (a stretched
      // space is no space character): room for each at once, not by doubling.
      size_t boxes = 0;
      for (size_t i = line.start; i < line.end; ++i) boxes += items_[i].type == Item::Type::box;
      out.runs.reserve(boxes);
    }
    GlyphRun* current = nullptr;
    bool glue_pending = false;
    bool natural_glue = true;
    for (size_t i = line.start; i < line.end; ++i) {
      const Item& it = items_[i];
      if (it.type == Item::Type::glue) {
        if (it.stretch >= kFill) continue;
        double w = it.width;
        if (adjust) w += line.ratio >= 0 ? line.ratio * it.stretch : line.ratio * it.shrink;
        x += w;
        glue_pending = true;
        // a real space is drawn at the run's scale, so only unscaled runs take one
        natural_glue = std::fabs(w - it.width) < 0.005 && out.scale == 1;
        continue;
      }
      if (it.type == Item::Type::penalty) continue;
      const BoxInfo& info = infos_[i];
      if (info.text.empty()) {  // the first-line indent
        x += it.width;
        continue;
      }
      const double box_width = it.width + expansion * it.expand;
      bool mergeable = current && current->style == info.font && current->size == info.size &&
                       current->underline == info.underline && std::fabs(current->y + info.rise) < 1e-9 &&
                       (!glue_pending || natural_glue);
      if (mergeable) {
        if (glue_pending) current->text += ' ';
        current->text += info.text;
        current->width = x + box_width - current->x;
      } else {
        GlyphRun run;
        run.x = x;
        run.y = -info.rise;
        run.style = info.font;
        run.size = info.size;
        run.text = info.text;
        run.width = box_width;
        run.underline = info.underline;
        run.scale = out.scale;
        out.runs.push_back(std::move(run));
        current = &out.runs.back();
      }
      if (info.footnote) out.footnotes.push_back(info.footnote);
      x += box_width;
      glue_pending = false;
    }
    if (line.overfull) report_overfull(line);
    return out;
  }

  // Names what cannot be broken: the widest stretch of the line with no break
  // allowed inside it (a long word, a word glued to its footnote marks, or a
  // run of marks `^[…]^[…]…`, which never break apart), not just its widest
  // piece: 99,999 marks in a row once gave "the word `10000` 8.0 mm wide
  // exceeds the 165.0 mm text width".
  void report_overfull(const Line& line) {
    if (reported_wide_) return;
    reported_wide_ = true;
    std::string widest, run;
    double widest_w = 0, run_w = 0;
    size_t run_chars = 0;
    bool no_break_next = false;  // after a penalty that forbids the break at the next glue
    auto end_run = [&] {
      if (run_w > widest_w) {
        widest_w = run_w;
        widest = run;
      }
      run.clear();
      run_w = 0;
      run_chars = 0;
    };
    auto add = [&](std::string_view text, double w) {
      run_w += w;
      if (run_chars > kShownChars) return;  // already cut short
      const size_t chars = utf8::length(text);
      if (!run.empty() && run_chars + chars > kShownChars) {
        run += "…";
        run_chars = kShownChars + 1;
        return;
      }
      run += text;  // one piece is shown whole, however long
      run_chars += chars;
    };
    for (size_t i = line.start; i < line.end; ++i) {
      const Item& it = items_[i];
      if (it.type == Item::Type::penalty) {
        if (it.penalty < kInfinity) end_run();
        no_break_next = it.penalty >= kInfinity;
        continue;
      }
      if (it.type == Item::Type::glue) {
        if (!no_break_next) end_run();
        else add(" ", it.width);
        no_break_next = false;
        continue;
      }
      no_break_next = false;
      if (infos_[i].text.empty()) continue;  // the first-line indent
      add(infos_[i].footnote ? "^" + infos_[i].text : infos_[i].text, it.width);
    }
    end_run();
    diags_.add(make_error(pos_, msg::kWordTooWide, widest, widest_w * kMmPerPt, style_.width * kMmPerPt));
  }
  static constexpr size_t kShownChars = 40;  // of an unbreakable stretch of several pieces, in a message

  const ParagraphStyle& style_;
  const FontSet& fonts_;
  const SourcePos& pos_;
  std::string_view where_;
  Diagnostics& diags_;
  // The items and what their boxes draw are kept from one paragraph to the
  // next on each thread: growing them anew for every paragraph was a fifth of
  // setting it (the allocations, and the fresh pages they touch). A builder
  // made while another is alive on the thread has its own.
  struct Scratch {
    std::vector<Item> items;
    std::vector<BoxInfo> infos;
    bool taken = false;
  };
  static Scratch& thread_scratch() {
    thread_local Scratch scratch;
    return scratch;
  }
  Scratch own_;
  Scratch* scratch_ = thread_scratch().taken ? &own_ : &thread_scratch();
  std::vector<Item>& items_ = scratch_->items;
  std::vector<BoxInfo>& infos_ = scratch_->infos;
  bool reported_glyph_ = false;
  bool reported_wide_ = false;
};

}  // namespace

FontStyle font_style(unsigned style_bits) { return to_font(style_bits); }

namespace {

// Set paragraphs, by everything that decides their lines: the font set, the
// style and the inlines (a field added to ParagraphStyle or Inline must join
// the key). A warm re-render (`vanban serve` after an edit) sets most
// paragraphs again unchanged, and setting them was a third of re-rendering
// the notice (issue 24, callgrind). Used only with warm_caches() on
// (cli::Renderer). Only a paragraph set without any problem is kept (a
// problem must be told again each time, at its own position); the memo is
// dropped whole past kMaxBytes of keys and lines, so it stays small.
class ParagraphMemo {
 public:
  static std::string key(const document::Inlines& inlines, const ParagraphStyle& style, const FontSet& fonts) {
    std::string k;
    auto put = [&k](const void* p, size_t n) { k.append(static_cast<const char*>(p), n); };
    const uint64_t id = fonts.id();
    put(&id, sizeof id);
    for (double v : {style.size, style.leading, style.width, style.first_indent, style.hanging}) put(&v, sizeof v);
    const auto align = static_cast<int>(style.align);
    put(&align, sizeof align);
    put(&style.base_style, sizeof style.base_style);
    const size_t prefix = style.prefix.size();
    put(&prefix, sizeof prefix);
    k += style.prefix;
    for (const document::Inline& in : inlines) {
      const auto kind = static_cast<int>(in.kind);
      const size_t n = in.text.size();
      put(&kind, sizeof kind);
      put(&in.style, sizeof in.style);
      put(&in.footnote, sizeof in.footnote);
      put(&n, sizeof n);
      k += in.text;
    }
    return k;
  }

  std::optional<std::vector<SetLine>> find(const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = map_.find(key);
    if (it == map_.end()) return std::nullopt;
    return it->second;
  }

  void keep(std::string key, const std::vector<SetLine>& lines) {
    size_t size = key.size() + 64;  // the key and the map's node
    for (const SetLine& l : lines) {
      size += sizeof l + l.footnotes.size() * sizeof(int);
      for (const GlyphRun& r : l.runs) size += sizeof r + r.text.capacity();
    }
    std::lock_guard<std::mutex> lock(mutex_);
    if (bytes_ + size > kMaxBytes) {
      map_.clear();
      bytes_ = 0;
    }
    if (map_.emplace(std::move(key), lines).second) bytes_ += size;
  }

 private:
  static constexpr size_t kMaxBytes = size_t(8) << 20;
  std::mutex mutex_;
  std::unordered_map<std::string, std::vector<SetLine>> map_;
  size_t bytes_ = 0;
};

std::atomic<bool> g_warm_caches{false};

ParagraphMemo& paragraph_memo() {
  static ParagraphMemo memo;
  return memo;
}

std::vector<SetLine> set_unmemoised(const document::Inlines& inlines, const ParagraphStyle& style,
                                    const FontSet& fonts, const SourcePos& pos, std::string_view where,
                                    Diagnostics& diags) {
  std::vector<Segment> segments;
  for (const document::Inline& in : inlines) {
    Segment s;
    switch (in.kind) {
      case document::Inline::Kind::text:
        s.text = locale::nfc(in.text);
        s.style = in.style;
        break;
      case document::Inline::Kind::footnote_ref:
        s.text = std::to_string(in.footnote);
        s.style = in.style | document::kSuperscript;
        s.footnote = in.footnote;
        break;
      case document::Inline::Kind::line_break:
        s.hard_break = true;
        break;
    }
    segments.push_back(std::move(s));
  }
  Builder b(style, fonts, pos, where, diags);
  b.build(segments);
  return b.lines();
}

}  // namespace

std::vector<SetLine> set_paragraph(const document::Inlines& inlines, const ParagraphStyle& style,
                                   const FontSet& fonts, const SourcePos& pos, std::string_view where,
                                   Diagnostics& diags) {
  if (!warm_caches()) return set_unmemoised(inlines, style, fonts, pos, where, diags);
  ParagraphMemo& memo = paragraph_memo();
  std::string key = ParagraphMemo::key(inlines, style, fonts);
  if (std::optional<std::vector<SetLine>> lines = memo.find(key)) return std::move(*lines);
  const size_t problems = diags.items().size();
  std::vector<SetLine> lines = set_unmemoised(inlines, style, fonts, pos, where, diags);
  if (diags.items().size() == problems) memo.keep(std::move(key), lines);
  return lines;
}

void set_warm_caches(bool on) { g_warm_caches.store(on); }
bool warm_caches() { return g_warm_caches.load(std::memory_order_relaxed); }

std::vector<SetLine> set_text(std::string_view text, const ParagraphStyle& style, const FontSet& fonts,
                              std::string_view where, Diagnostics& diags, const SourcePos& pos) {
  document::Inlines inlines;
  document::Inline in;
  in.text = std::string(text);
  inlines.push_back(in);
  return set_paragraph(inlines, style, fonts, pos, where, diags);
}

// What a text is ("trích yếu", "ô bảng Biểu 1"), given by the frame code in
// Vietnamese, as a message argument translated when printed.
MessageArg where_arg(std::string_view where) {
  static const std::pair<std::string_view, const Message*> kWords[] = {
      {"cơ quan ban hành", &msg::kWhereIssuer},
      {"dấu sao", &msg::kWhereStar},
      {"quốc hiệu", &msg::kWhereMotto},
      {"tiêu ngữ", &msg::kWhereSlogan},
      {"kính gửi", &msg::kWhereAddressee},
      {"bên gửi điện", &msg::kWhereSender},
      {"độ khẩn", &msg::kWhereUrgency},
      {"phần đầu văn bản", &msg::kWhereHeader},
      {"cơ quan chủ quản", &msg::kWhereParentBody},
      {"số và ký hiệu", &msg::kWhereNumber},
      {"trích yếu", &msg::kWhereSummary},
      {"địa danh và ngày tháng", &msg::kWherePlaceDate},
      {"loại văn bản", &msg::kWhereType},
      {"thẩm quyền ban hành", &msg::kWhereAuthorityLine},
      {"thẩm quyền ký", &msg::kWhereAuthority},
      {"chức vụ người ký", &msg::kWhereSignerPosition},
      {"họ tên người ký", &msg::kWhereSignerName},
      {"chức danh người ký", &msg::kWhereSignerTitle},
      {"phần kết (nơi nhận, chữ ký)", &msg::kWhereClosing},
      {"nơi nhận", &msg::kWhereRecipients},
      {"đề mục", &msg::kWhereHeading},
      {"đoạn văn", &msg::kWhereParagraph},
      {"chú thích", &msg::kWhereFootnote},
      {"khối", &msg::kWhereBlock},
  };
  static const std::pair<std::string_view, const Message*> kNamed[] = {
      {"ô bảng ", &msg::kWhereTableCell},
      {"đầu bảng ", &msg::kWhereTableHead},
      {"dòng bảng ", &msg::kWhereTableRow},
      {"đầu phụ lục ", &msg::kWhereAnnexHead},
  };
  for (const auto& [vi, m] : kWords) {
    if (where == vi) return term(*m);
  }
  for (const auto& [prefix, m] : kNamed) {
    if (where.substr(0, prefix.size()) == prefix) {
      const std::string name(where.substr(prefix.size()));
      return Phrase{std::string(where), fmt::format(fmt::runtime(translate(*m, Lang::en)), name)};
    }
  }
  return std::string(where);
}

}  // namespace vanban::layout
