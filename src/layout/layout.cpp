// Stage: layout.
// From the document model to pages. The body becomes a flow of boxes (one
// per line, plus the header and closing blocks), each knowing how far below
// the previous one its baseline sits and whether a page may end after it;
// the paginator then fills pages, placing footnotes at the foot of the page
// that cites them. The flow streams: a table's rows are set only when the
// paginator reaches them, boxes on a finished page are dropped, and each page
// goes to the sink as soon as it is full, so layout holds about one page of
// boxes however long the document (docs/DESIGN.md, "Layout streams").
#include "layout/layout.hpp"

#include "core/messages.hpp"
#include "core/parallel.hpp"
#include "layout/messages.hpp"
#include "layout/flow.hpp"
#include "layout/frame.hpp"
#include "layout/paginate.hpp"
#include "layout/paragraph.hpp"
#include "layout/table.hpp"
#include "locale/format.hpp"
#include "locale/text.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>

namespace vanban::layout {
namespace {

using document::Align;


// The bold words a run-in heading starts with (`2.1. Chỉ tiêu …:`), without a closing colon.
std::string bold_lead(const document::Inlines& inlines) {
  std::string out;
  for (const auto& x : inlines) {
    if (x.kind != document::Inline::Kind::text || !(x.style & document::kBold)) break;
    out += x.text;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ':')) out.pop_back();
  return out;
}

class Composer {
 public:
  Composer(const document::Document& doc, const FontSet& fonts, Diagnostics& diags)
      : doc_(doc), fonts_(fonts), diags_(diags), g_(geometry_for(doc.profile)),
        frame_(fonts, g_, doc.profile, diags) {}

  Metadata run(const LayoutOptions& options, const PageSink& sink) {
    sections_.push_back(g_);
    header();
    body();
    closing();
    annexes();
    set_footnotes();
    max_pages_ = options.max_pages;
    sink_ = &sink;
    try {
      paginate();
    } catch (const DiagnosticError& e) {
      diags_.add(e.diagnostic);
    }
    return metadata(options);
  }

 private:
  bool hd36() const { return doc_.profile == document::Profile::hd36; }
  double left() const { return g_.margin_left; }
  double width() const { return g_.text_width(); }

  ParagraphStyle style(double size, double measure, Align align, unsigned bits = document::kPlain) const {
    ParagraphStyle s;
    s.size = size;
    s.width = measure;
    s.align = align;
    s.base_style = bits;
    return s;
  }

  // Sets a fixed text in [x, x + w) from baseline `y` (layout/frame.hpp).
  double text_lines(std::vector<GlyphRun>& runs, std::string_view text, double size, unsigned bits, double x,
                    double w, Align align, double y, double leading, std::string_view what,
                    double* widest = nullptr) {
    return set_lines(runs, text, size, bits, x, w, align, y, leading, what, fonts_, diags_, widest);
  }

  // ── Header block, title and summary (layout/frame.cpp) ──
  void header() {
    FlowBox box = frame_.header(doc_.fields, header_end_);
    push(std::move(box));
  }

  // ── Body ──
  void add_lines(std::vector<SetLine> lines, double first_advance, double size, double leading, bool keep_with_next,
                 const SourcePos& pos, std::string_view what, const OutlineEntry* outline) {
    const size_t n = lines.size();
    for (size_t k = 0; k < n; ++k) {
      FlowBox b;
      b.runs = std::move(lines[k].runs);  // the line's own, not a copy: fewer fresh pages
      for (GlyphRun& r : b.runs) r.x += left();
      b.footnotes = std::move(lines[k].footnotes);
      b.advance = k == 0 ? first_advance : leading;
      b.top = fonts_.ascent(FontStyle::regular, size);
      b.depth = fonts_.descent(FontStyle::regular, size);
      // No single line of a paragraph alone at the foot or the head of a page.
      b.break_after = k + 1 == n || (k + 1 >= 2 && n - (k + 1) >= 2);
      if (k + 1 == n && keep_with_next) b.break_after = false;
      if (k == 0 && outline) {
        b.outline.push_back(*outline);
        b.outline.back().y = -b.top;
      }
      b.pos = pos;
      b.what = std::string(what);
      push(std::move(b));
    }
  }

