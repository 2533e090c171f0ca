// Where a text stands in the document ("trích yếu", "ô bảng Biểu 1"), as
// named in messages about it: each place the frame code names is printed in
// the reader's language.
#include "layout/messages.hpp"
#include "layout/paragraph.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <string>
#include <utility>

using namespace vanban;
namespace msg = vanban::layout::msg;

namespace {

// "`where` cao hơn một trang", as a reader of `lang` sees it.
std::string too_tall(std::string_view where, Lang lang) {
  return message_text(msg::kBlockTooTall, layout::where_arg(where)).str(lang);
}

std::string too_tall_expected(std::string_view where_text, Lang lang) {
  return fmt::format(fmt::runtime(translate(msg::kBlockTooTall, lang)), where_text);
}

}  // namespace

TEST_CASE("every place in the frame is named in Vietnamese and in English", "[layout][messages]") {
  const std::pair<std::string_view, const Message*> places[] = {
      {"cơ quan ban hành", &msg::kWhereIssuer},
      {"dấu sao", &msg::kWhereStar},
      {"quốc hiệu", &msg::kWhereMotto},
      {"tiêu ngữ", &msg::kWhereSlogan},
      {"kính gửi", &msg::kWhereAddressee},
      {"bên gửi điện", &msg::kWhereSender},
      {"độ khẩn", &msg::kWhereUrgency},
      {"phần đầu văn bản", &msg::kWhereHeader},
      {"cơ quan chủ quản", &msg::kWhereParentBody},
      {"số và ký hiệu", &msg::kWhereNumber},
      {"trích yếu", &msg::kWhereSummary},
      {"địa danh và ngày tháng", &msg::kWherePlaceDate},
      {"loại văn bản", &msg::kWhereType},
      {"thẩm quyền ban hành", &msg::kWhereAuthorityLine},
      {"thẩm quyền ký", &msg::kWhereAuthority},
      {"chức vụ người ký", &msg::kWhereSignerPosition},
      {"họ tên người ký", &msg::kWhereSignerName},
      {"chức danh người ký", &msg::kWhereSignerTitle},
      {"phần kết (nơi nhận, chữ ký)", &msg::kWhereClosing},
      {"nơi nhận", &msg::kWhereRecipients},
      {"đề mục", &msg::kWhereHeading},
      {"đoạn văn", &msg::kWhereParagraph},
      {"chú thích", &msg::kWhereFootnote},
      {"khối", &msg::kWhereBlock},
  };
  for (const auto& [vi, m] : places) {
    INFO(vi);
    CHECK(translate(*m, Lang::vi) == vi);
    CHECK(translate(*m, Lang::en) != vi);
    CHECK(too_tall(vi, Lang::vi) == too_tall_expected(vi, Lang::vi));
    CHECK(too_tall(vi, Lang::en) == too_tall_expected(translate(*m, Lang::en), Lang::en));
  }
}

TEST_CASE("a named table or annex keeps its name in both languages", "[layout][messages]") {
  const std::pair<std::string_view, const Message*> places[] = {
      {"ô bảng ", &msg::kWhereTableCell},
      {"đầu bảng ", &msg::kWhereTableHead},
      {"dòng bảng ", &msg::kWhereTableRow},
      {"đầu phụ lục ", &msg::kWhereAnnexHead},
  };
  for (const auto& [prefix, m] : places) {
    const std::string where = std::string(prefix) + "Biểu 1";
    INFO(where);
    CHECK(too_tall(where, Lang::vi) == too_tall_expected(where, Lang::vi));
    const std::string en = fmt::format(fmt::runtime(translate(*m, Lang::en)), "Biểu 1");
    CHECK(en.find("Biểu 1") != std::string::npos);
    CHECK(too_tall(where, Lang::en) == too_tall_expected(en, Lang::en));
  }
}

TEST_CASE("a place the table does not know is printed as given", "[layout][messages]") {
  CHECK(too_tall("chỗ lạ", Lang::en) == too_tall_expected("chỗ lạ", Lang::en));
}
