// Stage: data.
#include "data/xlsx_reader.hpp"

#include "core/utf8.hpp"
#include "data/messages.hpp"
#include "data/zip_package.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace vanban::data {
namespace {

// Concatenated text of an <si> or <is>: plain <t>, or the runs <r><t> of rich text.
std::string inline_text(const pugi::xml_node& n) {
  std::string s;
  for (pugi::xml_node c : n.children()) {
    std::string_view name = c.name();
    if (name == "t") s += c.text().get();
    else if (name == "r") s += c.child("t").text().get();
  }
  return s;
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

// Cell text as Excel stores it (ECMA-376 Part 1, 22.9.2.19 ST_Xstring):
// characters XML cannot hold are written `_xHHHH_` — a CR as `_x000D_`, so
// text pasted with Windows line ends reads `Cẩm_x000D_` + LF — and a literal
// `_x` is written `_x005F_x`.
std::string unescape_xstring(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (i + 7 <= s.size() && s[i] == '_' && s[i + 1] == 'x' && is_hex(s[i + 2]) && is_hex(s[i + 3]) &&
        is_hex(s[i + 4]) && is_hex(s[i + 5]) && s[i + 6] == '_') {
      utf8::append(out, static_cast<char32_t>(std::stoul(std::string(s.substr(i + 2, 4)), nullptr, 16)));
      i += 7;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// Excel keeps binary doubles: `5.1799999999999997` is the 5.18 a clerk typed.
std::optional<Decimal> excel_number(std::string_view text) {
  auto d = Decimal::parse(text);
  if (!d) return std::nullopt;
  if (d->is_zero()) return Decimal(0);
  std::string whole = d->abs().integer_digits();
  int int_digits = whole == "0" ? 0 : static_cast<int>(whole.size());
  int decimals = 15 - int_digits;
  if (int_digits == 0) {  // 0.000123: the significant digits start after the zeros
    std::string frac = d->fraction_digits();
    size_t lead = frac.find_first_not_of('0');
    decimals = 15 + static_cast<int>(lead == std::string::npos ? 0 : lead);
  }
  decimals = std::clamp(decimals, 0, Decimal::kMaxScale);
  if (d->scale() <= decimals) return d->normalized();
  return d->rounded(decimals).normalized();
}

// `B7` from row 7, column 2: names a cell written without its `r`.
std::string xlsx_ref(int row, int col) {
  std::string letters;
  for (int c = col; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

std::string resolve_target(std::string target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

}  // namespace

std::pair<int, int> cell_position(std::string_view ref) {
  size_t i = 0;
  long col = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
    col = col * 26 + (ref[i] - 'A' + 1);
    if (col > 16384) return {0, 0};
    ++i;
  }
  if (i == 0 || i == ref.size()) return {0, 0};
  long row = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9') return {0, 0};
    row = row * 10 + (ref[i] - '0');
    if (row > 1048576) return {0, 0};
  }
  return {static_cast<int>(row), static_cast<int>(col)};
}

std::optional<Value> read_xlsx(std::string_view bytes, const FileName& file, const XlsxOptions& options,
                               Diagnostics& diags) {
  const SourcePos at_file = make_pos(file, 0, 0);
  auto zip = ZipPackage::open(bytes, options.max_unpacked);
  if (!zip) {
    diags.add(make_error(at_file, msg::kXlsxNotZip));
    return std::nullopt;
  }
  bool too_big = false;
  auto part = [&](const std::string& name) {
    auto text = zip->read(name);
    too_big = zip->too_big();
    return text;
  };
  auto parse = [&](const std::string& name, pugi::xml_document& doc) {
    auto text = part(name);
    if (too_big) {
      diags.add(make_error(at_file, msg::kXlsxTooBig, options.max_unpacked >> 20));
      return false;
    }
    if (!text || !doc.load_buffer(text->data(), text->size())) {
      diags.add(make_error(at_file, msg::kXlsxBadPart, name));
      return false;
    }
    return true;
  };

  // The sheet: workbook.xml names it, its relationship locates the part.
  pugi::xml_document workbook, rels;
  if (!parse("xl/workbook.xml", workbook) || !parse("xl/_rels/workbook.xml.rels", rels)) return std::nullopt;
  std::vector<std::string> names;
  std::string rid, sheet_name;
  for (pugi::xml_node s : workbook.child("workbook").child("sheets").children("sheet")) {
    names.emplace_back(s.attribute("name").value());
    if (rid.empty() && (options.sheet.empty() || options.sheet == names.back())) {
      rid = s.attribute("r:id").value();
      sheet_name = names.back();
    }
  }
  if (rid.empty()) {
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    Diagnostic d = make_error(at_file, msg::kXlsxNoSheet, options.sheet.empty() ? std::string("?") : options.sheet);
    bool close = !closest_match(options.sheet, names).empty();
    diags.add(close ? with_guess(std::move(d), options.sheet, names) : with_hint(std::move(d), msg::kXlsxSheets, list));
    return std::nullopt;
  }
  std::string target;
  for (pugi::xml_node r : rels.child("Relationships").children("Relationship")) {
    if (rid == r.attribute("Id").value()) target = resolve_target(r.attribute("Target").value());
  }
  pugi::xml_document sheet_doc, strings_doc;
  if (target.empty()) {  // the sheet's relationship is missing: found by fuzzing
    diags.add(make_error(at_file, msg::kXlsxBadPart, "xl/_rels/workbook.xml.rels"));
    return std::nullopt;
  }
  if (!parse(target, sheet_doc)) return std::nullopt;
  std::vector<std::string> shared;
  if (auto s = part("xl/sharedStrings.xml"); s && strings_doc.load_buffer(s->data(), s->size())) {
    for (pugi::xml_node si : strings_doc.child("sst").children("si")) shared.push_back(inline_text(si));
  } else if (too_big) {
    diags.add(make_error(at_file, msg::kXlsxTooBig, options.max_unpacked >> 20));
    return std::nullopt;
  }

  int errors_before = diags.error_count();
  std::unordered_map<int, std::pair<std::string, SourcePos>> header;  // column -> name
  bool have_header = false;
  List rows;
  for (pugi::xml_node row : sheet_doc.child("worksheet").child("sheetData").children("row")) {
    Map cells;
    bool any = false;
    int row_number = row.attribute("r").as_int();
    int next_col = 1;
    for (pugi::xml_node c : row.children("c")) {
      const pugi::xml_attribute ref = c.attribute("r");
      auto [r, col] = cell_position(ref.value());
      if (r == 0 && ref) {
        // Beyond XFD1048576, or not a reference at all: never guessed.
        diags.add(make_error(make_pos(file, row_number, next_col), msg::kXlsxBadRef, ref.value()));
        ++next_col;
        continue;
      }
      if (r == 0) {  // `r` is optional: the cell is the next one in its row
        r = row_number;
        col = next_col;
      }
      next_col = col + 1;
      SourcePos pos = make_pos(file, r, col);
      const std::string name = ref ? std::string(ref.value()) : xlsx_ref(r, col);
      std::string_view type = c.attribute("t").value();
      Value v = Value::null(pos);
      if (pugi::xml_node f = c.child("f"); f && !c.child("v") && type != "inlineStr") {
        // A program that writes formulas without results (not Excel or
        // LibreOffice): the cell would silently read as empty.
        std::string formula = f.text().get();
        diags.add(with_hint(make_error(pos, msg::kXlsxUncalculated, name, "=" + (formula.empty() ? "…" : formula)),
                            msg::kXlsxUncalculatedHint));
        continue;
      }
      if (type == "s") {
        const std::string index = c.child("v").text().get();
        size_t k = static_cast<size_t>(c.child("v").text().as_ullong(shared.size()));
        if (k >= shared.size() || index.find_first_not_of("0123456789") != std::string::npos) {
          diags.add(make_error(pos, msg::kXlsxSharedString, name, index, shared.size()));
          continue;
        }
        v = Value::string(shared[k], pos);
      } else if (type == "inlineStr") {
        v = Value::string(inline_text(c.child("is")), pos);
      } else if (type == "str") {
        v = Value::string(c.child("v").text().get(), pos);
      } else if (type == "b") {
        v = Value::boolean(c.child("v").text().as_int() != 0, pos);
      } else if (type == "e") {
        diags.add(make_error(pos, msg::kXlsxErrorCell, name, c.child("v").text().get()));
        continue;
      } else if (pugi::xml_node vn = c.child("v")) {
        auto d = excel_number(vn.text().get());
        if (!d) {
          diags.add(make_error(pos, msg::kXlsxBadNumber, name, vn.text().get()));
          continue;
        }
        v = Value::number(*d, pos);
      }
      if (v.is_string()) {
        std::string s = normalize_line_ends(unescape_xstring(v.as_string()));
        size_t a = s.find_first_not_of(" \t\r\n");
        s = a == std::string::npos ? std::string() : s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
        if (utf8::find_invalid(s)) {
          diags.add(make_error(pos, msg::kXlsxBadText, name));
          continue;
        }
        v = s.empty() ? Value::null(pos) : Value::string(std::move(s), pos);
      }
      if (v.is_null()) continue;
      any = true;
      if (!have_header) {
        header[col] = {v.is_string() ? v.as_string() : v.is_number() ? v.as_number().normalized().to_string() : std::string("?"), pos};
        continue;
      }
      auto h = header.find(col);
      if (h == header.end()) {
        diags.add(make_error(pos, msg::kXlsxNoHeader, name));
        continue;
      }
      cells.push_back(Member{h->second.first, pos, std::move(v)});
    }
    if (!any) continue;
    if (!have_header) {
      have_header = true;
      continue;
    }
    rows.push_back(Value::map(std::move(cells), make_pos(file, row_number, 1)));
  }
  if (!have_header) {
    diags.add(make_error(at_file, msg::kXlsxEmpty, sheet_name));
    return std::nullopt;
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return Value::list(std::move(rows), make_pos(file, 1, 1));
}

}  // namespace vanban::data
