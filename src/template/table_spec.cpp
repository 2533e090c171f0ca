// Stage: template.
#include "template/table_spec.hpp"

#include "core/utf8.hpp"
#include "template/messages.hpp"
#include "template/parser.hpp"
#include "template/spec_util.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace vanban::tmpl {
using data::Value;
using namespace spec;

namespace {

std::shared_ptr<const Program> short_template(const Value& v, const std::string& key, const Value& parent,
                                              Diagnostics& diags) {
  std::string text;
  if (v.is_number()) {
    text = v.as_number().to_string();
  } else {
    text = text_of(&v, key, false, parent, diags);
  }
  return std::make_shared<const Program>(parse_inline_template(text, v.pos(), diags));
}

std::string choice(const Value& v, const std::string& key, const std::vector<std::string>& allowed,
                   Diagnostics& diags) {
  if (wrong_kind(v, data::Kind::string, key, diags)) return {};
  if (std::find(allowed.begin(), allowed.end(), v.as_string()) != allowed.end()) return v.as_string();
  diags.add(make_error(v.pos(), msg::kColumnBadChoice, key, v.as_string(), join_names(allowed)));
  return {};
}

std::vector<std::string> key_list(const Value& v, const std::string& key, Diagnostics& diags) {
  std::vector<std::string> out;
  if (wrong_kind(v, data::Kind::list, key, diags)) return out;
  for (const auto& item : v.as_list()) {
    if (!wrong_kind(item, data::Kind::string, key, diags)) out.push_back(item.as_string());
  }
  return out;
}

void parse_column(const Value& v, ColumnSpec& c, Diagnostics& diags) {
  c.pos = v.pos();
  if (wrong_kind(v, data::Kind::map, "columns", diags)) return;
  check_keys(v, {"key", "header", "columns", "value", "type", "numbering", "ratio", "difference", "sum", "decimals",
                 "percent", "total", "width", "align"},
             diags);
  if (const Value* k = v.find("key")) c.key = text_of(k, "key", false, v, diags);
  if (const Value* h = v.find("header")) {
    c.header = short_template(*h, "header", v, diags);
  } else {
    diags.add(make_error(v.pos(), msg::kSpecMissing, "header"));
  }
  // What the column holds: exactly one source.
  std::vector<std::string> sources;
  for (const char* s : {"columns", "value", "numbering", "ratio", "difference", "sum"}) {
    if (v.find(s)) sources.emplace_back(s);
  }
  if (sources.empty()) {
    diags.add(make_error(v.pos(), msg::kColumnNoValue));
    return;
  }
  if (sources.size() > 1) {
    diags.add(make_error(v.find(sources[1])->pos(), msg::kColumnTwoValues, sources[0], sources[1]));
    return;
  }
  const std::string& source = sources[0];
  const Value& sv = *v.find(source);
  if (source == "columns") {
    if (wrong_kind(sv, data::Kind::list, "columns", diags)) return;
    for (const auto& child : sv.as_list()) {
      c.children.emplace_back();
      parse_column(child, c.children.back(), diags);
    }
    if (c.children.empty()) diags.add(make_error(sv.pos(), msg::kColumnNoValue));
    return;
  }
  if (source == "value") {
    c.kind = ColumnKind::value;
    std::string text = sv.is_string() ? sv.as_string() : std::string();
    if (!sv.is_string()) {
      wrong_kind(sv, data::Kind::string, "value", diags);
    } else {
      c.value = parse_expression(text, sv.pos(), diags);
    }
  } else if (source == "numbering") {
    c.kind = ColumnKind::numbering;
    if (!wrong_kind(sv, data::Kind::boolean, "numbering", diags) && !sv.as_bool()) {
      diags.add(make_error(sv.pos(), msg::kColumnNoValue));
    }
  } else {
    c.kind = source == "ratio" ? ColumnKind::ratio : source == "difference" ? ColumnKind::difference : ColumnKind::sum;
    c.operands = key_list(sv, source, diags);
    size_t want = c.kind == ColumnKind::sum ? 2 : 2;
    bool bad = c.kind == ColumnKind::sum ? c.operands.size() < want : c.operands.size() != want;
    if (bad) {
      const Phrase count = c.kind == ColumnKind::sum ? Phrase{"từ 2", "at least 2"} : Phrase{"2", "2"};
      diags.add(make_error(sv.pos(), msg::kColumnOperands, source, count, c.operands.size()));
    }
  }
  if (const Value* t = v.find("type")) {
    std::string ty = choice(*t, "type", {"number", "text"}, diags);
    if (ty == "number") c.type = ValueType::number;
    if (ty == "text") c.type = ValueType::text;
  }
  if (const Value* d = v.find("decimals")) {
    if (!d->is_number() || !d->as_number().is_integer() || d->as_number() < Decimal(0) || Decimal(6) < d->as_number()) {
      diags.add(make_error(d->pos(), msg::kColumnBadDecimals));
    } else {
      c.decimals = static_cast<int>(d->as_number().to_int64());
    }
  }
  if (const Value* p = v.find("percent")) {
    if (!wrong_kind(*p, data::Kind::boolean, "percent", diags)) c.percent = p->as_bool();
  }
  if (const Value* t = v.find("total")) {
    if (!wrong_kind(*t, data::Kind::boolean, "total", diags)) c.total = t->as_bool();
  }
  if (const Value* w = v.find("width")) {
    if (!w->is_number() || !(Decimal(0) < w->as_number()) || Decimal(1000) < w->as_number()) {
      const std::string shown = w->is_number()   ? w->as_number().to_string()
                                : w->is_string() ? w->as_string()
                                                 : std::string("?");
      diags.add(make_error(w->pos(), msg::kColumnBadWidth, shown));
    } else {
      c.width_mm = w->as_number().to_double();
    }
  }
  if (const Value* a = v.find("align")) c.align = choice(*a, "align", {"left", "center", "right"}, diags);
}

void collect_keys(const std::vector<ColumnSpec>& cols, std::map<std::string, const ColumnSpec*>& keys,
                  const std::string& table, Diagnostics& diags) {
  for (const auto& c : cols) {
    if (!c.key.empty()) {
      auto [it, fresh] = keys.emplace(c.key, &c);
      if (!fresh) diags.add(make_error(c.pos, msg::kColumnDuplicateKey, c.key, it->second->pos.line));
    }
    collect_keys(c.children, keys, table, diags);
  }
}

// Derived columns name existing keys, of columns that hold numbers, with no cycle.
void check_operands(const TableSpec& t, Diagnostics& diags) {
  std::map<std::string, const ColumnSpec*> keys;
  collect_keys(t.columns, keys, t.name, diags);
  for (const ColumnSpec* c : leaf_columns(t.columns)) {
    for (const auto& op : c->operands) {
      if (keys.count(op)) continue;
      std::vector<std::string> names;
      for (const auto& [k, col] : keys) names.push_back(k);
      Diagnostic d = make_error(c->pos, msg::kColumnUnknownKey, t.name, op);
      std::string guess = closest_match(op, names);
      if (!guess.empty()) {
        d = with_hint(std::move(d), msg::kDidYouMean, guess);
      } else {
        d = with_hint(std::move(d), msg::kColumnKeys, names.empty() ? "—" : join_names(names));
      }
      diags.add(std::move(d));
    }
  }
  // Cycles: depth-first over operands.
  std::map<const ColumnSpec*, int> state;  // 1 visiting, 2 done
  std::function<bool(const ColumnSpec*, const ColumnSpec*)> visit = [&](const ColumnSpec* c, const ColumnSpec* from) {
    int& s = state[c];
    if (s == 2) return true;
    if (s == 1) {
      diags.add(make_error(c->pos, msg::kColumnCycle, c->key, from ? from->key : c->key));
      return false;
    }
    s = 1;
    for (const auto& op : c->operands) {
      auto it = keys.find(op);
      if (it != keys.end() && !visit(it->second, c)) return false;
    }
    s = 2;
    return true;
  };
  for (const ColumnSpec* c : leaf_columns(t.columns)) {
    if (!visit(c, nullptr)) break;
  }
}

void check_sheet(const std::string& name, const SourcePos& pos, Diagnostics& diags) {
  std::string problem = sheet_name_problem(name, true);
  if (problem.empty()) return;
  diags.add(make_error(pos, msg::kSheetName, name, Phrase{problem, sheet_name_problem(name, false)}));
}

}  // namespace