  static std::string plain_text(const document::Inlines& inlines) {
    std::string s;
    for (const auto& in : inlines) {
      if (in.kind == document::Inline::Kind::text) s += in.text;
      else if (in.kind == document::Inline::Kind::line_break) s += ' ';
    }
    return s;
  }

  // A body paragraph to set: its lines and its problems, made on either core
  // (core/parallel.hpp) and taken in order by body().
  struct Setting {
    ParagraphStyle style;
    std::vector<SetLine> lines;
    Diagnostics diags;
  };

  ParagraphStyle body_style(const document::Block& b) const {
    ParagraphStyle s = style(g_.body_size, width(), b.align);
    if (b.kind == document::Block::Kind::list_item) s.prefix = b.level >= 2 ? "+ " : "- ";
    bool indent = b.first_line_indent || b.kind == document::Block::Kind::list_item;
    if (indent && b.align == Align::justify) s.first_indent = g_.first_indent;
    s.leading = g_.body_leading;
    return s;
  }

  static bool is_text(const document::Block& b) {
    return b.kind == document::Block::Kind::paragraph || b.kind == document::Block::Kind::heading ||
           b.kind == document::Block::Kind::list_item;
  }

  static const char* body_what(const document::Block& b) {
    return b.kind == document::Block::Kind::heading ? "đề mục" : "đoạn văn";
  }

  void body() {
    // The paragraphs are set first, on both cores: setting them is most of a
    // report's layout, and each depends only on its own text and the measure.
    std::vector<const document::Block*> texts;
    for (const document::Block& b : doc_.body) {
      if (is_text(b)) texts.push_back(&b);
    }
    std::vector<Setting> set(texts.size());
    parallel_for(texts.size(), [&](size_t i) {
      const document::Block& b = *texts[i];
      set[i].style = body_style(b);
      set[i].lines = set_paragraph(b.inlines, set[i].style, fonts_, b.pos, body_what(b), set[i].diags);
    });
    size_t next_text = 0;
    bool first = true;
    bool after_table = false;
    for (const document::Block& b : doc_.body) {
      double space = first ? header_end_ + g_.body_leading + 4 : g_.body_leading + g_.paragraph_space;
      if (after_table) space = g_.paragraph_space + 4 + fonts_.ascent(FontStyle::regular, g_.body_size);
      after_table = false;
      switch (b.kind) {
        case document::Block::Kind::page_break:
          mark_last(true, false);
          continue;
        case document::Block::Kind::table:
          body_table(b, space);
          first = false;
          after_table = true;
          continue;
        case document::Block::Kind::paragraph:
        case document::Block::Kind::heading:
        case document::Block::Kind::list_item: {
          Setting& done = set[next_text++];
          diags_.append(done.diags);
          const char* what = body_what(b);
          OutlineEntry entry;
          const OutlineEntry* outline = nullptr;
          if (b.kind == document::Block::Kind::heading || b.run_in) {
            entry.level = std::max(1, b.level);
            entry.title = locale::nfc(b.run_in ? bold_lead(b.inlines) : plain_text(b.inlines));
            outline = &entry;
          }
          add_lines(std::move(done.lines), space, g_.body_size, g_.body_leading,
                    b.kind == document::Block::Kind::heading, b.pos, what, outline);
          break;
        }
      }
      first = false;
    }
    // The closing keeps the body's last two lines with it (a page that holds
    // only the signature, or one line and the signature, reads as an afterthought).
    if (planned_ > 1) keep_tail(2);
  }

  // ── Tables ──
  // Appends a set table's header and rows to the flow: the header kept with
  // the first row and repeated on every page the rows run on to.
  void append_table(std::unique_ptr<TableRows> rows, double header_advance, int section, const SourcePos& pos) {
    FlowBox header = rows->header();
    header.advance = header_advance;
    header.section = section;
    header.pos = pos;
    headers_.push_back(header);
    push(std::move(header));
    Segment seg;
    seg.section = section;
    seg.repeat_header = static_cast<int>(headers_.size()) - 1;
    planned_ += rows->rows_left();
    seg.table = std::move(rows);
    segments_.push_back(std::move(seg));
  }

