// Document types are frames: a .vb writes the body (or replaces any block), the type gives header, shape and closing.
#include "document/build.hpp"
#include "template/template_folder.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace vanban;
using namespace vanban::document;
namespace fs = std::filesystem;

namespace {

const fs::path kTemplates = fs::path(VANBAN_SOURCE_DIR) / "templates";

struct Built {
  std::optional<Document> doc;
  Diagnostics diags;
  std::string errors() const { return diags.format(Lang::vi); }
};

// Writes `text` as a .vb file and builds it against its built-in template.
Built build_vb(const std::string& type, const std::string& text, BuildOptions options = {}) {
  Built out;
  fs::path dir = fs::temp_directory_path() / ("vanban-frame-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path file = dir / "van-ban.vb";
  std::ofstream(file, std::ios::binary) << text;
  auto tpl = tmpl::load_template(kTemplates / type, out.diags);
  REQUIRE(tpl);
  auto doc = load_document_file(file, out.diags);
  fs::remove_all(dir);
  if (!doc) return out;
  out.doc = build_document(*tpl, &*doc, data::Value::map({}, {}), options, out.diags);
  return out;
}

std::string plain(const Inlines& xs) {
  std::string s;
  for (const auto& x : xs) s += x.text;
  return s;
}

const char* kHeader =
    "co_quan_chu_quan: ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n"
    "co_quan_ban_hanh: VĂN PHÒNG\n"
    "so: 7\n"
    "ky_hieu: TB-VP\n"
    "dia_danh: Hà Tĩnh\n"
    "ngay: 2024-02-21\n"
    "trich_yeu: Kết luận của đồng chí Phó Chủ tịch UBND tỉnh\n"
    "noi_nhan: [Các sở, ngành, \"Lưu: VT, NL4.\"]\n"
    "nguoi_ky: {quyen_han: [TL. CHỦ TỊCH, KT. CHÁNH VĂN PHÒNG], chuc_vu: PHÓ CHÁNH VĂN PHÒNG, ho_ten: Trần Văn B}\n";

std::string vb(const std::string& type, const std::string& more_fields, const std::string& body) {
  return "---\n" + std::string(kHeader) + more_fields + "---\n{% extends \"" + type + "\" %}\n" + body;
}

}  // namespace

TEST_CASE("a document without blocks writes the whole body of a notice", "[frame]") {
  // No `cuoc_hop`, `ket_qua`, `nhiem_vu`: the default text that needs them is replaced.
  auto b = build_vb("thong-bao", vb("thong-bao", "",
                                        "Ngày 21/02/2024, UBND tỉnh tổ chức Hội nghị tổng kết.\n\n"
                                        "**1. Về kết quả:** đạt 15/15 chỉ tiêu.\n\nTrên đây là Kết luận./.\n"));
  INFO(b.errors());
  REQUIRE(b.doc);
  const auto& body = b.doc->body;
  REQUIRE(body.size() == 3);
  CHECK(plain(body[0].inlines) == "Ngày 21/02/2024, UBND tỉnh tổ chức Hội nghị tổng kết.");
  CHECK(body[1].run_in);
  CHECK(body[1].number == "1.");
  // The stock opening and closing sentences are gone with the block that held them.
  CHECK(plain(body[2].inlines) == "Trên đây là Kết luận./.");
  CHECK(b.doc->fields.number == "07");
}

TEST_CASE("a fixed sentence is a block the document may replace or drop", "[frame]") {
  const std::string data =
      "cuoc_hop: {ngay: 2023-03-28, chu_tri: {ho_ten: Trần Báu Hà, chuc_vu: Phó Chủ tịch UBND tỉnh, "
      "chuc_danh_ngan: Phó Chủ tịch}, lam_viec_voi: Văn phòng Điều phối, thanh_phan: [Sở Tài chính], "
      "noi_dung_nghe: [tiến độ]}\n"
      "ket_qua: [Đạt nhiều kết quả.]\n"
      "nhiem_vu: [{co_quan: Sở Tài chính, viec: [{noi_dung: Rà soát vốn, han: 2023-03-30}]}]\n";
  auto replaced = build_vb("thong-bao", vb("thong-bao", data, "{% block ket_thuc %}\nUBND tỉnh thông báo./.\n{% endblock %}\n"));
  INFO(replaced.errors());
  REQUIRE(replaced.doc);
  CHECK(plain(replaced.doc->body.front().inlines).rfind("Ngày 28/3/2023, đồng chí Trần Báu Hà", 0) == 0);
  CHECK(plain(replaced.doc->body.back().inlines) == "UBND tỉnh thông báo./.");
  // The task keeps its deadline; the writer's text gets no second full stop.
  bool task = false;
  for (const auto& blk : replaced.doc->body) {
    if (plain(blk.inlines) == "Rà soát vốn; hoàn thành trước ngày 30/3/2023.") task = true;
  }
  CHECK(task);

  auto dropped = build_vb("thong-bao", vb("thong-bao", data, "{% block ket_thuc %}{% endblock %}\n"));
  REQUIRE(dropped.doc);
  CHECK(plain(dropped.doc->body.back().inlines).find("thông báo để") == std::string::npos);
}

TEST_CASE("a block the type lacks is an error that lists the type's blocks", "[frame]") {
  auto b = build_vb("thong-bao", vb("thong-bao", "", "{% block noi_dug %}x{% endblock %}\n"));
  CHECK_FALSE(b.doc);
  CHECK(b.errors().find("mẫu `thong-bao` không có khối `noi_dug`; các khối của mẫu: `ket_luan`, `ket_thuc`, "
                        "`mo_dau`, `noi_dung`") != std::string::npos);
  CHECK(b.errors().find("có phải ý bạn là `noi_dung`?") != std::string::npos);
}

TEST_CASE("Quyết định: the authority line, italic căn cứ, a centred QUYẾT ĐỊNH: and articles", "[frame]") {
  auto b = build_vb("quyet-dinh",
                    vb("quyet-dinh",
                       "tham_quyen: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n"
                       "can_cu: [Căn cứ Luật Tổ chức chính quyền địa phương, \"Theo đề nghị của Chánh Văn phòng.\"]\n",
                       "**Điều 1.** Phê duyệt Kế hoạch.\n\n**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký./.\n"));
  INFO(b.errors());
  REQUIRE(b.doc);
  const Document& d = *b.doc;
  CHECK(d.fields.shape == Shape::decision);
  CHECK(d.fields.type == "QUYẾT ĐỊNH");
  CHECK(d.fields.authority_line == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
  REQUIRE(d.body.size() == 5);
  CHECK(plain(d.body[0].inlines) == "Căn cứ Luật Tổ chức chính quyền địa phương;");
  CHECK(d.body[0].inlines[0].style == kItalic);
  CHECK(plain(d.body[1].inlines) == "Theo đề nghị của Chánh Văn phòng.");
  CHECK(plain(d.body[2].inlines) == "QUYẾT ĐỊNH:");
  CHECK(d.body[2].align == Align::center);
  CHECK(d.body[3].number == "Điều 1.");
  CHECK(d.body[3].run_in);
}

TEST_CASE("Công văn: no type line, V/v under the number, Kính gửi from the data", "[frame]") {
  auto b = build_vb("cong-van",
                    vb("cong-van", "kinh_gui: [Sở Tài chính, \"UBND các xã, phường\"]\n", "Nội dung công văn./.\n"));
  INFO(b.errors());
  REQUIRE(b.doc);
  CHECK(b.doc->fields.shape == Shape::letter);
  CHECK(b.doc->fields.addressee_label == "Kính gửi");
  CHECK(b.doc->fields.addressees == std::vector<std::string>{"Sở Tài chính", "UBND các xã, phường"});
  // Without the addressees it is an error at the data, naming the field.
  auto missing = build_vb("cong-van", vb("cong-van", "", "Nội dung./.\n"));
  CHECK_FALSE(missing.doc);
  CHECK(missing.errors().find("thiếu trường bắt buộc `kinh_gui`") != std::string::npos);
}

TEST_CASE("Biên bản: the secretary signs left, the chair right — a joint document has two issuers", "[frame]") {
  auto b = build_vb("bien-ban",
                    vb("bien-ban", "thu_ky: {chuc_vu: THƯ KÝ, ho_ten: Lê Thị C}\n", "Cuộc họp kết thúc lúc 11 giờ./.\n"));
  INFO(b.errors());
  REQUIRE(b.doc);
  CHECK(b.doc->fields.shape == Shape::minutes);
  CHECK(b.doc->fields.co_signer.title == "THƯ KÝ");
  CHECK(b.doc->fields.co_signer.name == "Lê Thị C");
  CHECK(b.doc->fields.signer.title == "PHÓ CHÁNH VĂN PHÒNG");

  std::string joint_header = kHeader;  // its own two issuers instead of the one VĂN PHÒNG
  const std::string one_issuer = "co_quan_ban_hanh: VĂN PHÒNG\n";
  joint_header.erase(joint_header.find(one_issuer), one_issuer.size());
  auto joint = build_vb("ke-hoach",
                        "---\n" + joint_header +
                            "co_quan_ban_hanh: [SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG, SỞ TÀI CHÍNH]\n"
                            "dong_ky: {quyen_han: [KT. GIÁM ĐỐC], chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Hồ Văn D}\n"
                            "---\n{% extends \"ke-hoach\" %}\nNội dung./.\n");
  INFO(joint.errors());
  REQUIRE(joint.doc);
  CHECK(joint.doc->fields.issuers.size() == 2);
  CHECK(joint.doc->fields.issuer == "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
  CHECK(joint.doc->fields.co_signer.name == "Hồ Văn D");
  CHECK(joint.doc->annexes.empty());  // no `phan_cong`: no annex
}

TEST_CASE("e-office mode needs neither number nor date and keeps the year", "[frame]") {
  BuildOptions options;
  options.blank_number_and_date = true;
  options.year = 2026;
  std::string header = kHeader;
  header.replace(header.find("so: 7\n"), 6, "");
  header.replace(header.find("ngay: 2024-02-21\n"), 17, "");
  auto b = build_vb("cong-van",
                    "---\n" + header + "kinh_gui: Sở Tài chính\n---\n{% extends \"cong-van\" %}\nNội dung./.\n", options);
  INFO(b.errors());
  REQUIRE(b.doc);
  CHECK(b.doc->fields.number.empty());
  CHECK_FALSE(b.doc->fields.date);
  CHECK(b.doc->fields.year == 2026);

  // An annex's "(Kèm theo …)" line leaves day and month to the stamp, never the year.
  auto plan = build_vb("ke-hoach",
                       "---\n" + header +
                           "phan_cong: [{nhiem_vu: Rà soát, chu_tri: Sở Tài chính, thoi_gian: Quý I/2027}]\n"
                           "---\n{% extends \"ke-hoach\" %}\nNội dung./.\n",
                       options);
  INFO(plan.errors());
  REQUIRE(plan.doc);
  REQUIRE(plan.doc->annexes.size() == 1);
  const std::string& attached = plan.doc->annexes[0].attached_to;
  CHECK(attached.find("năm 2026") != std::string::npos);
  CHECK(attached.find("20..") == std::string::npos);
}

TEST_CASE("every built-in type loads, and the list hides the bases", "[frame]") {
  auto names = tmpl::builtin_template_names(kTemplates);
  CHECK(names.size() >= 36);
  for (const auto& n : names) {
    INFO(n);
    CHECK(n[0] != '_');
    Diagnostics diags;
    auto t = tmpl::load_template(kTemplates / n, diags);
    CHECK(t);
    CHECK(diags.format(Lang::vi).empty());
  }
}
