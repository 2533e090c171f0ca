// Diagnostics are values: a message and its arguments, turned into text in
// either language only when printed, the English from the embedded catalog.
#include "core/diagnostic.hpp"
#include "core/messages.hpp"
#include "data/messages.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace vanban;

namespace {
inline constexpr Message kWide{"test.wide", "rộng {:.1f} mm, {} dòng", "{:.1f} mm wide, {} rows"};
}

TEST_CASE("one diagnostic prints in Vietnamese and in English from the catalog") {
  Diagnostic d = make_error(SourcePos{std::make_shared<const std::string>("a.yaml"), 3, 7}, msg::kDuplicateKey, "so");
  CHECK(d.id == "data.duplicate_key");
  CHECK(d.format(Lang::vi) == "a.yaml:3:7: lỗi: khóa `so` lặp lại trong cùng một bảng");
  // data.duplicate_key has no English in the code: it comes from po/en.po.
  CHECK(msg::kDuplicateKey.en.empty());
  CHECK(d.format(Lang::en) == "a.yaml:3:7: error: key `so` appears twice in the same mapping");
}

TEST_CASE("arguments are formatted per language: decimal comma, digit groups, terms") {
  Diagnostic d = make_error({}, kWide, 12.5, Count{1234567});
  CHECK(d.text(Lang::vi) == "rộng 12,5 mm, 1.234.567 dòng");
  CHECK(d.text(Lang::en) == "12.5 mm wide, 1,234,567 rows");  // English still in the code: used as is
  Diagnostic k = make_error({}, msg::kTopNotMap, term(msg::kKindList));
  CHECK(k.text(Lang::vi).find("không phải danh sách") != std::string::npos);
  CHECK(k.text(Lang::en).find("not a list") != std::string::npos);
}

TEST_CASE("hints and appended texts follow the language too") {
  Diagnostic d = with_hint(make_error({}, msg::kFileMissing, "x.csv"), msg::kDidYouMean, "y.csv");
  CHECK(d.format(Lang::vi) == "vanban: lỗi: không tìm thấy tệp `x.csv`\n  gợi ý: có phải ý bạn là `y.csv`?");
  CHECK(d.format(Lang::en) == "vanban: error: file `x.csv` not found\n  hint: did you mean `y.csv`?");
}

TEST_CASE("positions name their file through a 4-byte reference, one per name", "[diagnostic][memory]") {
  STATIC_REQUIRE(sizeof(SourcePos) == 12);  // a data tree holds a million of them
  auto a = std::make_shared<const std::string>("du-lieu/xa.yaml");
  auto same = std::make_shared<const std::string>("du-lieu/xa.yaml");  // another copy of the name
  auto other = std::make_shared<const std::string>("du-lieu/huyen.yaml");
  const SourcePos p = make_pos(a, 3, 7);
  CHECK(p.known());
  CHECK(p.file_name() == "du-lieu/xa.yaml");
  CHECK(p.file == make_pos(same, 1, 1).file);
  CHECK(p.file != make_pos(other, 1, 1).file);
  CHECK(*p.file.shared() == "du-lieu/xa.yaml");
  CHECK_FALSE(SourcePos{}.known());
  CHECK(SourcePos{}.file_name().empty());
  CHECK(make_pos(nullptr, 1, 1).file == nullptr);

  // Threads naming files at once (a batch) get one reference per name.
  std::vector<FileRef> seen(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&seen, i] {
      for (int k = 0; k < 200; ++k) {
        auto name = std::make_shared<const std::string>("batch/" + std::to_string(k % 5) + ".yaml");
        FileRef r(name);
        if (k == 199) seen[i] = r;
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : seen) {
    CHECK(r == seen[0]);
    CHECK(*r == "batch/4.yaml");
  }
}
