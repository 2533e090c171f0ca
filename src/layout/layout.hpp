// Stage: layout.
// The whole document on pages: the profile's header, title and closing, the body, footnotes, page numbers.
#pragma once

#include "core/diagnostic.hpp"
#include "core/limits.hpp"
#include "document/document.hpp"
#include "layout/fonts.hpp"
#include "layout/page.hpp"

#include <functional>
#include <string>

namespace vanban::layout {

constexpr double mm(double v) { return v * 72.0 / 25.4; }

// Sizes and distances of one profile (FORMAT.md), in pt. The defaults are
// the bracketed values of the rules.
struct Geometry {
  double page_width = 595.28, page_height = 841.89;  // A4 portrait
  double margin_top = mm(20), margin_bottom = mm(20), margin_left = mm(30), margin_right = mm(15);
  double min_right_column = mm(90);  // header and signature column

  double parent_size = 12, issuer_size = 12, number_size = 13, motto_size = 12, slogan_size = 13, date_size = 13;
  double type_size = 14, summary_size = 14;
  double body_size = 14, body_leading = 18.5, paragraph_space = 6, first_indent = mm(12.7);
  double footnote_size = 11, footnote_leading = 12.5, footnote_rule = mm(50);
  double noinhan_size = 12, recipient_size = 11, recipient_leading = 12.5;
  double authority_size = 14, signer_size = 14, signature_space = mm(28);
  double page_number_size = 13;
  double rule_thickness = 0.5;

  // The frame's distances (layout/frame.cpp), in pt unless a fraction.
  double header_leading = 1.2;        // header lines: × their size
  double issuer_measure = 0.85;       // the issuer wraps inside this fraction of its column
  double header_rule_gap = 5;         // last line of the issuer / motto → its rule
  double issuer_rule_fraction = 0.4;  // the issuer's rule: this fraction of its widest line (1/3–1/2)
  double star_gap = 1.15;             // hd36: issuer → star, × the issuer's size
  double number_gap = 8;              // the lower rule → the ascent of `Số:`
  double vv_size = 13, vv_gap = 6;    // Công văn: `V/v …` under the number, 6 pt below it (Phụ lục I)
  bool vv_italic = false;             // … upright (nd30); italic in Party documents (HD 36)
  double title_gap = 12;              // header → the type line, beyond one body line
  double summary_leading = 1.25;      // type → summary, × the summary's size
  double summary_measure = 0.86;      // the summary wraps inside this fraction of the text width
  double summary_rule_gap = 8;        // last summary line → its rule
  double summary_rule_fraction = 0.4; // the summary's rule: this fraction of its widest line
  double authority_line_gap = 22;     // Quyết định: the summary's rule → the authority line's baseline
  double addressee_gap = 10;          // the title (or header) → `Kính gửi:`, beyond one body line
  double addressee_size = 14;
  double telegram_items_max = 0.5;    // Công điện: the addressees' dashes start at most this fraction of the text width in
  double joint_issuer_gutter = 10;    // joint issuers side by side: the space between their names
  double joint_issuer_min = mm(22);   // … and the least width a name that wraps keeps
  double joint_issuer_clearance = 16; // … and the row's right end → the motto column (≥ 25 pt between the texts)
  double urgency_size = 13;           // the urgency mark (ô 10b): CAPS bold, in a single-line frame 8 mm high
  double urgency_height = mm(8), urgency_gap = 6;  // … under the number's descent
  double urgency_width_khan = mm(20), urgency_width_thuong_khan = mm(40), urgency_width_hoa_toc = mm(30);
  // The secrecy mark (ô 10a; its stamp as the law on state secrets gives it, Thông tư 24/2020/TT-BCA):
  // CAPS bold 14 in a double frame 8 mm high, the rules 1 mm apart; MẬT 20, TỐI MẬT 30, TUYỆT MẬT 40 mm wide.
  double secrecy_size = 14, secrecy_inset = mm(1), secrecy_gap = 4;  // … the gap: between 10a and 10b
  double secrecy_width_mat = mm(20), secrecy_width_toi_mat = mm(30), secrecy_width_tuyet_mat = mm(40);
  double closing_gap = 6;             // the last body line → the closing, beyond a paragraph space
  double signer_gap = 8;              // two signatures → Nơi nhận under them

  double text_width() const { return page_width - margin_left - margin_right; }
  double text_bottom() const { return page_height - margin_bottom; }
};

Geometry geometry_for(document::Profile profile);

struct LayoutOptions {
  std::string creator;  // "vanban 0.1.0"
  size_t max_pages = Limits{}.pages;  // the limit `pages`: more is an error
};

// Receives each page as soon as it is laid out, in order.
using PageSink = std::function<void(Page&&)>;

// Lays out `doc`, handing pages to `sink` one by one: a long document is
// never held whole (docs/DESIGN.md, "Layout streams"). Problems, and the
// metadata, as below.
Metadata lay_out(const document::Document& doc, const FontSet& fonts, const LayoutOptions& options,
                 Diagnostics& diags, const PageSink& sink);

// Lays out `doc`, every page kept. Problems (a missing glyph, a word wider than the measure,
// a footnote longer than a page) go to `diags`; the result is complete
// either way, so a caller decides whether to write it.
LaidOutDocument lay_out(const document::Document& doc, const FontSet& fonts, const LayoutOptions& options,
                        Diagnostics& diags);

// `render --dump-layout`: every page's runs, rules and outline entries, one
// per line, positions rounded to 0.01 pt.
std::string dump(const LaidOutDocument& doc);

// `render --dump-lines`: a reviewer's form of the layout — one entry per text
// line (its advance from the line above, its extent, size and text with
// `**bold**`/`*italic*` marks), the outline and the number of rules per page;
// a changed word changes its paragraph's entries, not the whole page.
std::string dump_lines(const LaidOutDocument& doc);

}  // namespace vanban::layout
