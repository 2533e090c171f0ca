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
#include "layout/messages.hpp"
#include "layout/flow.hpp"
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

std::string vi_caps(std::string_view s) { return locale::upper(s); }

class Composer {
 public:
  Composer(const document::Document& doc, const FontSet& fonts, Diagnostics& diags)
      : doc_(doc), fonts_(fonts), diags_(diags), g_(geometry_for(doc.profile)) {}

  Metadata run(const LayoutOptions& options, const PageSink& sink) {
    right_w_ = std::max(g_.min_right_column, right_column_need());
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
  double right_x() const { return g_.margin_left + width() - right_w_; }
  double left_w() const { return width() - right_w_; }

  double right_column_need() {
    double motto = hd36() ? fonts_.width("ĐẢNG CỘNG SẢN VIỆT NAM", FontStyle::bold, g_.motto_size)
                          : fonts_.width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", FontStyle::bold, g_.motto_size);
    return motto + 8;
  }

  ParagraphStyle style(double size, double measure, Align align, unsigned bits = document::kPlain) const {
    ParagraphStyle s;
    s.size = size;
    s.width = measure;
    s.align = align;
    s.base_style = bits;
    return s;
  }

  // Sets a fixed text centred in [x, x + w) and appends its lines to `runs`
  // from baseline `y` with `leading`; returns the last baseline.
  double text_lines(std::vector<GlyphRun>& runs, std::string_view text, double size, unsigned bits, double x,
                    double w, Align align, double y, double leading, std::string_view what,
                    double* widest = nullptr) {
    auto lines = set_text(text, style(size, w, align, bits), fonts_, what, diags_);
    double last = y - leading;
    for (size_t i = 0; i < lines.size(); ++i) {
      last = y + leading * static_cast<double>(i);
      for (GlyphRun r : lines[i].runs) {
        r.x += x;
        r.y += last;
        runs.push_back(std::move(r));
      }
      if (widest) *widest = std::max(*widest, lines[i].natural_width);
    }
    return last;
  }

  static double center_of(const std::vector<GlyphRun>& runs, size_t from) {
    double lo = 1e9, hi = -1e9;
    for (size_t i = from; i < runs.size(); ++i) {
      lo = std::min(lo, runs[i].x);
      hi = std::max(hi, runs[i].x + runs[i].width);
    }
    return (lo + hi) / 2;
  }

  // ── Header block, title and summary (FORMAT.md "Header block of page 1") ──
  void header() {
    const document::Fields& f = doc_.fields;
    FlowBox box;
    box.what = "phần đầu văn bản";
    auto& runs = box.runs;
    const double top = g_.margin_top;
    double y_left = top + fonts_.ascent(FontStyle::bold, g_.issuer_size);
    const double first_baseline = y_left;
    const double lw = left_w() - 6;
    const double lx = left();
    double issuer_widest = 0;
    double l_lead = g_.issuer_size * 1.2;
    if (!f.parent_body.empty()) {
      y_left = text_lines(runs, vi_caps(f.parent_body), g_.parent_size, document::kPlain, lx, lw, Align::center,
                          y_left, l_lead, "cơ quan chủ quản") + l_lead;
    }
    size_t issuer_from = runs.size();
    // The issuer wraps well inside its column ("ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH"),
    // leaving a clear gap before the motto.
    const double issuer_measure = lw * 0.85;
    y_left = text_lines(runs, vi_caps(f.issuer), g_.issuer_size, document::kBold, lx + (lw - issuer_measure) / 2,
                        issuer_measure, Align::center, y_left, l_lead, "cơ quan ban hành", &issuer_widest);
    const double issuer_cx = issuer_from < runs.size() ? center_of(runs, issuer_from) : lx + lw / 2;
    double left_bottom;
    if (hd36()) {
      // A centred star instead of a rule (HD 36).
      double star_y = y_left + g_.issuer_size * 1.15;
      text_lines(runs, "*", g_.issuer_size, document::kPlain, issuer_cx - 20, 40, Align::center, star_y, l_lead,
                 "dấu sao");
      left_bottom = star_y + 2;
    } else {
      double rule_w = issuer_widest * 0.4;
      double ry = y_left + 5;
      box.rules.push_back({issuer_cx - rule_w / 2, ry, issuer_cx + rule_w / 2, ry, g_.rule_thickness});
      left_bottom = ry;
    }

    // Right column: the motto (or the Party's name) and its rule.
    const double rx = right_x();
    double y_right = first_baseline;
    double right_bottom;
    if (hd36()) {
      double w = 0;
      size_t from = runs.size();
      y_right = text_lines(runs, "ĐẢNG CỘNG SẢN VIỆT NAM", g_.motto_size, document::kBold, rx, right_w_,
                           Align::center, y_right, g_.motto_size * 1.2, "quốc hiệu", &w);
      double cx = center_of(runs, from);
      double ry = y_right + 5;
      box.rules.push_back({cx - w / 2, ry, cx + w / 2, ry, g_.rule_thickness});
      right_bottom = ry;
    } else {
      y_right = text_lines(runs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", g_.motto_size, document::kBold, rx, right_w_,
                           Align::center, y_right, g_.motto_size * 1.2, "quốc hiệu");
      double w = 0;
      size_t from = runs.size();
      y_right = text_lines(runs, "Độc lập - Tự do - Hạnh phúc", g_.slogan_size, document::kBold, rx, right_w_,
                           Align::center, y_right + g_.slogan_size * 1.2, g_.slogan_size * 1.2, "tiêu ngữ", &w);
      double cx = center_of(runs, from);
      double ry = y_right + 5;
      box.rules.push_back({cx - w / 2, ry, cx + w / 2, ry, g_.rule_thickness});
      right_bottom = ry;
    }

    // Number and symbol (left), place and date (right), on one line.
    double y = std::max(left_bottom, right_bottom) + 8 + fonts_.ascent(FontStyle::regular, g_.number_size);
    // e-office mode: no-break spaces keep room for the stamp (plain spaces would collapse).
    const std::string kNbsp = "\u00A0";
    auto blank = [&](int n) {
      std::string s;
      for (int i = 0; i < n; ++i) s += kNbsp;
      return s;
    };
    const std::string number = f.number.empty() ? blank(6) : f.number;
    std::string number_line = hd36() ? fmt::format("Số {}-{}", number, f.symbol)
                                     : fmt::format("Số: {}/{}", number, f.symbol);
    text_lines(runs, number_line, g_.number_size, document::kPlain, lx, lw, Align::center, y, g_.number_size * 1.2,
               "số và ký hiệu");
    // Recentre the number under the issuer (the column's text may be offset).
    std::string date_line =
        f.date ? fmt::format("{}, {}", f.place, locale::long_date(*f.date))
               : fmt::format("{}, ngày{}tháng{}năm 20..", f.place, blank(8), blank(8));
    double date_last = text_lines(runs, date_line, g_.date_size, document::kItalic, rx, right_w_, Align::center, y,
                                  g_.date_size * 1.2, "địa danh và ngày tháng");

    // Title: the type, then the summary with a short rule under it.
    double ty = std::max(y, date_last) + g_.body_leading + 12 + fonts_.ascent(FontStyle::bold, g_.type_size);
    text_lines(runs, vi_caps(f.type), g_.type_size, document::kBold, left(), width(), Align::center, ty,
               g_.type_size * 1.2, "loại văn bản");
    double summary_widest = 0;
    double sy = ty + g_.summary_size * 1.25;
    double measure = width() * 0.86;
    double last = text_lines(runs, f.summary, g_.summary_size, document::kBold, left() + (width() - measure) / 2,
                             measure, Align::center, sy, g_.summary_size * 1.2, "trích yếu", &summary_widest);
    double rule_y = last + 8;
    {
      double cx = left() + width() / 2;
      double w = summary_widest * 0.4;
      box.rules.push_back({cx - w / 2, rule_y, cx + w / 2, rule_y, g_.rule_thickness});
    }
    // The box's baseline is the last summary line.
    for (auto& r : runs) r.y -= last;
    for (auto& r : box.rules) {
      r.y1 -= last;
      r.y2 -= last;
    }
    box.top = last - top;
    box.depth = rule_y - last + 1;
    box.break_after = false;
    header_end_ = rule_y - last;
    push(std::move(box));
  }

  // ── Body ──
  void add_lines(std::vector<SetLine> lines, double first_advance, double size, double leading, bool keep_with_next,
                 const SourcePos& pos, std::string_view what, const OutlineEntry* outline) {
    const size_t n = lines.size();
    for (size_t k = 0; k < n; ++k) {
      FlowBox b;
      for (GlyphRun r : lines[k].runs) {
        r.x += left();
        b.runs.push_back(std::move(r));
      }
      b.footnotes = lines[k].footnotes;
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

  void body() {
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
          ParagraphStyle s = style(g_.body_size, width(), b.align);
          if (b.kind == document::Block::Kind::list_item) s.prefix = b.level >= 2 ? "+ " : "- ";
          bool indent = b.first_line_indent || b.kind == document::Block::Kind::list_item;
          if (indent && b.align == Align::justify) s.first_indent = g_.first_indent;
          s.leading = g_.body_leading;
          const char* what = b.kind == document::Block::Kind::heading ? "đề mục" : "đoạn văn";
          auto lines = set_paragraph(b.inlines, s, fonts_, b.pos, what, diags_);
          OutlineEntry entry;
          const OutlineEntry* outline = nullptr;
          if (b.kind == document::Block::Kind::heading) {
            entry.level = std::max(1, b.level);
            entry.title = locale::nfc(plain_text(b.inlines));
            outline = &entry;
          }
          add_lines(std::move(lines), space, g_.body_size, g_.body_leading,
                    b.kind == document::Block::Kind::heading, b.pos, what, outline);
          break;
        }
      }
      first = false;
    }
    if (planned_ > 1) mark_last(false, true);  // the closing keeps the last lines of the body with it
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
  void closing() {
    const document::Fields& f = doc_.fields;
    FlowBox box;
    box.what = "phần kết (nơi nhận, chữ ký)";
    auto& runs = box.runs;
    // Baseline 0 = the line of "Nơi nhận:" and of the first authority line.
    double y = 0;
    if (!f.recipients.empty()) {
      text_lines(runs, "Nơi nhận:", g_.noinhan_size, document::kBold | document::kItalic, left(), left_w(),
                 Align::left, 0, g_.noinhan_size * 1.2, "nơi nhận");
      y = g_.noinhan_size * 0.2 + g_.recipient_leading;
      for (size_t i = 0; i < f.recipients.size(); ++i) {
        // nd30 ends each line with `;`, Party documents (HD 36) with `,`; the last with `.`.
        std::string line = "- " + f.recipients[i] + (i + 1 == f.recipients.size() ? "." : hd36() ? "," : ";");
        ParagraphStyle rs = style(g_.recipient_size, left_w() - 6, Align::left);
        rs.hanging = fonts_.width("- ", FontStyle::regular, g_.recipient_size);
        for (const SetLine& l : set_text(line, rs, fonts_, "nơi nhận", diags_)) {
          for (GlyphRun r : l.runs) {
            r.x += left();
            r.y += y;
            runs.push_back(std::move(r));
          }
          y += g_.recipient_leading;
        }
      }
    }
    double left_bottom = y - g_.recipient_leading + fonts_.descent(FontStyle::regular, g_.recipient_size);
    const double lead = g_.authority_size * 1.2;
    double ay = 0;
    double last = -lead;
    for (const std::string& a : f.signer.authority) {
      last = text_lines(runs, vi_caps(a), g_.authority_size, document::kBold, right_x(), right_w_, Align::center, ay,
                        lead, "thẩm quyền ký");
      ay = last + lead;
    }
    if (!f.signer.title.empty()) {
      last = text_lines(runs, vi_caps(f.signer.title), g_.authority_size, document::kBold, right_x(), right_w_,
                        Align::center, ay, lead, "chức vụ người ký");
    }
    double name_y = last + g_.signature_space + fonts_.ascent(FontStyle::bold, g_.signer_size);
    double name_last = name_y;
    if (!f.signer.name.empty()) {
      name_last = text_lines(runs, f.signer.name, g_.signer_size, document::kBold, right_x(), right_w_, Align::center,
                             name_y, lead, "họ tên người ký");
    }
    double right_bottom = name_last + fonts_.descent(FontStyle::bold, g_.signer_size);
    for (const std::string& o : f.signer.offices) {
      name_last = text_lines(runs, o, g_.signer_size, document::kPlain, right_x(), right_w_,
                             Align::center, name_last + lead, lead, "chức danh người ký");
      right_bottom = name_last + fonts_.descent(FontStyle::regular, g_.signer_size);
    }
    box.advance = g_.body_leading + g_.paragraph_space + 6;
    box.top = fonts_.ascent(FontStyle::bold, g_.authority_size);
    box.depth = std::max(left_bottom, right_bottom);
    box.break_after = true;
    push(std::move(box));
  }

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

  size_t footnote_capacity(double room) const {
    if (room < footnote_overhead() + g_.footnote_leading) return 0;
    return static_cast<size_t>(std::floor((room - footnote_overhead()) / g_.footnote_leading + 1e-9));
  }

  // ── Pagination ──
  struct PendingLine {
    int number;
    const SetLine* line;
  };

  // Height above a box that starts a page: the repeated table header, if any.
  double lead_in(const FlowBox& b) const { return b.repeat_header >= 0 ? headers_[b.repeat_header].top : 0; }

  void paginate() {
    std::deque<PendingLine> carry;
    size_t i = 0;
    int section = -1;
    size_t section_first_page = 0;
    while (has(i)) {
      if (box(i).section != section) {
        // Footnotes still pending go on pages of their own before a new section.
        while (!carry.empty()) emit_page(i, i, carry.size(), carry, section_first_page, section);
        section = box(i).section;
        section_first_page = pages_;
      }
      const Geometry& g = sections_[static_cast<size_t>(section)];
      const double top = g.margin_top;
      const double bottom = g.text_bottom();
      // Find the best end e (exclusive) for the page starting at i.
      size_t best_end = 0;
      size_t best_fn = 0;
      size_t fit_end = 0;
      size_t fit_fn = 0;
      std::vector<int> notes;
      size_t note_lines = 0;
      size_t last_note_lines = 0;  // of the last note cited on this page
      double baseline = 0;
      for (size_t e = i; has(e) && box(e).section == section; ++e) {
        const FlowBox& b = box(e);  // a deque: making more boxes keeps it where it is
        baseline = e == i ? top + lead_in(b) + b.top : baseline + b.advance;
        for (int n : b.footnotes) {
          notes.push_back(n);
          last_note_lines = footnotes_[n].size();
          note_lines += last_note_lines;
        }
        double body_bottom = baseline + b.depth;
        if (body_bottom > bottom + 0.01) break;
        const size_t total = carry.size() + note_lines;
        const size_t cap = footnote_capacity(bottom - body_bottom - 6);
        size_t placed = total;
        bool ok = total <= cap;
        if (!ok) {
          // Only the last note (or the carried part, when no note is cited
          // here) may run on to the next page, and at least two of its lines
          // start here.
          size_t tail = last_note_lines > 0 ? last_note_lines : carry.size();
          size_t need = total - tail + std::min<size_t>(2, tail);
          ok = cap >= need;
          placed = cap;
        }
        if (!ok) break;
        fit_end = e + 1;
        fit_fn = placed;
        bool section_ends = !has(e + 1) || box(e + 1).section != section;
        if (b.break_after || section_ends) {
          best_end = e + 1;
          best_fn = placed;
        }
        if (b.force_break_after) break;
      }
      size_t end = best_end;
      size_t fn_count = best_fn;
      if (end <= i) {  // no legal break: break where it fits, or take one box
        end = fit_end > i ? fit_end : i + 1;
        fn_count = fit_end > i ? fit_fn : carry.size();
        if (fit_end <= i) {
          diags_.add(make_error(box(i).pos, msg::kBlockTooTall, box(i).what.empty() ? "khối" : box(i).what));
        }
      }
      emit_page(i, end, fn_count, carry, section_first_page, section);
      drop_before(end);
      i = end;
    }
    // Carried note lines with no body left: pages of notes only.
    while (!carry.empty()) emit_page(i, i, carry.size(), carry, section_first_page, section);
  }

  static void place(Page& page, const FlowBox& b, double baseline) {
    for (GlyphRun r : b.runs) {
      r.y += baseline;
      page.runs.push_back(std::move(r));
    }
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
  void emit_page(size_t from, size_t to, size_t fn_count, std::deque<PendingLine>& carry, size_t section_first_page,
                 int current) {
    const size_t section = static_cast<size_t>(std::max(0, from < to ? box(from).section : current));
    const Geometry& g = sections_[std::min(section, sections_.size() - 1)];
    Page page;
    page.width = g.page_width;
    page.height = g.page_height;
    double baseline = 0;
    for (size_t e = from; e < to; ++e) {
      const FlowBox& b = box(e);
      if (e == from && b.repeat_header >= 0) {
        const FlowBox& h = headers_[b.repeat_header];
        place(page, h, g.margin_top + h.top);
      }
      baseline = e == from ? g.margin_top + lead_in(b) + b.top : baseline + b.advance;
      place(page, b, baseline);
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
    int number = static_cast<int>(pages_ - section_first_page) + 1;
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
  double right_w_ = 0;
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

}  // namespace vanban::layout