std::vector<const ColumnSpec*> leaf_columns(const std::vector<ColumnSpec>& columns) {
  std::vector<const ColumnSpec*> out;
  std::function<void(const std::vector<ColumnSpec>&)> walk = [&](const std::vector<ColumnSpec>& cs) {
    for (const auto& c : cs) {
      if (c.children.empty()) {
        out.push_back(&c);
      } else {
        walk(c.children);
      }
    }
  };
  walk(columns);
  return out;
}

std::string sheet_name_problem(std::string_view name, bool vi) {
  if (name.empty()) return vi ? "tên trống" : "it is empty";
  size_t chars = utf8::length(name);
  if (chars > 31) {
    return vi ? fmt::format("dài {} ký tự, Excel chỉ cho 31", chars)
              : fmt::format("it is {} characters long, Excel allows 31", chars);
  }
  for (char c : name) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) {
      return vi ? fmt::format("có ký tự `{}` (không được dùng: [ ] : * ? / \\)", c)
                : fmt::format("it contains `{}` (not allowed: [ ] : * ? / \\)", c);
    }
  }
  if (name.front() == '\'' || name.back() == '\'') {
    return vi ? "không được bắt đầu hay kết thúc bằng dấu `'`" : "it may not start or end with `'`";
  }
  return {};
}

