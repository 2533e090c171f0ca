// The DOCX writer on synthetic documents: what a clerk sees when opening the file in Word —
// numbering that matches the numbers written, the frame's texts, the page set-up — read
// back from the package with libzip.
#include "docx/writer.hpp"

#include "../layout/test_fonts.hpp"

#include <catch2/catch.hpp>

#include <zip.h>

#include <string>

using namespace vanban;

namespace {

// One part of the package, or "" when it is missing.
std::string part(const std::string& package, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(package.data(), package.size(), 0, &error);
  REQUIRE(src);
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &error);
  REQUIRE(za);
  std::string out;
  zip_stat_t st;
  if (zip_stat(za, name, 0, &st) == 0) {
    zip_file_t* f = zip_fopen(za, name, 0);
    REQUIRE(f);
    out.resize(static_cast<size_t>(st.size));
    REQUIRE(zip_fread(f, out.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
  }
  zip_close(za);
  return out;
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

document::Block numbered(const std::string& number, const std::string& rest, bool bold = false) {
  document::Block b;
  b.level = 2;
  b.number = number;
  document::Inline lead;
  lead.text = number + (bold ? "" : " " + rest);
  lead.style = bold ? document::kBold : document::kPlain;
  b.inlines.push_back(lead);
  if (bold) {
    document::Inline tail;
    tail.text = " " + rest;
    b.inlines.push_back(tail);
  }
  return b;
}

document::Document decision() {
  document::Document d;
  auto& f = d.fields;
  f.shape = document::Shape::decision;
  f.issuer = "Ủy ban nhân dân tỉnh Hà Tĩnh";
  f.number = "2715";
  f.symbol = "QĐ-UBND";
  f.place = "Hà Tĩnh";
  f.date = locale::Date{2026, 10, 20};
  f.type = "Quyết định";
  f.summary = "Về việc thành lập Tổ công tác";
  f.authority_line = "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh";
  f.recipients = {"Như Điều 3", "Lưu: VT"};
  f.signer.authority = {"KT. CHỦ TỊCH"};
  f.signer.title = "PHÓ CHỦ TỊCH";
  f.signer.name = "Phan Quốc Hưng";
  d.body = {numbered("Điều 1.", "Thành lập Tổ công tác.", true), numbered("1.", "Tổ trưởng."),
            numbered("2.", "Tổ phó."), numbered("Điều 2.", "Nhiệm vụ.", true), numbered("1.", "Kiểm tra."),
            numbered("3.", "Số nhảy."), numbered("a)", "Một."), numbered("đ)", "Năm.")};
  d.body.back().level = 5;
  d.body[6].level = 5;
  return d;
}

std::string write(const document::Document& d) {
  Diagnostics diags;
  std::optional<std::string> bytes = docx::write_docx(d, layout::testing::fonts(), {}, diags);
  REQUIRE(bytes);
  REQUIRE_FALSE(diags.has_errors());
  return *bytes;
}

}  // namespace

TEST_CASE("a number in sequence becomes Word numbering, and the 1. under the next Điều a new list") {
  const std::string pkg = write(decision());
  const std::string doc = part(pkg, "word/document.xml");
  const std::string numbering = part(pkg, "word/numbering.xml");
  // Điều 1., Điều 2. from the Điều list; 1. 2. (under Điều 1), 1. (under Điều 2), a) numbered.
  CHECK(count(doc, "<w:numId w:val=\"2\"/>") == 2);
  CHECK(count(doc, "<w:numPr>") == 6);
  CHECK(numbering.find("<w:lvlText w:val=\"Điều %1.\"/>") != std::string::npos);
  CHECK(numbering.find("<w:startOverride w:val=\"1\"/>") != std::string::npos);
  // The numbers Word prints are not written again as text.
  CHECK(doc.find(">Điều 1.") == std::string::npos);
  CHECK(doc.find("> Thành lập Tổ công tác.<") == std::string::npos);
  // Out of sequence (3. after 1.) and đ) (Word's letters skip it) keep their number as text.
  CHECK(doc.find(">3. Số nhảy.<") != std::string::npos);
  CHECK(doc.find(">đ) Năm.<") != std::string::npos);
  // The bold Điều number: the paragraph mark is bold, and Word gives it to the number.
  CHECK(doc.find("<w:numId w:val=\"2\"/></w:numPr>") != std::string::npos);
}

TEST_CASE("the frame's texts as the PDF prints them, the rules as paragraph borders") {
  const std::string doc = part(write(decision()), "word/document.xml");
  CHECK(doc.find(">Số: 2715/QĐ-UBND<") != std::string::npos);
  CHECK(doc.find(">Hà Tĩnh, ngày 20 tháng 10 năm 2026<") != std::string::npos);
  CHECK(doc.find(">CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH<") != std::string::npos);
  CHECK(doc.find(">- Như Điều 3;<") != std::string::npos);
  CHECK(doc.find(">- Lưu: VT.<") != std::string::npos);
  // Issuer, slogan and summary rules.
  CHECK(count(doc, "<w:pBdr>") == 3);
}

TEST_CASE("A4, the profile's margins, no page number on page 1, the same bytes twice") {
  const document::Document d = decision();
  const std::string pkg = write(d);
  const std::string doc = part(pkg, "word/document.xml");
  CHECK(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);
  CHECK(doc.find("w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\"") != std::string::npos);
  CHECK(doc.find("<w:titlePg/>") != std::string::npos);
  CHECK(part(pkg, "word/header2.xml").find("PAGE") == std::string::npos);
  CHECK(part(pkg, "word/header1.xml").find(" PAGE ") != std::string::npos);
  CHECK(write(d) == pkg);
}

TEST_CASE("a Party document has the star under the issuer and the number as Số N-X") {
  document::Document d = decision();
  d.profile = document::Profile::hd36;
  d.fields.shape = document::Shape::titled;
  d.fields.symbol = "QĐ/TU";
  const std::string doc = part(write(d), "word/document.xml");
  CHECK(doc.find(">*<") != std::string::npos);
  CHECK(doc.find(">Số 2715-QĐ/TU<") != std::string::npos);
  CHECK(doc.find(">ĐẢNG CỘNG SẢN VIỆT NAM<") != std::string::npos);
  CHECK(doc.find(">- Như Điều 3,<") != std::string::npos);
}

TEST_CASE("an annex is a section of its own orientation, numbered from 1, its header rows repeated") {
  document::Document d = decision();
  document::Table t;
  t.name = "bang";
  t.columns.resize(3);
  t.header_rows = 2;
  t.header = {{"TT", 0, 0, 2, 1}, {"Vốn", 0, 1, 1, 2}, {"Kế hoạch", 1, 1, 1, 1}, {"Giải ngân", 1, 2, 1, 1}};
  document::TableRow row;
  row.cells = {{"1", false, {}, {}}, {"218.703", true, {}, {}}, {"69,5", true, {}, {}}};
  t.rows = {row};
  d.tables.push_back(t);
  document::Annex a;
  a.table = "bang";
  a.heading = "Biểu 1";
  a.orientation = document::Orientation::landscape;
  d.annexes.push_back(a);
  const std::string doc = part(write(d), "word/document.xml");
  CHECK(count(doc, "<w:sectPr>") == 2);
  CHECK(count(doc, "<w:pgNumType w:start=\"1\"/>") == 2);
  CHECK(doc.find("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>") != std::string::npos);
  CHECK(count(doc, "<w:tblHeader/>") == 2);
  CHECK(doc.find("<w:gridSpan w:val=\"2\"/>") != std::string::npos);
  CHECK(doc.find("<w:vMerge w:val=\"restart\"/>") != std::string::npos);
  CHECK(doc.find("<w:vMerge/>") != std::string::npos);
  CHECK(doc.find(">218.703<") != std::string::npos);
}
