// Stage: layout.
#include "layout/frame.hpp"

#include "layout/paragraph.hpp"
#include "locale/format.hpp"
#include "locale/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace vanban::layout {

using document::Align;
using document::Shape;

namespace {

std::string caps(std::string_view s) { return locale::upper(s); }

// e-office mode: no-break spaces keep room for the stamp (plain spaces would collapse).
std::string blank(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "\u00A0";
  return s;
}

void shift(FlowBox& box, double dy) {
  for (auto& r : box.runs) r.y += dy;
  for (auto& r : box.rules) {
    r.y1 += dy;
    r.y2 += dy;
  }
}

}  // namespace

std::string number_line(const document::Fields& f, document::Profile profile) {
  const std::string number = f.number.empty() ? blank(6) : f.number;
  return profile == document::Profile::hd36 ? fmt::format("Số {}-{}", number, f.symbol)
                                            : fmt::format("Số: {}/{}", number, f.symbol);
}

std::string date_line(const document::Fields& f) {
  return f.date ? fmt::format("{}, {}", f.place, locale::long_date(*f.date))
                : fmt::format("{}, ngày{}tháng{}năm {}", f.place, blank(8), blank(8), f.year);
}

std::vector<std::string> addressee_items(const document::Fields& f) {
  std::vector<std::string> items;
  for (size_t i = 0; i < f.addressees.size(); ++i) {
    items.push_back("- " + f.addressees[i] + (i + 1 == f.addressees.size() ? "." : ";"));
  }
  return items;
}

std::string recipient_line(const document::Fields& f, size_t i, document::Profile profile) {
  // nd30 ends each line with `;`, Party documents (HD 36) with `,`; the last with `.`.
  const bool last = i + 1 == f.recipients.size();
  return "- " + f.recipients[i] + (last ? "." : profile == document::Profile::hd36 ? "," : ";");
}

double set_lines(std::vector<GlyphRun>& runs, std::string_view text, double size, unsigned bits, double x, double w,
                 Align align, double y, double leading, std::string_view what, const FontSet& fonts,
                 Diagnostics& diags, double* widest, const SourcePos& pos) {
  ParagraphStyle s;
  s.size = size;
  s.width = w;
  s.align = align;
  s.base_style = bits;
  auto set = set_text(text, s, fonts, what, diags, pos);
  double last = y - leading;
  for (size_t i = 0; i < set.size(); ++i) {
    last = y + leading * static_cast<double>(i);
    for (GlyphRun r : set[i].runs) {
      r.x += x;
      r.y += last;
      runs.push_back(std::move(r));
    }
    if (widest) *widest = std::max(*widest, set[i].natural_width);
  }
  return last;
}

double centre_of(const std::vector<GlyphRun>& runs, size_t from) {
  double lo = 1e9, hi = -1e9;
  for (size_t i = from; i < runs.size(); ++i) {
    lo = std::min(lo, runs[i].x);
    hi = std::max(hi, runs[i].x + runs[i].width);
  }
  return (lo + hi) / 2;
}

Frame::Frame(const FontSet& fonts, const Geometry& g, document::Profile profile, Diagnostics& diags)
    : fonts_(fonts), g_(g), profile_(profile), diags_(diags) {
  const bool party = profile == document::Profile::hd36;
  double motto = fonts_.width(party ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                              FontStyle::bold, g_.motto_size);
  right_w_ = std::max(g_.min_right_column, motto + 8);
}

// ── Header (FORMAT.md "Header block of page 1") ──

// A joint document (liên tịch): the bodies side by side, a gutter between
// them; short names kept on one line, long ones wrapped. One body: the whole column.
std::vector<double> Frame::issuer_shares(const std::vector<std::string>& names, double column) const {
  const size_t n = names.size();
  if (n <= 1) return {column};
  const double avail = column - g_.joint_issuer_gutter * static_cast<double>(n - 1);
  std::vector<double> natural;
  for (const auto& name : names) natural.push_back(fonts_.width(caps(name), FontStyle::bold, g_.issuer_size) + 4);
  double total = 0;
  for (double w : natural) total += w;
  std::vector<double> shares(n);
  if (total <= avail) {
    // Everything fits: the slack shared equally.
    for (size_t k = 0; k < n; ++k) shares[k] = natural[k] + (avail - total) / static_cast<double>(n);
    return shares;
  }
  // Shortest first: a name keeps its natural width while every name after it
  // still gets at least g.joint_issuer_min; the rest share what is left.
  std::vector<size_t> order(n);
  for (size_t k = 0; k < n; ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return natural[a] < natural[b]; });
  double rest = avail;
  size_t i = 0;
  for (; i < n; ++i) {
    const double after = static_cast<double>(n - i - 1);
    if (natural[order[i]] > rest - after * g_.joint_issuer_min) break;
    shares[order[i]] = natural[order[i]];
    rest -= natural[order[i]];
  }
  for (size_t j = i; j < n; ++j) shares[order[j]] = rest / static_cast<double>(n - i);
  return shares;
}