void parse_tables(const Value& tables, std::vector<TableSpec>& out, Diagnostics& diags) {
  if (wrong_kind(tables, data::Kind::map, "tables", diags)) return;
  for (const auto& m : tables.as_map()) {
    TableSpec t;
    t.name = m.key;
    t.pos = m.key_pos;
    const Value& v = m.value;
    if (wrong_kind(v, data::Kind::map, m.key, diags)) continue;
    check_keys(v, {"title", "unit", "rows", "group", "total", "placeholder", "sheet", "columns"}, diags);
    if (const Value* x = v.find("title")) t.title = short_template(*x, "title", v, diags);
    if (const Value* x = v.find("unit")) t.unit = short_template(*x, "unit", v, diags);
    if (const Value* x = v.find("rows"); x && !wrong_kind(*x, data::Kind::string, "rows", diags)) {
      t.rows = parse_expression(x->as_string(), x->pos(), diags);
    } else if (!x) {
      diags.add(make_error(m.key_pos, msg::kTableNoRows, t.name));
    }
    if (const Value* x = v.find("group"); x && !wrong_kind(*x, data::Kind::string, "group", diags)) {
      t.group = parse_expression(x->as_string(), x->pos(), diags);
    }
    if (const Value* x = v.find("total")) {
      // `total: Tổng cộng` or `total: {label: Toàn tỉnh, position: top}`
      if (x->is_map()) {
        check_keys(*x, {"label", "position"}, diags);
        if (const Value* l = x->find("label")) {
          t.total_label = short_template(*l, "label", *x, diags);
        } else {
          diags.add(make_error(x->pos(), msg::kSpecMissing, "label"));
        }
        if (const Value* p = x->find("position")) t.total_above = choice(*p, "position", {"top", "bottom"}, diags) == "top";
      } else if (!wrong_kind(*x, data::Kind::string, "total", diags)) {
        t.total_label = short_template(*x, "total", v, diags);
      }
    }
    if (const Value* x = v.find("placeholder")) t.placeholder = text_of(x, "placeholder", false, v, diags);
    if (const Value* x = v.find("sheet")) {
      t.sheet = text_of(x, "sheet", false, v, diags);
      check_sheet(t.sheet, x->pos(), diags);
    }
    if (const Value* x = v.find("columns"); x && !wrong_kind(*x, data::Kind::list, "columns", diags)) {
      for (const auto& c : x->as_list()) {
        t.columns.emplace_back();
        parse_column(c, t.columns.back(), diags);
      }
    }
    if (t.columns.empty()) {
      diags.add(make_error(m.key_pos, msg::kTableNoColumns, t.name));
    } else {
      check_operands(t, diags);
    }
    out.push_back(std::move(t));
  }
}

void parse_annexes(const Value& annexes, const std::vector<TableSpec>& tables, std::vector<AnnexSpec>& out,
                   Diagnostics& diags) {
  if (wrong_kind(annexes, data::Kind::list, "annexes", diags)) return;
  for (const auto& v : annexes.as_list()) {
    if (wrong_kind(v, data::Kind::map, "annexes", diags)) continue;
    check_keys(v, {"table", "heading", "orientation", "attached_line", "when"}, diags);
    AnnexSpec a;
    a.pos = v.pos();
    a.table = text_of(v.find("table"), "table", true, v, diags);
    if (!a.table.empty() &&
        std::none_of(tables.begin(), tables.end(), [&](const TableSpec& t) { return t.name == a.table; })) {
      std::vector<std::string> names;
      for (const auto& t : tables) names.push_back(t.name);
      Diagnostic d = make_error(v.find("table")->pos(), msg::kAnnexUnknownTable, a.table);
      std::string guess = closest_match(a.table, names);
      if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
      diags.add(std::move(d));
    }
    a.heading = text_of(v.find("heading"), "heading", false, v, diags);
    if (a.heading.empty()) a.heading = fmt::format("Biểu {}", out.size() + 1);
    const Value* sheet_pos = v.find("heading") ? v.find("heading") : &v;
    if (auto it = std::find_if(tables.begin(), tables.end(), [&](const TableSpec& t) { return t.name == a.table; });
        it == tables.end() || it->sheet.empty()) {
      check_sheet(a.heading, sheet_pos->pos(), diags);
    }
    if (const Value* o = v.find("orientation")) {
      std::string s = choice(*o, "orientation", {"auto", "portrait", "landscape"}, diags);
      if (s == "portrait") a.orientation = AnnexOrientation::portrait;
      if (s == "landscape") a.orientation = AnnexOrientation::landscape;
    }
    if (const Value* w = v.find("when")) a.when = text_of(w, "when", false, v, diags);
    if (const Value* l = v.find("attached_line")) {
      if (!wrong_kind(*l, data::Kind::boolean, "attached_line", diags)) a.attached_line = l->as_bool();
    }
    out.push_back(std::move(a));
  }
}

}  // namespace vanban::tmpl
