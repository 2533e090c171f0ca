// Stage: document.
#include "document/build.hpp"

#include "core/atomic_file.hpp"
#include "data/load.hpp"
#include "data/yaml_reader.hpp"
#include "document/build_messages.hpp"
#include "template/messages.hpp"
#include "document/markup.hpp"
#include "document/table_build.hpp"
#include "locale/format.hpp"
#include "locale/text.hpp"
#include "core/utf8.hpp"
#include "template/evaluator.hpp"
#include "template/parser.hpp"

#include <cctype>
#include <string_view>

namespace vanban::document {
namespace fs = std::filesystem;
using data::Value;

namespace {

std::string text_at(const Value& data, std::string_view key) {
  const Value* v = data.find(key);
  if (!v || v->is_null()) return {};
  if (v->is_string()) return locale::nfc(v->as_string());
  if (v->is_number()) return v->as_number().normalized().to_string();
  return {};
}

// `Số: 07/TB-UBND`: numbers below 10 take a leading zero (FORMAT.md).
std::string document_number(std::string n) {
  if (n.size() == 1 && n[0] >= '1' && n[0] <= '9') n.insert(n.begin(), '0');
  return n;
}

std::vector<std::string> text_list(const Value* v, const Message& bad, Diagnostics& diags) {
  std::vector<std::string> out;
  if (!v || v->is_null()) return out;
  if (v->is_string()) {
    out.push_back(locale::nfc(v->as_string()));
    return out;
  }
  if (!v->is_list()) {
    diags.add(make_error(v->pos(), runtime_message(bad)));
    return out;
  }
  for (const auto& item : v->as_list()) {
    if (!item.is_string()) {
      diags.add(make_error(item.pos(), runtime_message(bad)));
      continue;
    }
    out.push_back(locale::nfc(item.as_string()));
  }
  return out;
}

// Recipients as clerks write them, with or without the "- " and ";".
std::string clean_recipient(std::string r) {
  if (r.rfind("- ", 0) == 0) r.erase(0, 2);
  while (!r.empty() && (r.back() == ';' || r.back() == '.' || r.back() == ',' || r.back() == ' ')) r.pop_back();
  return r;
}

Signer signer_at(const Value* v, Diagnostics& diags) {
  Signer s;
  if (!v || !v->is_map()) return s;
  s.authority = text_list(v->find("quyen_han"), msg::kBadSignerAuthority, diags);
  s.title = text_at(*v, "chuc_vu");
  s.name = text_at(*v, "ho_ten");
  s.offices = text_list(v->find("chuc_danh_khac"), msg::kBadSignerAuthority, diags);
  return s;
}

Shape shape_named(std::string_view name) {
  if (name == "cong-van") return Shape::letter;
  if (name == "quyet-dinh") return Shape::decision;
  if (name == "bien-ban") return Shape::minutes;
  if (name == "cong-dien") return Shape::telegram;
  return Shape::titled;
}

// Where each field's text is in the data, under the name layout gives it in
// its messages (layout/paragraph.cpp, where_arg).
std::vector<std::pair<std::string, SourcePos>> field_origins(const Value& data) {
  static const std::pair<std::string_view, std::string_view> kFields[] = {
      {"cơ quan chủ quản", "co_quan_chu_quan"},
      {"cơ quan ban hành", "co_quan_ban_hanh"},
      {"số và ký hiệu", "so"},
      {"địa danh và ngày tháng", "dia_danh"},
      {"loại văn bản", "loai_van_ban"},
      {"trích yếu", "trich_yeu"},
      {"thẩm quyền ban hành", "tham_quyen"},
      {"độ khẩn", "do_khan"},
      {"nơi nhận", "noi_nhan"},
      {"kính gửi", "kinh_gui"},
      {"bên gửi điện", "ben_dien"},
  };
  static const std::pair<std::string_view, std::string_view> kSigner[] = {
      {"thẩm quyền ký", "quyen_han"},
      {"chức vụ người ký", "chuc_vu"},
      {"họ tên người ký", "ho_ten"},
      {"chức danh người ký", "chuc_danh_khac"},
  };
  std::vector<std::pair<std::string, SourcePos>> out;
  for (const auto& [what, key] : kFields) {
    if (const Value* v = data.find(key); v && v->pos().known()) out.emplace_back(what, v->pos());
  }
  if (const Value* signer = data.find("nguoi_ky"); signer && signer->is_map()) {
    for (const auto& [what, key] : kSigner) {
      if (const Value* v = signer->find(key); v && v->pos().known()) out.emplace_back(what, v->pos());
    }
  }
  return out;
}

Fields conventional_fields(const Value& data, const BuildOptions& options, Diagnostics& diags) {
  Fields f;
  f.parent_body = text_at(data, "co_quan_chu_quan");
  if (const Value* issuer = data.find("co_quan_ban_hanh"); issuer && (issuer->is_list() || issuer->is_map())) {
    // A joint document (liên tịch): the leading body first.
    f.issuers = text_list(issuer, msg::kBadIssuers, diags);
    if (!f.issuers.empty()) f.issuer = f.issuers.front();
    if (f.issuers.size() < 2) f.issuers.clear();
  } else {
    f.issuer = text_at(data, "co_quan_ban_hanh");
  }
  f.number = options.blank_number_and_date ? std::string() : document_number(text_at(data, "so"));
  f.symbol = text_at(data, "ky_hieu");
  f.place = text_at(data, "dia_danh");
  auto date = locale::parse_date(text_at(data, "ngay"));
  if (!options.blank_number_and_date) f.date = date;
  // e-office mode prints the year: the date's when given, else this year.
  f.year = date ? date->year : options.year;
  f.type = text_at(data, "loai_van_ban");
  f.summary = text_at(data, "trich_yeu");
  f.authority_line = text_at(data, "tham_quyen");
  f.urgency = text_at(data, "do_khan");
  f.secrecy = text_at(data, "do_mat");
  for (auto& r : text_list(data.find("noi_nhan"), msg::kBadRecipients, diags)) {
    f.recipients.push_back(clean_recipient(std::move(r)));
  }
  for (auto& a : text_list(data.find("kinh_gui"), msg::kBadAddressees, diags)) {
    f.addressees.push_back(clean_recipient(std::move(a)));
  }
  if (!f.addressees.empty()) f.addressee_label = "Kính gửi";
  f.signer = signer_at(data.find("nguoi_ky"), diags);
  // The left signature: a joint document's other signer, a Biên bản's secretary.
  const Value* left = data.find("dong_ky");
  if (!left) left = data.find("thu_ky");
  f.co_signer = signer_at(left, diags);
  f.origins = field_origins(data);
  return f;
}

// "BÁO CÁO" -> "Báo cáo", for the "(Kèm theo Báo cáo số …)" line.
std::string sentence_case(std::string_view caps) {
  std::string lower = locale::lower(caps);
  if (lower.empty()) return lower;
  size_t i = 0;
  utf8::decode(lower, i);
  return locale::upper(lower.substr(0, i)) + lower.substr(i);
}

// `(Kèm theo Báo cáo số 07/BC-UBND ngày 05 tháng 9 năm 2023 của UBND tỉnh)`,
// from the document's own fields; blanks in e-office mode.
std::string attached_line(const Document& doc, const Value& data) {
  const Fields& f = doc.fields;
  const std::string nbsp = "\u00A0";
  auto blank = [&](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += nbsp;
    return s;
  };
  std::string number = f.number.empty() ? blank(6) : f.number;
  std::string id = doc.profile == Profile::hd36 ? fmt::format("số {}-{}", number, f.symbol)
                                                : fmt::format("số {}/{}", number, f.symbol);
  // e-office mode: day and month left for the stamp, the year printed (never `20..`).
  std::string date = f.date ? locale::long_date(*f.date) : fmt::format("ngày{}tháng{}năm {}", blank(6), blank(6), f.year);
  std::string line = fmt::format("(Kèm theo {} {} {}", sentence_case(f.type), id, date);
  std::string by = text_at(data, "co_quan_ban_hanh_ngan");
  if (!by.empty()) line += " của " + by;
  return line + ")";
}

// Evaluates the tables the body places and the annexes, and fills the annexes.
// The body has been expanded: a table whose rows nothing else reads empties
// them as it reads them (rows_to_consume).
void build_tables(const tmpl::Template& tpl, Value& data, const BuildOptions& options, Document& out,
                  Diagnostics& diags) {
  auto spec_of = [&](const std::string& name) -> const tmpl::TableSpec* {
    for (const auto& t : tpl.tables) {
      if (t.name == name) return &t;
    }
    return nullptr;
  };
  auto ensure = [&](const std::string& name, const SourcePos& pos) -> const Table* {
    if (const Table* t = out.find_table(name)) return t;
    const tmpl::TableSpec* spec = spec_of(name);
    if (!spec) {
      std::vector<std::string> names;
      for (const auto& t : tpl.tables) names.push_back(t.name);
      Diagnostic d = make_error(pos, msg::kTableUnknown, name);
      std::string guess = closest_match(name, names);
      if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
      diags.add(std::move(d));
      return nullptr;
    }
    auto table = build_table(*spec, data, options.limits, diags, rows_to_consume(*spec, tpl.tables, tpl.annexes, data));
    if (!table) return nullptr;
    if (table->sheet.empty()) table->sheet = table->name;
    out.tables.push_back(std::move(*table));
    return &out.tables.back();
  };
  // Annexes first, so that a table used as an annex takes its heading as sheet name.
  for (const auto& a : tpl.annexes) {
    const tmpl::TableSpec* spec = spec_of(a.table);
    if (!spec) continue;  // reported with the template
    if (out.find_table(a.table)) continue;
    if (!a.when.empty()) {
      // `when: phan_cong`: no annex when the data hold nothing there.
      const Value* w = data.find(a.when);
      if (!w || w->is_null() || (w->is_list() && w->as_list().empty()) || (w->is_map() && w->as_map().empty())) {
        continue;
      }
    }
    auto table = build_table(*spec, data, options.limits, diags, rows_to_consume(*spec, tpl.tables, tpl.annexes, data));
    if (!table) continue;
    if (table->sheet.empty()) table->sheet = a.heading;
    Annex annex;
    annex.table = a.table;
    annex.heading = a.heading;
    annex.title = table->title;
    annex.unit = table->unit;
    if (a.attached_line) annex.attached_to = attached_line(out, data);
    bool landscape = a.orientation == tmpl::AnnexOrientation::landscape ||
                     (a.orientation == tmpl::AnnexOrientation::automatic &&
                      table->min_width_mm() > kPortraitTextWidthMm + 0.01);
    annex.orientation = landscape ? Orientation::landscape : Orientation::portrait;
    out.annexes.push_back(std::move(annex));
    out.tables.push_back(std::move(*table));
  }
  for (const auto& b : out.body) {
    if (b.kind == Block::Kind::table) ensure(b.name, b.pos);
  }
  // Sheet names: valid for Excel and distinct (defaults were not checked with the template).
  for (size_t i = 0; i < out.tables.size(); ++i) {
    const Table& t = out.tables[i];
    std::string problem = tmpl::sheet_name_problem(t.sheet, true);
    if (!problem.empty()) {
      diags.add(make_error(t.pos, msg::kSheetBad, t.sheet, t.name, Phrase{problem, tmpl::sheet_name_problem(t.sheet, false)}));
    }
    for (size_t j = 0; j < i; ++j) {
      if (locale::case_fold(out.tables[j].sheet) == locale::case_fold(t.sheet)) {
        diags.add(make_error(t.pos, msg::kSheetTaken, t.sheet, out.tables[j].name, t.name));
      }
    }
  }
}

}  // namespace

// The line (from 1) of a `---` that closes header fields never opened: the
// file starts with `key: value` lines (or comments) and no `---` line, as
// when a clerk deletes the first line of what `vanban new` wrote. 0 when the
// text before the first `---` line is not such fields.
static int unopened_front_matter(std::string_view text) {
  bool field = false;
  int line = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(at, end - at);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    ++line;
    at = end + 1;
    if (l == "---") return field ? line : 0;
    if (l.find("{%") != std::string_view::npos || l.find("{{") != std::string_view::npos) return 0;
    const size_t first = l.find_first_not_of(" \t");
    if (first == std::string_view::npos || l[first] == '#') continue;
    if (first > 0 || l.front() == '-') {
      if (!field) return 0;  // an indented line or a list item before any field: not a header
      continue;
    }
    size_t k = 0;
    while (k < l.size() && (std::isalnum(static_cast<unsigned char>(l[k])) || l[k] == '_')) ++k;
    if (k == 0 || k >= l.size() || l[k] != ':') return 0;
    field = true;
  }
  return 0;
}

