// Template folders: template.yaml, body.vb, partials confined to the folder, data validated against fields.
#include "data/yaml_reader.hpp"
#include "template/template_folder.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace vanban;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path root;
  Folder() {
    root = fs::temp_directory_path() / ("vanban-tpl-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(root / "mau");
  }
  ~Folder() { fs::remove_all(root); }
  fs::path dir() const { return root / "mau"; }
  void write(const fs::path& rel, const std::string& text) const {
    fs::create_directories((dir() / rel).parent_path());
    std::ofstream(dir() / rel, std::ios::binary) << text;
  }
};

const char* kSpec =
    "name: thu\n"
    "title: Mẫu thử\n"
    "profile: nd30\n"
    "fields:\n"
    "  so: {type: code, description: Số văn bản}\n"
    "  nam: year\n"
    "  ngay: date\n"
    "  loai: {type: text, values: [thang, nam]}\n"
    "  ghi_chu: {type: text, required: false}\n"
    "  nguoi_ky:\n"
    "    fields:\n"
    "      ho_ten: {type: text, description: Họ tên người ký}\n"
    "  huyen:\n"
    "    type: list\n"
    "    items:\n"
    "      fields:\n"
    "        ten: text\n"
    "        ke_hoach: number\n";

std::string load_errors(const Folder& f) {
  Diagnostics diags;
  auto t = tmpl::load_template(f.dir(), diags);
  CHECK_FALSE(t);
  std::string text = diags.format(Lang::vi);
  std::string root = f.root.string() + "/";
  for (size_t p = text.find(root); p != std::string::npos; p = text.find(root)) text.erase(p, root.size());
  return text;
}

data::Value yaml(const char* text) {
  Diagnostics d;
  auto v = data::read_yaml(text, std::make_shared<const std::string>("du-lieu.yaml"), d);
  REQUIRE(v);
  return *v;
}

}  // namespace

TEST_CASE("a template folder loads its spec, fields and body", "[template_folder]") {
  Folder f;
  f.write("template.yaml", kSpec);
  f.write("body.vb", "Số {{ so }}\n");
  Diagnostics diags;
  auto t = tmpl::load_template(f.dir(), diags);
  INFO(diags.format(Lang::vi));
  REQUIRE(t);
  CHECK(t->name == "thu");
  CHECK(t->title == "Mẫu thử");
  CHECK(t->profile == "nd30");
  REQUIRE(t->fields.size() == 7);
  CHECK(t->fields[0].type == tmpl::FieldType::code);
  CHECK(t->fields[0].description == "Số văn bản");
  CHECK(t->fields[4].required == false);
  CHECK(t->fields[5].type == tmpl::FieldType::map);
  CHECK(t->fields[6].items->fields[1].type == tmpl::FieldType::number);
}

TEST_CASE("template.yaml mistakes are reported with positions and hints", "[template_folder]") {
  Folder f;
  f.write("body.vb", "x\n");
  f.write("template.yaml", "title: T\nprofile: nd31\nfeilds: {}\n");
  CHECK(load_errors(f) ==
        "mau/template.yaml:3:1: lỗi: template.yaml không dùng khóa `feilds`\n"
        "  gợi ý: có phải ý bạn là `fields`?\n"
        "mau/template.yaml:2:10: lỗi: thể thức `nd31` không có: dùng `nd30` (Nghị định 30) hoặc `hd36` (Hướng dẫn 36)\n");
  f.write("template.yaml", "title: T\nprofile: nd30\nfields:\n  so: {type: numbr}\n");
  CHECK(load_errors(f).find("mau/template.yaml:4:14: lỗi: không có kiểu dữ liệu `numbr`") != std::string::npos);
  f.write("template.yaml", "profile: nd30\n");
  CHECK(load_errors(f).find("template.yaml thiếu khóa `title`") != std::string::npos);
}

