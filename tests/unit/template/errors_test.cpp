// Template errors: each with its message, file, line and column.
#include "helpers.hpp"

using test::expand;

TEST_CASE("an unclosed tag is reported where it opens", "[template][errors]") {
  CHECK(expand("Dòng một\nSố: {{ so \n").errors() == "body.vb:2:5: lỗi: thẻ `{{` mở ở đây không được đóng bằng `}}`\n");
  CHECK(expand("a {% if x %}b").errors() == "body.vb:1:3: lỗi: `{% if %}` mở ở đây thiếu `{% endif %}`\n");
  CHECK(expand("{% for x in xs %}\n{{ x }}\n").errors() ==
        "body.vb:1:1: lỗi: `{% for %}` mở ở đây thiếu `{% endfor %}`\n");
  CHECK(expand("{% endif %}").errors() == "body.vb:1:1: lỗi: `{% endif %}` không đúng chỗ\n");
}

TEST_CASE("an unknown filter suggests the closest one", "[template][errors]") {
  auto r = expand("Tỷ lệ {{ x | percnt(1) }}", "x: 69.5\n");
  CHECK(r.errors() == "body.vb:1:14: lỗi: không có bộ lọc `percnt`\n  gợi ý: có phải ý bạn là `percent`?\n");
  CHECK(r.errors(vanban::Lang::en) ==
        "body.vb:1:14: error: there is no filter `percnt`\n  hint: did you mean `percent`?\n");
  CHECK(expand("{% fro x in y %}{% endfor %}").errors().find("có phải ý bạn là `for`?") != std::string::npos);
}

TEST_CASE("a wrong argument count names the filter", "[template][errors]") {
  CHECK(expand("{{ x | number(1, 2) }}", "x: 1\n").errors() ==
        "body.vb:1:18: lỗi: `number` cần 0–1 tham số, nhưng có 2\n");
  CHECK(expand("{{ x | ratio }}", "x: 1\n").errors() == "body.vb:1:8: lỗi: `ratio` cần 1–3 tham số, nhưng có 0\n");
  CHECK(expand("{{ x | number(cifre=1) }}", "x: 1\n").errors() ==
        "body.vb:1:15: lỗi: `number` không có tham số tên `cifre`\n");
}

TEST_CASE("a missing data field names its data path", "[template][errors]") {
  const char* data =
      "nhiem_vu:\n"
      "  - {noi_dung: a, han: 2023-03-30}\n"
      "  - {noi_dung: b, han: 2023-04-05}\n"
      "  - {noi_dung: c, han: 2023-04-15}\n"
      "  - {noi_dung: d}\n";
  auto r = expand("{% for n in nhiem_vu %}\n- {{ n.noi_dung }}: {{ n.han | shortdate }}\n{% endfor %}\n", data);
  CHECK(r.errors() ==
        "body.vb:2:24: lỗi: thiếu dữ liệu `nhiem_vu[3].han`\n"
        "  gợi ý: thêm `nhiem_vu[3].han` vào tệp dữ liệu, hoặc dùng `| default(...)` nếu được phép thiếu\n"
        "du-lieu.yaml:5:5: ghi chú: `nhiem_vu[3]` ở đây không có khóa `han`\n");
  // … and default() makes it optional.
  auto ok = expand("{% for n in nhiem_vu %}{{ n.han | default('không thời hạn') }};{% endfor %}", data);
  CHECK(ok.errors() == "");
  CHECK(expand("{{ co_quan }}").errors().rfind("body.vb:1:4: lỗi: thiếu dữ liệu `co_quan`", 0) == 0);
}

TEST_CASE("a type mismatch points at the template and at the data", "[template][errors]") {
  auto r = expand("Đạt {{ ty_le | percent(1) }}", "ty_le: \"69,5\"\n");
  CHECK(r.errors() ==
        "body.vb:1:16: lỗi: bộ lọc `percent` cần số, nhưng `ty_le` là chuỗi\n"
        "du-lieu.yaml:1:8: ghi chú: giá trị `ty_le` ở đây\n");
  CHECK(expand("{{ a + 1 }}", "a: x\n").errors().rfind("body.vb:1:4: lỗi: phép `+` cần số, nhưng `a` là chuỗi", 0) == 0);
}

TEST_CASE("division by zero is an error unless a placeholder is asked for", "[template][errors]") {
  auto r = expand("{{ ratio(giai_ngan, ke_hoach, 1) }}", "giai_ngan: 764\nke_hoach: 0\n");
  CHECK(r.errors() ==
        "body.vb:1:4: lỗi: chia cho 0: `ke_hoach` bằng 0\n"
        "  gợi ý: nếu mẫu số có thể bằng 0, dùng `ratio(a, b, 1, zero=\"-\")`\n");
  auto ok = expand("{{ ratio(giai_ngan, ke_hoach, 1, zero='-') }}", "giai_ngan: 764\nke_hoach: 0\n");
  CHECK(ok.errors() == "");
  CHECK(ok.text == "«-»");
  CHECK(expand("{{ a / b }}", "a: 1\nb: 0\n").errors().rfind("body.vb:1:8: lỗi: chia cho 0: `b` bằng 0", 0) == 0);
}

TEST_CASE("every problem of a run is reported", "[template][errors]") {
  auto r = expand("{{ a }} {{ b | nope }} {{ c }}");
  CHECK(r.diags.error_count() == 3);
}

