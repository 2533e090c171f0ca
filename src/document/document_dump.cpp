// Stage: document.
// The stable text form of a document (`render --dump-document`), for golden tests and debugging.
#include "document/document.hpp"

#include <fmt/format.h>

namespace vanban::document {
namespace {

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::string style_words(unsigned style) {
  std::string out;
  if (style & kBold) out += " bold";
  if (style & kItalic) out += " italic";
  if (style & kUnderline) out += " underline";
  if (style & kSuperscript) out += " superscript";
  return out;
}

void inlines(std::string& out, const Inlines& xs, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  for (const auto& x : xs) {
    switch (x.kind) {
      case Inline::Kind::text: out += pad + "text" + style_words(x.style) + " " + quoted(x.text) + "\n"; break;
      case Inline::Kind::footnote_ref: out += pad + fmt::format("footnote_ref {}\n", x.footnote); break;
      case Inline::Kind::line_break: out += pad + "line_break\n"; break;
    }
  }
}

std::string_view shape_name(Shape s) {
  switch (s) {
    case Shape::titled: return "titled";
    case Shape::letter: return "letter";
    case Shape::decision: return "decision";
    case Shape::minutes: return "minutes";
    case Shape::telegram: return "telegram";
  }
  return "?";
}

std::string_view align_name(Align a) {
  switch (a) {
    case Align::justify: return "justify";
    case Align::left: return "left";
    case Align::center: return "center";
    case Align::right: return "right";
  }
  return "?";
}

}  // namespace

namespace {

std::string formula_text(const Formula& f) {
  auto join = [](const std::vector<int>& xs) {
    std::string s;
    for (int x : xs) s += (s.empty() ? "" : ",") + std::to_string(x);
    return s;
  };
  switch (f.kind) {
    case Formula::Kind::sum_rows: return "=sum_rows(" + join(f.rows) + ")";
    case Formula::Kind::ratio:
      return fmt::format("=ratio({}){}{}", join(f.columns), f.percent ? "%" : "", f.decimals);
    case Formula::Kind::difference: return "=difference(" + join(f.columns) + ")";
    case Formula::Kind::sum_columns: return "=sum_columns(" + join(f.columns) + ")";
    case Formula::Kind::subtotal_rows: return "=subtotal_rows(" + join(f.rows) + ")";
    default: return {};
  }
}

void dump_table(std::string& out, const Table& t) {
  out += fmt::format("table {} sheet {} title {} unit {}\n", quoted(t.name), quoted(t.sheet), quoted(t.title),
                     quoted(t.unit));
  for (const auto& c : t.columns) {
    out += fmt::format("  column {} {} {}{}{}\n", quoted(c.header), c.numeric ? "number" : "text",
                       c.align == Align::right ? "right" : c.align == Align::center ? "center" : "left",
                       c.numeric ? fmt::format(" decimals {}", c.decimals) : std::string(),
                       c.percent ? " percent" : "");
  }
  for (const auto& h : t.header) {
    out += fmt::format("  header {},{} {}x{} {}\n", h.row, h.col, h.rows, h.cols, quoted(h.text));
  }
  for (const auto& r : t.rows) {
    out += r.kind == TableRow::Kind::total ? "  total" : r.kind == TableRow::Kind::group ? "  group" : "  row";
    for (const auto& c : r.cells) out += " | " + quoted(c.text) + (t.formula_of(c) ? formula_text(*t.formula_of(c)) : std::string());
    out += "\n";
  }
}

}  // namespace

std::string dump(const Document& doc) {
  std::string out = fmt::format("document {}\n", doc.profile == Profile::hd36 ? "hd36" : "nd30");
  const Fields& f = doc.fields;
  out += "fields\n";
  out += "  parent_body " + quoted(f.parent_body) + "\n";
  out += "  issuer " + quoted(f.issuer) + "\n";
  out += "  number " + quoted(f.number) + "\n";
  out += "  symbol " + quoted(f.symbol) + "\n";
  out += "  place " + quoted(f.place) + "\n";
  out += f.date ? fmt::format("  date {:04}-{:02}-{:02}\n", f.date->year, f.date->month, f.date->day) : "  date none\n";
  out += "  type " + quoted(f.type) + "\n";
  out += "  summary " + quoted(f.summary) + "\n";
  if (f.shape != Shape::titled) out += fmt::format("  shape {}\n", shape_name(f.shape));
  for (const auto& i : f.issuers) out += "  joint_issuer " + quoted(i) + "\n";
  if (!f.authority_line.empty()) out += "  authority_line " + quoted(f.authority_line) + "\n";
  if (!f.addressees.empty()) out += "  addressee_label " + quoted(f.addressee_label) + "\n";
  for (const auto& a : f.addressees) out += "  addressee " + quoted(a) + "\n";
  for (const auto& r : f.recipients) out += "  recipient " + quoted(r) + "\n";
  auto signer = [&](std::string_view what, const Signer& s) {
    out += fmt::format("  {}\n", what);
    for (const auto& a : s.authority) out += "    authority " + quoted(a) + "\n";
    out += "    title " + quoted(s.title) + "\n";
    out += "    name " + quoted(s.name) + "\n";
    for (const auto& o : s.offices) out += "    office " + quoted(o) + "\n";
  };
  signer("signer", f.signer);
  if (!f.co_signer.title.empty() || !f.co_signer.name.empty()) signer("co_signer", f.co_signer);
  out += "body\n";
  for (const auto& b : doc.body) {
    switch (b.kind) {
      case Block::Kind::paragraph:
        out += fmt::format("  paragraph {}{}{}\n", align_name(b.align), b.first_line_indent ? " indent" : "",
                           b.level ? fmt::format(" level {} number {}{}", b.level, quoted(b.number),
                                                 b.run_in ? " run_in" : "")
                                   : std::string());
        inlines(out, b.inlines, 4);
        break;
      case Block::Kind::heading:
        out += fmt::format("  heading {} number {}\n", b.level, quoted(b.number));
        inlines(out, b.inlines, 4);
        break;
      case Block::Kind::list_item:
        out += fmt::format("  item {}\n", b.level);
        inlines(out, b.inlines, 4);
        break;
      case Block::Kind::table: out += "  table " + quoted(b.name) + "\n"; break;
      case Block::Kind::page_break: out += "  page_break\n"; break;
    }
  }
  if (!doc.footnotes.empty()) {
    out += "footnotes\n";
    for (const auto& n : doc.footnotes) {
      out += fmt::format("  footnote {}\n", n.number);
      inlines(out, n.content, 4);
    }
  }
  if (!doc.annexes.empty()) {
    out += "annexes\n";
    for (const auto& a : doc.annexes) {
      out += "  annex " + quoted(a.table) + (a.orientation == Orientation::landscape ? " landscape\n" : " portrait\n");
      out += "    heading " + quoted(a.heading) + "\n";
      out += "    title " + quoted(a.title) + "\n";
      out += "    attached_to " + quoted(a.attached_to) + "\n";
      out += "    unit " + quoted(a.unit) + "\n";
    }
  }
  for (const auto& t : doc.tables) dump_table(out, t);
  return out;
}

}  // namespace vanban::document
