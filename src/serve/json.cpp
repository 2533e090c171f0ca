// Stage: serve.
#include "serve/json.hpp"

#include "data/yaml_reader.hpp"
#include "meta/metadata.hpp"

namespace vanban::serve {

std::string json_text(std::string_view s) { return meta::json_quoted(s); }

namespace {

void write(const data::Value& v, std::string& out, int depth) {
  // Values come from readers that bound nesting (--limit depth); this guards a tree built otherwise.
  if (depth > 256) {
    out += "null";
    return;
  }
  switch (v.kind()) {
    case data::Kind::null: out += "null"; break;
    case data::Kind::boolean: out += v.as_bool() ? "true" : "false"; break;
    case data::Kind::number: out += v.as_number().to_string(); break;
    case data::Kind::string: out += json_text(v.as_string()); break;
    case data::Kind::list: {
      out += '[';
      bool first = true;
      for (const auto& item : v.as_list()) {
        if (!first) out += ',';
        first = false;
        write(item, out, depth + 1);
      }
      out += ']';
      break;
    }
    case data::Kind::map: {
      out += '{';
      bool first = true;
      for (const auto& m : v.as_map()) {
        if (!first) out += ',';
        first = false;
        out += json_text(m.key) + ':';
        write(m.value, out, depth + 1);
      }
      out += '}';
      break;
    }
  }
}

// The type as the page's script names it.
std::string_view type_key(tmpl::FieldType t) {
  switch (t) {
    case tmpl::FieldType::any: return "any";
    case tmpl::FieldType::text: return "text";
    case tmpl::FieldType::number: return "number";
    case tmpl::FieldType::integer: return "integer";
    case tmpl::FieldType::code: return "code";
    case tmpl::FieldType::year: return "year";
    case tmpl::FieldType::date: return "date";
    case tmpl::FieldType::boolean: return "boolean";
    case tmpl::FieldType::list: return "list";
    case tmpl::FieldType::map: return "map";
  }
  return "any";
}

void field_json(const tmpl::FieldSpec& f, std::string& out) {
  out += "{\"name\":" + json_text(f.name) + ",\"type\":" + json_text(type_key(f.type)) +
         ",\"required\":" + (f.required ? "true" : "false") + ",\"description\":" + json_text(f.description) +
         ",\"example\":" + to_json(f.example) + ",\"block\":" + json_text(f.block) + ",\"values\":[";
  for (size_t i = 0; i < f.values.size(); ++i) out += (i ? "," : "") + to_json(f.values[i]);
  out += "],\"fields\":" + fields_json(f.fields) + ",\"items\":";
  if (f.items) {
    field_json(*f.items, out);
  } else {
    out += "null";
  }
  out += '}';
}

}  // namespace

std::string to_json(const data::Value& v) {
  std::string out;
  write(v, out, 0);
  return out;
}

std::optional<data::Value> parse_json(std::string_view text, Diagnostics& diags) {
  static const auto kName = std::make_shared<const std::string>("request.json");
  return data::read_yaml(text, kName, diags);
}

std::string fields_json(const std::vector<tmpl::FieldSpec>& fields) {
  std::string out = "[";
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    field_json(fields[i], out);
  }
  return out + "]";
}

}  // namespace vanban::serve