double Frame::issuers(FlowBox& box, const document::Fields& f, double y, double& centre) const {
  auto& runs = box.runs;
  const double lw = left_w() - 6;
  const double lead = g_.issuer_size * g_.header_leading;
  std::vector<std::string> names = f.issuers;
  if (names.empty()) names.push_back(f.issuer);
  // Joint bodies: the row of names keeps clear of the motto's column.
  const double row = names.size() > 1 ? lw - g_.joint_issuer_clearance : lw;
  const std::vector<double> shares = issuer_shares(names, row);
  double bottom = y;
  double lo = 1e9, hi = -1e9;
  double x = left();
  for (size_t k = 0; k < names.size(); ++k) {
    const double share = shares[k];
    if (k) x += shares[k - 1] + g_.joint_issuer_gutter;
    // One body wraps inside a fraction of the column; joint bodies use their whole share.
    const double measure = names.size() > 1 ? share : share * g_.issuer_measure;
    double widest = 0;
    size_t from = runs.size();
    double last = lines(runs, caps(names[k]), g_.issuer_size, document::kBold, x + (share - measure) / 2, measure,
                        Align::center, y, lead, "cơ quan ban hành", &widest);
    const double cx = from < runs.size() ? centre_of(runs, from) : x + share / 2;
    lo = std::min(lo, cx);
    hi = std::max(hi, cx);
    if (hd36()) {
      // A centred star instead of a rule (HD 36).
      double star_y = last + g_.issuer_size * g_.star_gap;
      lines(runs, "*", g_.issuer_size, document::kPlain, cx - 20, 40, Align::center, star_y, lead, "dấu sao");
      bottom = std::max(bottom, star_y + 2);
    } else {
      double w = widest * g_.issuer_rule_fraction;
      double ry = last + g_.header_rule_gap;
      box.rules.push_back({cx - w / 2, ry, cx + w / 2, ry, g_.rule_thickness});
      bottom = std::max(bottom, ry);
    }
  }
  centre = (lo + hi) / 2;
  return bottom;
}

double Frame::motto(FlowBox& box, double y) const {
  auto& runs = box.runs;
  const double rx = right_x();
  double w = 0;
  size_t from = runs.size();
  double last;
  if (hd36()) {
    last = lines(runs, "ĐẢNG CỘNG SẢN VIỆT NAM", g_.motto_size, document::kBold, rx, right_w_, Align::center, y,
                 g_.motto_size * g_.header_leading, "quốc hiệu", &w);
  } else {
    last = lines(runs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", g_.motto_size, document::kBold, rx, right_w_,
                 Align::center, y, g_.motto_size * g_.header_leading, "quốc hiệu");
    from = runs.size();
    last = lines(runs, "Độc lập - Tự do - Hạnh phúc", g_.slogan_size, document::kBold, rx, right_w_, Align::center,
                 last + g_.slogan_size * g_.header_leading, g_.slogan_size * g_.header_leading, "tiêu ngữ", &w);
  }
  // The rule is exactly as long as the text above it.
  double cx = centre_of(runs, from);
  double ry = last + g_.header_rule_gap;
  box.rules.push_back({cx - w / 2, ry, cx + w / 2, ry, g_.rule_thickness});
  return ry;
}

