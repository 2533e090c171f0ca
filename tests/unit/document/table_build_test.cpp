// Tables evaluated from a spec and data: totals are sums, ratios of totals are
// ratios of sums, a zero denominator prints the placeholder, groups subtotal
// their rows, and every derived cell records its formula.
#include "data/yaml_reader.hpp"
#include "document/table_build.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace vanban;

namespace {

struct Built {
  std::optional<document::Table> table;
  Diagnostics diags;
};

Built build(const std::string& spec_yaml, const std::string& data_yaml) {
  Built b;
  auto file = std::make_shared<const std::string>("template.yaml");
  auto spec = data::read_yaml(spec_yaml, file, b.diags);
  REQUIRE(spec);
  std::vector<tmpl::TableSpec> tables;
  tmpl::parse_tables(*spec, tables, b.diags);
  REQUIRE(b.diags.error_count() == 0);
  REQUIRE(tables.size() == 1);
  auto data = data::read_yaml(data_yaml, std::make_shared<const std::string>("du-lieu.yaml"), b.diags);
  REQUIRE(data);
  b.table = document::build_table(tables[0], *data, tmpl::Limits{}, b.diags);
  return b;
}

std::vector<std::string> texts(const document::TableRow& r) {
  std::vector<std::string> out;
  for (const auto& c : r.cells) out.push_back(c.text);
  return out;
}

const char* kSpec = R"(
bieu:
  rows: huyen
  total: {label: Toàn tỉnh, position: top}
  columns:
    - {header: TT, numbering: true}
    - {header: Đơn vị, value: ten}
    - header: Vốn
      columns:
        - {key: kh, header: Kế hoạch, value: ke_hoach}
        - {key: gn, header: Giải ngân, value: giai_ngan}
        - {header: "%", ratio: [gn, kh], decimals: 1}
        - {header: Còn lại, difference: [kh, gn]}
)";

// Communes grouped by district, with a percentage of plan.
const char* kGroupedSpec = R"(
bieu:
  rows: xa
  group: huyen
  total: Tổng cộng
  columns:
    - {header: TT, numbering: true}
    - {header: Xã, value: ten}
    - {key: kh, header: Kế hoạch, value: kh}
    - {key: gn, header: Giải ngân, value: gn}
    - {header: Tỷ lệ, ratio: [gn, kh], percent: true, decimals: 1}
)";

}  // namespace

TEST_CASE("totals are sums, and the total's ratio is the ratio of the sums", "[table]") {
  auto b = build(kSpec, R"(
huyen:
  - {ten: Cẩm Xuyên, ke_hoach: 200, giai_ngan: 139}
  - {ten: Can Lộc, ke_hoach: 100, giai_ngan: 99.5}
  - {ten: Vũ Quang, ke_hoach: 0, giai_ngan: 0}
)");
  REQUIRE(b.table);
  const auto& t = *b.table;
  REQUIRE(t.header_rows == 2);
  REQUIRE(t.columns.size() == 6);
  REQUIRE(t.rows.size() == 4);
  // 238,5 / 300 = 79,5% — not 69,5 + 99,5 + 0.
  CHECK(texts(t.rows[0]) == std::vector<std::string>{"", "Toàn tỉnh", "300", "238,5", "79,5", "61,5"});
  CHECK(texts(t.rows[1]) == std::vector<std::string>{"1", "Cẩm Xuyên", "200", "139,0", "69,5", "61,0"});
  CHECK(texts(t.rows[3]) == std::vector<std::string>{"3", "Vũ Quang", "0", "0,0", "-", "0,0"});
  CHECK(t.formula_of(t.rows[0].cells[2])->kind == document::Formula::Kind::sum_rows);
  CHECK(t.formula_of(t.rows[0].cells[2])->rows == std::vector<int>{1, 2, 3});
  CHECK(t.formula_of(t.rows[3].cells[4])->kind == document::Formula::Kind::ratio);
  CHECK_FALSE(t.rows[3].cells[4].is_number);
}

