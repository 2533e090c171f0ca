// The template language: expressions, statements, filters and whitespace control.
#include "helpers.hpp"

using test::expand;

TEST_CASE("interpolation wraps data in a literal run", "[template]") {
  auto r = expand("Số: {{ so }}/{{ ky_hieu }}", "so: 90\nky_hieu: TB-UBND\n");
  CHECK(r.diags.empty());
  CHECK(r.text == "Số: «90»/«TB-UBND»");
}

TEST_CASE("paths, indexes and loop variables", "[template]") {
  auto r = expand(
      "{% for n in nhiem_vu %}{{ loop.index }}.{{ n.co_quan }}{% if not loop.last %}, {% endif %}{% endfor %}"
      " | {{ nhiem_vu[1].co_quan }} | {{ nhiem_vu | length }}",
      "nhiem_vu:\n  - co_quan: Sở Tài chính\n  - co_quan: Sở Xây dựng\n");
  CHECK(r.errors() == "");
  CHECK(r.text == "«1».«Sở Tài chính», «2».«Sở Xây dựng» | «Sở Xây dựng» | «2»");
}

TEST_CASE("loop.first, loop.last, loop.length and for-else", "[template]") {
  auto r = expand("{% for x in xs %}{% if loop.first %}[{% endif %}{{ x }}{% if loop.last %}]{{ loop.length }}{% endif %}"
                  "{% else %}trống{% endfor %}",
                  "xs: [a, b, c]\n");
  CHECK(r.text == "[«a»«b»«c»]«3»");
  CHECK(expand("{% for x in xs %}{{ x }}{% else %}trống{% endfor %}", "xs: []\n").text == "trống");
}

TEST_CASE("if, elif, else and comparisons", "[template]") {
  const char* t = "{% if p >= 100 %}đạt{% elif p >= 50 %}khá{% else %}chậm{% endif %}";
  CHECK(expand(t, "p: 120\n").text == "đạt");
  CHECK(expand(t, "p: 69.5\n").text == "khá");
  CHECK(expand(t, "p: 21.87\n").text == "chậm");
  CHECK(expand("{% if 'Lộc' in ten and not x %}có{% endif %}", "ten: Lộc Hà\nx: false\n").text == "có");
}

TEST_CASE("set, arithmetic and exact numbers", "[template]") {
  auto r = expand("{% set tong = a + b %}{{ tong }} {{ a * 2 }} {{ (a + b) / 4 }} {{ c - a }}",
                  "a: 15806.246\nb: 0.004\nc: 20000\n");
  CHECK(r.errors() == "");
  CHECK(r.text == "«15.806,25» «31.612,492» «3.951,5625» «4.193,754»");
}

TEST_CASE("Vietnamese filters", "[template][filters]") {
  auto r = expand(
      "{{ giai_ngan | number }}|{{ ke_hoach | number(0) }}|{{ ty_le | percent }}|"
      "{{ giai_ngan | ratio(ke_hoach, 1) }}|{{ ratio(218703, 314560, 1) }}|{{ ngay | vndate }}|"
      "{{ han | shortdate }}|{{ 4 | roman }}|{{ 5 | letter }}|{{ don_vi | enumerate_vi }}|"
      "{{ tien | words(unit='đồng', capitalize=true) }}|{{ 3 | pad }}/{{ 22 | pad }}|{{ nam | plain }}",
      "giai_ngan: 218703\nke_hoach: 314560\nty_le: 69.5\nngay: 2020-01-05\nhan: 2023-03-30\n"
      "don_vi: [Can Lộc, Đức Thọ, Lộc Hà]\ntien: 1250000\nnam: 2023\n");
  CHECK(r.errors() == "");
  CHECK(r.text ==
        "«218.703»|«314.560»|«69,5%»|«69,5»|«69,5»|«ngày 05 tháng 01 năm 2020»|«30/3/2023»|«IV»|«đ»|"
        "«Can Lộc, Đức Thọ và Lộc Hà»|«Một triệu hai trăm năm mươi nghìn đồng»|«03»/«22»|«2023»");
}