double Frame::addressees(FlowBox& box, const document::Fields& f, double y) const {
  auto& runs = box.runs;
  const double size = g_.addressee_size;
  const double lead = g_.body_leading;
  const std::string label = f.addressee_label + ":";
  if (f.addressees.size() == 1 && f.shape != Shape::telegram) {
    // One addressee: on the line of "Kính gửi:", centred (Phụ lục I, ô 9a).
    std::string line = label + " " + f.addressees[0];
    return lines(runs, line, size, document::kPlain, left(), width(), Align::center, y, lead, "kính gửi");
  }
  double items_w = 0;
  const std::vector<std::string> items = addressee_items(f);
  for (const std::string& item : items) items_w = std::max(items_w, fonts_.width(item, FontStyle::regular, size));
  double ix;
  if (f.shape == Shape::telegram) {
    // Công điện (Mẫu 1.6): `<SENDER> điện:` centred on a line of its own; the
    // addressees under it, their dashes aligned with its first letter (at
    // least the paragraph indent in, and never narrower than half the text).
    const double label_w = fonts_.width(label, FontStyle::regular, size);
    lines(runs, label, size, document::kPlain, left(), width(), Align::center, y, lead, "bên gửi điện");
    ix = left() + (width() - label_w) / 2;
    ix = std::clamp(ix, left() + g_.first_indent, left() + width() * g_.telegram_items_max);
  } else {
    // Several: each on a line of its own under the label, the dashes aligned
    // under its colon; the block centred on the page (Phụ lục I, ô 9a).
    const double label_w = fonts_.width(f.addressee_label, FontStyle::regular, size);
    double x0 = left() + (width() - label_w - items_w) / 2;
    x0 = std::max(left() + g_.first_indent, x0);
    lines(runs, label, size, document::kPlain, x0, width() - (x0 - left()), Align::left, y, lead, "kính gửi");
    ix = x0 + label_w;
  }
  double last = y;
  for (const std::string& item : items) {
    ParagraphStyle s;
    s.size = size;
    s.width = left() + width() - ix;
    s.align = Align::left;
    s.hanging = fonts_.width("- ", FontStyle::regular, size);
    for (const SetLine& l : set_text(item, s, fonts_, "kính gửi", diags_, f.origin("kính gửi"))) {
      last += lead;
      for (GlyphRun r : l.runs) {
        r.x += ix;
        r.y += last;
        runs.push_back(std::move(r));
      }
    }
  }
  return last;
}

double Frame::stamp(FlowBox& box, const std::string& text, double size, double w, double inset, double cx,
                    double top, const char* what) const {
  const double h = g_.urgency_height;
  const double t = g_.rule_thickness;
  auto frame = [&](double x1, double y1, double x2, double y2) {
    box.rules.push_back({x1, y1, x2, y1, t});
    box.rules.push_back({x1, y2, x2, y2, t});
    box.rules.push_back({x1, y1, x1, y2, t});
    box.rules.push_back({x2, y1, x2, y2, t});
  };
  const double x1 = cx - w / 2, x2 = cx + w / 2, bottom = top + h;
  frame(x1, top, x2, bottom);
  if (inset > 0) frame(x1 + inset, top + inset, x2 - inset, bottom - inset);
  // The text centred in the frame: its ascent and descent split the height evenly.
  const double asc = fonts_.ascent(FontStyle::bold, size);
  const double desc = fonts_.descent(FontStyle::bold, size);
  const double baseline = top + (h + asc - desc) / 2;
  lines(box.runs, text, size, document::kBold, x1, w, Align::center, baseline, size * g_.header_leading, what);
  return bottom;
}

double Frame::urgency(FlowBox& box, const std::string& mark, double cx, double top) const {
  // Phụ lục I, III.2.b: KHẨN 20 × 8 mm, THƯỢNG KHẨN 40 × 8, HỎA TỐC 30 × 8.
  const std::string text = caps(mark);
  double w = g_.urgency_width_khan;
  if (text == "THƯỢNG KHẨN") w = g_.urgency_width_thuong_khan;
  if (text == "HỎA TỐC" || text == "HOẢ TỐC") w = g_.urgency_width_hoa_toc;
  w = std::max(w, fonts_.width(text, FontStyle::bold, g_.urgency_size) + 8);
  return stamp(box, text, g_.urgency_size, w, 0, cx, top, "độ khẩn");
}

double Frame::secrecy(FlowBox& box, const std::string& mark, double cx, double top) const {
  // Phụ lục I, III.2.a: the stamp of the law on state secrets, in ô 10a.
  const std::string text = caps(mark);
  double w = g_.secrecy_width_mat;
  if (text == "TỐI MẬT") w = g_.secrecy_width_toi_mat;
  if (text == "TUYỆT MẬT") w = g_.secrecy_width_tuyet_mat;
  w = std::max(w, fonts_.width(text, FontStyle::bold, g_.secrecy_size) + 2 * g_.secrecy_inset + 8);
  return stamp(box, text, g_.secrecy_size, w, g_.secrecy_inset, cx, top, "độ mật");
}