  // A line of text as a box of its own (the unit line above a table).
  FlowBox line_box(std::string_view text, double size, unsigned bits, double x, double w, Align align,
                   std::string_view what) {
    FlowBox box;
    text_lines(box.runs, text, size, bits, x, w, align, 0, size * 1.2, what);
    double last = 0;
    for (const auto& r : box.runs) last = std::max(last, r.y);
    for (auto& r : box.runs) r.y -= last;
    box.top = fonts_.ascent(font_style(bits), size) + last;
    box.depth = fonts_.descent(font_style(bits), size);
    box.break_after = false;
    box.what = std::string(what);
    return box;
  }

  double page_room(const Geometry& g) const { return g.text_bottom() - g.margin_top; }

  void body_table(const document::Block& b, double space) {
    const document::Table* t = doc_.find_table(b.name);
    if (!t) return;  // reported when the document was built
    auto rows = TableRows::start(*t, fonts_, table_style_, left(), width(), page_room(g_) - 3 * g_.body_leading, diags_);
    if (!rows) return;
    double header_advance = space - g_.body_leading + 6 + rows->header().top;
    if (!t->unit.empty()) {
      FlowBox unit = line_box(t->unit, g_.noinhan_size, document::kItalic, left(), width(), Align::right, "đơn vị tính");
      unit.advance = space;
      unit.pos = b.pos;
      header_advance = unit.depth + 3 + rows->header().top;
      push(std::move(unit));
    }
    append_table(std::move(rows), header_advance, 0, b.pos);
  }

  // ── Annexes: each on new pages of its own orientation, numbered from 1 ──
  void annexes() {
    for (const document::Annex& a : doc_.annexes) {
      const document::Table* t = doc_.find_table(a.table);
      if (!t) continue;
      Geometry g = g_;
      if (a.orientation == document::Orientation::landscape) std::swap(g.page_width, g.page_height);
      const int section = static_cast<int>(sections_.size());
      sections_.push_back(g);
      const double x = g.margin_left, w = g.text_width();

      FlowBox head;
      head.what = "đầu phụ lục " + a.heading;
      head.section = section;
      head.break_after = false;
      const double lead = 14 * 1.25;
      double y = text_lines(head.runs, a.heading, 14, document::kBold, x, w, Align::center, 0, lead, "tên phụ lục");
      if (!a.title.empty()) {
        y = text_lines(head.runs, a.title, 14, document::kBold, x + w * 0.075, w * 0.85, Align::center, y + lead, lead,
                       "tiêu đề phụ lục");
      }
      if (!a.attached_to.empty()) {
        y = text_lines(head.runs, a.attached_to, 14, document::kItalic, x, w, Align::center, y + lead, lead,
                       "dòng kèm theo");
      }
      if (!a.unit.empty()) {
        y = text_lines(head.runs, a.unit, 12, document::kItalic, x, w, Align::right, y + lead + 4, 14, "đơn vị tính");
      }
      for (auto& r : head.runs) r.y -= y;
      head.top = fonts_.ascent(FontStyle::bold, 14) + y;
      head.depth = fonts_.descent(FontStyle::regular, 14);
      head.pos = t->pos;
      const double head_depth = head.depth;
      const double room = page_room(g) - (head.top + head_depth + 12);
      push(std::move(head));

      auto rows = TableRows::start(*t, fonts_, table_style_, x, w, room, diags_);
      if (!rows) continue;
      const double advance = head_depth + 6 + rows->header().top;
      append_table(std::move(rows), advance, section, t->pos);
    }
  }

  // ── Closing: recipients on the left, signature block on the right ──
  void closing() { push(frame_.closing(doc_.fields)); }

