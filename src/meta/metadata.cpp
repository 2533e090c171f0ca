// Stage: meta.
// Gathering the e-office fields from the document and the data, and edXML's length checks.
#include "meta/metadata.hpp"
#include "meta/messages.hpp"

#include "core/utf8.hpp"
#include "locale/text.hpp"

#include <array>

namespace vanban::meta {
namespace {

// The levels of Nghị định 30 (Phụ lục I, Phần II, Mục 2) and edXML's Priority order.
constexpr std::array<std::string_view, 4> kUrgency{"Khẩn", "Thượng khẩn", "Hỏa tốc", "Hỏa tốc hẹn giờ"};
constexpr std::array<std::string_view, 3> kSecrecy{"Mật", "Tối mật", "Tuyệt mật"};

template <size_t N>
std::string level(const data::Value* v, std::string_view key, const std::array<std::string_view, N>& levels,
                  Diagnostics& diags) {
  if (!v || v->is_null()) return {};
  if (!v->is_string()) {
    diags.add(make_error(v->pos(), msg::kMetaNotText, key));
    return {};
  }
  const std::string written = locale::ascii_key(v->as_string());
  if (written.empty()) return {};
  std::string list;
  std::vector<std::string> names;
  for (std::string_view l : levels) {
    if (locale::ascii_key(l) == written) return std::string(l);
    list += (list.empty() ? "`" : ", `") + std::string(l) + "`";
    names.emplace_back(l);
  }
  diags.add(with_guess(make_error(v->pos(), msg::kMetaBadValue, key, v->as_string(), list), v->as_string(), names));
  return {};
}

// "TM. ỦY BAN NHÂN DÂN" -> "TM."; a line not starting with such a word gives "".
std::string competence_word(const std::string& line) {
  const size_t space = line.find(' ');
  const std::string first = line.substr(0, space);
  for (std::string_view w : {"TM.", "KT.", "TL.", "TUQ.", "Q."}) {
    if (first == w) return first;
  }
  return {};
}

std::string sentence_case(std::string_view caps) {
  std::string lower = locale::lower(caps);
  if (lower.empty()) return lower;
  size_t i = 0;
  utf8::decode(lower, i);
  return locale::upper(lower.substr(0, i)) + lower.substr(i);
}

size_t characters(std::string_view s) {
  size_t n = 0, i = 0;
  while (i < s.size()) {
    utf8::decode(s, i);
    ++n;
  }
  return n;
}

}  // namespace

Sources read_sources(const data::Value& data, const data::Value* front_matter, Diagnostics& diags) {
  Sources s;
  auto find = [&](std::string_view key) -> const data::Value* {
    if (front_matter && front_matter->is_map()) {
      if (const data::Value* v = front_matter->find(key)) return v;
    }
    return data.is_map() ? data.find(key) : nullptr;
  };
  for (std::string_view key : {"co_quan_ban_hanh", "so", "ky_hieu", "loai_van_ban", "trich_yeu", "ma_co_quan"}) {
    if (const data::Value* v = find(key)) s.positions[std::string(key)] = v->pos();
  }
  if (const data::Value* signer = find("nguoi_ky"); signer && signer->is_map()) {
    for (std::string_view key : {"chuc_vu", "ho_ten"}) {
      if (const data::Value* v = signer->find(key)) s.positions["nguoi_ky." + std::string(key)] = v->pos();
    }
  }
  if (const data::Value* v = find("ma_co_quan"); v && v->is_string()) s.issuer_code = locale::nfc(v->as_string());
  else if (v && v->is_number()) s.issuer_code = v->as_number().normalized().to_string();
  s.urgency = level(find("do_khan"), "do_khan", kUrgency, diags);
  s.secrecy = level(find("do_mat"), "do_mat", kSecrecy, diags);
  return s;
}

Metadata collect(const document::Document& doc, const Sources& sources, size_t pages) {
  const document::Fields& f = doc.fields;
  Metadata m;
  m.issuer_code = sources.issuer_code;
  m.parent_body = f.parent_body;
  m.issuer = f.issuer;
  m.number = f.number;
  m.notation = f.symbol;
  m.place = f.place;
  m.date = f.date;
  m.type_name = sentence_case(f.type);
  m.summary = f.summary;
  m.signer.authority = f.signer.authority;
  for (const auto& line : f.signer.authority) {
    std::string w = competence_word(line);
    if (!w.empty()) m.signer.competence += (m.signer.competence.empty() ? "" : " ") + w;
  }
  m.signer.position = f.signer.title;
  m.signer.name = f.signer.name;
  m.recipients = f.recipients;
  m.pages = pages;
  m.urgency = sources.urgency;
  m.secrecy = sources.secrecy;
  for (const auto& a : doc.annexes) {
    std::string t = a.heading;
    if (!a.title.empty()) t += (t.empty() ? "" : ": ") + a.title;
    if (!t.empty()) m.annexes.push_back(std::move(t));
  }
  return m;
}

void check_lengths(const Metadata& m, const Sources& sources, Severity severity, Diagnostics& diags) {
  struct Limit {
    const std::string* value;
    std::string_view key, element, name;
    size_t max;
  };
  const Limit limits[] = {
      {&m.number, "so", "Code/CodeNumber", "số", 11},
      {&m.notation, "ky_hieu", "Code/CodeNotation", "ký hiệu", 30},
      {&m.type_name, "loai_van_ban", "DocumentType/TypeName", "tên loại văn bản", 100},
      {&m.summary, "trich_yeu", "Subject", "trích yếu", 500},
      {&m.signer.position, "nguoi_ky.chuc_vu", "SignerInfo/Position", "chức vụ người ký", 100},
      {&m.signer.name, "nguoi_ky.ho_ten", "SignerInfo/FullName", "họ tên người ký", 50},
      {&m.issuer, "co_quan_ban_hanh", "From/OrganName", "cơ quan ban hành", 200},
  };
  for (const Limit& l : limits) {
    const size_t n = characters(*l.value);
    if (n <= l.max) continue;
    auto it = sources.positions.find(std::string(l.key));
    SourcePos pos = it == sources.positions.end() ? SourcePos{} : it->second;
    Diagnostic d = make_diagnostic(severity, pos, msg::kMetaTooLong, l.key, n, l.element, l.name, l.max);
    diags.add(with_hint(std::move(d), msg::kMetaTooLongHint));
  }
}

}  // namespace vanban::meta
