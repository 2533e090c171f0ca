// Stage: docx.
// WordprocessingML as a clerk builds the document by hand in Word: the
// header a borderless two-column table, rules as paragraph borders, numbered
// levels as Word numbering, footnotes as Word footnotes, each annex a section
// of its own. Sizes, distances and rule lengths come from the profile's
// Geometry and the frame (layout::Frame) the PDF is drawn with; the texts of
// the frame from the functions the PDF prints them with (layout/frame.hpp).
#include "docx/writer.hpp"

#include "docx/messages.hpp"
#include "docx/package.hpp"
#include "layout/frame.hpp"
#include "layout/layout.hpp"
#include "layout/paragraph.hpp"
#include "layout/table.hpp"
#include "locale/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>

namespace vanban::docx {

namespace {

using document::Align;
using document::Block;
using document::Inline;
using document::Shape;

constexpr double kPtPerMm = 72.0 / 25.4;
constexpr const char* kFont = "Times New Roman";
constexpr const char* kNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
constexpr const char* kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// Twentieths of a point (twips), the unit of WordprocessingML's lengths.
long tw(double pt) { return std::lround(pt * 20); }

std::string caps(std::string_view s) { return locale::upper(s); }

// XML text: the five special characters escaped; a control character becomes a space.
void escape(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
}

const char* jc(Align a) {
  switch (a) {
    case Align::left: return "left";
    case Align::center: return "center";
    case Align::right: return "right";
    default: return "both";
  }
}

std::string rpr(unsigned bits, double size) {
  std::string s = "<w:rPr>";
  if (bits & document::kBold) s += "<w:b/><w:bCs/>";
  if (bits & document::kItalic) s += "<w:i/><w:iCs/>";
  if (size > 0) s += fmt::format("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", std::lround(size * 2));
  if (bits & document::kUnderline) s += "<w:u w:val=\"single\"/>";
  if (bits & document::kSuperscript) s += "<w:vertAlign w:val=\"superscript\"/>";
  return s + "</w:rPr>";
}

void run(std::string& out, std::string_view text, unsigned bits, double size) {
  out += "<w:r>" + rpr(bits, size) + "<w:t xml:space=\"preserve\">";
  escape(out, text);
  out += "</w:t></w:r>";
}

std::string border(const char* side, double space = 1) {
  return fmt::format("<w:{} w:val=\"single\" w:sz=\"4\" w:space=\"{}\" w:color=\"000000\"/>", side, std::lround(space));
}

// A paragraph's properties, in pt.
struct Para {
  std::string style;        // a paragraph style's id
  Align align = Align::justify;
  double left = 0, right = 0, first = 0, hanging = 0;
  double before = 0, after = 0;
  double line = 0;          // exact leading; 0: single
  bool keep_next = false, keep_lines = false, page_break_before = false;
  std::string borders;      // the inside of <w:pBdr>
  std::string numbering;    // <w:numPr>
  unsigned mark_bits = 0;   // the paragraph mark's style (Word gives it to the number)
  double mark_size = 0;
  std::string section;      // <w:sectPr> ending a section with this paragraph
};

void open_p(std::string& out, const Para& p) {
  out += "<w:p><w:pPr>";
  if (!p.style.empty()) out += "<w:pStyle w:val=\"" + p.style + "\"/>";
  if (p.keep_next) out += "<w:keepNext/>";
  if (p.keep_lines) out += "<w:keepLines/>";
  if (p.page_break_before) out += "<w:pageBreakBefore/>";
  out += p.numbering;
  if (!p.borders.empty()) out += "<w:pBdr>" + p.borders + "</w:pBdr>";
  out += fmt::format("<w:spacing w:before=\"{}\" w:after=\"{}\"", tw(p.before), tw(p.after));
  if (p.line > 0) out += fmt::format(" w:line=\"{}\" w:lineRule=\"exact\"", tw(p.line));
  out += "/>";
  out += fmt::format("<w:ind w:left=\"{}\" w:right=\"{}\"", tw(p.left), tw(p.right));
  if (p.hanging > 0) {
    out += fmt::format(" w:hanging=\"{}\"", tw(p.hanging));
  } else {
    out += fmt::format(" w:firstLine=\"{}\"", tw(p.first));
  }
  out += "/>";
  out += fmt::format("<w:jc w:val=\"{}\"/>", jc(p.align));
  if (p.mark_bits || p.mark_size > 0) out += rpr(p.mark_bits, p.mark_size);
  out += p.section;
  out += "</w:pPr>";
}

// A paragraph of one text in one style.
void para(std::string& out, const Para& p, std::string_view text, unsigned bits, double size) {
  Para q = p;
  if (q.mark_size == 0) q.mark_size = size;
  open_p(out, q);
  if (!text.empty()) run(out, text, bits, size);
  out += "</w:p>";
}

// An empty paragraph whose top border is a rule `w` long, centred in the
// first `cell` of its cell (`beyond` more to its right).
void rule(std::string& out, double w, double cell, double before, double beyond = 0) {
  Para p;
  p.align = Align::center;
  p.left = std::max(0.0, (cell - w) / 2);
  p.right = p.left + beyond;
  p.before = before;
  p.line = 1;
  p.borders = border("top", 0);
  p.mark_size = 1;
  open_p(out, p);
  out += "</w:p>";
}

// A table's properties: `borders` the inside of <w:tblBorders>.
// `caption`: the table's alternative-text title (w:tblCaption, Word's Table Properties › Alt Text), where a
// data table keeps its declared name for `vanban import`.
void open_table(std::string& out, const std::vector<double>& widths, bool centred, const std::string& borders,
                double pad_x, double pad_y, const std::string& caption = {}) {
  double total = 0;
  for (double w : widths) total += w;
  out += fmt::format("<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/>", tw(total));
  if (centred) out += "<w:jc w:val=\"center\"/>";
  out += "<w:tblBorders>" + borders + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>";
  out += fmt::format(
      "<w:tblCellMar><w:top w:w=\"{0}\" w:type=\"dxa\"/><w:left w:w=\"{1}\" w:type=\"dxa\"/>"
      "<w:bottom w:w=\"{0}\" w:type=\"dxa\"/><w:right w:w=\"{1}\" w:type=\"dxa\"/></w:tblCellMar>",
      tw(pad_y), tw(pad_x));
  out += "<w:tblLook w:val=\"0000\"/>";
  if (!caption.empty()) {
    out += "<w:tblCaption w:val=\"";
    escape(out, caption);
    out += "\"/>";
  }
  out += "</w:tblPr><w:tblGrid>";
  for (double w : widths) out += fmt::format("<w:gridCol w:w=\"{}\"/>", tw(w));
  out += "</w:tblGrid>";
}

std::string no_borders() {
  std::string s;
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    s += fmt::format("<w:{} w:val=\"nil\"/>", side);
  }
  return s;
}

std::string all_borders() {
  std::string s;
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) s += border(side, 0);
  return s;
}