TEST_CASE("limits stop runaway templates with a clear error", "[template][limits]") {
  vanban::tmpl::Limits limits;
  limits.max_iterations = 1000;
  auto loops = expand("{% for a in range(100) %}{% for b in range(100) %}x{% endfor %}{% endfor %}", "{}", limits);
  CHECK(loops.errors() ==
        "body.vb:1:26: lỗi: vòng lặp vượt quá 1.000 lượt (giới hạn)\n"
        "  gợi ý: nếu đúng là cần lớn như vậy, nâng giới hạn: `--limit loops=10000`\n");
  limits = {};
  limits.max_output = 100;
  auto big = expand("{% for a in range(1000) %}xxxxxxxxxx{% endfor %}", "{}", limits);
  CHECK(big.errors().find("vượt quá 100 byte") != std::string::npos);
  limits = {};
  limits.max_depth = 3;
  auto deep = expand("{% if 1 %}{% if 1 %}{% if 1 %}{% if 1 %}x{% endif %}{% endif %}{% endif %}{% endif %}", "{}", limits);
  CHECK(deep.errors().find("lồng nhau quá 3 cấp") != std::string::npos);
}

namespace {
std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}
}  // namespace

TEST_CASE("nesting is bounded when the template is read, before the stack could overflow", "[template][limits]") {
  // 8,000 nested `if` crashed the parser (it recursed before any check).
  auto ifs = expand(repeat("{% if 1 %}", 8000) + "x" + repeat("{% endif %}", 8000));
  CHECK(ifs.errors() == "body.vb:1:2561: lỗi: các khối lồng nhau quá 256 cấp: mẫu không được đọc tiếp\n");
  // 256 levels are read (and then stopped by the `depth` limit, 64 by default).
  auto most = expand(repeat("{% if 1 %}", 256) + "x" + repeat("{% endif %}", 256));
  CHECK(most.errors().find("lồng nhau quá 64 cấp (giới hạn)") != std::string::npos);
  // A chain is one level deeper per link: a tree 200,000 deep overflowed the stack when it was freed.
  auto sum = expand("{{ 1" + repeat(" + 1", 200000) + " }}");
  CHECK(sum.errors() == "body.vb:1:794: lỗi: biểu thức lồng nhau quá 200 cấp\n");
  CHECK(expand("{{ x" + repeat(" | abs", 300) + " }}", "x: 1\n").errors().find("quá 200 cấp") != std::string::npos);
  CHECK(expand("{{ x" + repeat(".a", 300) + " }}").errors().find("quá 200 cấp") != std::string::npos);
  // …while long flat expressions are fine.
  CHECK(expand("{{ [" + repeat("1 + 1, ", 1000) + "1] | length }}").errors() == "");
}

TEST_CASE("the expression depth message says its real limit and suggests a bigger one", "[template][limits]") {
  vanban::tmpl::Limits limits;
  limits.max_depth = static_cast<int>(vanban::kMaxTemplateDepth);  // the most: no bigger value to suggest
  CHECK(expand(repeat("{% if 1 %}", 256) + "x" + repeat("{% endif %}", 256), "{}", limits).errors() ==
        "body.vb:1:2551: lỗi: lồng nhau quá 256 cấp (giới hạn)\n");  // the top level counts as one
  limits.max_depth = 200;
  CHECK(expand(repeat("{% if 1 %}", 200) + "x" + repeat("{% endif %}", 200), "{}", limits).errors() ==
        "body.vb:1:1991: lỗi: lồng nhau quá 200 cấp (giới hạn)\n"
        "  gợi ý: nếu đúng là cần lớn như vậy, nâng giới hạn: `--limit depth=256`\n");
  limits.max_depth = 2;
  CHECK(expand("{{ - - - - - - - - - 1 }}", "{}", limits).errors() ==
        "body.vb:1:20: lỗi: lồng nhau quá 8 cấp, kể cả trong biểu thức (giới hạn: 4 × `depth` = 4 × 2)\n"
        "  gợi ý: nếu đúng là cần lớn như vậy, nâng giới hạn: `--limit depth=4`\n");
}

TEST_CASE("a number past 38 digits is an error at its expression, in filters, indexes and `a.N`", "[template][errors]") {
  // `2e36 | number(2)` aborted (std::overflow_error escaped the filter).
  CHECK(expand("{{ x | number(2) }}", "x: 2e36\n").errors() ==
        "body.vb:1:8: lỗi: số quá lớn để tính chính xác (quá 38 chữ số, kể cả các chữ số thập phân)\n");
  CHECK(expand("{{ x | round(5) }}", "x: 2e36\n").errors().find("body.vb:1:8: lỗi: số quá lớn") == 0);
  CHECK(expand("{{ x | ratio(3) }}", "x: 2e36\n").errors().find("body.vb:1:8: lỗi: số quá lớn") == 0);
  CHECK(expand("{{ xs | sum }}", "xs: [1e38, 1e38]\n").errors().find("body.vb:1:9: lỗi: số quá lớn") == 0);
  CHECK(expand("{{ xs[i] }}", "xs: [1]\ni: 1e37\n").errors().find("body.vb:1:4: lỗi: số quá lớn") == 0);
  CHECK(expand("{{ xs.99999999999999999999999999999999999999999 }}", "xs: [1]\n").errors() ==
        "body.vb:1:7: lỗi: số quá lớn để tính chính xác (quá 38 chữ số, kể cả các chữ số thập phân)\n");
}