std::optional<DocumentFile> load_document_file(const fs::path& path, Diagnostics& diags) {
  Diagnostic io;
  auto text = read_file(path, io);
  if (!text) {
    diags.add(std::move(io));
    return std::nullopt;
  }
  return parse_document_file(path, *text, diags);
}

std::optional<DocumentFile> parse_document_file(const fs::path& path, const std::string& text, Diagnostics& diags) {
  auto file = std::make_shared<const std::string>(path.string());
  int errors_before = diags.error_count();
  DocumentFile doc;
  doc.path = path;
  doc.front_matter = Value::map({}, make_pos(file, 1, 1));
  std::string body = text;
  if (body.rfind("---\n", 0) == 0 || body.rfind("---\r\n", 0) == 0) {
    size_t end = body.find("\n---", 3);
    while (end != std::string::npos && !(end + 4 == body.size() || body[end + 4] == '\n' || body[end + 4] == '\r')) {
      end = body.find("\n---", end + 4);
    }
    if (end == std::string::npos) {
      diags.add(make_error(make_pos(file, 1, 1), msg::kFrontMatterUnclosed));
      return std::nullopt;
    }
    // Parse the front matter with its own line numbers, then blank it out of
    // the body so that template positions keep theirs.
    std::string yaml = "\n" + body.substr(body.find('\n') + 1, end - body.find('\n'));
    auto fm = data::read_yaml(yaml, file, diags);
    if (fm && fm->is_map()) doc.front_matter = std::move(*fm);
    size_t body_start = body.find('\n', end + 1);
    body_start = body_start == std::string::npos ? body.size() : body_start;
    for (size_t i = 0; i < body_start; ++i) {
      if (body[i] != '\n') body[i] = ' ';
    }
  } else if (int closing = unopened_front_matter(body); closing > 0) {
    diags.add(with_hint(make_error(make_pos(file, 1, 1), msg::kFrontMatterUnopened, closing),
                        msg::kFrontMatterUnopenedHint));
    return std::nullopt;
  }
  doc.program = tmpl::parse_template(body, file, diags);
  if (doc.program.extends.empty() && diags.error_count() == errors_before) {
    diags.add(make_error(make_pos(file, 1, 1), msg::kNeedsExtends));
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return doc;
}

std::optional<Document> build_document(const tmpl::Template& tpl, const DocumentFile* doc, Value data,
                                       const BuildOptions& options, Diagnostics& diags) {
  int errors_before = diags.error_count();
  if (tpl.defaults.is_map() && data.is_map()) {
    // The template's defaults sit under the data: the data win.
    Value merged = tpl.defaults;
    SourcePos pos = data.pos();
    data::merge(merged, std::move(data));
    data = std::move(merged);
    data.set_pos(pos);
  }
  if (doc) {
    // A block the template lacks is told first, alone: the fields asked for depend on the blocks.
    tmpl::check_blocks(tpl.body, doc->program, diags);
    if (diags.error_count() > errors_before) return std::nullopt;
    data::merge(data, doc->front_matter);
    // A field missing from a document without data files is missing from its front matter.
    if (!data.pos().known()) data.set_pos(doc->front_matter.pos());
  }
  // Blocks the document writes itself, with every block inside them: the
  // fields only their default text needs are not asked for.
  std::vector<std::string> replaced;
  if (doc) {
    std::vector<std::string> own = tmpl::replaced_blocks(doc->program);
    for (const auto& [block, parent] : tmpl::block_tree(tpl.body)) {
      auto has = [](const std::vector<std::string>& v, const std::string& x) {
        return std::find(v.begin(), v.end(), x) != v.end();
      };
      if (has(own, block) || has(replaced, parent)) replaced.push_back(block);
    }
  }
  if (options.blank_number_and_date) {
    // e-office mode: the signing system stamps the number and the date.
    std::vector<tmpl::FieldSpec> fields = tpl.fields;
    for (auto& f : fields) {
      if (f.name == "so" || f.name == "ngay") f.required = false;
    }
    tmpl::validate_data(fields, data, diags, replaced);
  } else {
    tmpl::validate_data(tpl.fields, data, diags, replaced);
  }
  if (diags.error_count() > errors_before) return std::nullopt;

  Document out;
  out.profile = tpl.profile == "hd36" ? Profile::hd36 : Profile::nd30;
  out.fields = conventional_fields(data, options, diags);
  out.fields.shape = shape_named(tpl.shape);
  if (out.fields.shape == Shape::telegram) {
    // Công điện: "<SENDER> điện:" before the addressees (Mẫu 1.6).
    std::string sender = text_at(data, "ben_dien");
    if (sender.empty()) sender = out.fields.signer.title;
    out.fields.addressee_label = sender + " điện";
  }
  for (const auto& [name, program] : tpl.header) {
    std::string value = tmpl::expand_plain(program, data, options.limits, diags);
    if (name == "parent_body") out.fields.parent_body = value;
    if (name == "issuer") out.fields.issuer = value;
    if (name == "symbol") out.fields.symbol = value;
    if (name == "place") out.fields.place = value;
    if (name == "type") out.fields.type = value;
    if (name == "summary") out.fields.summary = value;
  }

  tmpl::FolderIncludes includes(tpl.body_folder);
  tmpl::ExpandInput in;
  in.program = &tpl.body;
  in.document = doc ? &doc->program : nullptr;
  in.data = &data;
  in.includes = &includes;
  in.limits = options.limits;
  tmpl::Expansion expansion = tmpl::expand(in, diags);
  if (diags.error_count() > errors_before) return std::nullopt;

  Body body = parse_markup(expansion.text, expansion.where, diags, 1);
  out.body = std::move(body.blocks);
  out.footnotes = std::move(body.footnotes);
  if (diags.error_count() > errors_before) return std::nullopt;
  build_tables(tpl, data, options, out, diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace vanban::document
