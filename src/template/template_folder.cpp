// Stage: template.
#include "template/template_folder.hpp"

#include "core/atomic_file.hpp"
#include "data/load.hpp"
#include "data/number_text.hpp"
#include "data/yaml_reader.hpp"
#include "locale/format.hpp"
#include "template/messages.hpp"
#include "template/parser.hpp"
#include "template/spec_util.hpp"
#include "template/table_spec.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>

namespace vanban::tmpl {
namespace fs = std::filesystem;
using data::Value;

namespace spec {
std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Reports a key of a template.yaml mapping that is not among `known`.
void check_keys(const Value& map, const std::vector<std::string>& known, Diagnostics& diags) {
  for (const auto& m : map.as_map()) {
    if (std::find(known.begin(), known.end(), m.key) != known.end()) continue;
    Diagnostic d = make_error(m.key_pos, msg::kSpecUnknownKey, m.key);
    std::string guess = closest_match(m.key, known);
    if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
    diags.add(std::move(d));
  }
}

std::string text_of(const Value* v, const std::string& key, bool required, const Value& parent, Diagnostics& diags) {
  if (!v || v->is_null()) {
    if (required) diags.add(make_error(parent.pos(), msg::kSpecMissing, key));
    return {};
  }
  if (!v->is_string()) {
    diags.add(make_error(v->pos(), msg::kSpecWrongKind, key, data::kind_term(data::Kind::string)));
    return {};
  }
  return v->as_string();
}

bool wrong_kind(const Value& v, data::Kind want, const std::string& key, Diagnostics& diags) {
  if (v.kind() == want) return false;
  diags.add(make_error(v.pos(), msg::kSpecWrongKind, key, data::kind_term(want)));
  return true;
}

}  // namespace spec

namespace {
using namespace spec;

constexpr std::pair<FieldType, std::string_view> kTypeNames[] = {
    {FieldType::any, "any"},         {FieldType::text, "text"},  {FieldType::number, "number"},
    {FieldType::integer, "integer"}, {FieldType::code, "code"},  {FieldType::year, "year"},
    {FieldType::date, "date"},       {FieldType::boolean, "boolean"}, {FieldType::list, "list"},
    {FieldType::map, "map"},
};

const std::vector<std::string>& header_field_names() {
  static const std::vector<std::string> kNames = {"parent_body", "issuer", "symbol", "place", "type", "summary"};
  return kNames;
}

std::optional<FieldSpec> parse_field(const std::string& name, const Value& v, SourcePos key_pos, Diagnostics& diags);

void parse_fields(const Value& map, std::vector<FieldSpec>& out, Diagnostics& diags) {
  for (const auto& m : map.as_map()) {
    if (auto f = parse_field(m.key, m.value, m.key_pos, diags)) out.push_back(std::move(*f));
  }
}

std::optional<FieldSpec> parse_field(const std::string& name, const Value& v, SourcePos key_pos, Diagnostics& diags) {
  FieldSpec f;
  f.name = name;
  f.pos = std::move(key_pos);
  // Short form: `so: code`
  if (v.is_string()) {
    auto it = std::find_if(std::begin(kTypeNames), std::end(kTypeNames),
                           [&](const auto& t) { return t.second == v.as_string(); });
    if (it == std::end(kTypeNames)) {
      std::vector<std::string> names;
      for (const auto& t : kTypeNames) names.emplace_back(t.second);
      Diagnostic d = make_error(v.pos(), msg::kSpecBadType, v.as_string(), join_names(names));
      std::string guess = closest_match(v.as_string(), names);
      if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
      diags.add(std::move(d));
      return std::nullopt;
    }
    f.type = it->first;
    return f;
  }
  if (wrong_kind(v, data::Kind::map, name, diags)) return std::nullopt;
  check_keys(v, {"type", "required", "description", "example", "block", "values", "fields", "items"}, diags);
  if (const Value* t = v.find("type")) {
    auto parsed = parse_field(name, *t, f.pos, diags);
    if (!parsed) return std::nullopt;
    f.type = parsed->type;
  }
  if (const Value* r = v.find("required")) {
    if (!wrong_kind(*r, data::Kind::boolean, "required", diags)) f.required = r->as_bool();
  }
  if (const Value* d = v.find("description")) f.description = text_of(d, "description", false, v, diags);
  if (const Value* e = v.find("example")) f.example = *e;
  if (const Value* b = v.find("block")) f.block = text_of(b, "block", false, v, diags);
  if (const Value* vals = v.find("values")) {
    if (!wrong_kind(*vals, data::Kind::list, "values", diags)) f.values = vals->as_list();
  }
  if (const Value* fs = v.find("fields")) {
    if (!wrong_kind(*fs, data::Kind::map, "fields", diags)) {
      parse_fields(*fs, f.fields, diags);
      if (f.type == FieldType::any) f.type = FieldType::map;
    }
  }
  if (const Value* items = v.find("items")) {
    if (auto item = parse_field(name + "[]", *items, items->pos(), diags)) {
      f.items = std::make_shared<FieldSpec>(std::move(*item));
      if (f.type == FieldType::any) f.type = FieldType::list;
    }
  }
  return f;
}

// ---- validation ---------------------------------------------------------------

std::string show(const Value& v) {
  switch (v.kind()) {
    case data::Kind::string: return v.as_string();
    case data::Kind::number: return v.as_number().normalized().to_string();
    case data::Kind::boolean: return v.as_bool() ? "true" : "false";
    default: return std::string(data::kind_name(v.kind(), true));
  }
}

void type_error(const std::string& path, FieldType want, const Value& v, Diagnostics& diags) {
  Diagnostic d = make_error(v.pos(), msg::kFieldType, path,
                            Phrase{std::string(field_type_name(want, true)), std::string(field_type_name(want, false))},
                            data::kind_term(v.kind()));
  // A figure typed the Vietnamese way in YAML ("15.806,246") is text.
  if ((want == FieldType::number || want == FieldType::integer) && v.is_string() &&
      data::parse_number_text(v.as_string(), data::NumberStyle::vietnamese)) {
    d = with_hint(std::move(d), msg::kNumberAsText);
  }
  diags.add(std::move(d));
}

void validate_value(const FieldSpec& spec, const std::string& path, Value& v, Diagnostics& diags);

void validate_map(const std::vector<FieldSpec>& fields, const std::string& path, Value& v, Diagnostics& diags,
                  const std::vector<std::string>& replaced = {}) {
  std::vector<std::string> declared;
  for (const auto& f : fields) declared.push_back(f.name);
  for (const auto& f : fields) {
    std::string child = path.empty() ? f.name : path + "." + f.name;
    Value* member = nullptr;
    for (auto& m : v.as_map()) {
      if (m.key == f.name) member = &m.value;
    }
    if (!member || member->is_null()) {
      const bool written = !f.block.empty() && std::find(replaced.begin(), replaced.end(), f.block) != replaced.end();
      if (f.required && !written) {
        std::string what = f.description.empty() ? std::string(field_type_name(f.type, true)) : f.description;
        // The template's own description is in the template's language.
        diags.add(make_error(v.pos(), msg::kFieldMissing, child,
                             Phrase{what, f.description.empty() ? std::string(field_type_name(f.type, false)) : what}));
      }
      continue;
    }
    validate_value(f, child, *member, diags);
  }
  for (const auto& m : v.as_map()) {
    if (std::find(declared.begin(), declared.end(), m.key) != declared.end()) continue;
    if (!m.key_pos.known()) continue;  // computed data (vanban compile): nobody typed it
    std::string guess = closest_match(m.key, declared);
    if (guess.empty()) continue;  // extra data is allowed; only likely typos are flagged
    // A longer key built on a declared one (`duong_th_pt_kh` beside `duong_th`) is more data, not a typo.
    if (m.key.size() > guess.size() + 2 || guess.size() > m.key.size() + 2) continue;
    // A map or list beside a declared single value (`do_dau:` with its own fields beside
    // `do_mat: Mật`) is other data, not a typo of it.
    const auto spec = std::find_if(fields.begin(), fields.end(), [&](const FieldSpec& f) { return f.name == guess; });
    const bool holds_many = m.value.is_map() || m.value.is_list();
    const bool takes_many = spec == fields.end() || spec->type == FieldType::any || spec->type == FieldType::list ||
                            spec->type == FieldType::map || !spec->fields.empty();
    if (holds_many && !takes_many) continue;
    diags.add(with_hint(make_warning(m.key_pos, msg::kFieldUnknown, m.key), msg::kDidYouMean, guess));
  }
}

void validate_value(const FieldSpec& spec, const std::string& path, Value& v, Diagnostics& diags) {
  switch (spec.type) {
    case FieldType::any: break;
    case FieldType::text:
      if (v.is_number()) {
        v = Value::string(v.as_number().normalized().to_string(), v.pos());
      } else if (!v.is_string()) {
        return type_error(path, spec.type, v, diags);
      }
      break;
    case FieldType::number:
      if (!v.is_number()) return type_error(path, spec.type, v, diags);
      break;
    case FieldType::integer:
      if (!v.is_number()) return type_error(path, spec.type, v, diags);
      if (!v.as_number().is_integer()) {
        return diags.add(make_error(v.pos(), msg::kFieldNotInteger, path, v.as_number().to_string()));
      }
      break;
    case FieldType::code:
    case FieldType::year:
      if (v.is_number() && v.as_number().is_integer()) {
        v = Value::string(v.as_number().normalized().to_string(), v.pos());
      } else if (!v.is_string()) {
        return type_error(path, spec.type, v, diags);
      }
      break;
    case FieldType::date:
      if (!v.is_string()) return type_error(path, spec.type, v, diags);
      if (!locale::parse_date(v.as_string())) {
        return diags.add(make_error(v.pos(), msg::kFieldNotDate, path, v.as_string()));
      }
      break;
    case FieldType::boolean:
      if (!v.is_bool()) return type_error(path, spec.type, v, diags);
      break;
    case FieldType::list:
      if (!v.is_list()) return type_error(path, spec.type, v, diags);
      if (spec.items) {
        auto& items = v.as_list();
        for (size_t i = 0; i < items.size(); ++i) {
          if (items[i].is_null()) continue;
          validate_value(*spec.items, fmt::format("{}[{}]", path, i), items[i], diags);
        }
      }
      break;
    case FieldType::map:
      if (!v.is_map()) return type_error(path, spec.type, v, diags);
      validate_map(spec.fields, path, v, diags);
      break;
  }
  if (!spec.values.empty() &&
      std::find(spec.values.begin(), spec.values.end(), v) == spec.values.end()) {
    std::vector<std::string> allowed;
    for (const auto& a : spec.values) allowed.push_back(show(a));
    Diagnostic d = make_error(v.pos(), msg::kFieldValue, path, show(v), join_names(allowed));
    std::string guess = closest_match(show(v), allowed);
    if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
    diags.add(std::move(d));
  }
}

bool has_symlink_or_escape(const fs::path& folder, const std::string& name) {
  fs::path rel(name);
  if (name.empty() || rel.is_absolute() || name.find('\\') != std::string::npos) return true;
  fs::path cur = folder;
  for (const auto& part : rel) {
    if (part == ".." || part == "." || part.empty()) return true;
    cur /= part;
    struct stat st {};
    if (::lstat(cur.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) return true;
  }
  return false;
}

}  // namespace

std::string_view field_type_name(FieldType t, bool vi) {
  switch (t) {
    case FieldType::any: return vi ? "giá trị bất kỳ" : "any value";
    case FieldType::text: return vi ? "chuỗi" : "text";
    case FieldType::number: return vi ? "số" : "number";
    case FieldType::integer: return vi ? "số nguyên" : "whole number";
    case FieldType::code: return vi ? "mã số" : "code";
    case FieldType::year: return vi ? "năm" : "year";
    case FieldType::date: return vi ? "ngày" : "date";
    case FieldType::boolean: return vi ? "đúng/sai" : "boolean";
    case FieldType::list: return vi ? "danh sách" : "list";
    case FieldType::map: return vi ? "bảng khóa" : "map";
  }
  return "?";
}

const Program* FolderIncludes::include(const std::string& name, const SourcePos& pos, Diagnostics& diags) {
  auto it = cache_.find(name);
  if (it != cache_.end()) return it->second.get();
  if (has_symlink_or_escape(folder_, name)) {
    diags.add(make_error(pos, msg::kPathOutside, name));
    return nullptr;
  }
  // A hard link is a second name of a file that may live anywhere on the
  // disk: like a symbolic link, it could bring a file from outside the folder.
  struct stat st {};
  if (::stat((folder_ / name).c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink > 1) {
    diags.add(make_error(pos, msg::kPathHardLink, name, st.st_nlink));
    return nullptr;
  }
  Diagnostic io;
  auto text = read_file(folder_ / name, io);
  if (!text) {
    io.pos = pos;
    diags.add(std::move(io));
    return nullptr;
  }
  auto file = std::make_shared<const std::string>((folder_ / name).string());
  auto program = std::make_unique<Program>(parse_template(*text, file, diags));
  if (!program->extends.empty()) {
    diags.add(make_error(program->extends_pos, msg::kExtendsInTemplate, program->extends));
    cache_.emplace(name, nullptr);  // reported once, however often it is included
    return nullptr;
  }
  const Program* result = program.get();
  cache_.emplace(name, std::move(program));
  return result;
}

const std::vector<std::string>& shape_names() {
  static const std::vector<std::string> kNames = {"titled", "cong-van", "quyet-dinh", "bien-ban", "cong-dien"};
  return kNames;
}

namespace {

constexpr int kMaxBaseDepth = 4;

// The folders on the way from the template asked for to the one being read (`base:`, `body_from:`).
using BaseChain = std::vector<fs::path>;

std::optional<Template> load_at(const fs::path& folder, Diagnostics& diags, const BaseChain& chain);

// `base: NAME`: a sibling folder, by name only; not one already on the way (a circle).
std::optional<Template> load_base(const fs::path& folder, const Value& v, Diagnostics& diags, const BaseChain& chain) {
  std::string name = v.is_string() ? v.as_string() : std::string();
  if (name.empty() || name.find('/') != std::string::npos || name.find('\\') != std::string::npos ||
      name == "." || name == "..") {
    diags.add(make_error(v.pos(), msg::kSpecBadBase, name));
    return std::nullopt;
  }
  fs::path base_folder = folder.parent_path() / name;
  BaseChain on_the_way = chain;
  on_the_way.push_back(folder);
  if (std::find(on_the_way.begin(), on_the_way.end(), base_folder) != on_the_way.end()) {
    std::string circle;
    for (auto it = std::find(on_the_way.begin(), on_the_way.end(), base_folder); it != on_the_way.end(); ++it) {
      circle += it->filename().string() + " → ";
    }
    diags.add(make_error(v.pos(), msg::kSpecBaseCycle, name, circle + name));
    return std::nullopt;
  }
  if (static_cast<int>(chain.size()) >= kMaxBaseDepth) {
    diags.add(make_error(v.pos(), msg::kSpecBaseTooDeep, name, kMaxBaseDepth));
    return std::nullopt;
  }
  std::error_code ec;
  if (!fs::is_regular_file(base_folder / "template.yaml", ec)) {
    diags.add(make_error(v.pos(), msg::kSpecBaseMissing, name, base_folder.string()));
    return std::nullopt;
  }
  return load_at(base_folder, diags, on_the_way);
}

// A field redeclared keeps the base's examples (its own and its fields') unless it gives its own.
void inherit_examples(FieldSpec& own, const FieldSpec& base) {
  if (own.example.is_null()) own.example = base.example;
  for (auto& f : own.fields) {
    for (const auto& g : base.fields) {
      if (g.name == f.name) inherit_examples(f, g);
    }
  }
}

void merge_fields(std::vector<FieldSpec>& into, std::vector<FieldSpec> own) {
  for (auto& f : own) {
    auto same = std::find_if(into.begin(), into.end(), [&](const FieldSpec& g) { return g.name == f.name; });
    if (same != into.end()) {
      inherit_examples(f, *same);
      *same = std::move(f);
    } else {
      into.push_back(std::move(f));
    }
  }
}

std::optional<std::string> read_optional(const fs::path& path, Diagnostics& diags) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::nullopt;
  Diagnostic io;
  auto text = read_file(path, io);
  if (!text) diags.add(std::move(io));
  return text;
}

std::optional<Template> load_at(const fs::path& folder, Diagnostics& diags, const BaseChain& chain) {
  int errors_before = diags.error_count();
  Template t;
  t.folder = folder;
  t.name = folder.filename().string();
  if (t.name.empty()) t.name = folder.parent_path().filename().string();
  fs::path spec_path = folder / "template.yaml";
  t.spec_file = std::make_shared<const std::string>(spec_path.string());

  Diagnostic io;
  auto spec_text = read_file(spec_path, io);
  if (!spec_text) {
    diags.add(std::move(io));
    return std::nullopt;
  }
  auto spec = data::read_yaml(*spec_text, t.spec_file, diags);
  if (!spec) return std::nullopt;
  if (!spec->is_map()) {
    wrong_kind(*spec, data::Kind::map, "template.yaml", diags);
    return std::nullopt;
  }
  check_keys(*spec, {"name", "title", "description", "profile", "base", "body_from", "abbreviation", "shape", "header",
                     "fields", "defaults", "tables", "annexes", "outputs"},
             diags);
  std::optional<Template> base;
  if (const Value* b = spec->find("base")) {
    base = load_base(folder, *b, diags, chain);
    if (!base) return std::nullopt;
    t.base = b->as_string();
    t.profile = base->profile;
    t.abbreviation = base->abbreviation;
    t.shape = base->shape;
    t.header = std::move(base->header);
    t.fields = std::move(base->fields);
    t.tables = std::move(base->tables);
    t.annexes = std::move(base->annexes);
    t.outputs = std::move(base->outputs);
    t.defaults = std::move(base->defaults);
  }
  if (const Value* d = spec->find("defaults")) {
    if (!wrong_kind(*d, data::Kind::map, "defaults", diags)) {
      if (t.defaults.is_map()) {
        data::merge(t.defaults, *d);
      } else {
        t.defaults = *d;
      }
    }
  }
  // `body_from: NAME`: the body (and starter) of a sibling template.
  std::optional<Template> body_source;
  if (const Value* b = spec->find("body_from")) {
    body_source = load_base(folder, *b, diags, chain);
    if (!body_source) return std::nullopt;
  }
  std::string declared_name = text_of(spec->find("name"), "name", false, *spec, diags);
  if (!declared_name.empty()) t.name = declared_name;
  t.title = text_of(spec->find("title"), "title", true, *spec, diags);
  t.description = text_of(spec->find("description"), "description", false, *spec, diags);
  if (spec->find("profile") || !base) t.profile = text_of(spec->find("profile"), "profile", true, *spec, diags);
  if (!t.profile.empty() && t.profile != "nd30" && t.profile != "hd36") {
    diags.add(make_error(spec->find("profile")->pos(), msg::kSpecBadProfile, t.profile));
  }
  if (const Value* a = spec->find("abbreviation")) t.abbreviation = text_of(a, "abbreviation", false, *spec, diags);
  if (const Value* sh = spec->find("shape")) {
    t.shape = text_of(sh, "shape", false, *spec, diags);
    const auto& known = shape_names();
    if (std::find(known.begin(), known.end(), t.shape) == known.end()) {
      Diagnostic d = make_error(sh->pos(), msg::kSpecBadShape, t.shape, join_names(known));
      std::string guess = closest_match(t.shape, known);
      if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
      diags.add(std::move(d));
    }
  }
  if (t.shape.empty()) t.shape = "titled";
  if (const Value* header = spec->find("header")) {
    if (!wrong_kind(*header, data::Kind::map, "header", diags)) {
      for (const auto& m : header->as_map()) {
        const auto& known = header_field_names();
        if (std::find(known.begin(), known.end(), m.key) == known.end()) {
          Diagnostic d = make_error(m.key_pos, msg::kSpecBadHeader, m.key, join_names(known));
          std::string guess = closest_match(m.key, known);
          if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
          diags.add(std::move(d));
          continue;
        }
        std::string text = text_of(&m.value, m.key, false, *header, diags);
        t.header.emplace_back(m.key, parse_inline_template(text, m.value.pos(), diags));
      }
    }
  }
  if (const Value* fields = spec->find("fields")) {
    std::vector<FieldSpec> own;
    if (!wrong_kind(*fields, data::Kind::map, "fields", diags)) parse_fields(*fields, own, diags);
    merge_fields(t.fields, std::move(own));
  }
  // A header field the template sets itself (`header: summary: …`) is not asked of the data.
  static const std::pair<std::string_view, std::string_view> kHeaderData[] = {
      {"summary", "trich_yeu"}, {"issuer", "co_quan_ban_hanh"}, {"parent_body", "co_quan_chu_quan"},
      {"symbol", "ky_hieu"}, {"place", "dia_danh"}};
  for (const auto& pair : kHeaderData) {
    const std::string_view header_name = pair.first, key = pair.second;
    bool set = std::any_of(t.header.begin(), t.header.end(), [&](const auto& h) { return h.first == header_name; });
    for (auto& f : t.fields) {
      if (set && f.name == key) f.required = false;
    }
  }
  if (const Value* outputs = spec->find("outputs")) {
    t.outputs.clear();
    if (!wrong_kind(*outputs, data::Kind::list, "outputs", diags)) {
      for (const auto& o : outputs->as_list()) t.outputs.push_back(text_of(&o, "outputs", false, *outputs, diags));
    }
  }
  if (t.outputs.empty()) t.outputs.push_back("pdf");
  if (const Value* tables = spec->find("tables")) parse_tables(*tables, t.tables, diags);
  if (const Value* annexes = spec->find("annexes")) parse_annexes(*annexes, t.tables, t.annexes, diags);

  fs::path body_path = folder / "body.vb";
  auto body_text = base || body_source ? read_optional(body_path, diags) : read_file(body_path, io);
  if (!body_text && body_source) base = std::move(body_source);
  if (body_text) {
    t.body = parse_template(*body_text, std::make_shared<const std::string>(body_path.string()), diags);
    // Only a document fills a template's blocks; a template's body that extends
    // one (itself, say) would expand to nothing at all.
    if (!t.body.extends.empty()) diags.add(make_error(t.body.extends_pos, msg::kExtendsInTemplate, t.body.extends));
    t.body_folder = folder;
    t.body_text = std::move(*body_text);
  } else if (base) {
    t.body = std::move(base->body);
    t.body_folder = base->body_folder;
    t.body_text = std::move(base->body_text);
  } else {
    diags.add(std::move(io));
    return std::nullopt;
  }
  if (auto starter = read_optional(folder / "moi.vb", diags)) {
    t.starter = std::move(*starter);
  } else if (base) {
    t.starter = std::move(base->starter);
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return t;
}

}  // namespace

std::optional<Template> load_template(const fs::path& folder, Diagnostics& diags) {
  return load_at(folder, diags, {});
}

void validate_data(const std::vector<FieldSpec>& fields, Value& data, Diagnostics& diags,
                   const std::vector<std::string>& replaced) {
  if (!data.is_map()) return;
  validate_map(fields, "", data, diags, replaced);
}

std::vector<std::string> builtin_template_names(const fs::path& builtin_dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(builtin_dir, ec)) {
    // Folders named `_…` are bases other templates build on, not documents.
    std::string name = e.path().filename().string();
    if (e.is_directory() && name[0] != '_' && fs::exists(e.path() / "template.yaml")) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

namespace {
// True when `folder/template.yaml` exists, or when it cannot be known because
// a folder on the way is unreadable: then loading it names the real problem
// (an I/O error) instead of "there is no template".
bool may_hold_template(const fs::path& folder) {
  std::error_code ec;
  if (fs::exists(folder / "template.yaml", ec)) return true;
  return ec && ec.value() != ENOENT && ec.value() != ENOTDIR;
}
}  // namespace

std::optional<fs::path> resolve_template(const std::string& name, const fs::path& builtin_dir,
                                         const fs::path& relative_to) {
  std::error_code ec;
  fs::path given = fs::path(name).is_absolute() || relative_to.empty() ? fs::path(name) : relative_to / name;
  if (fs::is_directory(given, ec) && may_hold_template(given)) return given;
  if (name.find('/') == std::string::npos && !name.empty() && name[0] != '.') {
    fs::path builtin = builtin_dir / name;
    if (may_hold_template(builtin)) return builtin;
  }
  return std::nullopt;
}

}  // namespace vanban::tmpl
