// The DOCX importer without LibreOffice: Word numbering, legacy fonts, and small packages built in memory.
#include "docx/import.hpp"
#include "docx/legacy_fonts.hpp"
#include "docx/numbering.hpp"

#include <catch2/catch.hpp>
#include <zip.h>

#include <map>

using namespace vanban;
using namespace vanban::docx;

namespace {

const auto kFile = std::make_shared<const std::string>("du-thao.docx");
constexpr const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

// A zip archive in memory holding `parts`.
std::string make_zip(const std::map<std::string, std::string>& parts) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_source_keep(src);
  zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  for (const auto& [name, text] : parts) {
    zip_source_t* s = zip_source_buffer(z, text.data(), text.size(), 0);
    zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8);
  }
  zip_close(z);
  zip_source_open(src);
  zip_source_seek(src, 0, SEEK_END);
  auto size = static_cast<size_t>(zip_source_tell(src));
  zip_source_seek(src, 0, SEEK_SET);
  std::string out(size, '\0');
  zip_source_read(src, out.data(), size);
  zip_source_close(src);
  zip_source_free(src);
  return out;
}

std::string document(const std::string& body) {
  return std::string("<?xml version=\"1.0\"?><w:document ") + kW + "><w:body>" + body + "</w:body></w:document>";
}

std::string para(const std::string& text, const std::string& rpr = "", const std::string& ppr = "") {
  return "<w:p><w:pPr>" + ppr + "</w:pPr><w:r><w:rPr>" + rpr + "</w:rPr><w:t xml:space=\"preserve\">" + text +
         "</w:t></w:r></w:p>";
}

std::string cell(const std::string& paras) { return "<w:tc>" + paras + "</w:tc>"; }

std::string header_table() {
  return "<w:tbl><w:tr>" +
         cell(para("UBND TỈNH HÀ TĨNH") + para("SỞ TÀI CHÍNH", "<w:b/>") + para("Số: 07/TB-STC")) +
         cell(para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "<w:b/>") + para("Độc lập - Tự do - Hạnh phúc", "<w:b/>") +
              para("Hà Tĩnh, ngày 5 tháng 9 năm 2026", "<w:i/>")) +
         "</w:tr></w:tbl>";
}

std::string closing_table() {
  return "<w:tbl><w:tr>" + cell(para("Nơi nhận:") + para("- Như trên;") + para("- Lưu: VT.")) +
         cell(para("KT. GIÁM ĐỐC") + para("PHÓ GIÁM ĐỐC") + para("Lê Văn An")) + "</w:tr></w:tbl>";
}

ImportOptions options() {
  ImportOptions o;
  o.types = {{"thong-bao", "THÔNG BÁO", "nd30", "titled", "dong_ky", ""}, {"quyet-dinh", "QUYẾT ĐỊNH", "nd30", "quyet-dinh", "dong_ky", ""}};
  return o;
}

Imported import_ok(const std::map<std::string, std::string>& parts, Diagnostics& diags, const ImportOptions& o = options()) {
  auto doc = import_docx(make_zip(parts), kFile, o, diags);
  INFO(diags.format(Lang::vi));
  REQUIRE(doc);
  return *doc;
}

std::string field(const Imported& d, const std::string& key) {
  const data::Value* v = d.front_matter.find(key);
  return v && v->is_string() ? v->as_string() : std::string("?");
}

// The message of `id` among the importer's, as the clerk reads it ("" when there is none).
std::string said(const Diagnostics& diags, std::string_view id) {
  for (const auto& d : diags.items()) {
    if (d.id == id) return d.text(Lang::vi);
  }
  return "";
}

}  // namespace

TEST_CASE("Word numbers in the formats the decree's headings use", "[docx]") {
  CHECK(format_number(4, "upperRoman") == "IV");
  CHECK(format_number(14, "upperRoman") == "XIV");
  CHECK(format_number(3, "lowerLetter") == "c");
  CHECK(format_number(27, "lowerLetter") == "aa");
  CHECK(format_number(7, "decimalZero") == "07");
  CHECK(format_number(12, "decimal") == "12");
}

