// Stage: meta.
// NAME.json written by hand: a fixed set of keys in a fixed order, strings escaped as RFC 8259 asks.
#include "meta/metadata.hpp"

#include <fmt/format.h>

namespace vanban::meta {

std::string json_quoted(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", c);
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
          out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

namespace {

std::string quoted(std::string_view s) { return json_quoted(s); }

std::string text_or_null(const std::string& s) { return s.empty() ? "null" : quoted(s); }

std::string list(const std::vector<std::string>& items, std::string_view indent) {
  if (items.empty()) return "[]";
  std::string out = "[\n";
  for (size_t i = 0; i < items.size(); ++i) {
    out += std::string(indent) + "  " + quoted(items[i]) + (i + 1 < items.size() ? ",\n" : "\n");
  }
  return out + std::string(indent) + "]";
}

}  // namespace

std::string to_json(const Metadata& m) {
  std::string date = m.date ? fmt::format("\"{:04}-{:02}-{:02}\"", m.date->year, m.date->month, m.date->day) : "null";
  std::string out = "{\n";
  auto field = [&](std::string_view key, const std::string& value, bool last = false) {
    out += fmt::format("  \"{}\": {}{}\n", key, value, last ? "" : ",");
  };
  field("ma_co_quan", text_or_null(m.issuer_code));
  field("co_quan_chu_quan", text_or_null(m.parent_body));
  field("co_quan_ban_hanh", text_or_null(m.issuer));
  field("so", text_or_null(m.number));
  field("ky_hieu", text_or_null(m.notation));
  field("dia_danh", text_or_null(m.place));
  field("ngay", date);
  field("loai_van_ban", text_or_null(m.type_name));
  field("trich_yeu", text_or_null(m.summary));
  out += "  \"nguoi_ky\": {\n";
  out += fmt::format("    \"tham_quyen\": {},\n", text_or_null(m.signer.competence));
  out += fmt::format("    \"quyen_han\": {},\n", list(m.signer.authority, "    "));
  out += fmt::format("    \"chuc_vu\": {},\n", text_or_null(m.signer.position));
  out += fmt::format("    \"ho_ten\": {}\n", text_or_null(m.signer.name));
  out += "  },\n";
  field("noi_nhan", list(m.recipients, "  "));
  field("so_trang", std::to_string(m.pages));
  field("do_khan", text_or_null(m.urgency));
  field("do_mat", text_or_null(m.secrecy));
  field("phu_luc", list(m.annexes, "  "));
  field("ngon_ngu", quoted("vi"), true);
  return out + "}\n";
}

}  // namespace vanban::meta