  // ── The flow ──
  // Made in two steps: everything but a table's rows is set first, as ready
  // boxes; a table's rows are set when the paginator reaches them.
  struct Segment {
    std::vector<FlowBox> boxes;        // ready
    std::unique_ptr<TableRows> table;  // or a table's rows, still to set
    int section = 0;
    int repeat_header = -1;
    bool force_last = false;  // a page ends after the table's last row
    bool keep_last = false;   // a page may not end after it
  };

  void push(FlowBox b) {
    if (segments_.empty() || segments_.back().table) segments_.emplace_back();
    segments_.back().boxes.push_back(std::move(b));
    ++planned_;
  }

  // Marks the last box planned so far: a page ends after it (`force`), or may not (`keep`).
  void mark_last(bool force, bool keep) {
    for (size_t k = segments_.size(); k-- > 0;) {
      Segment& seg = segments_[k];
      if (seg.table && seg.table->rows_left() > 0) {
        seg.force_last = seg.force_last || force;
        seg.keep_last = seg.keep_last || keep;
        return;
      }
      if (!seg.boxes.empty()) {
        apply_marks(seg.boxes.back(), force, keep);
        return;
      }
    }
  }

  // No page may end after any of the last `n` boxes planned so far.
  void keep_tail(size_t n) {
    for (size_t k = segments_.size(); k-- > 0 && n > 0;) {
      Segment& seg = segments_[k];
      if (seg.table && seg.table->rows_left() > 0) {
        seg.keep_last = true;
        return;  // a table's rows: its last row, and the rows keep their own rules
      }
      for (size_t b = seg.boxes.size(); b-- > 0 && n > 0; --n) apply_marks(seg.boxes[b], false, true);
    }
  }

  static void apply_marks(FlowBox& b, bool force, bool keep) {
    if (force) b.force_break_after = b.break_after = true;
    if (keep) b.break_after = false;
  }

  // Makes box `k` (counted from the start of the flow) if the document has
  // that many; false when it has not.
  bool has(size_t k) {
    while (k >= base_ + flow_.size()) {
      if (next_segment_ >= segments_.size()) return false;
      Segment& seg = segments_[next_segment_];
      if (seg.table) {
        made_.clear();
        if (seg.table->next(made_)) {
          for (FlowBox& b : made_) {
            b.section = seg.section;
            b.repeat_header = seg.repeat_header;
            flow_.push_back(std::move(b));
          }
          if (seg.table->rows_left() > 0) continue;
          apply_marks(flow_.back(), seg.force_last, seg.keep_last);
        }
      } else {
        for (FlowBox& b : seg.boxes) flow_.push_back(std::move(b));
      }
      segments_[next_segment_] = Segment{};
      ++next_segment_;
    }
    return true;
  }

  FlowBox& box(size_t k) { return flow_[k - base_]; }

  // Drops the boxes before `k`: they are on pages already.
  void drop_before(size_t k) {
    while (base_ < k && !flow_.empty()) {
      flow_.pop_front();
      ++base_;
    }
  }

  // ── Footnotes ──
  void set_footnotes() {
    ParagraphStyle s = style(g_.footnote_size, width(), Align::justify);
    s.leading = g_.footnote_leading;
    const double page_room = g_.text_bottom() - g_.margin_top - 4 * g_.body_leading - footnote_overhead();
    for (const document::Footnote& fn : doc_.footnotes) {
      document::Inlines content;
      document::Inline mark;
      mark.text = std::to_string(fn.number);
      mark.style = document::kSuperscript;
      content.push_back(mark);
      document::Inline gap;
      gap.text = " ";
      content.push_back(gap);
      content.insert(content.end(), fn.content.begin(), fn.content.end());
      auto lines = set_paragraph(content, s, fonts_, fn.pos, "chú thích", diags_);
      double h = static_cast<double>(lines.size()) * g_.footnote_leading;
      if (h > page_room) {
        diags_.add(make_error(fn.pos, msg::kFootnoteTooLong, fn.number, h * 25.4 / 72, page_room * 25.4 / 72));
      }
      footnotes_[fn.number] = std::move(lines);
    }
  }

  double footnote_overhead() const { return 10 + fonts_.descent(FontStyle::regular, g_.footnote_size); }