TEST_CASE("numbering.xml: nested levels count, restart under a new parent, and honour overrides", "[docx]") {
  pugi::xml_document x;
  REQUIRE(x.load_string(R"(<w:numbering xmlns:w="w">
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
      <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  </w:numbering>)"));
  Numbering n(x.child("w:numbering"));
  CHECK(n.next(1, 0)->text == "I.");
  CHECK(n.next(1, 1)->text == "1.");
  CHECK(n.next(1, 2)->text == "1.1.");
  CHECK(n.next(1, 2)->text == "1.2.");
  CHECK(n.next(1, 1)->text == "2.");
  CHECK(n.next(1, 2)->text == "2.1.");  // restarted under the new parent
  CHECK(n.next(1, 3)->bullet);
  CHECK(n.next(1, 0)->text == "II.");
  CHECK(n.next(1, 1)->text == "1.");  // restarted under II.
  CHECK(n.next(2, 1)->text == "5.");  // its own count, from the override
  CHECK_FALSE(n.next(0, 0));          // numId 0: numbering removed
  CHECK_FALSE(n.next(9, 0));          // unknown list
}

TEST_CASE("legacy fonts: TCVN3, its capitals font and VNI become Unicode NFC", "[docx]") {
  CHECK(legacy_font(".VnTime") == LegacyFont::tcvn3);
  CHECK(legacy_font(".VnTimeH") == LegacyFont::tcvn3_upper);
  CHECK(legacy_font("VNI-Times") == LegacyFont::vni);
  CHECK(legacy_font("Times New Roman") == LegacyFont::none);
  // Word keeps each legacy byte as its Windows-1252 character.
  CHECK(from_legacy("B\u00B6o Th\u00BEng", LegacyFont::tcvn3) == "Bảo Thắng");
  CHECK(from_legacy("M\u00AD\u00EAng Kh\u00AD\u00ACng", LegacyFont::tcvn3) == "Mường Khương");  // ư is 0xAD
  CHECK(from_legacy("\u00AEi\u00D6n", LegacyFont::tcvn3) == "điện");
  CHECK(from_legacy("b\u00B8o c\u00B8o", LegacyFont::tcvn3_upper) == "BÁO CÁO");
  CHECK(from_legacy("Vie\u00E4t Nam", LegacyFont::vni) == "Việt Nam");
  CHECK(from_legacy("\u00D1a\u00F8 Na\u00FCng", LegacyFont::vni) == "Đà Nẵng");
  CHECK(from_legacy("Tr\u00F6\u00F4\u00F8ng", LegacyFont::vni) == "Trường");
}

TEST_CASE("a small draft: header, title, typed structure, footnote, closing", "[docx]") {
  std::string body = header_table() + para("THÔNG BÁO", "<w:b/>", "<w:jc w:val=\"center\"/>") +
                     para("Kết luận cuộc họp", "<w:b/>", "<w:jc w:val=\"center\"/>") + para("________") +
                     para("I. KẾT QUẢ", "<w:b/>") +
                     "<w:p><w:r><w:t>Đạt 5 km</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
                     "<w:t>2</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t xml:space=\"preserve\"> [x] *y*</w:t></w:r></w:p>" +
                     para("- Việc thứ nhất;") + para("+ ý nhỏ.") +
                     "<w:p><w:r><w:rPr><w:rFonts w:ascii=\".VnTime\"/></w:rPr><w:t>B\u00B6o Th\u00BEng./.</w:t></w:r></w:p>" +
                     closing_table();
  std::string notes = std::string("<w:footnotes ") + kW + "><w:footnote w:id=\"1\">" + para("Theo báo cáo của Sở.") +
                      "</w:footnote></w:footnotes>";
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}, {"word/footnotes.xml", notes}}, diags);
  CHECK(d.type == "thong-bao");
  CHECK(field(d, "co_quan_chu_quan") == "UBND TỈNH HÀ TĨNH");
  CHECK(field(d, "co_quan_ban_hanh") == "SỞ TÀI CHÍNH");
  CHECK(field(d, "so") == "07");
  CHECK(field(d, "ky_hieu") == "TB-STC");
  CHECK(field(d, "ngay") == "2026-09-05");
  CHECK(field(d, "trich_yeu") == "Kết luận cuộc họp");
  CHECK(d.body ==
        "**I. KẾT QUẢ**\n\n"
        "Đạt 5 km^2^^[Theo báo cáo của Sở.] \\[x\\] \\*y\\*\n\n"
        "- Việc thứ nhất;\n\n"
        "+ ý nhỏ.\n\n"
        "Bảo Thắng./.\n");
  const data::Value* signer = d.front_matter.find("nguoi_ky");
  REQUIRE(signer);
  CHECK(signer->find("ho_ten")->as_string() == "Lê Văn An");
  CHECK(signer->find("chuc_vu")->as_string() == "PHÓ GIÁM ĐỐC");
  CHECK(d.front_matter.find("noi_nhan")->as_list().size() == 2);
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("what cannot be carried over is a warning naming the paragraph", "[docx]") {
  std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") +
                     "<w:p><w:r><w:t>Sơ đồ vị trí</w:t></w:r><w:r><w:drawing/></w:r></w:p>" +
                     "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>"
                     "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>5/9/2026</w:t></w:r>"
                     "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>" +
                     closing_table();
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  std::string all = diags.format(Lang::vi);
  CHECK(all.find("đoạn 9 (“Sơ đồ vị trí”) có hình ảnh") != std::string::npos);
  CHECK(said(diags, "docx.image") == "đoạn 9 (“Sơ đồ vị trí”) có hình ảnh hoặc hình vẽ: không chuyển được, đã bỏ qua");
  CHECK(all.find("có trường `DATE`") != std::string::npos);
  CHECK(d.body.find("5/9/2026") != std::string::npos);  // the field's shown text is kept
}