TEST_CASE("groups number I, II and subtotal their rows — TT restarts in each group", "[table]") {
  auto b = build(kGroupedSpec, R"(
xa:
  - {huyen: Can Lộc, ten: Kim Song Trường, kh: 10, gn: 5}
  - {huyen: Hương Khê, ten: Phúc Trạch, kh: 20, gn: 20}
  - {huyen: Can Lộc, ten: Thường Nga, kh: 30, gn: 3}
)");
  REQUIRE(b.table);
  const auto& r = b.table->rows;
  REQUIRE(r.size() == 6);
  CHECK(texts(r[0]) == std::vector<std::string>{"I", "Can Lộc", "40", "8", "20,0%"});
  CHECK(texts(r[1]) == std::vector<std::string>{"1", "Kim Song Trường", "10", "5", "50,0%"});
  CHECK(texts(r[2]) == std::vector<std::string>{"2", "Thường Nga", "30", "3", "10,0%"});
  CHECK(texts(r[3]) == std::vector<std::string>{"II", "Hương Khê", "20", "20", "100,0%"});
  CHECK(texts(r[4])[0] == "1");
  CHECK(texts(r[5]) == std::vector<std::string>{"", "Tổng cộng", "60", "28", "46,7%"});
  // Spans, subtotals inside them left out (SUBTOTAL in the XLSX): a row inserted inside a group counts.
  CHECK(b.table->formula_of(r[0].cells[2])->kind == document::Formula::Kind::subtotal_rows);
  CHECK(b.table->formula_of(r[0].cells[2])->rows == std::vector<int>{1, 2});
  CHECK(b.table->formula_of(r[5].cells[2])->kind == document::Formula::Kind::subtotal_rows);
  CHECK(b.table->formula_of(r[5].cells[2])->rows == std::vector<int>{0, 4});
  CHECK(b.table->formula_of(r[5].cells[4])->kind == document::Formula::Kind::ratio);  // from the total's own sums
  CHECK(r[1].cells[4].value == Decimal::parse("0.5").value());  // a fraction, shown as a percentage
}

TEST_CASE("a text in a numeric column is named by its data path", "[table]") {
  auto b = build(kSpec, R"(
huyen:
  - {ten: Cẩm Xuyên, ke_hoach: 200, giai_ngan: 139}
  - {ten: Can Lộc, ke_hoach: "1.234,5", giai_ngan: 99.5}
)");
  CHECK_FALSE(b.table);
  REQUIRE(b.diags.error_count() == 1);
  CHECK(b.diags.items()[0].id == "document.table_not_number");
  CHECK(b.diags.items()[0].text(Lang::vi).find("huyen[1].ke_hoach") != std::string::npos);
  CHECK(b.diags.items()[0].pos.line == 4);
}

namespace {

struct Parsed {
  std::vector<tmpl::TableSpec> tables;
  std::vector<tmpl::AnnexSpec> annexes;
  std::optional<data::Value> data;
  Diagnostics diags;
};

Parsed parse(const std::string& spec_yaml, const std::string& data_yaml, const std::string& annexes_yaml = "[]") {
  Parsed p;
  auto spec = data::read_yaml(spec_yaml, std::make_shared<const std::string>("template.yaml"), p.diags);
  REQUIRE(spec);
  tmpl::parse_tables(*spec, p.tables, p.diags);
  auto annexes = data::read_yaml(annexes_yaml, std::make_shared<const std::string>("template.yaml"), p.diags);
  REQUIRE(annexes);
  tmpl::parse_annexes(*annexes, p.tables, p.annexes, p.diags);
  REQUIRE(p.diags.error_count() == 0);
  p.data = data::read_yaml(data_yaml, std::make_shared<const std::string>("du-lieu.yaml"), p.diags);
  REQUIRE(p.data);
  return p;
}

const tmpl::TableSpec& named(const Parsed& p, const std::string& name) {
  for (const auto& t : p.tables) {
    if (t.name == name) return t;
  }
  FAIL("no table " << name);
  return p.tables.front();
}

const char* kCommunes = R"(
xa:
  - {huyen: Can Lộc, ten: Kim Song Trường, kh: 10, gn: 5}
  - {huyen: Hương Khê, ten: Phúc Trạch, kh: 20.5, gn: 20}
  - {huyen: Can Lộc, ten: Thường Nga, kh: 30, gn: 3}
tong: {kh: 60}
)";

}  // namespace

