// Stage: serve.
#include "serve/document_form.hpp"

#include "data/yaml_reader.hpp"
#include "data/yaml_writer.hpp"
#include "serve/messages.hpp"

#include <algorithm>

namespace vanban::serve {
namespace {

constexpr std::string_view kExtends = "{% extends \"";

int count_lines(std::string_view s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

// The key a top-level line of a YAML map starts (`so: 15` → so, `"a b": 1` → a b); "" for another line.
std::string top_level_key(std::string_view line) {
  if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-') return "";
  size_t colon = line.find(": ");
  if (colon == std::string_view::npos && !line.empty() && line.back() == ':') colon = line.size() - 1;
  if (colon == std::string_view::npos) return "";
  std::string_view key = line.substr(0, colon);
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front()) {
    key = key.substr(1, key.size() - 2);
  }
  return std::string(key);
}

// The runs of comment lines at the top level of a front matter's YAML, each with the key after it.
std::vector<std::pair<std::string, std::string>> top_level_comments(std::string_view yaml) {
  std::vector<std::pair<std::string, std::string>> out;
  std::string run;
  size_t at = 0;
  while (at < yaml.size()) {
    size_t end = yaml.find('\n', at);
    std::string_view line = yaml.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    at = end == std::string_view::npos ? yaml.size() : end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] == '#') {
      run += std::string(line) + "\n";
    } else if (std::string key = top_level_key(line); !key.empty() && !run.empty()) {
      out.emplace_back(std::move(key), std::move(run));
      run.clear();
    }
  }
  if (!run.empty()) out.emplace_back("", std::move(run));
  return out;
}

// The YAML of the front matter, as compose_document writes it ("" for no fields and no comments).
std::string front_yaml(const DocumentForm& form) {
  const bool has_fields = form.fields.is_map() && !form.fields.as_map().empty();
  if (!has_fields && form.comments.empty()) return "";
  const std::string yaml = has_fields ? data::write_yaml(form.fields) : "";
  if (form.comments.empty()) return yaml;
  std::vector<bool> used(form.comments.size(), false);
  std::string out;
  size_t at = 0;
  while (at < yaml.size()) {
    size_t end = yaml.find('\n', at);
    end = end == std::string::npos ? yaml.size() : end + 1;
    const std::string_view line(yaml.data() + at, end - at);
    std::string_view bare = line;
    if (!bare.empty() && bare.back() == '\n') bare.remove_suffix(1);
    if (std::string key = top_level_key(bare); !key.empty()) {
      for (size_t i = 0; i < form.comments.size(); ++i) {
        if (!used[i] && form.comments[i].first == key) {
          out += form.comments[i].second;
          used[i] = true;
        }
      }
    }
    out += line;
    at = end;
  }
  for (size_t i = 0; i < form.comments.size(); ++i) {
    if (!used[i]) out += form.comments[i].second;
  }
  return out;
}

// The first `name` quoted in backticks in a message: `noi_nhan[2]` → noi_nhan.
std::string named_field(const std::string& text) {
  size_t a = text.find('`');
  if (a == std::string::npos) return "";
  size_t b = text.find('`', a + 1);
  if (b == std::string::npos) return "";
  std::string name = text.substr(a + 1, b - a - 1);
  size_t cut = name.find_first_of(".[");
  return cut == std::string::npos ? name : name.substr(0, cut);
}

}  // namespace

std::optional<DocumentForm> split_document(std::string_view text, Diagnostics& diags) {
  static const auto kName = std::make_shared<const std::string>("front-matter");
  DocumentForm form;
  std::string_view rest = text;
  if (text.rfind("---\n", 0) == 0 || text.rfind("---\r\n", 0) == 0) {
    size_t end = text.find("\n---", 3);
    while (end != std::string_view::npos &&
           !(end + 4 == text.size() || text[end + 4] == '\n' || text[end + 4] == '\r')) {
      end = text.find("\n---", end + 4);
    }
    if (end == std::string_view::npos) {
      diags.add(make_error(make_pos(kName, 1, 1), msg::kFrontMatterOpen));
      return std::nullopt;
    }
    const size_t first = text.find('\n') + 1;
    std::string yaml = "\n" + std::string(text.substr(first, end + 1 - first));
    form.comments = top_level_comments(yaml);
    auto fields = data::read_yaml(yaml, kName, diags);
    if (!fields) return std::nullopt;
    if (fields->is_map()) {
      form.fields = std::move(*fields);
    } else if (!fields->is_null()) {
      diags.add(make_error(fields->pos(), msg::kFrontMatterMap));
      return std::nullopt;
    }
    size_t after = text.find('\n', end + 1);
    rest = after == std::string_view::npos ? std::string_view() : text.substr(after + 1);
  }
  size_t at = rest.find(kExtends);
  size_t close = at == std::string_view::npos ? at : rest.find('"', at + kExtends.size());
  size_t line_end = close == std::string_view::npos ? close : rest.find('\n', close);
  if (close == std::string_view::npos || rest.substr(close, 4) != "\" %}") {
    diags.add(make_error({}, msg::kNoExtends));
    return std::nullopt;
  }
  form.prelude = std::string(rest.substr(0, at));
  form.type = std::string(rest.substr(at + kExtends.size(), close - at - kExtends.size()));
  form.body = line_end == std::string_view::npos ? std::string() : std::string(rest.substr(line_end + 1));
  return form;
}

std::string compose_document(const DocumentForm& form) {
  std::string yaml = front_yaml(form);
  std::string out;
  if (!yaml.empty()) out = "---\n" + yaml + "---\n";
  return out + form.prelude + std::string(kExtends) + form.type + "\" %}\n" + form.body;
}

std::vector<Placed> place(const Diagnostics& diags, const DocumentForm& form, const std::string& document,
                          const std::vector<std::string>& declared,
                          std::string (*relative)(const std::string&, const void*), const void* ctx) {
  const std::string yaml = front_yaml(form);
  const int yaml_lines = count_lines(yaml);
  const int front_end = yaml.empty() ? 0 : yaml_lines + 2;                     // the closing `---`
  const int extends_line = front_end + count_lines(form.prelude) + 1;
  // Each top-level field's first line in the composed text.
  std::vector<std::pair<int, std::string>> starts;
  if (!yaml.empty()) {
    Diagnostics ignored;
    static const auto kName = std::make_shared<const std::string>("front-matter");
    auto again = data::read_yaml("\n" + yaml, kName, ignored);
    if (again && again->is_map()) {
      for (const auto& m : again->as_map()) starts.emplace_back(m.key_pos.line, m.key);
    }
  }
  std::vector<Placed> out;
  for (const auto& d : diags.items()) {
    Placed p;
    p.diagnostic = &d;
    const std::string named = named_field(d.text(Lang::vi));
    const bool is_declared = std::find(declared.begin(), declared.end(), named) != declared.end();
    const bool here = d.pos.known() && d.pos.file_name() == document;
    // A missing field is reported at the map that lacks it, wherever that map came from.
    const bool missing = d.id == "template.field_missing";
    if (here && d.pos.line > extends_line) {
      p.body_line = d.pos.line - extends_line;
    } else if (d.pos.known() && !here && !missing) {
      p.file = relative(d.pos.file_name(), ctx);
    } else if (is_declared) {
      p.field = named;
    } else if (here && d.pos.line > 1 && d.pos.line < front_end) {
      for (const auto& [line, key] : starts) {
        if (line <= d.pos.line) p.field = key;
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace vanban::serve
