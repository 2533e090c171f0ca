// Stage: data.
#include "data/yaml_writer.hpp"

#include <fmt/format.h>

namespace vanban::data {
namespace {

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02X}", c);
        else out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string key_text(std::string_view k) {
  bool plain = !k.empty() && !(k[0] >= '0' && k[0] <= '9');
  for (char c : k) plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  return plain ? std::string(k) : quoted(k);
}

std::string scalar(const Value& v) {
  switch (v.kind()) {
    case Kind::null: return "null";
    case Kind::boolean: return v.as_bool() ? "true" : "false";
    case Kind::number: return v.as_number().to_string();
    case Kind::string: return quoted(v.as_string());
    case Kind::list: return "[]";
    case Kind::map: return "{}";
  }
  return "null";
}

bool nested(const Value& v) { return (v.is_list() || v.is_map()) && v.size() > 0; }

void write(std::string& out, const Value& v, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  if (v.is_map()) {
    for (const Member& m : v.as_map()) {
      out += pad + key_text(m.key) + ":";
      if (nested(m.value)) {
        out += "\n";
        write(out, m.value, indent + 2);
      } else {
        out += " " + scalar(m.value) + "\n";
      }
    }
  } else if (v.is_list()) {
    for (const Value& item : v.as_list()) {
      if (item.is_map() && item.size() > 0) {
        // "- key: value" then the other keys aligned under the first
        std::string inner;
        write(inner, item, indent + 2);
        out += pad + "- " + inner.substr(static_cast<size_t>(indent) + 2);
      } else if (nested(item)) {
        out += pad + "-\n";
        write(out, item, indent + 2);
      } else {
        out += pad + "- " + scalar(item) + "\n";
      }
    }
  }
}

}  // namespace

std::string write_yaml(const Value& v) {
  if (!nested(v)) return scalar(v) + "\n";
  std::string out;
  write(out, v, 0);
  return out;
}

}  // namespace vanban::data