TEST_CASE("partials are read from the template's own folder only", "[template_folder]") {
  Folder f;
  f.write("phan/mo-dau.vb", "Mở đầu {{ so }}\n");
  std::ofstream(f.root / "bi-mat.vb") << "bí mật";
  fs::create_symlink(f.root / "bi-mat.vb", f.dir() / "lien-ket.vb");
  tmpl::FolderIncludes inc(f.dir());
  Diagnostics diags;
  SourcePos pos = make_pos(std::make_shared<const std::string>("body.vb"), 3, 1);
  CHECK(inc.include("phan/mo-dau.vb", pos, diags) != nullptr);
  CHECK(diags.empty());
  for (const char* bad : {"../bi-mat.vb", "/etc/passwd", "lien-ket.vb", "phan/../../bi-mat.vb", ""}) {
    Diagnostics d;
    CHECK(inc.include(bad, pos, d) == nullptr);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].id == "template.path_outside");
    CHECK(d.items()[0].pos.line == 3);
  }
}

TEST_CASE("data is validated against the declared fields, all problems at once", "[template_folder]") {
  Folder f;
  f.write("template.yaml", kSpec);
  f.write("body.vb", "x\n");
  Diagnostics diags;
  auto t = tmpl::load_template(f.dir(), diags);
  REQUIRE(t);
  data::Value d = yaml(
      "so: 7\n"
      "nam: 2023\n"
      "ngay: 30/02/2023\n"
      "loai: thangg\n"
      "nguoi_ky: {}\n"
      "huyen:\n"
      "  - {ten: Can Lộc, ke_hoach: \"1.000\"}\n"
      "nguoi_kyy: x\n");
  tmpl::validate_data(t->fields, d, diags);
  CHECK(diags.format(Lang::vi) ==
        "du-lieu.yaml:3:7: lỗi: `ngay` phải là ngày dạng 2023-03-28 hoặc 28/3/2023, nhưng là `30/02/2023`\n"
        "du-lieu.yaml:4:7: lỗi: `loai` không nhận giá trị `thangg` (chỉ nhận: thang, nam)\n"
        "  gợi ý: có phải ý bạn là `thang`?\n"
        "du-lieu.yaml:5:11: lỗi: thiếu trường bắt buộc `nguoi_ky.ho_ten` (Họ tên người ký)\n"
        "du-lieu.yaml:7:30: lỗi: `huyen[0].ke_hoach` phải là số, nhưng là chuỗi\n"
        "  gợi ý: số trong YAML viết với dấu chấm thập phân, không nhóm: 15806.246\n"
        "du-lieu.yaml:8:1: cảnh báo: mẫu không dùng khóa `nguoi_kyy`\n"
        "  gợi ý: có phải ý bạn là `nguoi_ky`?\n");
  // Codes and years become text, so that they print as written.
  CHECK(d.find("so")->as_string() == "7");
  CHECK(d.find("nam")->as_string() == "2023");
}

TEST_CASE("a map or list beside a declared single value is other data, not its typo", "[template_folder]") {
  Folder f;
  f.write("template.yaml", kSpec);
  f.write("body.vb", "x\n");
  Diagnostics diags;
  auto t = tmpl::load_template(f.dir(), diags);
  REQUIRE(t);
  // `ghi_chuu` is one letter from the text field `ghi_chu`: a typo when it holds a text,
  // the document's own data when it holds a map (as `do_dau` beside `do_mat`).
  data::Value typo = yaml("so: 7\nnam: 2023\nngay: 2023-03-28\nloai: nam\nnguoi_ky: {ho_ten: A}\nhuyen: []\nghi_chuu: x\n");
  tmpl::validate_data(t->fields, typo, diags);
  CHECK(diags.format(Lang::vi).find("không dùng khóa `ghi_chuu`") != std::string::npos);
  Diagnostics other;
  data::Value map = yaml("so: 7\nnam: 2023\nngay: 2023-03-28\nloai: nam\nnguoi_ky: {ho_ten: A}\nhuyen: []\nghi_chuu: {a: 1}\n");
  tmpl::validate_data(t->fields, map, other);
  CHECK(other.empty());
}

TEST_CASE("built-in templates resolve by name or folder", "[template_folder]") {
  Folder f;
  f.write("template.yaml", kSpec);
  CHECK(tmpl::resolve_template("mau", f.root, "/") == f.root / "mau");
  CHECK(tmpl::resolve_template(f.dir().string(), "/khong-co", "/") == f.dir());
  CHECK_FALSE(tmpl::resolve_template("khong-co", f.root, "/"));
  CHECK(tmpl::builtin_template_names(f.root) == std::vector<std::string>{"mau"});
}