FlowBox Frame::header(const document::Fields& f, double& body_gap) const {
  fields_ = &f;
  FlowBox box;
  box.what = "phần đầu văn bản";
  auto& runs = box.runs;
  const double top = g_.margin_top;
  const double first_baseline = top + fonts_.ascent(FontStyle::bold, g_.issuer_size);
  const double lw = left_w() - 6;
  const double l_lead = g_.issuer_size * g_.header_leading;

  // Left column: the parent body, the issuer(s) and their rule.
  double y_left = first_baseline;
  if (!f.parent_body.empty()) {
    // Inside the issuer's measure, so a long name wraps instead of running into the motto.
    const double measure = lw * g_.issuer_measure;
    y_left = lines(runs, caps(f.parent_body), g_.parent_size, document::kPlain, left() + (lw - measure) / 2, measure,
                   Align::center, y_left, l_lead, "cơ quan chủ quản") + l_lead;
  }
  double issuer_cx = left() + lw / 2;
  const double left_bottom = issuers(box, f, y_left, issuer_cx);
  const double right_bottom = motto(box, first_baseline);

  // Number and symbol (left, centred under the issuer), place and date (right), on one line.
  double y = std::max(left_bottom, right_bottom) + g_.number_gap + fonts_.ascent(FontStyle::regular, g_.number_size);
  const std::string number = number_line(f, profile_);
  double numw = fonts_.width(number, FontStyle::regular, g_.number_size);
  lines(runs, number, g_.number_size, document::kPlain, issuer_cx - std::min(numw, lw) / 2 - 1,
        std::min(numw, lw) + 2, Align::center, y, g_.number_size * g_.header_leading, "số và ký hiệu");
  double left_last = y;
  if (f.shape == Shape::letter) {
    // Công văn: the summary as `V/v …` under the number (Mẫu 1.5, ô 5b).
    const double measure = lw * 0.95;
    left_last = lines(runs, "V/v " + f.summary, g_.vv_size, g_.vv_italic ? document::kItalic : document::kPlain,
                      issuer_cx - measure / 2, measure,
                      Align::center, y + g_.vv_gap + g_.vv_size * g_.header_leading, g_.vv_size * g_.header_leading,
                      "trích yếu");
  }
  // The marks (ô 10a, then 10b) under the number or the V/v, each in its frame.
  const double mark_top = left_last + fonts_.descent(FontStyle::regular, g_.number_size) + g_.urgency_gap;
  if (!f.secrecy.empty()) left_last = secrecy(box, f.secrecy, issuer_cx, mark_top);
  if (!f.urgency.empty()) {
    left_last = urgency(box, f.urgency, issuer_cx, f.secrecy.empty() ? mark_top : left_last + g_.secrecy_gap);
  }
  double date_last = y;
  if (f.shape != Shape::minutes) {
    date_last = lines(runs, date_line(f), g_.date_size, document::kItalic, right_x(), right_w_, Align::center, y,
                      g_.date_size * g_.header_leading, "địa danh và ngày tháng");
  }
  double last = std::max({y, date_last, left_last});
  double mark_bottom = last;  // the lowest rule drawn so far

  if (f.shape != Shape::letter) {
    // Title: the type, then the summary with a short rule under it.
    double ty = last + g_.body_leading + g_.title_gap + fonts_.ascent(FontStyle::bold, g_.type_size);
    double widest = 0;
    last = lines(runs, caps(f.type), g_.type_size, document::kBold, left(), width(), Align::center, ty,
                 g_.type_size * g_.header_leading, "loại văn bản", &widest);
    if (!f.summary.empty()) {
      // The rule goes under the summary; a paper without one (Giấy giới thiệu) has it under the type.
      widest = 0;
      double measure = width() * g_.summary_measure;
      last = lines(runs, f.summary, g_.summary_size, document::kBold, left() + (width() - measure) / 2, measure,
                   Align::center, last + g_.summary_size * g_.summary_leading, g_.summary_size * g_.header_leading,
                   "trích yếu", &widest);
    }
    double ry = last + g_.summary_rule_gap;
    double cx = left() + width() / 2;
    double w = widest * g_.summary_rule_fraction;
    box.rules.push_back({cx - w / 2, ry, cx + w / 2, ry, g_.rule_thickness});
    mark_bottom = ry;
    if (f.shape == Shape::decision && !f.authority_line.empty()) {
      // Quyết định, Nghị quyết: who decides, under the rule (Mẫu 1.1–1.3).
      last = lines(runs, caps(f.authority_line), g_.type_size, document::kBold, left(), width(), Align::center,
                   mark_bottom + g_.authority_line_gap, g_.type_size * g_.header_leading, "thẩm quyền ban hành");
      mark_bottom = last;
    }
  }
  if (!f.addressees.empty() && !f.addressee_label.empty()) {
    last = addressees(box, f, std::max(last, mark_bottom) + g_.body_leading + g_.addressee_gap);
    mark_bottom = last;
  }

  // The box's baseline is its last line of text.
  shift(box, -last);
  box.top = last - top;
  box.depth = std::max(0.0, mark_bottom - last) + 1;
  box.break_after = false;
  body_gap = std::max(0.0, mark_bottom - last);
  return box;
}

