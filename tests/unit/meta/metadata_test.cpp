// The e-office sidecar: fields gathered from the document and the data, edXML's lengths, JSON escaping, edXML's shape.
#include "meta/metadata.hpp"

#include "data/yaml_reader.hpp"

#include <catch2/catch.hpp>

using namespace vanban;

namespace {

document::Document notice() {
  document::Document doc;
  auto& f = doc.fields;
  f.issuer = "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH";
  f.number = "07";
  f.symbol = "TB-UBND";
  f.place = "Hà Tĩnh";
  f.date = locale::Date{2023, 3, 8};
  f.type = "THÔNG BÁO";
  f.summary = "Kết luận";
  f.recipients = {"Như trên", "Lưu: VT, NL5"};
  f.signer.authority = {"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"};
  f.signer.title = "PHÓ CHỦ TỊCH";
  f.signer.name = "Nguyễn Hồng Lĩnh";
  return doc;
}

data::Value yaml(const std::string& text, Diagnostics& diags) {
  auto v = data::read_yaml(text, std::make_shared<const std::string>("du-lieu.yaml"), diags);
  REQUIRE(v);
  return *v;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("metadata: competence from the authority lines, type in sentence case, pages from layout", "[meta]") {
  meta::Metadata m = meta::collect(notice(), {}, 3);
  CHECK(m.signer.competence == "TM. KT.");
  CHECK(m.type_name == "Thông báo");
  CHECK(m.pages == 3);
  document::Document in_person = notice();
  in_person.fields.signer.authority.clear();
  CHECK(meta::collect(in_person, {}, 1).signer.competence.empty());
}

TEST_CASE("metadata: JSON strings are escaped, absent fields are null", "[meta][json]") {
  document::Document doc = notice();
  doc.fields.summary = "a \"b\" \\ c\nd\te\x01 f\u2028g";
  std::string json = meta::to_json(meta::collect(doc, {}, 2));
  CHECK(has(json, R"("trich_yeu": "a \"b\" \\ c\nd\te\u0001 f\u2028g",)"));
  CHECK(has(json, R"("ma_co_quan": null,)"));
  CHECK(has(json, R"("ngay": "2023-03-08",)"));
  CHECK(has(json, R"("so_trang": 2,)"));
  CHECK(has(json, R"("tham_quyen": "TM. KT.",)"));
  doc.fields.date.reset();  // e-office mode: the system stamps number and date
  doc.fields.number.clear();
  json = meta::to_json(meta::collect(doc, {}, 2));
  CHECK(has(json, R"("so": null,)"));
  CHECK(has(json, R"("ngay": null,)"));
}

TEST_CASE("metadata: edXML elements, urgency as Priority, the file copy not a recipient", "[meta][edxml]") {
  Diagnostics diags;
  data::Value data = yaml("ma_co_quan: 000.00.00.H23\ndo_khan: thượng khẩn\ndo_mat: MẬT\n", diags);
  meta::Sources s = meta::read_sources(data, nullptr, diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(s.urgency == "Thượng khẩn");
  CHECK(s.secrecy == "Mật");
  document::Document doc = notice();
  doc.fields.summary = "Về việc <a> & \"b\"";
  std::string xml = meta::to_edxml(meta::collect(doc, s, 2));
  CHECK(has(xml, R"(<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">)"));
  CHECK(has(xml, "<edXML:OrganId>000.00.00.H23</edXML:OrganId>"));
  CHECK(has(xml, "<edXML:CodeNumber>07</edXML:CodeNumber>"));
  CHECK(has(xml, "<edXML:CodeNotation>TB-UBND</edXML:CodeNotation>"));
  CHECK(has(xml, "<edXML:PromulgationDate>2023/03/08</edXML:PromulgationDate>"));
  CHECK(has(xml, "<edXML:Subject>Về việc &lt;a&gt; &amp; \"b\"</edXML:Subject>"));
  CHECK(has(xml, "<edXML:Competence>TM. KT.</edXML:Competence>"));
  CHECK(has(xml, "<edXML:Priority>2</edXML:Priority>"));
  CHECK(has(xml, "<edXML:Place>Như trên</edXML:Place>"));
  CHECK_FALSE(has(xml, "Lưu: VT"));
}

TEST_CASE("metadata: an urgency that is not a level is an error at its value, with a guess", "[meta]") {
  Diagnostics diags;
  data::Value data = yaml("so: 7\ndo_khan: thượng khẩng\n", diags);
  meta::read_sources(data, nullptr, diags);
  REQUIRE(diags.error_count() == 1);
  const Diagnostic& d = diags.items().front();
  CHECK(d.format(Lang::vi).rfind("du-lieu.yaml:2:10: lỗi: `do_khan` là `thượng khẩng`", 0) == 0);
  CHECK(d.hint(Lang::vi).find("Thượng khẩn") != std::string::npos);
}

TEST_CASE("metadata: edXML's lengths, counted in characters, at the data value", "[meta][lengths]") {
  Diagnostics diags;
  std::string summary(500, 'a');
  data::Value data = yaml("so: 123456789012\ntrich_yeu: x\nnguoi_ky: {ho_ten: y}\n", diags);
  meta::Sources s = meta::read_sources(data, nullptr, diags);
  document::Document doc = notice();
  doc.fields.summary = summary;                                            // 500: at the limit
  doc.fields.signer.name = "Nguyễn " + std::string(43, 'x');               // 50 characters, 51 bytes
  meta::check_lengths(meta::collect(doc, s, 1), s, Severity::error, diags);
  CHECK(diags.error_count() == 0);
  doc.fields.summary += "ă";
  doc.fields.number = "123456789012";
  doc.fields.signer.name += "y";
  meta::check_lengths(meta::collect(doc, s, 1), s, Severity::warning, diags);
  CHECK(diags.error_count() == 0);
  REQUIRE(diags.items().size() == 3);
  std::string all = diags.format(Lang::vi);
  CHECK(has(all, "du-lieu.yaml:1:5: cảnh báo: `so` dài 12 ký tự, edXML cho trường Code/CodeNumber (số) tối đa 11 ký tự"));
  CHECK(has(all, "du-lieu.yaml:2:12: cảnh báo: `trich_yeu` dài 501 ký tự"));
  CHECK(has(all, "du-lieu.yaml:3:20: cảnh báo: `nguoi_ky.ho_ten` dài 51 ký tự"));
}
