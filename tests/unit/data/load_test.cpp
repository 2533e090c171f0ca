// Loading files by kind and merging several in order.
#include "data/load.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace vanban;
using namespace vanban::data;
namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("vanban-load-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return path / name;
  }
};
}  // namespace

TEST_CASE("later files win key by key — positions follow the winner", "[load]") {
  TempDir dir;
  auto common = dir.write("co-quan.yaml",
                          "co_quan_ban_hanh: UBND TỈNH HÀ TĨNH\n"
                          "nguoi_ky:\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Trần Báu Hà\n"
                          "noi_nhan: [A, B]\n");
  auto meeting = dir.write("cuoc-hop.yaml",
                           "so: 90\n"
                           "nguoi_ky:\n  ho_ten: Lê Ngọc Châu\n"
                           "noi_nhan: [C]\n");
  Diagnostics diags;
  auto v = load_all({common, meeting}, diags);
  REQUIRE(v);
  CHECK(v->find("co_quan_ban_hanh")->as_string() == "UBND TỈNH HÀ TĨNH");
  CHECK(v->find("nguoi_ky")->find("chuc_vu")->as_string() == "PHÓ CHỦ TỊCH");
  CHECK(v->find("nguoi_ky")->find("ho_ten")->as_string() == "Lê Ngọc Châu");
  CHECK(*v->find("nguoi_ky")->find("ho_ten")->pos().file == meeting.string());
  CHECK(v->find("nguoi_ky")->find("ho_ten")->pos().line == 3);
  CHECK(v->find("noi_nhan")->size() == 1);  // lists are replaced, not appended
  CHECK(v->find("so")->as_number() == Decimal(90));
}

TEST_CASE("a CSV file appears under its name", "[load]") {
  TempDir dir;
  auto csv = dir.write("bieu-1.csv", "don_vi;ke_hoach\nA;1.000\nB;2.000\n");
  Diagnostics diags;
  auto v = load_all({csv}, diags);
  REQUIRE(v);
  CHECK(v->find("bieu_1")->as_list()[1].find("ke_hoach")->as_number() == Decimal(2000));
}

TEST_CASE("problems of every file are reported together", "[load]") {
  TempDir dir;
  auto a = dir.write("a.yaml", "x: 1\nx: 2\n");
  auto b = dir.write("b.csv", "p;q\n1\n");
  Diagnostics diags;
  CHECK_FALSE(load_all({a, dir.path / "khong-co.yaml", b, dir.path}, diags));
  REQUIRE(diags.error_count() == 4);
  CHECK(diags.items()[0].id == "data.duplicate_key");
  CHECK(diags.items()[1].id == "io.missing");
  CHECK(diags.items()[2].id == "data.csv_field_count");
  CHECK(diags.items()[3].id == "io.is_folder");
}

TEST_CASE("a data file must be a mapping at the top", "[load]") {
  TempDir dir;
  auto list = dir.write("ds.yaml", "- a\n- b\n");
  auto other = dir.write("ghi-chu.txt", "x");
  Diagnostics diags;
  CHECK_FALSE(load_file(list, diags));
  CHECK(diags.items()[0].format(Lang::vi) ==
        list.string() + ":1:1: lỗi: tệp dữ liệu phải là các cặp `khóa: giá trị` ở cấp ngoài cùng, không phải danh sách");
  CHECK(diags.items()[0].format(Lang::en).find("not a list") != std::string::npos);
  CHECK_FALSE(load_file(other, diags));
  CHECK(diags.items()[1].id == "data.unknown_format");
}