TEST_CASE("a table whose rows nothing else reads empties them as it reads them, with the same cells",
          "[table][memory]") {
  const char* spec = kGroupedSpec;
  Parsed whole = parse(spec, kCommunes);
  auto kept = document::build_table(whole.tables[0], *whole.data, tmpl::Limits{}, whole.diags);
  REQUIRE(kept);

  Parsed p = parse(spec, kCommunes);
  data::Value* rows = document::rows_to_consume(p.tables[0], p.tables, p.annexes, *p.data);
  REQUIRE(rows == p.data->find("xa"));
  auto consumed = document::build_table(p.tables[0], *p.data, tmpl::Limits{}, p.diags, rows);
  REQUIRE(consumed);
  REQUIRE(consumed->rows.size() == kept->rows.size());
  for (size_t r = 0; r < kept->rows.size(); ++r) {
    CHECK(texts(consumed->rows[r]) == texts(kept->rows[r]));
    CHECK(consumed->rows[r].pos.line == kept->rows[r].pos.line);  // messages still name the row's line
  }
  CHECK(texts(consumed->rows[2]) == std::vector<std::string>{"2", "Thường Nga", "30,0", "3", "10,0%"});
  // The items are gone from the data; the rest of the data is not.
  for (const auto& item : p.data->find("xa")->as_list()) CHECK(item.is_null());
  CHECK(p.data->find("tong")->is_map());
}

TEST_CASE("rows another expression reads are left whole", "[table][memory]") {
  // Another table on the same rows; a column, a group or a title reading the
  // list's name; an annex shown `when:` it holds something; rows through a filter.
  const char* two_tables = R"(
a: {rows: xa, columns: [{header: Xã, value: ten}]}
b: {rows: xa, columns: [{header: KH, value: kh}]}
)";
  Parsed p = parse(two_tables, kCommunes);
  CHECK(document::rows_to_consume(named(p, "a"), p.tables, p.annexes, *p.data) == nullptr);

  const char* column_reads = R"(
a: {rows: xa, columns: [{header: Xã, value: ten}, {header: Số xã, value: xa | length}]}
)";
  Parsed q = parse(column_reads, kCommunes);
  CHECK(document::rows_to_consume(q.tables[0], q.tables, q.annexes, *q.data) == nullptr);

  const char* title_reads = R"(
a: {rows: xa, title: "Kết quả của {{ xa | length }} xã", columns: [{header: Xã, value: ten}]}
)";
  Parsed t = parse(title_reads, kCommunes);
  CHECK(document::rows_to_consume(t.tables[0], t.tables, t.annexes, *t.data) == nullptr);

  const char* filtered = R"y(
a: {rows: "xa | sort(attribute='ten')", columns: [{header: Xã, value: ten}]}
)y";
  Parsed f = parse(filtered, kCommunes);
  CHECK(document::rows_to_consume(f.tables[0], f.tables, f.annexes, *f.data) == nullptr);

  const char* alone = R"(
a: {rows: xa, columns: [{header: Xã, value: ten}]}
)";
  Parsed w = parse(alone, kCommunes, "[{table: a, when: xa}]");
  CHECK(document::rows_to_consume(w.tables[0], w.tables, w.annexes, *w.data) == nullptr);
  Parsed ok = parse(alone, kCommunes, "[{table: a}]");
  CHECK(document::rows_to_consume(ok.tables[0], ok.tables, ok.annexes, *ok.data) != nullptr);
}
