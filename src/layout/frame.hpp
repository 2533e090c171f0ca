// Stage: layout.
// The frame of a document: the page-1 header, title and addressees, and the closing, for every shape and both profiles.
#pragma once

#include "core/diagnostic.hpp"
#include "document/document.hpp"
#include "layout/flow.hpp"
#include "layout/fonts.hpp"
#include "layout/layout.hpp"

#include <string_view>
#include <vector>

namespace vanban::layout {

// Sets a fixed text in [x, x + w) and appends its lines to `runs` from
// baseline `y` with `leading`; returns the last baseline (y − leading when
// the text is empty). `widest` grows to the widest line's natural width;
// `pos`, where the text came from, is named by its messages.
double set_lines(std::vector<GlyphRun>& runs, std::string_view text, double size, unsigned bits, double x, double w,
                 document::Align align, double y, double leading, std::string_view what, const FontSet& fonts,
                 Diagnostics& diags, double* widest = nullptr, const SourcePos& pos = {});

// The horizontal centre of runs[from…].
double centre_of(const std::vector<GlyphRun>& runs, size_t from);

// The frame's texts, as the PDF prints them and the DOCX writer writes them:
// `Số: 90/TB-UBND` (hd36 `Số 23-TB/TU`; e-office: no-break spaces for the number),
// `Hà Tĩnh, ngày 15 tháng 3 năm 2026` (e-office: the day and month blank),
// the addressees as `- …;` lines (the last `.`), and recipient `i` as `- …;`
// (hd36 `,`; the last `.`).
std::string number_line(const document::Fields& f, document::Profile profile);
std::string date_line(const document::Fields& f);
std::vector<std::string> addressee_items(const document::Fields& f);
std::string recipient_line(const document::Fields& f, size_t i, document::Profile profile);

// Draws a profile's frame (FORMAT.md "Header block", "Title, body, closing",
// "Document shapes"; Phụ lục III, Mẫu 1.1–1.9) from the document's fields.
// Every distance is a named Geometry value.
class Frame {
 public:
  Frame(const FontSet& fonts, const Geometry& g, document::Profile profile, Diagnostics& diags);

  // The right column's width: the motto's (or the Party's name) and a margin, at least g.min_right_column.
  double right_width() const { return right_w_; }

  // The widths of the issuers' columns side by side (one body: the whole column).
  std::vector<double> issuer_shares(const std::vector<std::string>& names, double column) const;

  // The header block, the title (type, summary, rule), a decision's
  // authority line and the addressees, as one box whose baseline is its last
  // line. `body_gap` receives how far below that baseline the box's last
  // mark (a rule) sits, for the first paragraph's spacing.
  FlowBox header(const document::Fields& f, double& body_gap) const;

  // Nơi nhận and the signature block(s): one signer in the right column, or
  // two side by side (a joint document; Biên bản: secretary left, chair
  // right). Baseline 0 is the line of "Nơi nhận:" and the first authority line.
  FlowBox closing(const document::Fields& f) const;

 private:
  bool hd36() const { return profile_ == document::Profile::hd36; }
  double left() const { return g_.margin_left; }
  double width() const { return g_.text_width(); }
  double left_w() const { return width() - right_w_; }
  double right_x() const { return g_.margin_left + width() - right_w_; }
  double lines(std::vector<GlyphRun>& runs, std::string_view text, double size, unsigned bits, double x, double w,
               document::Align align, double y, double leading, std::string_view what,
               double* widest = nullptr) const {
    return set_lines(runs, text, size, bits, x, w, align, y, leading, what, fonts_, diags_, widest,
                     fields_ ? fields_->origin(what) : SourcePos{});
  }

  // The issuer(s) in the left column from baseline `y`, with the rule (or the
  // Party's star) under each; returns the column's bottom and the issuer's centre.
  double issuers(FlowBox& box, const document::Fields& f, double y, double& centre) const;
  // The motto (or the Party's name) and its rule; returns the column's bottom.
  double motto(FlowBox& box, double y) const;
  // The urgency mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC) in its frame, centred on
  // `cx` from `top`; returns the frame's bottom.
  double urgency(FlowBox& box, const std::string& mark, double cx, double top) const;
  // The secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT) in its double frame, centred
  // on `cx` from `top`; returns the frame's bottom.
  double secrecy(FlowBox& box, const std::string& mark, double cx, double top) const;
  // A framed mark: `text` CAPS bold `size` centred in a w × h frame (`inset` > 0: a second frame inside).
  double stamp(FlowBox& box, const std::string& text, double size, double w, double inset, double cx, double top,
               const char* what) const;
  // "Kính gửi: …" or "<SENDER> điện:" with the addressees; returns the last baseline.
  double addressees(FlowBox& box, const document::Fields& f, double y) const;
  // A signature block centred in [x, x + w): its authority and title lines
  // from baseline 0 (returns the last baseline), then its name from `name_y`
  // and the signer's other offices (returns the bottom).
  double signer_titles(std::vector<GlyphRun>& runs, const document::Signer& s, double x, double w) const;
  double signer_name(std::vector<GlyphRun>& runs, const document::Signer& s, double x, double w, double name_y) const;

  const FontSet& fonts_;
  const Geometry& g_;
  document::Profile profile_;
  Diagnostics& diags_;
  double right_w_;
  // The fields being drawn (set by header() and closing()): where their texts came from.
  mutable const document::Fields* fields_ = nullptr;
};

}  // namespace vanban::layout