TEST_CASE("tracked changes: refused, or accepted on request", "[docx]") {
  std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") +
                     "<w:p><w:r><w:t xml:space=\"preserve\">Giữ </w:t></w:r><w:ins w:id=\"1\"><w:r><w:t>thêm</w:t></w:r></w:ins>"
                     "<w:del w:id=\"2\"><w:r><w:delText>xóa</w:delText></w:r></w:del></w:p>" +
                     closing_table();
  std::map<std::string, std::string> parts{{"word/document.xml", document(body)}};
  Diagnostics refused;
  CHECK_FALSE(import_docx(make_zip(parts), kFile, options(), refused));
  CHECK(refused.format(Lang::vi).find("2 thay đổi được theo dõi") != std::string::npos);
  ImportOptions accept = options();
  accept.accept_changes = true;
  Diagnostics diags;
  Imported d = import_ok(parts, diags, accept);
  CHECK(d.body == "Giữ thêm\n");
}

TEST_CASE("a data table: group header from merged cells, TT column, numbers, total row", "[docx]") {
  auto tc = [](const std::string& text, const std::string& pr = "") {
    return "<w:tc><w:tcPr>" + pr + "</w:tcPr>" + para(text) + "</w:tc>";
  };
  std::string table = "<w:tbl>"
                      "<w:tr>" + tc("TT", "<w:vMerge w:val=\"restart\"/>") + tc("Đơn vị", "<w:vMerge w:val=\"restart\"/>") +
                      tc("Vốn", "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
                      "<w:tr>" + tc("", "<w:vMerge/>") + tc("", "<w:vMerge/>") + tc("Kế hoạch") + tc("Giải ngân") + "</w:tr>"
                      "<w:tr>" + tc("1") + tc("Huyện A") + tc("1.020,5") + tc("600") + "</w:tr>"
                      "<w:tr>" + tc("2") + tc("Huyện B") + tc("80") + tc("40,25") + "</w:tr>"
                      "<w:tr>" + tc("") + tc("Tổng cộng") + tc("1.100,5") + tc("999") + "</w:tr>"
                      "</w:tbl>";
  std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") + table + closing_table();
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  REQUIRE(d.tables.size() == 1);
  const ImportedTable& t = d.tables[0];
  CHECK(d.body == "{% table \"bang-1\" %}\n");
  CHECK(t.spec.find("total")->as_string() == "Tổng cộng");
  const auto& cols = t.spec.find("columns")->as_list();
  REQUIRE(cols.size() == 3);
  CHECK(cols[0].find("numbering")->as_bool());
  CHECK(cols[2].find("header")->as_string() == "Vốn");
  CHECK(cols[2].find("columns")->as_list().size() == 2);
  const auto& rows = t.rows.as_list();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].find("ke_hoach")->as_number().to_string() == "1020.5");
  CHECK(rows[1].find("giai_ngan")->as_number().to_string() == "40.25");
  // 600 + 40,25 is not the draft's 999: said, and the sum is what prints.
  CHECK(diags.format(Lang::vi).find("cộng các dòng được 640.25") != std::string::npos);
}