  // Height of a footnote area holding `lines` lines (0 when empty).
  double footnote_height(size_t lines) const {
    if (lines == 0) return 0;
    return footnote_overhead() + static_cast<double>(lines) * g_.footnote_leading;
  }


  // ── Pagination (layout/paginate.cpp decides, this draws) ──
  struct PendingLine {
    int number;
    const SetLine* line;
  };

  // The flow as the paginator sees it: boxes made on demand, dropped once placed.
  class Source : public BoxSource {
   public:
    explicit Source(Composer& c) : c_(c) {}
    bool has(size_t k) override { return c_.has(k); }
    const FlowBox& box(size_t k) override { return c_.box(k); }
    void done_before(size_t k) override { c_.drop_before(k); }

   private:
    Composer& c_;
  };

  // Height above a box that starts a page: the repeated table header, if any.
  double lead_in(const FlowBox& b) const { return b.repeat_header >= 0 ? headers_[static_cast<size_t>(b.repeat_header)].top : 0; }

  void paginate() {
    std::vector<PageRoom> rooms;
    for (const Geometry& g : sections_) rooms.push_back({g.margin_top, g.text_bottom()});
    std::map<int, size_t> note_lines;
    for (const auto& [n, lines] : footnotes_) note_lines[n] = lines.size();
    std::vector<double> header_tops;
    for (const FlowBox& h : headers_) header_tops.push_back(h.top);
    Paginator paginator(std::move(rooms), {footnote_overhead(), g_.footnote_leading, 6}, std::move(note_lines),
                        std::move(header_tops));
    Source source(*this);
    std::deque<PendingLine> carry;
    paginator.run(
        source, [&](const PagePlan& plan) { emit_page(plan, carry); },
        [&](const FlowBox& b) {
          diags_.add(make_error(b.pos, msg::kBlockTooTall, where_arg(b.what.empty() ? "khối" : b.what)));
        });
  }

  // Puts a table's header, repeated on each of its pages, on the page at
  // `baseline`: a copy.
  static void place(Page& page, const FlowBox& b, double baseline) {
    for (GlyphRun r : b.runs) {
      r.y += baseline;
      page.runs.push_back(std::move(r));
    }
    place_marks(page, b, baseline);
  }

  // Puts a box of the flow on the page at `baseline`. It is on this page
  // only and dropped once placed: its runs are moved, not copied.
  static void place_taking(Page& page, FlowBox& b, double baseline) {
    for (GlyphRun& r : b.runs) {
      r.y += baseline;
      page.runs.push_back(std::move(r));
    }
    b.runs.clear();
    place_marks(page, b, baseline);
  }

  static void place_marks(Page& page, const FlowBox& b, double baseline) {
    for (Rule r : b.rules) {
      r.y1 += baseline;
      r.y2 += baseline;
      page.rules.push_back(r);
    }
    for (OutlineEntry o : b.outline) {
      o.y += baseline;
      page.outline.push_back(o);
    }
  }

