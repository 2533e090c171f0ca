// Stage: cli.
// `vanban compile SPEC --status [-o GRID.csv|GRID.xlsx]`: the unit × month grid of what arrived, for a clerk's terminal or a file.
#include "cli/commands.hpp"
#include "cli/eoffice_messages.hpp"
#include "cli/messages.hpp"

#include "compile/status.hpp"
#include "core/atomic_file.hpp"
#include "data/load.hpp"
#include "locale/format.hpp"
#include "locale/text.hpp"
#include "xlsx/grid.hpp"

#include <algorithm>
#include <iostream>

namespace vanban::cli {
namespace {

using compile::Arrivals;
using compile::Cell;

template <typename... Args>
std::string say(Lang lang, CheckedMessage<std::type_identity_t<Args>...> m, const Args&... args) {
  return format_message<Args...>(lang, m, args...);
}

// Columns as a terminal shows them: one per code point (NFC Vietnamese, ✓ ✗ –).
size_t width(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string pad(std::string s, size_t w, bool right = false) {
  size_t have = width(s);
  if (have >= w) return s;
  std::string fill(w - have, ' ');
  return right ? fill + s : s + fill;
}

// `thang/2023-1.csv:3:18: text` (no severity word: the grid says it is an error).
std::string located(const Diagnostic& d, Lang lang) {
  std::string where;
  if (d.pos.known()) {
    where = d.pos.file_name();
    if (d.pos.line > 0) where += fmt::format(":{}:{}", d.pos.line, d.pos.column);
    where += ": ";
  }
  return where + d.text(lang);
}

std::string mark(const Cell& c) {
  switch (c.state) {
    case Cell::State::arrived: return "✓";
    case Cell::State::missing: return "✗";
    case Cell::State::allowed: return "–";
    case Cell::State::error: return "!" + std::to_string(c.errors);
  }
  return "?";
}

std::string words(const Cell& c, Lang lang) {
  switch (c.state) {
    case Cell::State::arrived: return say(lang, msg::kStatusArrived);
    case Cell::State::missing: return say(lang, msg::kStatusMissing);
    case Cell::State::allowed: return say(lang, msg::kStatusAllowed);
    case Cell::State::error: return say(lang, msg::kStatusErrors, c.errors) + ": " + located(*c.first_error, lang);
  }
  return {};
}

std::string summary(const Arrivals& a, Lang lang) {
  const int cells = static_cast<int>(a.units.size()) * a.months;
  return say(lang, msg::kStatusSummary, a.count(Cell::State::arrived), cells, a.count(Cell::State::missing),
             a.count(Cell::State::allowed), a.count(Cell::State::error), a.elsewhere.size()) +
         ". " + (a.complete() ? say(lang, msg::kStatusComplete) : say(lang, msg::kStatusIncomplete));
}

std::string terminal_grid(const Arrivals& a, const std::string& title, Lang lang) {
  size_t name_w = width(say(lang, msg::kStatusUnit));
  for (const auto& u : a.units) name_w = std::max(name_w, width(u));
  size_t col_w = 2;
  for (const auto& row : a.cells) {
    for (const auto& c : row) col_w = std::max(col_w, width(mark(c)));
  }
  col_w += 1;
  std::string out = title + "\n\n";
  out += pad("", name_w + 2) + say(lang, msg::kStatusMonth) + "\n";
  out += pad(say(lang, msg::kStatusUnit), name_w + 2);
  for (int m = 1; m <= a.months; ++m) out += pad(std::to_string(m), col_w, true);
  out += "\n";
  for (size_t u = 0; u < a.units.size(); ++u) {
    std::string line = pad(a.units[u], name_w + 2);
    for (const auto& c : a.cells[u]) line += pad(mark(c), col_w, true);
    out += line + "\n";
  }
  out += "\n" + say(lang, msg::kStatusLegend) + "\n" + summary(a, lang) + "\n";
  bool any = !a.elsewhere.empty() || a.count(Cell::State::error) > 0;
  if (any) {
    out += "\n" + say(lang, msg::kStatusErrorsHeading) + "\n";
    for (size_t u = 0; u < a.units.size(); ++u) {
      for (int m = 1; m <= a.months; ++m) {
        const Cell& c = a.cells[u][static_cast<size_t>(m - 1)];
        if (c.state != Cell::State::error) continue;
        out += "  " + say(lang, msg::kStatusCellErrors, a.units[u], m, c.errors, located(*c.first_error, lang)) + "\n";
      }
    }
    for (const auto& d : a.elsewhere) out += "  " + say(lang, msg::kStatusOther) + ": " + located(d, lang) + "\n";
  }
  return out;
}

xlsx::Grid file_grid(const Arrivals& a, const std::string& title, Lang lang) {
  xlsx::Grid g;
  g.sheet = say(lang, msg::kStatusSheet);
  g.title = title;
  g.header.push_back(say(lang, msg::kStatusUnit));
  for (int m = 1; m <= a.months; ++m) g.header.push_back(say(lang, msg::kStatusMonthN, m));
  using Tone = xlsx::GridCell::Tone;
  for (size_t u = 0; u < a.units.size(); ++u) {
    std::vector<xlsx::GridCell> row{{a.units[u], Tone::plain}};
    for (const auto& c : a.cells[u]) {
      Tone tone = c.state == Cell::State::arrived ? Tone::good : c.state == Cell::State::allowed ? Tone::muted : Tone::bad;
      row.push_back({words(c, lang), tone});
    }
    g.rows.push_back(std::move(row));
  }
  if (!a.elsewhere.empty()) {  // one row, so the file never looks complete when it is not
    std::vector<xlsx::GridCell> row{{say(lang, msg::kStatusOther), Tone::plain},
                                    {say(lang, msg::kStatusErrors, a.elsewhere.size()) + ": " +
                                         located(a.elsewhere.front(), lang),
                                     Tone::bad}};
    while (row.size() < g.header.size()) row.push_back({"", Tone::plain});
    g.rows.push_back(std::move(row));
  }
  g.notes = {say(lang, msg::kStatusLegend), summary(a, lang)};
  return g;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

// UTF-8 with a BOM, so that Excel opens the Vietnamese right; `,` separated, RFC 4180 quoting.
std::string csv(const xlsx::Grid& g) {
  std::string out = "\xEF\xBB\xBF";
  auto line = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    out += "\r\n";
  };
  line(g.header);
  for (const auto& row : g.rows) {
    std::vector<std::string> cells;
    for (const auto& c : row) cells.push_back(c.text);
    line(cells);
  }
  return out;
}

}  // namespace

int run_compile_status(const Options& opts) {
  Diagnostics diags;
  const std::filesystem::path spec_path(opts.inputs.front());
  const std::filesystem::path out(opts.output_dir);
  const std::string ext = locale::lower(out.extension().string());
  if (!opts.output_dir.empty() && ext != ".csv" && ext != ".xlsx") {
    diags.add(make_error({}, msg::kStatusBadOutput, opts.output_dir));
    report(diags, opts.lang);
    return static_cast<int>(ExitCode::usage);
  }
  auto v = data::load_file(spec_path, diags, {}, opts.limits.data_mb);
  if (v && !compile::is_spec(*v)) diags.add(make_error(v->pos(), msg::kNotASpec, spec_path.string()));
  std::optional<compile::Spec> spec;
  if (v && !diags.has_errors()) spec = compile::read_spec(*v, spec_path.parent_path(), diags);
  if (!spec) return std::max(report(diags, opts.lang), static_cast<int>(ExitCode::invalid_input));
  spec->max_file_mb = opts.limits.data_mb;

  const Arrivals a = compile::arrivals(*spec, diags);
  const std::string title = say(opts.lang, msg::kStatusTitle, locale::period_name(spec->month, spec->year, spec->period),
                                spec_path.string());
  int status = a.complete() ? static_cast<int>(ExitCode::ok) : static_cast<int>(ExitCode::invalid_input);
  if (opts.output_dir.empty()) {
    std::cout << terminal_grid(a, title, opts.lang);
    int reported = report(diags, opts.lang);
    return reported == static_cast<int>(ExitCode::io) ? reported : status;
  }
  xlsx::Grid g = file_grid(a, title, opts.lang);
  std::optional<std::string> bytes = ext == ".csv" ? std::optional<std::string>(csv(g)) : xlsx::write_grid(g, diags);
  if (bytes) {
    if (auto err = write_file_atomic(out, *bytes)) diags.add(std::move(*err));
  }
  int reported = report(diags, opts.lang);
  if (reported == static_cast<int>(ExitCode::io)) return reported;
  std::cerr << say(opts.lang, msg::kStatusWrote, opts.output_dir) << '\n';
  return status;
}

}  // namespace vanban::cli