TEST_CASE("derived columns from the figures: sum, difference, % ratio; groups; the alt-text name", "[docx]") {
  auto tc = [](const std::string& text) { return "<w:tc>" + para(text) + "</w:tc>"; };
  auto tr = [&](std::initializer_list<const char*> cells) {
    std::string r = "<w:tr>";
    for (const char* c : cells) r += tc(c);
    return r + "</w:tr>";
  };
  std::string table =
      "<w:tbl><w:tblPr><w:tblCaption w:val=\"giai-ngan\"/></w:tblPr>" +
      tr({"TT", "Đơn vị", "Vốn A", "Vốn B", "Tổng số", "Kế hoạch", "Chênh lệch", "% KH"}) +
      tr({"I", "Vùng 1", "15", "7", "22", "30", "-8", "73,3"}) +
      tr({"1", "Xã A", "10", "5", "15", "20", "-5", "75,0"}) +
      tr({"2", "Xã B", "5", "2", "7", "10", "-3", "70,0"}) +
      tr({"II", "Vùng 2", "4", "4", "8", "6", "2", "133,3"}) +
      tr({"1", "Xã C", "4", "4", "8", "6", "2", "133,3"}) + "</w:tbl>";
  std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") + table + closing_table();
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  REQUIRE(d.tables.size() == 1);
  const ImportedTable& t = d.tables[0];
  CHECK(t.name == "giai-ngan");
  CHECK(t.data_key == "giai_ngan");
  CHECK(t.spec.find("group")->as_string() == "nhom");
  const auto& cols = t.spec.find("columns")->as_list();
  REQUIRE(cols.size() == 8);
  CHECK(cols[0].find("numbering")->as_bool());  // 1, 2 then 1 again: numbered in each group
  const data::Value* sum = cols[4].find("sum");
  REQUIRE(sum);
  CHECK(sum->as_list()[0].as_string() == "von_a");
  CHECK(sum->as_list()[1].as_string() == "von_b");
  const data::Value* diff = cols[6].find("difference");
  REQUIRE(diff);
  CHECK(diff->as_list()[0].as_string() == "tong_so");
  CHECK(diff->as_list()[1].as_string() == "ke_hoach");
  const data::Value* ratio = cols[7].find("ratio");
  REQUIRE(ratio);
  CHECK(ratio->as_list()[0].as_string() == "tong_so");
  CHECK(ratio->as_list()[1].as_string() == "ke_hoach");
  CHECK(cols[7].find("decimals")->as_number().to_string() == "1");
  const auto& rows = t.rows.as_list();
  REQUIRE(rows.size() == 3);  // the group rows are made again from the groups
  CHECK(rows[0].find("nhom")->as_string() == "Vùng 1");
  CHECK(rows[2].find("nhom")->as_string() == "Vùng 2");
  CHECK(rows[0].find("tong_so") == nullptr);  // derived: no data
  CHECK(rows[0].find("von_a")->as_number().to_string() == "10");
}