  // Puts boxes [from, to) on a page with `fn_count` pending footnote lines;
  // `current` is the section of a page with no box (notes only).
  void emit_page(const PagePlan& plan, std::deque<PendingLine>& carry) {
    const size_t from = plan.from, to = plan.to, fn_count = plan.footnote_lines;
    const size_t section = static_cast<size_t>(plan.section);
    const Geometry& g = sections_[std::min(section, sections_.size() - 1)];
    Page page;
    page.width = g.page_width;
    page.height = g.page_height;
    double baseline = 0;
    for (size_t e = from; e < to; ++e) {
      FlowBox& b = box(e);
      if (e == from && b.repeat_header >= 0) {
        const FlowBox& h = headers_[static_cast<size_t>(b.repeat_header)];
        place(page, h, g.margin_top + h.top);
      }
      baseline = e == from ? g.margin_top + lead_in(b) + b.top : baseline + b.advance;
      place_taking(page, b, baseline);
      for (int n : b.footnotes) {
        for (const SetLine& l : footnotes_[n]) carry.push_back({n, &l});
      }
    }
    // Footnotes: the first fn_count pending lines, at the foot of the page.
    size_t count = std::min(fn_count, carry.size());
    if (count > 0) {
      double area_top = g.text_bottom() - footnote_height(count);
      double rule_y = area_top + 4;
      page.rules.push_back({g.margin_left, rule_y, g.margin_left + g.footnote_rule, rule_y, g.rule_thickness});
      double y = area_top + 10 + g.footnote_leading - fonts_.descent(FontStyle::regular, g.footnote_size);
      for (size_t k = 0; k < count; ++k) {
        for (GlyphRun r : carry.front().line->runs) {
          r.x += g.margin_left;
          r.y += y;
          page.runs.push_back(std::move(r));
        }
        carry.pop_front();
        y += g.footnote_leading;
      }
    }
    // Page number: from the second page of each part (the document, each
    // annex), centred in the top margin.
    int number = static_cast<int>(pages_ - plan.section_first_page) + 1;
    if (number >= 2) {
      std::string text = std::to_string(number);
      GlyphRun r;
      r.size = g.page_number_size;
      r.text = text;
      r.width = fonts_.width(text, FontStyle::regular, r.size);
      r.x = g.margin_left + (g.text_width() - r.width) / 2;
      r.y = g.margin_top * 0.62;
      page.runs.push_back(std::move(r));
    }
    if (pages_ >= max_pages_) {
      // The limit `pages`: stop laying out rather than fill memory.
      throw DiagnosticError{with_hint(make_error({}, msg::kTooManyPages, max_pages_), vanban::msg::kLimitHint,
                                      "pages", max_pages_ * 2)};
    }
    ++pages_;
    (*sink_)(std::move(page));
  }

  Metadata metadata(const LayoutOptions& options) const {
    const document::Fields& f = doc_.fields;
    Metadata m;
    m.title = f.summary;
    m.author = f.issuer;
    m.subject = f.type;
    if (!f.number.empty() || !f.symbol.empty()) {
      m.keywords = hd36() ? fmt::format("{}-{}", f.number, f.symbol) : fmt::format("{}/{}", f.number, f.symbol);
    }
    m.creator = options.creator;
    if (f.date) m.date = fmt::format("{:04}-{:02}-{:02}", f.date->year, f.date->month, f.date->day);
    return m;
  }