TEST_CASE("list filters: sum, sort in Vietnamese order, map, join, selectattr", "[template][filters]") {
  const char* data =
      "huyen:\n"
      "  - {ten: Đức Thọ, xa: 4}\n"
      "  - {ten: Can Lộc, xa: 3}\n"
      "  - {ten: Dung Quất, xa: 0}\n";
  auto r = expand(
      "{{ huyen | sum(attribute='xa') }}|"
      "{{ huyen | sort(attribute='ten') | map(attribute='ten') | join('; ') }}|"
      "{% for h in huyen | selectattr('xa', 'gt', 0) %}{{ h.ten }}: {{ h.xa }}{% if not loop.last %}; {% endif %}{% endfor %}|"
      "{{ huyen | sort(attribute='xa', reverse=true) | first | string }}",
      data);
  CHECK(r.errors() == "");
  CHECK(r.text == "«7»|«Can Lộc; Dung Quất; Đức Thọ»|«Đức Thọ»: «4»; «Can Lộc»: «3»|«ten: Đức Thọ, xa: 4»");
}

TEST_CASE("groupby keeps the data's order of first appearance", "[template][filters]") {
  const char* data =
      "xa:\n"
      "  - {ten: Kỳ Thư, huyen: huyện Kỳ Anh}\n"
      "  - {ten: Việt Tiến, huyen: huyện Thạch Hà}\n"
      "  - {ten: Kỳ Hà, huyen: thị xã Kỳ Anh}\n"
      "  - {ten: Thạch Kênh, huyen: huyện Thạch Hà}\n";
  auto r = expand(
      "{% for g in xa | groupby('huyen') %}{{ g.list | map(attribute='ten') | join(', ') }} - {{ g.grouper }}"
      "{% if not loop.last %}; {% endif %}{% endfor %}|{{ xa | groupby('huyen') | length }}",
      data);
  CHECK(r.errors() == "");
  CHECK(r.text == "«Kỳ Thư» - «huyện Kỳ Anh»; «Việt Tiến, Thạch Kênh» - «huyện Thạch Hà»; «Kỳ Hà» - «thị xã Kỳ Anh»|«3»");
}

TEST_CASE("period names come from the month and the year", "[template][filters]") {
  auto r = expand("{{ thang | period(nam) }}; {{ thang | period_rest }}; {{ 9 | period(2020, 'thang') }}; "
                  "{{ 12 | period_rest(nam) }}",
                  "thang: 8\nnam: 2023\n");
  CHECK(r.errors() == "");
  CHECK(r.text == "«8 tháng đầu năm 2023»; «4 tháng cuối năm»; «tháng 9 năm 2020»; «năm 2024»");
  CHECK(expand("{{ 13 | period(2023) }}").errors().find("period") != std::string::npos);
  CHECK(expand("{{ 8 | period(2023, 'quy') }}").errors().find("quy") != std::string::npos);
}

TEST_CASE("upper and lower keep diacritics", "[template][filters]") {
  CHECK(expand("{{ x | upper }}", "x: Ủy ban nhân dân tỉnh Hà Tĩnh\n").text == "«ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH»");
}

TEST_CASE("default fills missing and empty values", "[template][filters]") {
  auto r = expand("{{ a | default('không có') }}|{{ b.c | default('-') }}|{{ d | default('x') }}", "d: \n");
  CHECK(r.errors() == "");
  CHECK(r.text == "«không có»|«-»|«x»");
}

TEST_CASE("whitespace control and block tags on their own lines", "[template][whitespace]") {
  // trim_blocks/lstrip_blocks: a tag alone on its line leaves no line behind.
  auto r = expand("Đầu\n  {% for x in xs %}\n- {{ x }}\n  {% endfor %}\nCuối\n", "xs: [a, b]\n");
  CHECK(r.text == "Đầu\n- «a»\n- «b»\nCuối\n");
  CHECK(expand("a   {{- x -}}   b", "x: 1\n").text == "a«1»b");
  CHECK(expand("a\n\n{%- if true %} b{% endif %}").text == "a b");
  CHECK(expand("x {# chú thích #}y").text == "x y");
}

TEST_CASE("table and pagebreak tags become directive lines", "[template]") {
  auto r = expand("Đoạn văn.\n{% table \"bieu-1\" %}\nTiếp.\n{% pagebreak %}\n");
  CHECK(r.text == "Đoạn văn.\n⟦table bieu-1⟧\nTiếp.\n⟦pagebreak⟧\n");
}

TEST_CASE("the private protocol characters cannot be forged from data or template text", "[template][literal]") {
  auto r = expand("a\xEE\x80\x82table x\xEE\x80\x83{{ v }}", "v: \"\xEE\x80\x80**x**\xEE\x80\x81\"\n");
  CHECK(r.text == "atable x«**x**»");
}