TEST_CASE("a % column that is not the ratio of its neighbours stays figures", "[docx]") {
  auto tc = [](const std::string& text) { return "<w:tc>" + para(text) + "</w:tc>"; };
  std::string table = "<w:tbl><w:tr>" + tc("TT") + tc("Đơn vị") + tc("Kế hoạch") + tc("Thực hiện") + tc("% KH") +
                      "</w:tr><w:tr>" + tc("1") + tc("Xã A") + tc("20") + tc("15") + tc("75,0") + "</w:tr><w:tr>" +
                      tc("2") + tc("Xã B") + tc("10") + tc("7") + tc("71,0") + "</w:tr></w:tbl>";
  std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") + table + closing_table();
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].name == "bang-1");
  const auto& cols = d.tables[0].spec.find("columns")->as_list();
  CHECK(cols[4].find("ratio") == nullptr);
  CHECK(d.tables[0].rows.as_list()[1].find("kh")->as_number().to_string() == "71.0");
}

TEST_CASE("a joint document: one header column per issuer, two signatures", "[docx]") {
  auto c = [](const std::string& paras) { return cell(paras); };
  auto centred = [](const std::string& text, bool bold = true) {
    return para(text, bold ? "<w:b/>" : "", "<w:jc w:val=\"center\"/>");
  };
  std::string header = "<w:tbl><w:tr>" + c(para("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "<w:b/>")) +
                       c(para("CÔNG AN TỈNH", "<w:b/>")) +
                       c(para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "<w:b/>") + para("Độc lập - Tự do - Hạnh phúc", "<w:b/>")) +
                       "</w:tr><w:tr>" + c(para("Số: 03/HDLT-SGDĐT-CAT")) + c(para("Hà Tĩnh, ngày 20 tháng 8 năm 2026")) +
                       "</w:tr></w:tbl>";
  std::string closing = "<w:tbl><w:tr>" +
                        c(centred("KT. GIÁM ĐỐC CÔNG AN TỈNH") + centred("PHÓ GIÁM ĐỐC") + centred("Trần Hữu Quang") +
                          centred("Đại tá", false)) +
                        c(centred("KT. GIÁM ĐỐC SỞ") + centred("PHÓ GIÁM ĐỐC") + centred("Nguyễn Thị Hương")) +
                        "</w:tr><w:tr>" + c(para("Nơi nhận:") + para("- Lưu: VT.")) + c("") + "</w:tr></w:tbl>";
  std::string body = header + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") + para("Văn bản./.") + closing;
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  const data::Value* issuers = d.front_matter.find("co_quan_ban_hanh");
  REQUIRE(issuers);
  REQUIRE(issuers->is_list());
  CHECK(issuers->as_list().size() == 2);
  CHECK(issuers->as_list()[1].as_string() == "CÔNG AN TỈNH");
  CHECK(field(d, "so") == "03");
  const data::Value* signer = d.front_matter.find("nguoi_ky");
  REQUIRE(signer);
  CHECK(signer->find("ho_ten")->as_string() == "Nguyễn Thị Hương");
  const data::Value* co = d.front_matter.find("dong_ky");
  REQUIRE(co);
  CHECK(co->find("ho_ten")->as_string() == "Trần Hữu Quang");
  CHECK(co->find("chuc_danh_khac")->as_list()[0].as_string() == "Đại tá");
  CHECK(d.front_matter.find("noi_nhan")->as_list()[0].as_string() == "Lưu: VT");
}

TEST_CASE("not a .docx: each refusal says what the file is", "[docx]") {
  auto first = [](std::string_view bytes) {
    Diagnostics diags;
    CHECK_FALSE(import_docx(bytes, kFile, options(), diags));
    REQUIRE(diags.has_errors());
    return diags.items()[0].id;
  };
  CHECK(first("plain text") == "docx.not_zip");
  CHECK(first(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')) == "docx.is_doc");
  CHECK(first(make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"}})) == "docx.is_odt");
  CHECK(first(make_zip({{"[Content_Types].xml", "<Types/>"}})) == "docx.no_document");
  CHECK(first(make_zip({{"word/document.xml", "<!DOCTYPE x [<!ENTITY a \"b\">]><w:document/>"}})) == "docx.doctype");
  CHECK(first(make_zip({{"word/document.xml", "<w:document><w:body>"}})) == "docx.bad_xml");
  ImportOptions small = options();
  small.max_unpacked = 1000;
  Diagnostics diags;
  CHECK_FALSE(import_docx(make_zip({{"word/document.xml", document(std::string(5000, ' '))}}), kFile, small, diags));
  CHECK(diags.items()[0].id == "docx.too_big");
}

TEST_CASE("a Party draft (Hướng dẫn 36): the Party header, `Số 23-TB/TU`, T/M", "[docx]") {
  std::string header = "<w:tbl><w:tr>" +
                       cell(para("ĐẢNG BỘ TỈNH HÀ TĨNH") + para("TỈNH ỦY", "<w:b/>") + para("*") + para("Số 23-TB/TU")) +
                       cell(para("ĐẢNG CỘNG SẢN VIỆT NAM", "<w:b/>") + para("___________") +
                            para("Hà Tĩnh, ngày 12 tháng 5 năm 2026", "<w:i/>")) +
                       "</w:tr></w:tbl>";
  std::string closing = "<w:tbl><w:tr>" + cell(para("Nơi nhận:") + para("- Các huyện ủy,") + para("- Lưu Văn phòng Tỉnh ủy.")) +
                        cell(para("T/M BAN THƯỜNG VỤ") + para("PHÓ BÍ THƯ") + para("Trần Văn Bình")) + "</w:tr></w:tbl>";
  std::string body = header + para("THÔNG BÁO", "<w:b/>") + para("kết luận của Ban Thường vụ", "<w:b/>") + para("-----") +
                     para("Nội dung thông báo./.") + closing;
  ImportOptions o = options();
  o.types.push_back({"thong-bao-dang", "THÔNG BÁO", "hd36", "titled", "dong_ky", ""});
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags, o);
  CHECK(d.type == "thong-bao-dang");
  CHECK(field(d, "co_quan_chu_quan") == "ĐẢNG BỘ TỈNH HÀ TĨNH");
  CHECK(field(d, "co_quan_ban_hanh") == "TỈNH ỦY");
  CHECK(field(d, "so") == "23");
  CHECK(field(d, "ky_hieu") == "TB/TU");
  CHECK(field(d, "ngay") == "2026-05-12");
  const data::Value* signer = d.front_matter.find("nguoi_ky");
  REQUIRE(signer);
  CHECK(signer->find("quyen_han")->as_list()[0].as_string() == "T/M BAN THƯỜNG VỤ");
  CHECK(d.front_matter.find("noi_nhan")->as_list()[1].as_string() == "Lưu Văn phòng Tỉnh ủy");
}

TEST_CASE("template-language and markup characters in the draft print as themselves", "[docx]") {
  std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") +
                     para("Ghi {{ x }} và {% y %}, a_b, 2^3, \\ cuối./.") + closing_table();
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  CHECK(d.body == "Ghi {{ \"{{\" }} x }} và {{ \"{%\" }} y %}, a\\_b, 2\\^3, \\\\ cuối./.\n");
}

TEST_CASE("a closing written as paragraphs: the signature before Nơi nhận", "[docx]") {
  const std::string right = "<w:jc w:val=\"right\"/>";
  std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") +
                     para("Đoạn cuối của thông báo./.") + para("KT. GIÁM ĐỐC", "<w:b/>", right) +
                     para("PHÓ GIÁM ĐỐC", "<w:b/>", right) + para("", "", right) + para("Lê Văn An", "<w:b/>", right) +
                     para("Nơi nhận:", "<w:b/><w:i/>") + para("- Như trên;") + para("- Lưu: VT.");
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  CHECK(d.body == "Đoạn cuối của thông báo./.\n");
  const data::Value* signer = d.front_matter.find("nguoi_ky");
  CHECK(signer->find("quyen_han")->as_list()[0].as_string() == "KT. GIÁM ĐỐC");
  CHECK(signer->find("chuc_vu")->as_string() == "PHÓ GIÁM ĐỐC");
  CHECK(signer->find("ho_ten")->as_string() == "Lê Văn An");
  CHECK(d.front_matter.find("noi_nhan")->as_list().size() == 2);
}

TEST_CASE("a draft without the header table still imports, and says what is missing", "[docx]") {
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(para("Một đoạn văn./."))}}, diags);
  CHECK(d.type == "thong-bao");
  std::string all = diags.format(Lang::vi);
  CHECK(all.find("không tìm thấy bảng phần đầu") != std::string::npos);
  CHECK(all.find("điền `so`") != std::string::npos);
  CHECK(all.find("điền `nguoi_ky.ho_ten`") != std::string::npos);
}

TEST_CASE("an annex after the signature: heading, title and table; the (Kèm theo …) line gives the short issuer", "[docx]") {
  auto tc = [](const std::string& text) { return "<w:tc>" + para(text) + "</w:tc>"; };
  std::string annex = para("Phụ lục", "<w:b/>") + para("PHÂN CÔNG NHIỆM VỤ", "<w:b/>") +
                      para("(Kèm theo Thông báo số 07/TB-STC ngày 05/9/2026 của Sở Tài chính)", "<w:i/>") +
                      "<w:tbl><w:tr>" + tc("TT") + tc("Nhiệm vụ") + "</w:tr><w:tr>" + tc("1") + tc("Rà soát") +
                      "</w:tr><w:tr>" + tc("2") + tc("Báo cáo") + "</w:tr></w:tbl>" + para("Ghi chú lạc chỗ ở cuối.");
  std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") + para("Thân./.") +
                     closing_table() + annex;
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  CHECK(d.body == "Thân./.\n");
  REQUIRE(d.tables.size() == 1);
  CHECK(d.tables[0].annex);
  CHECK(d.tables[0].annex_heading == "Phụ lục");
  CHECK(d.tables[0].spec.find("title")->as_string() == "PHÂN CÔNG NHIỆM VỤ");
  CHECK(field(d, "co_quan_ban_hanh_ngan") == "Sở Tài chính");
  CHECK(diags.format(Lang::vi).find("(“Ghi chú lạc chỗ ở cuối.”) sau phần ký không thuộc phụ lục nào") != std::string::npos);
}

TEST_CASE("each part of a draft the importer cannot carry over is named, with the paragraph", "[docx]") {
  const std::string box = "<w:p><w:r><w:t>Ghi chú</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp=\"wp\"><w:txbxContent>" +
                          para("chữ trong hộp") + "</w:txbxContent></wp:inline></w:drawing></w:r></w:p>";
  const std::string comment = "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Đoạn có nhận xét</w:t></w:r>"
                              "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
  const std::string page = "<w:p><w:r><w:t xml:space=\"preserve\">Trang </w:t></w:r><w:fldSimple w:instr=\" PAGE \">"
                           "<w:r><w:t>1</w:t></w:r></w:fldSimple><w:fldSimple w:instr=\" AUTHOR \"><w:r><w:t>An</w:t>"
                           "</w:r></w:fldSimple></w:p>";
  const std::string nested = "<w:tbl><w:tr>" + cell(para("Ngoài") + "<w:tbl><w:tr>" + cell(para("Trong")) +
                             "</w:tr></w:tbl>") + cell(para("Bên")) + "</w:tr></w:tbl>";
  const std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") + box + comment +
                           page + nested + closing_table() +
                           para("Đoạn này viết sau chữ ký, không thuộc phụ lục nào cả.");
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  CHECK(said(diags, "docx.text_box") == "đoạn 9 (“Ghi chú”) có hộp văn bản (text box): chữ trong hộp đã bỏ qua");
  CHECK(said(diags, "docx.comment") == "đoạn 10 (“Đoạn có nhận xét”) có nhận xét (comment): đã bỏ qua");
  CHECK(said(diags, "docx.field") == "đoạn 11 (“Trang 1An”) có trường `AUTHOR`: chỉ giữ chữ đang hiển thị");
  CHECK(said(diags, "docx.nested_table") == "bảng ở đoạn 12 có bảng lồng bên trong: chỉ giữ chữ của nó");
  CHECK(said(diags, "docx.after_closing") ==
        "đoạn 21 (“Đoạn này viết sau chữ ký, không…”) sau phần ký không thuộc phụ lục nào: đã bỏ qua");
  CHECK(d.body.find("chữ trong hộp") == std::string::npos);
  CHECK(d.body.find("Trong") != std::string::npos);  // the nested table's text is kept
}

TEST_CASE("a data table whose rows are not all as wide as its header becomes paragraphs, said", "[docx]") {
  auto row = [](std::initializer_list<const char*> texts) {
    std::string out = "<w:tr>";
    for (const char* t : texts) out += cell(para(t));
    return out + "</w:tr>";
  };
  const std::string table = "<w:tbl>" + row({"TT", "Đơn vị", "Kế hoạch"}) + row({"1", "Huyện A", "10"}) +
                            row({"2", "Huyện B"}) + "</w:tbl>";
  const std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") + table + closing_table();
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  CHECK(said(diags, "docx.ragged_table") == "bảng 1 có dòng 3 gồm 2 cột, khác 3 cột của tiêu đề: chuyển thành các đoạn văn");
  CHECK(d.tables.empty());
  CHECK(said(diags, "docx.total_mismatch").empty());
}

TEST_CASE("a total row that is not the sum of its rows: the sum prints, said", "[docx]") {
  auto row = [](std::initializer_list<const char*> texts) {
    std::string out = "<w:tr>";
    for (const char* t : texts) out += cell(para(t));
    return out + "</w:tr>";
  };
  const std::string table = "<w:tbl>" + row({"TT", "Đơn vị", "Kế hoạch"}) + row({"1", "Huyện A", "10"}) +
                            row({"2", "Huyện B", "5"}) + row({"", "Tổng cộng", "16"}) + "</w:tbl>";
  const std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + para("Nội dung", "<w:b/>") + table + closing_table();
  Diagnostics diags;
  Imported d = import_ok({{"word/document.xml", document(body)}}, diags);
  REQUIRE(d.tables.size() == 1);
  CHECK(said(diags, "docx.total_mismatch") ==
        "bảng bang-1: dòng `Tổng cộng` ghi 16 ở cột `Kế hoạch`, nhưng cộng các dòng được 15; vanban in tổng đã cộng");
}

TEST_CASE("tables nested past the reader's depth are refused, said once", "[docx]") {
  std::string deep = para("Lõi");
  for (int i = 0; i < 40; ++i) deep = "<w:tbl><w:tr>" + cell(deep) + "</w:tr></w:tbl>";
  const std::string body = header_table() + para("THÔNG BÁO", "<w:b/>") + deep + closing_table();
  Diagnostics diags;
  CHECK_FALSE(import_docx(make_zip({{"word/document.xml", document(body)}}), kFile, options(), diags));
  CHECK(said(diags, "docx.too_deep") == "tệp .docx lồng bảng, khung quá 32 cấp");
  size_t count = 0;
  for (const auto& d : diags.items()) count += d.id == std::string_view("docx.too_deep");
  CHECK(count == 1);
}
