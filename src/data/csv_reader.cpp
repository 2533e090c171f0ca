// Stage: data.
#include "data/csv_reader.hpp"

#include "core/utf8.hpp"
#include "data/messages.hpp"

#include <algorithm>
#include <unordered_set>

namespace vanban::data {
namespace {

struct Cell {
  std::string text;
  size_t offset = 0;  // byte offset of the cell's first character
  bool quoted = false;
};

struct Row {
  std::vector<Cell> cells;
  size_t offset = 0;
};

char detect_separator(std::string_view text) {
  size_t counts[3] = {0, 0, 0};  // ; , tab
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    if (c == ';') ++counts[0];
    if (c == ',') ++counts[1];
    if (c == '\t') ++counts[2];
  }
  if (counts[2] > counts[0] && counts[2] > counts[1]) return '\t';
  return counts[0] > counts[1] ? ';' : ',';
}

std::string trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// Splits the text into rows of cells (RFC 4180). Returns false on an
// unterminated quote, which makes the rest of the file unreadable.
bool split_rows(std::string_view text, size_t from, char sep, const LineIndex& index, std::vector<Row>& rows,
                Diagnostics& diags) {
  size_t i = from;
  const size_t n = text.size();
  while (i < n) {
    Row row;
    row.offset = i;
    while (true) {
      Cell cell;
      cell.offset = i;
      if (i < n && text[i] == '"') {
        cell.quoted = true;
        size_t open = i++;
        bool closed = false;
        while (i < n) {
          if (text[i] == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              cell.text += '"';
              i += 2;
              continue;
            }
            closed = true;
            ++i;
            break;
          }
          cell.text += text[i++];
        }
        if (!closed) {
          diags.add(make_error(index.at(open), msg::kCsvQuote));
          return false;
        }
        // Only spaces may follow the closing quote: `"2"x` would be read as
        // `2x` by some programs and as two cells by others.
        size_t start = i;
        while (i < n && text[i] != sep && text[i] != '\n') ++i;
        if (const std::string after = trim(text.substr(start, i - start)); !after.empty()) {
          diags.add(make_error(index.at(text.find_first_not_of(' ', start)), msg::kCsvAfterQuote, after));
        }
      } else {
        size_t start = i;
        while (i < n && text[i] != sep && text[i] != '\n') ++i;
        cell.text = trim(text.substr(start, i - start));
      }
      row.cells.push_back(std::move(cell));
      if (i < n && text[i] == sep) {
        ++i;
        continue;
      }
      if (i < n && text[i] == '\n') ++i;
      break;
    }
    rows.push_back(std::move(row));
  }
  return true;
}

// Excel's `sep=;` first line declares the separator; returns it (0 when the
// file has no such line) and the offset where the header starts.
char declared_separator(std::string_view text, size_t& header_start) {
  header_start = 0;
  if (text.size() < 5 || text.substr(0, 4) != "sep=" || text[4] == '"' || text[4] == '\n') return 0;
  if (text.size() > 5 && text[5] != '\n') return 0;
  header_start = std::min(text.size(), size_t{6});
  return text[4];
}

bool all_empty(const Row& row) {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const Cell& c) { return c.text.empty() && !c.quoted; });
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

