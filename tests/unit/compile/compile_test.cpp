// Report compilation: indicator kinds, periods, exact sums, and every check, on small files written here.
#include "compile/compile.hpp"
#include "compile/status.hpp"

#include "data/yaml_reader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace vanban;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("vanban-compile-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

// Two units, four indicators of every kind; `extra` is appended to the spec.
std::string spec_text(int month, const std::string& extra = "") {
  return "bien_soan: {nam: 2023, den_thang: " + std::to_string(month) +
         "}\n"
         "don_vi:\n"
         "  - {ten: Huyện Can Lộc, ten_ngan: Can Lộc}\n"
         "  - {ten: Thị xã Kỳ Anh, ten_ngan: thị xã Kỳ Anh}\n"
         "chi_tieu:\n"
         "  - {ma: duong_kh, ten: Đường - kế hoạch, don_vi: km, so_le: 2, loai: plan}\n"
         "  - {ma: duong_th, ten: Đường - thực hiện, don_vi: km, so_le: 2, loai: flow, ke_hoach: duong_kh}\n"
         "  - {ma: duong_tl, ten: Tỷ lệ, don_vi: '%', so_le: 1, loai: ratio, tu: duong_th, mau: duong_kh}\n"
         "  - {ma: xa_dat, ten: Xã đạt chuẩn, don_vi: xã, loai: stock}\n"
         "  - {ma: giai_ngan, ten: Giải ngân, don_vi: triệu đồng, loai: flow, nhap: luy_ke}\n"
         "nguon:\n"
         "  - tep: 'thang-{thang}.csv'\n" +
         extra;
}

// Month m's CSV: a row per unit.
std::string month_csv(const std::string& can_loc, const std::string& ky_anh) {
  return "don_vi,duong_kh,duong_th,xa_dat,giai_ngan\nHuyện Can Lộc," + can_loc + "\nThị xã Kỳ Anh," + ky_anh + "\n";
}

struct Run {
  std::optional<data::Value> out;
  Diagnostics diags;
  std::string errors() const { return diags.format(Lang::vi); }
};

Run compile_in(const TempDir& dir, const std::string& spec) {
  Run r;
  auto v = data::read_yaml(spec, std::make_shared<const std::string>("bien-soan.yaml"), r.diags);
  REQUIRE(v);
  auto s = compile::read_spec(*v, dir.path, r.diags);
  if (!s) return r;
  r.out = compile::compile(*s, r.diags);
  return r;
}

std::string num(const data::Value& row, const std::string& key) {
  const data::Value* v = row.find(key);
  if (!v) return "(không có)";
  if (v->is_null()) return "null";
  return v->as_number().to_string();
}

const data::Value& unit_row(const data::Value& out, size_t i) { return out.find("huyen")->as_list()[i]; }

}  // namespace

TEST_CASE("flow sums the months, stock and plan take the latest, cumulative input takes month N", "[compile]") {
  TempDir dir;
  dir.write("thang-1.csv", month_csv("10.5,1.25,3,100", "4,0.4,1,20"));
  dir.write("thang-2.csv", month_csv("10.5,2.5,5,250", "4,0.35,2,20"));
  dir.write("thang-3.csv", month_csv("12,0.1,6,400", "4,0.25,2,35"));
  auto r = compile_in(dir, spec_text(3));
  REQUIRE(r.errors() == "");
  REQUIRE(r.out);
  const auto& can_loc = unit_row(*r.out, 0);
  CHECK(num(can_loc, "duong_th") == "3.85");   // 1.25 + 2.5 + 0.1
  CHECK(num(can_loc, "duong_kh") == "12");     // the latest plan, not 32.5
  CHECK(num(can_loc, "xa_dat") == "6");        // stock: month 3
  CHECK(num(can_loc, "giai_ngan") == "400");   // cumulative figures: month 3, not 750
  CHECK(num(can_loc, "duong_th_pt_kh") == "32.1");  // 3.85 / 12
  CHECK(num(can_loc, "duong_tl") == "32.1");
  CHECK(can_loc.find("ten_ngan")->as_string() == "Can Lộc");  // the unit's attributes are copied
  const data::Value& total = *r.out->find("toan_tinh");
  CHECK(num(total, "duong_th") == "4.85");   // 3.85 + (0.4 + 0.35 + 0.25): exact, no drift
  CHECK(num(total, "duong_kh") == "16");
  CHECK(num(total, "xa_dat") == "8");
  CHECK(num(total, "giai_ngan") == "435");
  // The province's ratio is the ratio of the sums (4.85 / 16), not a sum of ratios.
  CHECK(num(total, "duong_tl") == "30.3");
}

