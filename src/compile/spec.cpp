// Stage: compile.
// Reading the compile spec: period, units, indicator catalogue, sources, allowed gaps.
#include "compile/compile.hpp"
#include "compile/messages.hpp"

#include "locale/text.hpp"

#include <algorithm>

namespace vanban::compile {
namespace {

using data::Value;

struct Reader {
  Diagnostics& diags;
  int errors_before = diags.error_count();

  void bad(const Value& v, std::string_view path, std::string_view what_vi, std::string_view what_en) {
    diags.add(make_error(v.pos(), msg::kCompileSpecBadValue, path, Phrase{std::string(what_vi), std::string(what_en)}));
  }
  const Value* need(const Value& map, std::string_view key, std::string_view path, std::string_view what_vi,
                    std::string_view what_en) {
    const Value* v = map.find(key);
    if (!v || v->is_null()) {
      diags.add(make_error(map.pos(), msg::kCompileSpecNeeds, std::string(path),
                           Phrase{std::string(what_vi), std::string(what_en)}));
      return nullptr;
    }
    return v;
  }
  std::optional<std::string> text(const Value& map, std::string_view key, std::string_view path, bool required,
                                  std::string_view what = "") {
    const Value* v = map.find(key);
    if (!v || v->is_null()) {
      if (required) diags.add(make_error(map.pos(), msg::kCompileSpecNeeds, std::string(path), what));
      return std::nullopt;
    }
    if (v->is_number()) return v->as_number().normalized().to_string();
    if (!v->is_string()) {
      bad(*v, path, "chuỗi", "text");
      return std::nullopt;
    }
    return locale::nfc(v->as_string());
  }
  std::optional<int> integer(const Value& map, std::string_view key, std::string_view path, int lo, int hi,
                             bool required, std::string_view what = "") {
    const Value* v = map.find(key);
    if (!v || v->is_null()) {
      if (required) diags.add(make_error(map.pos(), msg::kCompileSpecNeeds, std::string(path), what));
      return std::nullopt;
    }
    std::optional<Decimal> d;
    if (v->is_number()) d = v->as_number();
    else if (v->is_string()) d = Decimal::parse(v->as_string());
    if (!d || !d->is_integer() || *d < Decimal(lo) || *d > Decimal(hi)) {
      bad(*v, path, fmt::format("số nguyên từ {} đến {}", lo, hi), fmt::format("a whole number {}..{}", lo, hi));
      return std::nullopt;
    }
    return static_cast<int>(d->to_int64());
  }
  void known_keys(const Value& map, std::initializer_list<std::string_view> keys, bool extra_allowed = false) {
    if (!map.is_map() || extra_allowed) return;
    std::vector<std::string> names(keys.begin(), keys.end());
    for (const auto& m : map.as_map()) {
      if (std::find(names.begin(), names.end(), m.key) != names.end()) continue;
      Diagnostic d = make_error(m.key_pos, msg::kCompileSpecUnknownKey, m.key);
      diags.add(with_guess(std::move(d), m.key, names));
    }
  }
};

std::vector<Source> read_sources_spec(Reader& r, const Value* v, std::string_view path) {
  std::vector<Source> out;
  if (!v) return out;
  if (!v->is_list() || v->as_list().empty()) {
    r.bad(*v, path, "danh sách nguồn `- tep: …`", "a list of sources `- tep: …`");
    return out;
  }
  for (size_t i = 0; i < v->as_list().size(); ++i) {
    const Value& s = v->as_list()[i];
    std::string p = fmt::format("{}[{}]", path, i);
    if (!s.is_map()) {
      r.bad(s, p, "`{tep: …}`", "`{tep: …}`");
      continue;
    }
    r.known_keys(s, {"tep", "cot_don_vi", "trang_tinh"});
    Source src;
    src.pos = s.pos();
    if (auto t = r.text(s, "tep", p + ".tep", true, "mẫu tên tệp, ví dụ thang/{nam}-{thang}.csv")) {
      src.pattern = *t;
      if (src.pattern.find("{thang}") == std::string::npos) r.diags.add(make_error(s.find("tep")->pos(), msg::kCompilePatternNoMonth, *t));
      std::filesystem::path pp(*t);
      bool outside = pp.is_absolute();
      for (const auto& part : pp) outside = outside || part == "..";
      if (outside) r.diags.add(make_error(s.find("tep")->pos(), msg::kCompilePatternOutside, *t));
    }
    src.district_column = r.text(s, "cot_don_vi", p, false).value_or("don_vi");
    src.sheet = r.text(s, "trang_tinh", p, false).value_or("");
    out.push_back(std::move(src));
  }
  return out;
}

Allowed read_allowed(Reader& r, const Spec& spec, const Value* v) {
  Allowed a;
  if (!v || v->is_null()) return a;
  if (v->is_bool()) {
    a.everything = v->as_bool();
    return a;
  }
  if (!v->is_list()) {
    r.bad(*v, "cho_phep_thieu", "`true` hoặc danh sách `- {don_vi: …, thang: [3, 4]}`",
          "`true` or a list `- {don_vi: …, thang: [3, 4]}`");
    return a;
  }
  for (const Value& item : v->as_list()) {
    if (!item.is_map()) {
      r.bad(item, "cho_phep_thieu", "`{don_vi: …, thang: [3, 4]}`", "`{don_vi: …, thang: [3, 4]}`");
      continue;
    }
    auto name = r.text(item, "don_vi", "cho_phep_thieu.don_vi", true, "tên đơn vị");
    if (!name) continue;
    size_t d = find_district(spec, *name);
    if (d == std::string::npos) {
      r.diags.add(make_error(item.find("don_vi")->pos(), msg::kCompileUnknownDistrict, *name));
      continue;
    }
    std::vector<int> months;
    if (const Value* m = item.find("thang"); m && m->is_list()) {
      for (const Value& x : m->as_list()) {
        if (x.is_number() && x.as_number().is_integer() && x.as_number() >= Decimal(1) && x.as_number() <= Decimal(12)) {
          months.push_back(static_cast<int>(x.as_number().to_int64()));
        } else {
          r.bad(x, "cho_phep_thieu.thang", "tháng 1..12", "a month 1..12");
        }
      }
    }
    a.months.emplace_back(d, std::move(months));
  }
  return a;
}

std::optional<Kind> kind_of(std::string_view s) {
  if (s == "flow") return Kind::flow;
  if (s == "stock") return Kind::stock;
  if (s == "plan") return Kind::plan;
  if (s == "ratio") return Kind::ratio;
  return std::nullopt;
}

}  // namespace

const Indicator* Spec::find(std::string_view code) const {
  for (const auto& i : indicators) {
    if (i.code == code) return &i;
  }
  return nullptr;
}

bool is_spec(const data::Value& v) { return v.is_map() && v.find("bien_soan") != nullptr; }

std::optional<Spec> read_spec(const data::Value& v, const std::filesystem::path& folder, Diagnostics& diags) {
  Reader r{diags};
  Spec spec;
  spec.folder = folder;
  spec.pos = v.pos();
  r.known_keys(v, {"bien_soan", "don_vi", "chi_tieu", "nguon", "cho_phep_thieu", "nam_truoc"});
  if (const Value* head = r.need(v, "bien_soan", "bien_soan", "năm, tháng cuối của kỳ", "year, last month of the period")) {
    r.known_keys(*head, {"nam", "den_thang", "loai", "khoa", "khoa_tong"});
    spec.year = r.integer(*head, "nam", "bien_soan.nam", 1900, 2999, true, "năm báo cáo").value_or(0);
    spec.month = r.integer(*head, "den_thang", "bien_soan.den_thang", 1, 12, true, "tháng cuối của kỳ").value_or(0);
    if (auto k = r.text(*head, "loai", "bien_soan.loai", false)) {
      if (*k == "thang") spec.period = locale::PeriodKind::month;
      else if (*k != "luy_ke") r.bad(*head->find("loai"), "bien_soan.loai", "`luy_ke` hoặc `thang`", "`luy_ke` or `thang`");
    }
    spec.list_key = r.text(*head, "khoa", "bien_soan.khoa", false).value_or("huyen");
    spec.total_key = r.text(*head, "khoa_tong", "bien_soan.khoa_tong", false).value_or("toan_tinh");
  }
  if (const Value* units = r.need(v, "don_vi", "don_vi", "danh sách đơn vị `- ten: …`", "list of units `- ten: …`")) {
    if (!units->is_list()) r.bad(*units, "don_vi", "danh sách đơn vị", "a list of units");
    for (size_t i = 0; units->is_list() && i < units->as_list().size(); ++i) {
      const Value& u = units->as_list()[i];
      District d;
      d.pos = u.pos();
      if (u.is_string()) {
        d.name = locale::nfc(u.as_string());
        d.attributes.push_back(data::Member{"ten", u.pos(), data::Value::string(d.name, u.pos())});
      } else if (u.is_map()) {
        auto name = r.text(u, "ten", fmt::format("don_vi[{}].ten", i), true, "tên đơn vị");
        if (!name) continue;
        d.name = *name;
        d.attributes = u.as_map();
        std::erase_if(d.attributes, [](const data::Member& m) { return m.key == "ma" || m.key == "ten_khac"; });
        if (auto s = r.text(u, "ten_ngan", "ten_ngan", false)) d.names.push_back(*s);
        if (auto s = r.text(u, "ma", "ma", false)) {
          d.names.push_back(*s);
          d.file_key = locale::ascii_key(*s);
        }
        if (const Value* alt = u.find("ten_khac"); alt && alt->is_list()) {
          for (const Value& a : alt->as_list()) {
            if (a.is_string()) d.names.push_back(locale::nfc(a.as_string()));
          }
        }
      } else {
        r.bad(u, fmt::format("don_vi[{}]", i), "tên đơn vị hoặc `{ten: …}`", "a unit name or `{ten: …}`");
        continue;
      }
      d.names.insert(d.names.begin(), d.name);
      if (d.file_key.empty()) d.file_key = locale::ascii_key(d.name);
      for (const auto& other : spec.districts) {
        if (locale::case_fold(other.name) == locale::case_fold(d.name)) {
          diags.add(make_error(u.pos(), msg::kCompileSpecDuplicate, d.name));
        }
      }
      spec.districts.push_back(std::move(d));
    }
  }
  if (const Value* cat = r.need(v, "chi_tieu", "chi_tieu", "danh mục chỉ tiêu `- ma: …`", "list of indicators `- ma: …`")) {
    if (!cat->is_list()) r.bad(*cat, "chi_tieu", "danh sách chỉ tiêu", "a list of indicators");
    for (size_t i = 0; cat->is_list() && i < cat->as_list().size(); ++i) {
      const Value& c = cat->as_list()[i];
      std::string p = fmt::format("chi_tieu[{}]", i);
      if (!c.is_map()) {
        r.bad(c, p, "`{ma: …, ten: …, loai: …}`", "`{ma: …, ten: …, loai: …}`");
        continue;
      }
      r.known_keys(c, {"ma", "ten", "don_vi", "so_le", "loai", "nhap", "tu", "mau", "ke_hoach"});
      Indicator ind;
      ind.pos = c.pos();
      ind.code = r.text(c, "ma", p + ".ma", true, "mã chỉ tiêu").value_or("");
      ind.name = r.text(c, "ten", p + ".ten", true, "tên chỉ tiêu").value_or(ind.code);
      ind.unit = r.text(c, "don_vi", p + ".don_vi", false).value_or("");
      ind.decimals = r.integer(c, "so_le", p + ".so_le", 0, 6, false).value_or(0);
      if (auto k = r.text(c, "loai", p + ".loai", true, "flow, stock, plan hoặc ratio")) {
        if (auto kind = kind_of(*k)) {
          ind.kind = *kind;
        } else {
          Diagnostic d = make_error(c.find("loai")->pos(), msg::kCompileSpecBadValue, p + ".loai", Phrase{"flow, stock, plan hoặc ratio", "flow, stock, plan or ratio"});
          diags.add(with_hint(std::move(d), msg::kCompileSpecKinds));
        }
      }
      if (auto n = r.text(c, "nhap", p + ".nhap", false)) {
        if (*n == "luy_ke") ind.input = Input::cumulative;
        else if (*n != "thang") r.bad(*c.find("nhap"), p + ".nhap", "`thang` hoặc `luy_ke`", "`thang` or `luy_ke`");
      }
      ind.numerator = r.text(c, "tu", p + ".tu", ind.kind == Kind::ratio, "tử số của tỷ lệ").value_or("");
      ind.denominator = r.text(c, "mau", p + ".mau", ind.kind == Kind::ratio, "mẫu số của tỷ lệ").value_or("");
      ind.plan = r.text(c, "ke_hoach", p + ".ke_hoach", false).value_or("");
      if (spec.find(ind.code)) diags.add(make_error(c.pos(), msg::kCompileSpecDuplicate, ind.code));
      spec.indicators.push_back(std::move(ind));
    }
    // References between indicators.
    std::vector<std::string> codes;
    for (const auto& i : spec.indicators) codes.push_back(i.code);
    auto check_ref = [&](const Indicator& i, const std::string& ref, bool not_ratio) {
      if (ref.empty()) return;
      const Indicator* t = spec.find(ref);
      if (!t) {
        Diagnostic d = make_error(i.pos, msg::kCompileSpecUnknownIndicator, ref);
        diags.add(with_guess(std::move(d), ref, codes));
      } else if (not_ratio && t->kind == Kind::ratio) {
        diags.add(make_error(i.pos, msg::kCompileSpecRatioOfRatio, i.code, ref));
      }
    };
    for (const auto& i : spec.indicators) {
      check_ref(i, i.numerator, true);
      check_ref(i, i.denominator, true);
      check_ref(i, i.plan, true);
    }
  }
  spec.sources =
      read_sources_spec(r, r.need(v, "nguon", "nguon", "các tệp số liệu `- tep: …`", "data files `- tep: …`"), "nguon");
  spec.allowed = read_allowed(r, spec, v.find("cho_phep_thieu"));
  if (const Value* last = v.find("nam_truoc"); last && last->is_map()) {
    r.known_keys(*last, {"nguon", "cho_phep_thieu"});
    spec.has_last_year = true;
    spec.last_year_sources = read_sources_spec(
        r, r.need(*last, "nguon", "nam_truoc.nguon", "các tệp của năm trước", "last year's files"), "nam_truoc.nguon");
    spec.last_year_allowed = read_allowed(r, spec, last->find("cho_phep_thieu"));
  } else if (last && !last->is_null()) {
    r.bad(*last, "nam_truoc", "`{nguon: [ … ]}`", "`{nguon: [ … ]}`");
  }
  if (diags.error_count() > r.errors_before) return std::nullopt;
  return spec;
}

size_t find_district(const Spec& spec, std::string_view written) {
  auto collapse = [](std::string s) {
    std::string out;
    bool space = false;
    for (char c : s) {
      if (c == ' ' || c == '\t') {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += c;
    }
    return out;
  };
  std::string key = collapse(locale::case_fold(written));
  for (size_t i = 0; i < spec.districts.size(); ++i) {
    for (const auto& n : spec.districts[i].names) {
      if (collapse(locale::case_fold(n)) == key) return i;
    }
  }
  return std::string::npos;
}

size_t find_district_by_key(const Spec& spec, std::string_view path_part) {
  std::string key = locale::ascii_key(path_part);
  for (size_t i = 0; i < spec.districts.size(); ++i) {
    if (spec.districts[i].file_key == key) return i;
    for (const auto& n : spec.districts[i].names) {
      if (locale::ascii_key(n) == key) return i;
    }
  }
  return std::string::npos;
}

}  // namespace vanban::compile