// ── Closing (FORMAT.md "Title, body, closing"; Mẫu 1.9 for two signatures) ──

double Frame::signer_titles(std::vector<GlyphRun>& runs, const document::Signer& s, double x, double w) const {
  const double lead = g_.authority_size * g_.header_leading;
  double ay = 0;
  double last = -lead;
  for (const std::string& a : s.authority) {
    last = lines(runs, caps(a), g_.authority_size, document::kBold, x, w, Align::center, ay, lead, "thẩm quyền ký");
    ay = last + lead;
  }
  if (!s.title.empty()) {
    last = lines(runs, caps(s.title), g_.authority_size, document::kBold, x, w, Align::center, ay, lead,
                 "chức vụ người ký");
  }
  return last;
}

double Frame::signer_name(std::vector<GlyphRun>& runs, const document::Signer& s, double x, double w,
                          double name_y) const {
  const double lead = g_.authority_size * g_.header_leading;
  double last = name_y;
  if (!s.name.empty()) {
    last = lines(runs, s.name, g_.signer_size, document::kBold, x, w, Align::center, name_y, lead, "họ tên người ký");
  }
  double bottom = last + fonts_.descent(FontStyle::bold, g_.signer_size);
  for (const std::string& o : s.offices) {
    last = lines(runs, o, g_.signer_size, document::kPlain, x, w, Align::center, last + lead, lead,
                 "chức danh người ký");
    bottom = last + fonts_.descent(FontStyle::regular, g_.signer_size);
  }
  return bottom;
}

FlowBox Frame::closing(const document::Fields& f) const {
  fields_ = &f;
  FlowBox box;
  box.what = "phần kết (nơi nhận, chữ ký)";
  auto& runs = box.runs;
  const bool two = !f.co_signer.title.empty() || !f.co_signer.name.empty();

  // The signature(s): titles from baseline 0, names level with each other.
  double titles_last = signer_titles(runs, f.signer, right_x(), right_w_);
  if (two) titles_last = std::max(titles_last, signer_titles(runs, f.co_signer, left(), left_w()));
  double name_y = titles_last + g_.signature_space + fonts_.ascent(FontStyle::bold, g_.signer_size);
  double sign_bottom = signer_name(runs, f.signer, right_x(), right_w_, name_y);
  if (two) sign_bottom = std::max(sign_bottom, signer_name(runs, f.co_signer, left(), left_w(), name_y));

  // Nơi nhận: level with the first authority line, or under two signatures.
  double y = 0;
  double left_bottom = 0;
  if (!f.recipients.empty()) {
    if (two) y = sign_bottom + g_.signer_gap + fonts_.ascent(FontStyle::bold, g_.noinhan_size);
    lines(runs, "Nơi nhận:", g_.noinhan_size, document::kBold | document::kItalic, left(), left_w(), Align::left, y,
          g_.noinhan_size * g_.header_leading, "nơi nhận");
    y += g_.noinhan_size * 0.2 + g_.recipient_leading;
    for (size_t i = 0; i < f.recipients.size(); ++i) {
      const std::string line = recipient_line(f, i, profile_);
      ParagraphStyle rs;
      rs.size = g_.recipient_size;
      rs.width = left_w() - 6;
      rs.align = Align::left;
      rs.hanging = fonts_.width("- ", FontStyle::regular, g_.recipient_size);
      for (const SetLine& l : set_text(line, rs, fonts_, "nơi nhận", diags_, f.origin("nơi nhận"))) {
        for (GlyphRun r : l.runs) {
          r.x += left();
          r.y += y;
          runs.push_back(std::move(r));
        }
        y += g_.recipient_leading;
      }
    }
    left_bottom = y - g_.recipient_leading + fonts_.descent(FontStyle::regular, g_.recipient_size);
  }
  box.advance = g_.body_leading + g_.paragraph_space + g_.closing_gap;
  box.top = fonts_.ascent(FontStyle::bold, g_.authority_size);
  box.depth = std::max(left_bottom, sign_bottom);
  box.break_after = true;
  return box;
}

}  // namespace vanban::layout