  const document::Document& doc_;
  const FontSet& fonts_;
  Diagnostics& diags_;
  size_t max_pages_ = Limits{}.pages;
  Geometry g_;
  Frame frame_;  // after g_, which it refers to
  double header_end_ = 0;
  std::vector<Segment> segments_;  // the flow as planned
  size_t planned_ = 0;             // boxes planned (a table's rows count one each)
  size_t next_segment_ = 0;        // the first segment not yet made into boxes
  std::deque<FlowBox> flow_;       // boxes made and not yet on a page: from base_ on
  size_t base_ = 0;
  std::vector<FlowBox> made_;      // scratch: one table row's boxes
  const PageSink* sink_ = nullptr;
  size_t pages_ = 0;               // pages handed to the sink
  std::vector<FlowBox> headers_;   // table headers, repeated where rows run on to a new page
  std::vector<Geometry> sections_; // 0: the document; then one per annex
  TableStyle table_style_;
  std::map<int, std::vector<SetLine>> footnotes_;
};

std::string fixed(double v) {
  double r = std::round(v * 100) / 100;
  if (r == 0) r = 0;  // no "-0.00"
  return fmt::format("{:.2f}", r);
}

std::string quote_text(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string_view style_name(FontStyle s) {
  switch (s) {
    case FontStyle::bold: return "bold";
    case FontStyle::italic: return "italic";
    case FontStyle::bold_italic: return "bold-italic";
    default: return "regular";
  }
}

}  // namespace

Geometry geometry_for(document::Profile profile) {
  Geometry g;
  if (profile == document::Profile::hd36) {
    g.parent_size = 14;
    g.issuer_size = 14;
    g.number_size = 14;
    g.motto_size = 15;
    g.date_size = 14;
    g.type_size = 16;
    g.summary_size = 14;
    // A Party Công văn's summary under the number: 12 italic (HD 36, table of sizes and styles).
    g.vv_size = 12;
    g.vv_italic = true;
  }
  return g;
}

Metadata lay_out(const document::Document& doc, const FontSet& fonts, const LayoutOptions& options,
                 Diagnostics& diags, const PageSink& sink) {
  Composer composer(doc, fonts, diags);
  return composer.run(options, sink);
}

LaidOutDocument lay_out(const document::Document& doc, const FontSet& fonts, const LayoutOptions& options,
                        Diagnostics& diags) {
  LaidOutDocument out;
  out.metadata = lay_out(doc, fonts, options, diags, [&](Page&& page) { out.pages.push_back(std::move(page)); });
  return out;
}

std::string dump(const LaidOutDocument& doc) {
  std::string out;
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    out += fmt::format("page {} {}x{}\n", p + 1, fixed(page.width), fixed(page.height));
    for (const auto& o : page.outline) out += fmt::format("  outline {} {} {}\n", o.level, fixed(o.y), quote_text(o.title));
    for (const auto& r : page.rules) {
      out += fmt::format("  rule {} {} {} {} {}\n", fixed(r.x1), fixed(r.y1), fixed(r.x2), fixed(r.y2),
                         fixed(r.thickness));
    }
    for (const auto& r : page.runs) {
      std::string scale = r.scale != 1 ? fmt::format(" scale={}%", fixed(r.scale * 100)) : std::string();
      out += fmt::format("  run {} {} {} {} w={}{}{} {}\n", fixed(r.x), fixed(r.y), style_name(r.style), fixed(r.size),
                         fixed(r.width), scale, r.underline ? " underline" : "", quote_text(r.text));
    }
  }
  return out;
}

std::string dump_lines(const LaidOutDocument& doc) {
  auto marked = [](const GlyphRun& r) {
    switch (r.style) {
      case FontStyle::bold: return "**" + r.text + "**";
      case FontStyle::italic: return "*" + r.text + "*";
      case FontStyle::bold_italic: return "***" + r.text + "***";
      case FontStyle::regular: break;
    }
    return r.text;
  };
  std::string out;
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    out += fmt::format("page {} {}x{}\n", p + 1, fixed(page.width), fixed(page.height));
    for (const auto& o : page.outline) out += fmt::format("  outline {} {}\n", o.level, quote_text(o.title));
    out += fmt::format("  rules {}\n", page.rules.size());
    double previous = 0;
    for (size_t i = 0; i < page.runs.size();) {
      // One text line: the runs that follow each other on one baseline.
      const GlyphRun& first = page.runs[i];
      std::string text = marked(first);
      double end = first.x + first.width;
      size_t j = i + 1;
      // A raised footnote mark (smaller, above the baseline) belongs to its line: `^1^`.
      auto raised = [&](const GlyphRun& r) { return r.size < first.size && r.y < first.y && first.y - r.y < first.size; };
      for (; j < page.runs.size() && page.runs[j].x >= end - 0.01 &&
             (std::fabs(page.runs[j].y - first.y) < 0.01 || raised(page.runs[j]));
           ++j) {
        const GlyphRun& r = page.runs[j];
        // A wide gap is a column boundary (the header's two columns, the closing's).
        text += r.x - end > first.size * 2 ? " | " : r.x - end > 0.5 ? " " : "";
        text += raised(r) ? "^" + r.text + "^" : marked(r);
        end = r.x + r.width;
      }
      bool scaled = false;
      for (size_t k = i; k < j; ++k) scaled = scaled || page.runs[k].scale != 1;
      const double dy = first.y - previous;
      out += fmt::format("  {}{} {}-{} {}{} {}\n", i == 0 || dy < 0 ? "" : "+", fixed(dy), fixed(first.x),
                         fixed(end), fixed(first.size), scaled ? " scaled" : "", quote_text(text));
      previous = first.y;
      i = j;
    }
  }
  return out;
}

}  // namespace vanban::layout