void open_cell(std::string& out, double w, const std::string& extra = {}) {
  out += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>{}</w:tcPr>", tw(w), extra);
}

// ── Numbering ──
// Numbered paragraphs (`I.`, `1.`, `1.1.`, `1.1.1.`, `a)`; `Điều 1.`) get
// Word numbering when Word would print the very number the clerk wrote;
// a number out of sequence (or `đ)`, which Word's letters skip) stays text.

struct ParsedNumber {
  int list = 0;           // 0: the outline (I. 1. 1.1. 1.1.1. a)), 1: Điều
  int level = 0;          // ilvl
  std::vector<int> parts; // the numbers, outermost first
};

int roman_value(std::string_view s) {
  static const std::array<std::pair<const char*, int>, 13> table{{{"M", 1000}, {"CM", 900}, {"D", 500}, {"CD", 400},
                                                                  {"C", 100}, {"XC", 90}, {"L", 50}, {"XL", 40},
                                                                  {"X", 10}, {"IX", 9}, {"V", 5}, {"IV", 4},
                                                                  {"I", 1}}};
  int v = 0;
  size_t at = 0;
  for (const auto& [sym, val] : table) {
    const std::string_view t(sym);
    // At most three of a kind; the canonical form only.
    for (int k = 0; k < 3 && s.substr(at, t.size()) == t; ++k) {
      v += val;
      at += t.size();
      if (t.size() == 2 || val == 5 || val == 50 || val == 500) break;
    }
  }
  return at == s.size() && v > 0 ? v : 0;
}