TEST_CASE("the period and what remains of the year are named from den_thang", "[compile][period]") {
  TempDir dir;
  for (int m = 1; m <= 12; ++m) dir.write("thang-" + std::to_string(m) + ".csv", month_csv("12,1,1,1", "4,1,1,1"));
  struct Case {
    int month;
    const char* name;
    const char* rest;
    const char* sum;
  };
  for (const Case& c : {Case{1, "tháng 1 năm 2023", "11 tháng cuối năm 2023", "1"},
                        Case{6, "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "6"},
                        Case{8, "8 tháng đầu năm 2023", "4 tháng cuối năm 2023", "8"},
                        Case{12, "năm 2023", "năm 2024", "12"}}) {
    auto r = compile_in(dir, spec_text(c.month));
    REQUIRE(r.errors() == "");
    CHECK(r.out->find("ten_ky")->as_string() == c.name);
    CHECK(r.out->find("ten_ky_con_lai")->as_string() == c.rest);
    CHECK(num(unit_row(*r.out, 0), "duong_th") == c.sum);  // months after den_thang are left out
    CHECK(num(*r.out->find("ky_bao_cao"), "thang") == std::to_string(c.month));
  }
}

TEST_CASE("sums are exact and rounded once, for display only", "[compile]") {
  TempDir dir;
  // 0.1 three times is 0.3 exactly; the ratio 0.3 / 0.9 rounds once to 33.3.
  for (int m = 1; m <= 3; ++m) dir.write("thang-" + std::to_string(m) + ".csv", month_csv("0.9,0.1,1,1", "0.9,0.1,1,1"));
  auto r = compile_in(dir, spec_text(3));
  REQUIRE(r.errors() == "");
  CHECK(num(unit_row(*r.out, 0), "duong_th") == "0.3");
  CHECK(num(unit_row(*r.out, 0), "duong_tl") == "33.3");
  CHECK(num(*r.out->find("toan_tinh"), "duong_th") == "0.6");
  CHECK(num(*r.out->find("toan_tinh"), "duong_tl") == "33.3");
}

TEST_CASE("same period last year and the change", "[compile]") {
  TempDir dir;
  for (int m = 1; m <= 2; ++m) {
    dir.write("thang-" + std::to_string(m) + ".csv", month_csv("12,2,1,1", "4,1,1,1"));
    dir.write("2022/thang-" + std::to_string(m) + ".csv", "don_vi,duong_th\nHuyện Can Lộc,1.6\nThị xã Kỳ Anh,0.5\n");
  }
  auto r = compile_in(dir, spec_text(2, "nam_truoc:\n  nguon:\n    - tep: '2022/thang-{thang}.csv'\n"));
  REQUIRE(r.errors() == "");
  const auto& can_loc = unit_row(*r.out, 0);
  CHECK(num(can_loc, "duong_th_cung_ky") == "3.2");
  CHECK(num(can_loc, "duong_th_tang") == "0.8");
  CHECK(num(can_loc, "duong_th_so_cung_ky") == "125");
  CHECK(num(*r.out->find("toan_tinh"), "duong_th_cung_ky") == "4.2");
}

TEST_CASE("files per unit per month, CSV with Vietnamese decimal commas, names matched after case folding",
          "[compile]") {
  TempDir dir;
  for (int m = 1; m <= 2; ++m) {
    dir.write("huyen-can-loc/" + std::to_string(m) + ".csv",
              "TT;don_vi;duong_kh (km);duong_th (km);xa_dat;giai_ngan\n1;CAN LỘC;12;1,5;3;10\n");
    dir.write("thi-xa-ky-anh/" + std::to_string(m) + ".csv", "duong_kh;duong_th;xa_dat;giai_ngan\n4;0,25;1;5\n");
  }
  std::string spec = spec_text(2);
  spec.replace(spec.find("'thang-{thang}.csv'"), std::string("'thang-{thang}.csv'").size(), "'{don_vi}/{thang}.csv'");
  auto r = compile_in(dir, spec);
  REQUIRE(r.errors() == "");
  CHECK(num(unit_row(*r.out, 0), "duong_th") == "3");
  CHECK(num(unit_row(*r.out, 1), "duong_th") == "0.5");
}

TEST_CASE("a missing month is listed exactly, unless allowed", "[compile][errors]") {
  TempDir dir;
  dir.write("thang-1.csv", month_csv("12,1,1,1", "4,1,1,1"));
  dir.write("thang-2.csv", "don_vi,duong_kh,duong_th,xa_dat,giai_ngan\nHuyện Can Lộc,12,1,1,1\n");
  auto r = compile_in(dir, spec_text(4));
  CHECK_FALSE(r.out);
  CHECK(r.errors().find("bien-soan.yaml:12:5: lỗi: thiếu số liệu năm nay của Huyện Can Lộc: tháng 3, 4") != std::string::npos);
  CHECK(r.errors().find("thiếu số liệu năm nay của Thị xã Kỳ Anh: tháng 2, 3, 4") != std::string::npos);
  CHECK(r.errors().find("cho_phep_thieu") != std::string::npos);
  auto ok = compile_in(dir, spec_text(4, "cho_phep_thieu:\n  - {don_vi: huyện can lộc, thang: [3, 4]}\n"
                                         "  - {don_vi: Thị xã Kỳ Anh}\n"));
  CHECK(ok.errors() == "");
  CHECK(ok.out);
}

TEST_CASE("a duplicate report, an unknown unit and an unknown indicator are errors with their place", "[compile][errors]") {
  TempDir dir;
  dir.write("thang-1.csv",
            "don_vi,duong_kh,duong_th,xa_dat,giai_ngan,duong_tth\n"
            "Huyện Can Lộc,12,1,1,1,2\n"
            "Huyện Can Lôc,12,1,1,1,2\n"
            "Thị xã Kỳ Anh,4,1,1,1,2\n");
  auto r = compile_in(dir, spec_text(1));
  CHECK_FALSE(r.out);
  std::string e = r.errors();
  CHECK(e.find("thang-1.csv:1:43: lỗi: cột `duong_tth` không phải chỉ tiêu nào trong danh mục") != std::string::npos);
  CHECK(e.find("có phải ý bạn là `duong_th`?") != std::string::npos);
  CHECK(e.find("thang-1.csv:3:1: lỗi: không có đơn vị `Huyện Can Lôc`") != std::string::npos);
  CHECK(e.find("có phải ý bạn là `Huyện Can Lộc`?") != std::string::npos);
}

TEST_CASE("a duplicate report names both places", "[compile][errors]") {
  TempDir dir;
  dir.write("thang-1.csv", month_csv("12,1,1,1", "4,1,1,1") + "Huyện Can Lộc,12,2,1,1\n");
  auto r = compile_in(dir, spec_text(1));
  CHECK_FALSE(r.out);
  CHECK(r.errors().find("thang-1.csv:4:1: lỗi: số liệu của Huyện Can Lộc tháng 1 có hai lần") != std::string::npos);
  CHECK(r.errors().find("thang-1.csv:2:1: ghi chú: lần đầu ở đây") != std::string::npos);
}

TEST_CASE("a unit that disagrees with the catalogue, and text that is not a number", "[compile][errors]") {
  TempDir dir;
  dir.write("thang-1.csv",
            "don_vi,duong_kh (m),duong_th,xa_dat,giai_ngan\nHuyện Can Lộc,12,một,1,1\nThị xã Kỳ Anh,4,\"1,5\",1,1\n");
  auto r = compile_in(dir, spec_text(1));
  CHECK_FALSE(r.out);
  std::string e = r.errors();
  CHECK(e.find("thang-1.csv:1:8: lỗi: cột `duong_kh (m)` ghi đơn vị `m`, nhưng danh mục tính `duong_kh` bằng `km`") !=
        std::string::npos);
  CHECK(e.find("thang-1.csv:2:18: lỗi: `duong_th` của Huyện Can Lộc tháng 1 phải là số, nhưng là `một`") !=
        std::string::npos);
  CHECK(e.find("Thị xã Kỳ Anh tháng 1 phải là số") == std::string::npos);  // "1,5" is a Vietnamese 1.5
}

TEST_CASE("a cumulative figure that goes down is a warning naming the unit and the months", "[compile][errors]") {
  TempDir dir;
  dir.write("thang-1.csv", month_csv("12,1,1,300", "4,1,1,1"));
  dir.write("thang-2.csv", month_csv("12,1,1,250", "4,-2,1,1"));
  auto r = compile_in(dir, spec_text(2));
  REQUIRE(r.out);
  std::string e = r.errors();
  CHECK(e.find("cảnh báo: lũy kế `giai_ngan` của Huyện Can Lộc giảm từ 300 (tháng 1) xuống 250 (tháng 2)") !=
        std::string::npos);
  CHECK(e.find("cảnh báo: lũy kế `duong_th` của Thị xã Kỳ Anh giảm từ 1 (tháng 1) xuống -1 (tháng 2)") !=
        std::string::npos);
  CHECK_FALSE(r.diags.has_errors());
}

TEST_CASE("the spec itself is checked: kinds, references, patterns", "[compile][errors]") {
  TempDir dir;
  std::string bad = spec_text(1);
  bad.replace(bad.find("loai: stock"), 11, "loai: stok");
  bad.replace(bad.find("mau: duong_kh"), 13, "mau: duong_kk");
  bad.replace(bad.find("'thang-{thang}.csv'"), 19, "'../ngoai/{thang}.csv'");
  Diagnostics diags;
  auto v = data::read_yaml(bad, std::make_shared<const std::string>("bien-soan.yaml"), diags);
  REQUIRE(v);
  CHECK_FALSE(compile::read_spec(*v, dir.path, diags));
  std::string e = diags.format(Lang::vi);
  CHECK(e.find("`chi_tieu[3].loai` phải là flow, stock, plan hoặc ratio") != std::string::npos);
  CHECK(e.find("không có chỉ tiêu `duong_kk` trong danh mục") != std::string::npos);
  CHECK(e.find("có phải ý bạn là `duong_kh`?") != std::string::npos);
  CHECK(e.find("ra ngoài thư mục của bản biên soạn") != std::string::npos);
}

TEST_CASE("district names and path keys match after NFC, case folding and diacritics", "[compile]") {
  TempDir dir;
  Diagnostics diags;
  auto v = data::read_yaml(spec_text(1), std::make_shared<const std::string>("s.yaml"), diags);
  auto s = compile::read_spec(*v, dir.path, diags);
  REQUIRE(s);
  CHECK(compile::find_district(*s, "huyện can lộc") == 0);
  CHECK(compile::find_district(*s, "Huye\xCC\xA3\xCC\x82n Can Lo\xCC\xA3\xCC\x82""c") == 0);  // NFD
  CHECK(compile::find_district(*s, "THỊ XÃ  KỲ ANH") == 1);
  CHECK(compile::find_district(*s, "Can Lộc") == 0);  // ten_ngan
  CHECK(compile::find_district(*s, "Kỳ Anh") == std::string::npos);
  CHECK(compile::find_district_by_key(*s, "huyen-can-loc") == 0);
  CHECK(compile::find_district_by_key(*s, "thi_xa_ky_anh") == 1);
}

// ── compile --status: the arrivals grid ──

compile::Arrivals arrivals_in(const TempDir& dir, const std::string& spec, Diagnostics& diags) {
  auto v = data::read_yaml(spec, std::make_shared<const std::string>("bien-soan.yaml"), diags);
  REQUIRE(v);
  auto s = compile::read_spec(*v, dir.path, diags);
  REQUIRE(s);
  return compile::arrivals(*s, diags);
}

using State = compile::Cell::State;

TEST_CASE("status: arrived, missing and allowed cells, and a gap is not also an error", "[compile][status]") {
  TempDir dir;
  dir.write("thang-1.csv", month_csv("12,1,1,1", "4,1,1,1"));
  dir.write("thang-2.csv", "don_vi,duong_kh,duong_th,xa_dat,giai_ngan\nHuyện Can Lộc,12,1,1,1\n");
  Diagnostics diags;
  auto a = arrivals_in(dir, spec_text(3, "cho_phep_thieu:\n  - {don_vi: Thị xã Kỳ Anh, thang: [3]}\n"), diags);
  REQUIRE(a.cells.size() == 2);
  CHECK(a.units[1] == "Thị xã Kỳ Anh");
  CHECK(a.cells[0][0].state == State::arrived);
  CHECK(a.cells[0][1].state == State::arrived);
  CHECK(a.cells[0][2].state == State::missing);
  CHECK(a.cells[1][1].state == State::missing);
  CHECK(a.cells[1][2].state == State::allowed);
  CHECK(a.count(State::arrived) == 3);
  CHECK_FALSE(a.complete());
  CHECK(a.elsewhere.empty());
  CHECK_FALSE(diags.has_errors());  // the gaps are the grid's, not "missing month" errors
}

TEST_CASE("status: an error in a row is its unit's month, an unknown unit is elsewhere", "[compile][status]") {
  TempDir dir;
  dir.write("thang-1.csv", "don_vi,duong_kh,duong_th,xa_dat,giai_ngan\n"
                           "Huyện Can Lộc,12,một,1,1\n"
                           "Thị xã Kỳ Anh,4,1,1,1\n"
                           "Huyện Can Lôc,12,1,1,1\n"
                           "Thị xã Kỳ Anh,4,2,1,1\n");
  Diagnostics diags;
  auto a = arrivals_in(dir, spec_text(1), diags);
  const compile::Cell& can_loc = a.cells[0][0];
  CHECK(can_loc.state == State::error);
  CHECK(can_loc.errors == 1);
  REQUIRE(can_loc.first_error);
  CHECK(can_loc.first_error->pos.line == 2);
  const compile::Cell& ky_anh = a.cells[1][0];  // reported twice
  CHECK(ky_anh.state == State::error);
  REQUIRE(ky_anh.first_error);
  CHECK(ky_anh.first_error->id == "compile.duplicate_report");
  REQUIRE(a.elsewhere.size() == 1);
  CHECK(a.elsewhere[0].pos.line == 4);
  CHECK(diags.error_count() == 3);
}

TEST_CASE("status: a file of one unit that cannot be read is that unit's month", "[compile][status]") {
  TempDir dir;
  dir.write("huyen-can-loc/1.csv", "duong_kh,duong_th,xa_dat,giai_ngan\n12,1,1,1\n");
  dir.write("thi-xa-ky-anh/1.csv", "duong_kh,duong_th,xa_dat,giai_ngan\n12,\"1,1,1\n");
  std::string spec = spec_text(1);
  spec.replace(spec.find("thang-{thang}.csv"), 17, "{don_vi}/{thang}.csv");
  Diagnostics diags;
  auto a = arrivals_in(dir, spec, diags);
  CHECK(a.cells[0][0].state == State::arrived);
  CHECK(a.cells[1][0].state == State::error);
  CHECK(a.elsewhere.empty());
}

TEST_CASE("status: complete exactly when compile succeeds, also with an allowed gap that leaves a stock empty",
          "[compile][status]") {
  TempDir dir;
  dir.write("thang-1.csv", "don_vi,duong_kh,duong_th,xa_dat,giai_ngan\nHuyện Can Lộc,12,1,1,1\n");
  const std::string spec = spec_text(1, "cho_phep_thieu:\n  - {don_vi: Thị xã Kỳ Anh}\n");
  auto r = compile_in(dir, spec);
  CHECK_FALSE(r.out);  // Kỳ Anh's plan and stock have no figure in the period
  CHECK(r.errors().find("không có số liệu `duong_kh`") != std::string::npos);
  CHECK(r.errors().find("không có số liệu `xa_dat`") != std::string::npos);
  Diagnostics diags;
  auto a = arrivals_in(dir, spec, diags);
  CHECK(a.cells[1][0].state == State::allowed);
  CHECK_FALSE(a.complete());
  REQUIRE(a.elsewhere.size() == 2);
  CHECK(a.elsewhere[0].id == "compile.missing_value");
  CHECK(a.elsewhere[1].id == "compile.missing_value");

  dir.write("thang-1.csv", "don_vi,duong_kh,duong_th,xa_dat,giai_ngan\nHuyện Can Lộc,12,1,1,1\nThị xã Kỳ Anh,4,1,1,1\n");
  CHECK(compile_in(dir, spec).out);
  Diagnostics again;
  CHECK(arrivals_in(dir, spec, again).complete());
}

TEST_CASE("a sum or ratio past 38 digits is an error naming the indicator and the unit, not an abort",
          "[compile][errors]") {
  const std::string big = "100000000000000000000000000000000000000";  // 10^38: fits, twice it does not
  const std::string fine = "1.111111111111111111111111111111";        // 30 decimals: fits, a ratio of it does not
  TempDir dir;
  dir.write("thang-1.csv", month_csv(fine + ",10000000000," + big + ",1", "4," + big + "," + big + ",1"));
  dir.write("thang-2.csv", month_csv(fine + ",10000000000," + big + ",1", "4," + big + "," + big + ",1"));
  auto r = compile_in(dir, spec_text(2));
  CHECK_FALSE(r.out);
  const std::string e = r.errors();
  INFO(e);
  // Kỳ Anh's flow: month 1 + month 2, at the figure that overflows, and only there.
  CHECK(e.find("thang-2.csv:3:17: lỗi: `duong_th` của Thị xã Kỳ Anh: số quá lớn để tính chính xác") !=
        std::string::npos);
  CHECK(e.find("bien-soan.yaml:4:5: lỗi: `duong_th` của Thị xã Kỳ Anh") == std::string::npos);
  // Can Lộc's share of the plan: 2·10^10 / 1.111…, with 30 decimals.
  CHECK(e.find("lỗi: `duong_th` của Huyện Can Lộc: số quá lớn") != std::string::npos);
  // The province's total of a stock that each unit holds at 10^38.
  CHECK(e.find("lỗi: `xa_dat` của toan_tinh: số quá lớn") != std::string::npos);
}