std::optional<Value> read_csv(std::string_view raw, const FileName& file, const CsvOptions& options,
                              Diagnostics& diags) {
  std::string normalized;
  const std::string_view text = normalize_line_ends(utf8::strip_bom(raw), normalized);
  if (!check_utf8(text, file, diags)) return std::nullopt;
  LineIndex index(text, file);
  size_t header_start = 0;
  const char declared = declared_separator(text, header_start);
  const char sep = options.separator   ? options.separator
                   : declared          ? declared
                                       : detect_separator(text.substr(header_start));
  NumberStyle style = options.numbers;
  if (style == NumberStyle::unknown) style = sep == ';' ? NumberStyle::vietnamese : NumberStyle::international;

  std::vector<Row> rows;
  const int errors_before = diags.error_count();
  if (!split_rows(text, header_start, sep, index, rows, diags)) return std::nullopt;
  if (diags.error_count() > errors_before) return std::nullopt;
  rows.erase(std::remove_if(rows.begin(), rows.end(), all_empty), rows.end());
  if (rows.empty()) {
    diags.add(make_error(make_pos(file, 1, 1), msg::kCsvEmpty));
    return std::nullopt;
  }

  const Row& header = rows.front();
  std::vector<std::string> names;
  std::unordered_set<std::string> seen;
  for (size_t c = 0; c < header.cells.size(); ++c) {
    const Cell& cell = header.cells[c];
    if (cell.text.empty()) {
      diags.add(make_error(index.at(cell.offset), msg::kCsvEmptyHeader, c + 1));
    } else if (!seen.insert(cell.text).second) {
      diags.add(make_error(index.at(cell.offset), msg::kCsvDuplicateHeader, cell.text));
    }
    names.push_back(cell.text);
  }
  const size_t width = names.size();
  for (size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].cells.size() != width) {
      diags.add(make_error(index.at(rows[r].offset), msg::kCsvFieldCount, rows[r].cells.size(), width));
    }
  }
  if (diags.error_count() > errors_before) return std::nullopt;

  // Decide which columns hold numbers.
  std::vector<bool> numeric(width, false);
  for (size_t c = 0; c < width; ++c) {
    if (contains(options.text_columns, names[c])) continue;
    if (contains(options.numeric_columns, names[c])) {
      numeric[c] = true;
      continue;
    }
    if (!options.infer_numeric) continue;
    size_t filled = 0, numbers = 0;
    for (size_t r = 1; r < rows.size(); ++r) {
      const Cell& cell = rows[r].cells[c];
      if (cell.text.empty()) continue;
      ++filled;
      // Whatever has the shape of a number counts, also what is then refused
      // (`12%`, `1e400`): the refusal is reported at its cell.
      numbers += read_number_text(cell.text, style).verdict != NumberVerdict::text;
    }
    numeric[c] = numbers >= 2 && numbers * 3 >= filled * 2;
  }

  List out;
  out.reserve(rows.size() - 1);
  for (size_t r = 1; r < rows.size(); ++r) {
    Map members;
    members.reserve(width);
    for (size_t c = 0; c < width; ++c) {
      const Cell& cell = rows[r].cells[c];
      SourcePos pos = index.at(cell.offset);
      Value v;
      if (cell.text.empty()) {
        v = Value::null(pos);
      } else if (const NumberReading n = read_number_text(cell.text, style); n.verdict == NumberVerdict::too_big &&
                                                                          !contains(options.text_columns, names[c])) {
        // The shape of a number with more digits than exact arithmetic keeps:
        // never silently text, or it would fail far away, at the template.
        diags.add(with_hint(make_error(pos, msg::kNumberTooBig, cell.text), msg::kNumberTooBigHint));
        continue;
      } else if (numeric[c]) {
        if (n.verdict == NumberVerdict::number) {
          v = Value::number(n.value, pos);
        } else if (n.verdict == NumberVerdict::percent) {
          diags.add(with_hint(make_error(pos, msg::kCsvPercent, cell.text, names[c]), msg::kCsvPercentHint));
          continue;
        } else {
          Diagnostic d = make_error(pos, msg::kCsvNotNumber, cell.text, names[c]);
          diags.add(style == NumberStyle::vietnamese ? with_hint(std::move(d), msg::kCsvNumberHint)
                                                     : with_hint(std::move(d), msg::kCsvNumberHintDot));
          continue;
        }
      } else {
        v = Value::string(cell.text, pos);
      }
      members.push_back(Member{names[c], index.at(header.cells[c].offset), std::move(v)});
    }
    out.push_back(Value::map(std::move(members), index.at(rows[r].offset)));
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return Value::list(std::move(out), make_pos(file, 1, 1));
}

}  // namespace vanban::data