std::optional<ParsedNumber> parse_number(std::string_view n) {
  ParsedNumber p;
  if (n.size() < 2) return std::nullopt;
  constexpr std::string_view dieu = "Điều ";
  if (n.substr(0, dieu.size()) == dieu) {
    std::string_view d = n.substr(dieu.size());
    if (d.size() < 2 || d.back() != '.') return std::nullopt;
    d.remove_suffix(1);
    if (d.size() > 4 || !std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
    p.list = 1;
    p.parts.push_back(std::stoi(std::string(d)));
    return p.parts[0] > 0 ? std::optional(p) : std::nullopt;
  }
  if (n.size() == 2 && n[1] == ')' && n[0] >= 'a' && n[0] <= 'z') {
    p.level = 4;
    p.parts.push_back(n[0] - 'a' + 1);
    return p;
  }
  if (n.back() != '.') return std::nullopt;
  const std::string_view body = n.substr(0, n.size() - 1);
  if (const int r = roman_value(body); r > 0) {
    p.parts.push_back(r);
    return p;
  }
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('.', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view part = body.substr(start, end - start);
    if (part.empty() || part.size() > 4 ||
        !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    p.parts.push_back(std::stoi(std::string(part)));
    start = end + 1;
  }
  if (p.parts.empty() || p.parts.size() > 3) return std::nullopt;
  p.level = static_cast<int>(p.parts.size());
  return p;
}

class Numbering {
 public:
  static constexpr int kOutline = 1, kDieu = 2, kBullets = 3;

  // The <w:numPr> for a paragraph numbered `number`, or empty when Word would
  // print another number (the paragraph keeps its number as text).
  std::string use(const std::string& number) {
    const std::optional<ParsedNumber> p = parse_number(number);
    if (!p) return {};
    List& list = p->list == 1 ? dieu_ : outline_;
    const size_t l = static_cast<size_t>(p->level);
    const int value = p->parts.back();
    bool fits = value == list.counters[l] + 1;
    // 1.1. and 1.1.1. print the levels above them: those must be the ones running.
    for (size_t k = 0; fits && k + 1 < p->parts.size(); ++k) fits = p->parts[k] == list.counters[k + 1];
    if (!fits) {
      // A list that starts again from 1 (the `1.` of the next Điều): a new instance.
      const bool own = p->list == 1 || l == 0 || l == 1 || l == 4;
      if (value != 1 || !own) return {};
      list.id = next_id_++;
      restarts_.push_back({list.id, p->list == 1 ? 1 : 0});
      list.counters.fill(0);
    }
    list.counters[l] = value;
    for (size_t k = l + 1; k < list.counters.size(); ++k) list.counters[k] = 0;
    return numpr(list.id, p->level);
  }

  static std::string numpr(int id, int level) {
    return fmt::format("<w:numPr><w:ilvl w:val=\"{}\"/><w:numId w:val=\"{}\"/></w:numPr>", level, id);
  }

  std::string xml(double indent) const {
    std::string s = kXmlHead;
    s += fmt::format("<w:numbering {}>", kNs);
    const long ind = tw(indent);
    auto level = [&](int ilvl, const char* fmt_name, const std::string& text) {
      return fmt::format(
          "<w:lvl w:ilvl=\"{}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{}\"/><w:suff w:val=\"space\"/>"
          "<w:lvlText w:val=\"{}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"{}\"/></w:pPr>"
          "<w:rPr><w:rFonts w:ascii=\"{}\" w:hAnsi=\"{}\" w:cs=\"{}\"/></w:rPr></w:lvl>",
          ilvl, fmt_name, text, ind, kFont, kFont, kFont);
    };
    s += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>";
    s += level(0, "upperRoman", "%1.") + level(1, "decimal", "%2.") + level(2, "decimal", "%2.%3.") +
         level(3, "decimal", "%2.%3.%4.") + level(4, "lowerLetter", "%5)");
    s += "</w:abstractNum>";
    s += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>";
    s += level(0, "decimal", "Điều %1.") + "</w:abstractNum>";
    s += "<w:abstractNum w:abstractNumId=\"2\"><w:multiLevelType w:val=\"multilevel\"/>";
    s += level(0, "bullet", "-") + level(1, "bullet", "+") + "</w:abstractNum>";
    s += "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    s += "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
    s += "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>";
    for (const auto& [id, abstract] : restarts_) {
      s += fmt::format("<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{}\"/>", id, abstract);
      for (int k = 0; k < (abstract == 1 ? 1 : 5); ++k) {
        s += fmt::format("<w:lvlOverride w:ilvl=\"{}\"><w:startOverride w:val=\"1\"/></w:lvlOverride>", k);
      }
      s += "</w:num>";
    }
    return s + "</w:numbering>";
  }

 private:
  struct List {
    int id;
    std::array<int, 5> counters{};
  };
  List outline_{kOutline};
  List dieu_{kDieu};
  int next_id_ = 4;
  std::vector<std::pair<int, int>> restarts_;  // numId, abstractNumId
};

// Removes the number the clerk wrote (and the space after it) from the
// paragraph's start; false when the paragraph does not start with it.
bool strip_number(document::Inlines& inlines, const std::string& number, unsigned& style) {
  if (inlines.empty() || inlines[0].kind != Inline::Kind::text) return false;
  std::string& t = inlines[0].text;
  if (t.compare(0, number.size(), number) != 0) return false;
  if (t.size() > number.size() && t[number.size()] != ' ') return false;
  style = inlines[0].style;
  t.erase(0, std::min(t.size(), number.size() + 1));
  if (t.empty()) {
    inlines.erase(inlines.begin());
    if (!inlines.empty() && inlines[0].kind == Inline::Kind::text && !inlines[0].text.empty() &&
        inlines[0].text[0] == ' ') {
      inlines[0].text.erase(0, 1);
      if (inlines[0].text.empty()) inlines.erase(inlines.begin());
    }
  }
  return true;
}

// ── The document ──

class Writer {
 public:
  Writer(const document::Document& doc, const layout::FontSet& fonts)
      : doc_(doc), f_(doc.fields), fonts_(fonts), g_(layout::geometry_for(doc.profile)),
        frame_(fonts, g_, doc.profile, measured_) {
    // The rules the PDF draws under the issuer(s), the motto, in the urgency
    // mark and under the summary, in the order Frame::header draws them.
    double gap = 0;
    const layout::FlowBox header = frame_.header(f_, gap);
    const auto& rules = header.rules;
    size_t k = 0;
    auto next = [&]() { return k < rules.size() ? rules[k].x2 - rules[k].x1 : 0.0; };
    if (!hd36()) {
      const size_t n = std::max<size_t>(1, f_.issuers.size());
      for (size_t i = 0; i < n; ++i, ++k) issuer_rules_.push_back(next());
    }
    motto_rule_ = next();
    ++k;
    if (!f_.urgency.empty()) {
      urgency_w_ = next();
      k += 4;
    }
    if (f_.shape != Shape::letter) summary_rule_ = next();
    right_w_ = frame_.right_width();
    left_w_ = g_.text_width() - right_w_;
  }

  std::string document_xml() {
    std::string& o = out_;
    o = kXmlHead;
    o += fmt::format("<w:document {}><w:body>", kNs);
    header_table();
    title();
    addressees();
    body();
    closing();
    annexes();
    o += "</w:body></w:document>";
    return std::move(o);
  }

  std::string footnotes_xml() const {
    std::string s = kXmlHead;
    s += fmt::format("<w:footnotes {}>", kNs);
    s += "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
         "w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>";
    s += "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" "
         "w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>";
    for (const document::Footnote& fn : doc_.footnotes) {
      s += fmt::format("<w:footnote w:id=\"{}\">", fn.number);
      Para p;
      p.style = "FootnoteText";
      p.line = g_.footnote_leading;
      p.mark_size = g_.footnote_size;
      open_p(s, p);
      s += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>";
      run(s, " ", document::kPlain, g_.footnote_size);
      inlines(s, fn.content, g_.footnote_size);
      s += "</w:p></w:footnote>";
    }
    return s + "</w:footnotes>";
  }

  std::string numbering_xml() const { return numbering_.xml(g_.first_indent); }

  std::string header_xml(bool numbered) const {
    std::string s = kXmlHead;
    s += fmt::format("<w:hdr {}>", kNs);
    Para p;
    p.align = Align::center;
    p.mark_size = g_.page_number_size;
    open_p(s, p);
    if (numbered) {
      const std::string r = rpr(document::kPlain, g_.page_number_size);
      s += "<w:r>" + r + "<w:fldChar w:fldCharType=\"begin\"/></w:r>";
      s += "<w:r>" + r + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>";
      s += "<w:r>" + r + "<w:fldChar w:fldCharType=\"separate\"/></w:r>";
      s += "<w:r>" + r + "<w:t>2</w:t></w:r>";
      s += "<w:r>" + r + "<w:fldChar w:fldCharType=\"end\"/></w:r>";
    }
    s += "</w:p></w:hdr>";
    return s;
  }

  std::string styles_xml() const {
    std::string s = kXmlHead;
    s += fmt::format("<w:styles {}>", kNs);
    s += fmt::format(
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"{0}\" w:eastAsia=\"{0}\" w:hAnsi=\"{0}\" "
        "w:cs=\"{0}\"/><w:sz w:val=\"{1}\"/><w:szCs w:val=\"{1}\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" "
        "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>"
        "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>",
        kFont, std::lround(g_.body_size * 2));
    s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
         "</w:style>";
    // Word's own names for footnotes, which LibreOffice maps to its footnote styles.
    s += fmt::format(
        "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:rPr><w:sz w:val=\"{0}\"/>"
        "<w:szCs w:val=\"{0}\"/></w:rPr></w:style>",
        std::lround(g_.footnote_size * 2));
    s += "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>"
         "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>";
    s += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
         "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
         "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" "
         "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
    return s + "</w:styles>";
  }

  // The section ending here: A4 in `orientation`, the profile's margins, the
  // page number in the top margin from the section's second page, numbered from 1.
  std::string section(document::Orientation orientation) const {
    double w = g_.page_width, h = g_.page_height;
    const bool landscape = orientation == document::Orientation::landscape;
    if (landscape) std::swap(w, h);
    // The number's baseline sits where the PDF prints it (0.62 of the top margin).
    const double header_top = g_.margin_top * 0.62 - fonts_.ascent(layout::FontStyle::regular, g_.page_number_size);
    return fmt::format(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId5\"/>"
        "<w:headerReference w:type=\"first\" r:id=\"rId6\"/>"
        "<w:pgSz w:w=\"{}\" w:h=\"{}\"{}/><w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" "
        "w:header=\"{}\" w:footer=\"0\" w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/><w:titlePg/></w:sectPr>",
        tw(w), tw(h), landscape ? " w:orient=\"landscape\"" : "", tw(g_.margin_top), tw(g_.margin_right),
        tw(g_.margin_bottom), tw(g_.margin_left), tw(std::max(0.0, header_top)));
  }

 private:
  bool hd36() const { return doc_.profile == document::Profile::hd36; }

  Para line_para(Align align, double size, double before = 0) const {
    Para p;
    p.align = align;
    p.line = size * g_.header_leading;
    p.before = before;
    return p;
  }

  // A text centred inside `measure` of a cell `cell` wide.
  Para centred(double size, double cell, double measure, double before = 0) const {
    Para p = line_para(Align::center, size, before);
    p.left = p.right = std::max(0.0, (cell - measure) / 2);
    return p;
  }

  // A centred text broken where the PDF breaks it (layout::set_text in
  // `measure`), the lines joined by line breaks, in a paragraph a little
  // wider than the measure so that Word keeps the PDF's lines.
  void broken(const Para& p, std::string_view text, unsigned bits, double size, double measure) {
    layout::ParagraphStyle s;
    s.size = size;
    s.width = measure;
    s.align = Align::center;
    s.base_style = bits;
    Diagnostics ignored;  // the PDF's layout reports them
    const std::vector<layout::SetLine> lines = layout::set_text(text, s, fonts_, "", ignored);
    Para q = p;
    q.left = std::max(0.0, q.left - 3);
    q.right = std::max(0.0, q.right - 3);
    if (q.mark_size == 0) q.mark_size = size;
    open_p(out_, q);
    for (size_t i = 0; i < lines.size(); ++i) {
      std::vector<layout::GlyphRun> runs = lines[i].runs;
      std::stable_sort(runs.begin(), runs.end(),
                       [](const layout::GlyphRun& a, const layout::GlyphRun& b) { return a.x < b.x; });
      std::string line;
      double end = 0;
      for (size_t k = 0; k < runs.size(); ++k) {
        if (k > 0 && runs[k].x > end + 0.5 && (line.empty() || line.back() != ' ')) line += ' ';
        line += runs[k].text;
        end = runs[k].x + runs[k].width;
      }
      if (i > 0) out_ += "<w:r><w:br/></w:r>";
      run(out_, line, bits, size);
    }
    out_ += "</w:p>";
  }

  void inlines(std::string& out, const document::Inlines& xs, double size) const {
    for (const Inline& x : xs) {
      switch (x.kind) {
        case Inline::Kind::text: run(out, x.text, x.style, size); break;
        case Inline::Kind::line_break: out += "<w:r><w:br/></w:r>"; break;
        case Inline::Kind::footnote_ref:
          out += fmt::format(
              "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{}\"/></w:r>",
              x.footnote);
          break;
      }
    }
  }

  // ── Header: a borderless table, issuer(s) left, motto right; number and date on its second row ──
  // A joint document's bodies each get a column of their own (Frame::issuer_shares), the number spanning them.
  void header_table() {
    std::string& o = out_;
    const double lw = left_w_ - 6;  // the measure the PDF centres the left column in
    std::vector<std::string> names = f_.issuers;
    if (names.empty()) names.push_back(f_.issuer);
    std::vector<double> columns, shares;
    if (names.size() > 1) {
      shares = frame_.issuer_shares(names, lw - g_.joint_issuer_clearance);
      double used = 0;
      for (size_t k = 0; k < shares.size(); ++k) {
        columns.push_back(shares[k] + (k + 1 < shares.size() ? g_.joint_issuer_gutter : 0));
        used += columns.back();
      }
      columns.back() += left_w_ - used;
    } else {
      columns.push_back(left_w_);
    }
    std::vector<double> grid = columns;
    grid.push_back(right_w_);
    open_table(o, grid, false, no_borders(), 0, 0);
    o += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (size_t k = 0; k < names.size(); ++k) {
      open_cell(o, columns[k]);
      if (k == 0 && !f_.parent_body.empty()) {
        broken(centred(g_.parent_size, lw, lw * g_.issuer_measure), caps(f_.parent_body), document::kPlain,
               g_.parent_size, lw * g_.issuer_measure);
      }
      // A joint body's name is centred in its share; the gutter (or the clearance before the motto) beyond it.
      const bool joint = names.size() > 1;
      const double cell = joint ? shares[k] : lw;
      issuer(names[k], cell, joint ? cell : lw * g_.issuer_measure, k < issuer_rules_.size() ? issuer_rules_[k] : 0,
             joint ? columns[k] - shares[k] : 0);
      o += "</w:tc>";
    }
    open_cell(o, right_w_);
    motto();
    o += "</w:tc></w:tr>";
    o += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    open_cell(o, left_w_, names.size() > 1 ? fmt::format("<w:gridSpan w:val=\"{}\"/>", names.size()) : "");
    number();
    o += "</w:tc>";
    open_cell(o, right_w_);
    if (f_.shape != Shape::minutes) {
      para(o, line_para(Align::center, g_.date_size, g_.number_gap), layout::date_line(f_), document::kItalic,
           g_.date_size);
    } else {
      para(o, line_para(Align::center, g_.date_size, g_.number_gap), "", document::kPlain, g_.date_size);
    }
    o += "</w:tc></w:tr></w:tbl>";
  }

  // One issuing body in a cell `cell` wide: its name, then the rule (nd30) or the star (hd36).
  // `beyond`: the cell's width to the right of `cell` (a joint body's gutter).
  void issuer(const std::string& name, double cell, double measure, double rule_w, double beyond = 0) {
    Para p = centred(g_.issuer_size, cell, measure);
    p.right += beyond;
    broken(p, caps(name), document::kBold, g_.issuer_size, measure);
    if (hd36()) {
      Para star = line_para(Align::center, g_.issuer_size);
      star.right = beyond;
      para(out_, star, "*", document::kPlain, g_.issuer_size);
    } else {
      rule(out_, rule_w, cell, g_.header_rule_gap - fonts_.descent(layout::FontStyle::bold, g_.issuer_size), beyond);
    }
  }

  void motto() {
    std::string& o = out_;
    const double rw = right_w_;
    // The rule as long as the line above it: that line's bottom border, its indents the rule's ends.
    Para ruled = line_para(Align::center, hd36() ? g_.motto_size : g_.slogan_size);
    ruled.left = ruled.right = std::max(0.0, (rw - motto_rule_) / 2 - 1);
    ruled.borders = border("bottom", g_.header_rule_gap - 3);
    if (hd36()) {
      para(o, ruled, "ĐẢNG CỘNG SẢN VIỆT NAM", document::kBold, g_.motto_size);
      return;
    }
    para(o, line_para(Align::center, g_.motto_size), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", document::kBold,
         g_.motto_size);
    para(o, ruled, "Độc lập - Tự do - Hạnh phúc", document::kBold, g_.slogan_size);
  }

  void number() {
    std::string& o = out_;
    const double lw = left_w_ - 6;
    para(o, centred(g_.number_size, lw, lw, g_.number_gap), layout::number_line(f_, doc_.profile), document::kPlain,
         g_.number_size);
    if (f_.shape == Shape::letter) {
      // Công văn: `V/v …` under the number, 6 pt below it (Mẫu 1.5, ô 5b).
      broken(centred(g_.vv_size, lw, lw * 0.95, g_.vv_gap), "V/v " + f_.summary,
             g_.vv_italic ? document::kItalic : document::kPlain, g_.vv_size, lw * 0.95);
    }
    if (!f_.urgency.empty()) {
      // The urgency mark (ô 10b): a paragraph boxed by its borders, as wide as the PDF's frame.
      Para p = centred(g_.urgency_size, lw, urgency_w_, g_.urgency_gap + 2);
      p.line = g_.urgency_height - 4;
      p.borders = border("top", 1) + border("left", 0) + border("bottom", 1) + border("right", 0);
      para(o, p, caps(f_.urgency), document::kBold, g_.urgency_size);
    }
  }

  // ── Title: type, summary and its rule; a decision's authority line ──
  void title() {
    std::string& o = out_;
    const double w = g_.text_width();
    if (f_.shape == Shape::letter) return;
    para(o, line_para(Align::center, g_.type_size, g_.title_gap + 6), caps(f_.type), document::kBold, g_.type_size);
    if (!f_.summary.empty()) {
      broken(centred(g_.summary_size, w, w * g_.summary_measure), f_.summary, document::kBold, g_.summary_size,
             w * g_.summary_measure);
    }
    rule(o, summary_rule_, w, g_.summary_rule_gap - 4);
    if (f_.shape == Shape::decision && !f_.authority_line.empty()) {
      broken(line_para(Align::center, g_.type_size, g_.authority_line_gap - g_.type_size), caps(f_.authority_line),
             document::kBold, g_.type_size, w);
    }
  }

  // "Kính gửi: …" or "<SENDER> điện:" with the addressees (Frame::addressees).
  void addressees() {
    if (f_.addressees.empty() || f_.addressee_label.empty()) return;
    std::string& o = out_;
    const double size = g_.addressee_size, w = g_.text_width();
    const std::string label = f_.addressee_label + ":";
    const double before = g_.addressee_gap + g_.paragraph_space;
    Para p;
    p.line = g_.body_leading;
    p.before = before;
    if (f_.addressees.size() == 1 && f_.shape != Shape::telegram) {
      p.align = Align::center;
      para(o, p, label + " " + f_.addressees[0], document::kPlain, size);
      return;
    }
    const std::vector<std::string> items = layout::addressee_items(f_);
    double items_w = 0;
    for (const std::string& item : items) {
      items_w = std::max(items_w, fonts_.width(item, layout::FontStyle::regular, size));
    }
    double ix;
    if (f_.shape == Shape::telegram) {
      const double label_w = fonts_.width(label, layout::FontStyle::regular, size);
      p.align = Align::center;
      para(o, p, label, document::kPlain, size);
      ix = std::clamp((w - label_w) / 2, g_.first_indent, w * g_.telegram_items_max);
    } else {
      const double label_w = fonts_.width(f_.addressee_label, layout::FontStyle::regular, size);
      const double x0 = std::max(g_.first_indent, (w - label_w - items_w) / 2);
      p.align = Align::left;
      p.left = x0;
      para(o, p, label, document::kPlain, size);
      ix = x0 + label_w;
    }
    for (const std::string& item : items) {
      Para q;
      q.align = Align::left;
      q.line = g_.body_leading;
      q.hanging = fonts_.width("- ", layout::FontStyle::regular, size);
      q.left = ix + q.hanging;
      para(o, q, item, document::kPlain, size);
    }
  }

  // ── Body ──
  void body() {
    // The closing keeps the body's last two lines with it: the last paragraph
    // keeps with the next (Word's widow control keeps two of its lines), and
    // the one before it too when the last is a single line.
    std::vector<size_t> keep;
    for (size_t i = doc_.body.size(); i-- > 0 && keep.size() < 2;) {
      const Block& b = doc_.body[i];
      if (b.kind == Block::Kind::table) break;
      if (b.kind == Block::Kind::page_break) continue;
      keep.push_back(i);
      std::string text;
      for (const Inline& x : b.inlines) text += x.text;
      const double room = g_.text_width() - g_.first_indent;
      if (fonts_.width(text, layout::FontStyle::regular, g_.body_size) > room) break;
    }
    bool first = true, after_table = false, page_break = false;
    for (size_t i = 0; i < doc_.body.size(); ++i) {
      const Block& b = doc_.body[i];
      const double before = first ? g_.paragraph_space * 2 : g_.paragraph_space;
      if (b.kind == Block::Kind::page_break) {
        page_break = true;
        continue;
      }
      if (b.kind == Block::Kind::table) {
        if (page_break) out_ += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
        page_break = false;
        body_table(b, before);
        first = false;
        after_table = true;
        continue;
      }
      Para p;
      p.align = b.align;
      p.line = g_.body_leading;
      p.before = after_table ? g_.paragraph_space + 4 : before;
      p.page_break_before = page_break;
      p.keep_next = b.kind == Block::Kind::heading || std::find(keep.begin(), keep.end(), i) != keep.end();
      p.mark_size = g_.body_size;
      const bool indent = b.first_line_indent || b.kind == Block::Kind::list_item;
      if (indent && b.align == Align::justify) p.first = g_.first_indent;
      document::Inlines xs = b.inlines;
      if (b.kind == Block::Kind::list_item) {
        p.numbering = Numbering::numpr(Numbering::kBullets, b.level >= 2 ? 1 : 0);
      } else if (!b.number.empty()) {
        document::Inlines stripped = xs;
        unsigned style = 0;
        if (strip_number(stripped, b.number, style)) {
          if (std::string n = numbering_.use(b.number); !n.empty()) {
            p.numbering = std::move(n);
            p.mark_bits = style & (document::kBold | document::kItalic | document::kUnderline);
            xs = std::move(stripped);
          }
        }
      }
      open_p(out_, p);
      inlines(out_, xs, g_.body_size);
      out_ += "</w:p>";
      first = after_table = page_break = false;
    }
  }

  void body_table(const Block& b, double before) {
    const document::Table* t = doc_.find_table(b.name);
    if (!t) return;  // reported when the document was built
    if (!t->unit.empty()) {
      Para p = line_para(Align::right, g_.noinhan_size, before);
      p.keep_next = true;
      para(out_, p, t->unit, document::kItalic, g_.noinhan_size);
    }
    table(*t, g_.text_width());
  }

  // A table as the PDF sets it: the declared widths, the others sharing the
  // rest; the merged header (gridSpan, vMerge) repeated on every page; rows never split.
  void table(const document::Table& t, double measure) {
    const layout::TableStyle ts;
    std::string& o = out_;
    double declared = 0;
    int open = 0;
    for (const auto& c : t.columns) {
      if (c.width_mm > 0) {
        declared += c.width_mm * kPtPerMm;
      } else {
        ++open;
      }
    }
    const double share = open > 0 ? (measure - declared) / open : 0;
    std::vector<double> widths;
    for (const auto& c : t.columns) widths.push_back(c.width_mm > 0 ? c.width_mm * kPtPerMm : share);
    open_table(o, widths, true, all_borders(), ts.pad_x, ts.pad_y, t.name);
    auto cell_para = [&](const std::string& text, Align align, unsigned bits) {
      Para p;
      p.align = align;
      p.line = ts.leading;
      para(o, p, text, bits, ts.size);
    };
    const int ncols = static_cast<int>(t.columns.size());
    std::vector<document::HeaderCell> header = t.header;
    int header_rows = t.header_rows;
    if (header.empty()) {
      header_rows = 1;
      for (int c = 0; c < ncols; ++c) header.push_back({t.columns[static_cast<size_t>(c)].header, 0, c, 1, 1});
    }
    for (int r = 0; r < header_rows; ++r) {
      o += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
      for (int c = 0; c < ncols;) {
        const document::HeaderCell* h = nullptr;
        for (const auto& x : header) {
          if (x.row <= r && r < x.row + x.rows && x.col <= c && c < x.col + x.cols) h = &x;
        }
        if (!h) {
          open_cell(o, widths[static_cast<size_t>(c)], "<w:vAlign w:val=\"center\"/>");
          cell_para("", Align::center, document::kBold);
          o += "</w:tc>";
          ++c;
          continue;
        }
        double w = 0;
        for (int k = h->col; k < h->col + h->cols && k < ncols; ++k) w += widths[static_cast<size_t>(k)];
        std::string extra;
        if (h->cols > 1) extra += fmt::format("<w:gridSpan w:val=\"{}\"/>", h->cols);
        if (h->rows > 1) extra += r == h->row ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>";
        extra += "<w:vAlign w:val=\"center\"/>";
        open_cell(o, w, extra);
        cell_para(r == h->row ? h->text : "", Align::center, document::kBold);
        o += "</w:tc>";
        c = h->col + std::max(1, h->cols);
      }
      o += "</w:tr>";
    }
    for (const document::TableRow& row : t.rows) {
      const unsigned bits = row.kind == document::TableRow::Kind::data ? document::kPlain : document::kBold;
      o += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
      for (size_t j = 0; j < row.cells.size() && j < widths.size(); ++j) {
        open_cell(o, widths[j], "<w:vAlign w:val=\"center\"/>");
        cell_para(row.cells[j].text, t.columns[j].align, bits);
        o += "</w:tc>";
      }
      o += "</w:tr>";
    }
    o += "</w:tbl>";
  }

  // ── Closing: Nơi nhận left, the signature right (two signatures side by side, Nơi nhận under them) ──
  void signer(const document::Signer& s, double cell, size_t title_lines) {
    std::string& o = out_;
    const double lead = g_.authority_size * g_.header_leading;
    double before = g_.closing_gap + g_.paragraph_space;
    for (const std::string& a : s.authority) {
      para(o, centred(g_.authority_size, cell, cell, before), caps(a), document::kBold, g_.authority_size);
      before = 0;
    }
    if (!s.title.empty()) {
      para(o, centred(g_.authority_size, cell, cell, before), caps(s.title), document::kBold, g_.authority_size);
    }
    // The names level with each other: a block with fewer title lines waits the difference.
    const size_t mine = s.authority.size() + (s.title.empty() ? 0 : 1);
    const double space = g_.signature_space + lead * static_cast<double>(title_lines - std::min(title_lines, mine));
    para(o, centred(g_.signer_size, cell, cell, space), s.name, document::kBold, g_.signer_size);
    for (const std::string& office : s.offices) {
      para(o, centred(g_.signer_size, cell, cell), office, document::kPlain, g_.signer_size);
    }
  }

  void recipients(double before) {
    std::string& o = out_;
    const double cell = left_w_;
    if (f_.recipients.empty()) {
      para(o, line_para(Align::left, g_.noinhan_size, before), "", document::kPlain, g_.noinhan_size);
      return;
    }
    para(o, line_para(Align::left, g_.noinhan_size, before), "Nơi nhận:", document::kBold | document::kItalic,
         g_.noinhan_size);
    const double hang = fonts_.width("- ", layout::FontStyle::regular, g_.recipient_size);
    for (size_t i = 0; i < f_.recipients.size(); ++i) {
      Para p;
      p.align = Align::left;
      p.line = g_.recipient_leading;
      p.before = i == 0 ? g_.noinhan_size * 0.2 : 0;
      p.hanging = hang;
      p.left = hang;
      p.right = std::max(0.0, cell - (left_w_ - 6));
      para(o, p, layout::recipient_line(f_, i, doc_.profile), document::kPlain, g_.recipient_size);
    }
  }

  void closing() {
    std::string& o = out_;
    const bool two = !f_.co_signer.title.empty() || !f_.co_signer.name.empty();
    auto lines = [](const document::Signer& s) { return s.authority.size() + (s.title.empty() ? 0 : 1); };
    const size_t title_lines = two ? std::max(lines(f_.signer), lines(f_.co_signer)) : lines(f_.signer);
    open_table(o, {left_w_, right_w_}, false, no_borders(), 0, 0);
    o += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    open_cell(o, left_w_);
    if (two) {
      signer(f_.co_signer, left_w_, title_lines);
    } else {
      recipients(g_.closing_gap + g_.paragraph_space);
    }
    o += "</w:tc>";
    open_cell(o, right_w_);
    signer(f_.signer, right_w_, title_lines);
    o += "</w:tc></w:tr>";
    if (two && !f_.recipients.empty()) {
      o += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
      open_cell(o, left_w_);
      recipients(g_.signer_gap);
      o += "</w:tc>";
      open_cell(o, right_w_);
      para(o, Para{}, "", document::kPlain, g_.recipient_size);
      o += "</w:tc></w:tr>";
    }
    o += "</w:tbl>";
    const bool annexed = std::any_of(doc_.annexes.begin(), doc_.annexes.end(),
                                     [&](const document::Annex& a) { return doc_.find_table(a.table) != nullptr; });
    end_section(annexed ? &kPortrait : nullptr);
  }

  // The paragraph that ends a section after a table: one point high, carrying
  // the section's properties (none for the last section: those close the body).
  void end_section(const document::Orientation* orientation) {
    Para p;
    p.line = 1;
    p.mark_size = 1;
    if (orientation) p.section = section(*orientation);
    open_p(out_, p);
    out_ += "</w:p>";
  }

  // ── Annexes: each a section of its own orientation, numbered from 1 ──
  void annexes() {
    const document::Orientation* last = &kPortrait;
    for (size_t i = 0; i < doc_.annexes.size(); ++i) {
      const document::Annex& a = doc_.annexes[i];
      const document::Table* t = doc_.find_table(a.table);
      if (!t) continue;
      std::string& o = out_;
      const bool landscape = a.orientation == document::Orientation::landscape;
      const double w = (landscape ? g_.page_height : g_.page_width) - g_.margin_left - g_.margin_right;
      const double lead = 14 * 1.25;
      Para p;
      p.align = Align::center;
      p.line = lead;
      p.keep_next = true;
      para(o, p, a.heading, document::kBold, 14);
      if (!a.title.empty()) {
        Para q = p;
        q.left = q.right = w * 0.075;
        broken(q, a.title, document::kBold, 14, w * 0.85);
      }
      if (!a.attached_to.empty()) broken(p, a.attached_to, document::kItalic, 14, w);
      if (!a.unit.empty()) {
        Para q = p;
        q.align = Align::right;
        q.line = 14;
        q.before = 4;
        para(o, q, a.unit, document::kItalic, 12);
      }
      Para gap;
      gap.line = 6;
      gap.mark_size = 1;
      gap.keep_next = true;
      para(o, gap, "", document::kPlain, 1);
      table(*t, w);
      last = &a.orientation;
      const bool final_annex = std::none_of(doc_.annexes.begin() + static_cast<long>(i) + 1, doc_.annexes.end(),
                                            [&](const document::Annex& x) { return doc_.find_table(x.table); });
      end_section(final_annex ? nullptr : last);
    }
    out_ += section(*last);
  }

  static constexpr document::Orientation kPortrait = document::Orientation::portrait;

  const document::Document& doc_;
  const document::Fields& f_;
  const layout::FontSet& fonts_;
  layout::Geometry g_;
  // What measuring the frame again would report (a missing glyph, an
  // overfull line) the PDF's layout has reported already.
  Diagnostics measured_;
  layout::Frame frame_;
  Numbering numbering_;
  std::string out_;
  std::vector<double> issuer_rules_;
  double motto_rule_ = 0, summary_rule_ = 0, urgency_w_ = 0;
  double left_w_ = 0, right_w_ = 0;
};

std::string content_types() {
  std::string s = kXmlHead;
  s += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  for (const auto& [part, type] : std::vector<std::pair<std::string, std::string>>{
           {"document.xml", "document.main+xml"}, {"styles.xml", "styles+xml"}, {"settings.xml", "settings+xml"},
           {"numbering.xml", "numbering+xml"}, {"footnotes.xml", "footnotes+xml"}, {"header1.xml", "header+xml"},
           {"header2.xml", "header+xml"}}) {
    s += "<Override PartName=\"/word/" + part + "\" ContentType=\"" + wml + type + "\"/>";
  }
  s += "<Override PartName=\"/docProps/core.xml\" "
       "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>";
  return s + "</Types>";
}

std::string package_rels() {
  return std::string(kXmlHead) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "officeDocument\" Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
         "core-properties\" Target=\"docProps/core.xml\"/></Relationships>";
}

std::string document_rels() {
  std::string s = kXmlHead;
  s += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  const std::string base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  int id = 1;
  for (const auto& [type, target] : std::vector<std::pair<std::string, std::string>>{
           {"styles", "styles.xml"}, {"settings", "settings.xml"}, {"numbering", "numbering.xml"},
           {"footnotes", "footnotes.xml"}, {"header", "header1.xml"}, {"header", "header2.xml"}}) {
    s += fmt::format("<Relationship Id=\"rId{}\" Type=\"{}{}\" Target=\"{}\"/>", id++, base, type, target);
  }
  return s + "</Relationships>";
}

std::string settings() {
  return std::string(kXmlHead) + fmt::format("<w:settings {}>", kNs) +
         "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
         "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
         "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
         "w:val=\"15\"/></w:compat></w:settings>";
}

std::string core(const document::Document& doc, const DocxOptions& options) {
  std::string title = locale::upper(doc.fields.type);
  if (!doc.fields.summary.empty()) title += (title.empty() ? "" : " ") + doc.fields.summary;
  std::string s = kXmlHead;
  s += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>";
  escape(s, title);
  s += "</dc:title><dc:creator>";
  escape(s, doc.fields.issuer);
  s += "</dc:creator><cp:lastModifiedBy>";
  escape(s, options.creator);
  s += "</cp:lastModifiedBy></cp:coreProperties>";
  return s;
}

}  // namespace

std::optional<std::string> write_docx(const document::Document& doc, const layout::FontSet& fonts,
                                      const DocxOptions& options, Diagnostics& diags) {
  Writer w(doc, fonts);
  std::vector<Part> parts;
  parts.push_back({"[Content_Types].xml", content_types()});
  parts.push_back({"_rels/.rels", package_rels()});
  parts.push_back({"docProps/core.xml", core(doc, options)});
  parts.push_back({"word/_rels/document.xml.rels", document_rels()});
  parts.push_back({"word/document.xml", w.document_xml()});
  parts.push_back({"word/styles.xml", w.styles_xml()});
  parts.push_back({"word/settings.xml", settings()});
  parts.push_back({"word/numbering.xml", w.numbering_xml()});  // after the document: its restarts
  parts.push_back({"word/footnotes.xml", w.footnotes_xml()});
  parts.push_back({"word/header1.xml", w.header_xml(true)});
  parts.push_back({"word/header2.xml", w.header_xml(false)});
  std::string error;
  std::optional<std::string> bytes = zip_parts(parts, error);
  if (!bytes) diags.add(make_error({}, msg::kDocxFailed, error));
  return bytes;
}

}  // namespace vanban::docx
