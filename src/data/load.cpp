// Stage: data.
#include "data/load.hpp"

#include "core/atomic_file.hpp"
#include "data/messages.hpp"
#include "data/xlsx_reader.hpp"
#include "data/yaml_reader.hpp"

#include <algorithm>
#include <memory>

namespace vanban::data {

FileKind file_kind(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".yaml" || ext == ".yml" || ext == ".json") return FileKind::yaml;
  if (ext == ".csv") return FileKind::csv;
  if (ext == ".xlsx") return FileKind::xlsx;
  return FileKind::unknown;
}

std::string csv_key(const std::filesystem::path& path) {
  std::string key = path.stem().string();
  std::replace(key.begin(), key.end(), '-', '_');
  std::replace(key.begin(), key.end(), ' ', '_');
  return key;
}

std::optional<Value> load_file(const std::filesystem::path& path, Diagnostics& diags, const CsvOptions& csv,
                               size_t max_mb) {
  auto name = std::make_shared<const std::string>(path.string());
  const FileKind kind = file_kind(path);
  Diagnostic io_error;
  // The kind first: a file vanban cannot read is refused unread.
  std::error_code ec;
  const bool readable_kind = kind != FileKind::unknown || !std::filesystem::exists(path, ec) ||
                             std::filesystem::is_directory(path, ec);
  auto text = readable_kind ? read_file(path, io_error, max_mb) : std::optional<std::string>("");
  if (!text) {
    diags.add(std::move(io_error));
    return std::nullopt;
  }
  if (kind == FileKind::unknown) {
    diags.add(make_error(make_pos(name, 0, 0), msg::kUnknownFormat, path.string()));
    return std::nullopt;
  }
  if (kind == FileKind::csv || kind == FileKind::xlsx) {
    XlsxOptions xlsx;
    xlsx.max_unpacked = std::max<size_t>(max_mb, 1) * 8 << 20;
    auto rows = kind == FileKind::csv ? read_csv(*text, name, csv, diags) : read_xlsx(*text, name, xlsx, diags);
    if (!rows) return std::nullopt;
    Map top;
    top.push_back(Member{csv_key(path), make_pos(name, 1, 1), std::move(*rows)});
    return Value::map(std::move(top), make_pos(name, 1, 1));
  }
  if (text->find_first_not_of(" \t\r\n") == std::string::npos) {
    // Saved before anything was typed, or emptied by mistake: say so before the missing fields.
    diags.add(make_diagnostic(Severity::warning, make_pos(name, 1, 1), msg::kDataFileEmpty, path.string()));
  }
  auto value = read_yaml(*text, name, diags);
  if (!value) return std::nullopt;
  if (!value->is_map()) {
    diags.add(make_error(value->pos(), msg::kTopNotMap, kind_term(value->kind())));
    return std::nullopt;
  }
  return value;
}

void merge(Value& base, Value overlay) {
  if (!base.is_map() || !overlay.is_map()) {
    base = std::move(overlay);
    return;
  }
  Map& into = base.as_map();
  for (Member& m : overlay.as_map()) {
    auto it = std::find_if(into.begin(), into.end(), [&](const Member& x) { return x.key == m.key; });
    if (it == into.end()) {
      into.push_back(std::move(m));
    } else {
      it->key_pos = m.key_pos;
      merge(it->value, std::move(m.value));
    }
  }
}

std::optional<Value> load_all(const std::vector<std::filesystem::path>& paths, Diagnostics& diags,
                              const CsvOptions& csv, size_t max_mb) {
  std::optional<Value> merged;
  bool failed = false;
  for (const auto& path : paths) {
    auto v = load_file(path, diags, csv, max_mb);
    if (!v) {
      failed = true;
      continue;
    }
    if (!merged) {
      merged = std::move(*v);
    } else {
      merge(*merged, std::move(*v));
    }
  }
  if (failed) return std::nullopt;
  if (!merged) merged = Value::map({});
  return merged;
}

}  // namespace vanban::data
