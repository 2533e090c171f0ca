// Stage: cli.
#include "cli/import_draft.hpp"

#include "cli/commands.hpp"
#include "cli/import_messages.hpp"
#include "core/atomic_file.hpp"
#include "data/yaml_reader.hpp"
#include "data/yaml_writer.hpp"
#include "docx/import.hpp"
#include "template/template_folder.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

namespace vanban::cli {
namespace fs = std::filesystem;

namespace {

// A template.yaml read as data, with its base's (`base:`) under the key "@base". Only the YAML is
// read: loading every template whole (bodies parsed) would cost more than the import itself.
using SpecCache = std::map<fs::path, std::optional<data::Value>>;

std::optional<data::Value> read_spec(const fs::path& folder, SpecCache& cache, int depth = 0) {
  if (auto it = cache.find(folder); it != cache.end()) return it->second;
  auto& slot = cache[folder];
  Diagnostics ignored;
  Diagnostic io;
  auto text = read_file(folder / "template.yaml", io);
  if (!text || depth > 4) return std::nullopt;
  auto spec = data::read_yaml(*text, std::make_shared<const std::string>("template.yaml"), ignored);
  if (!spec || !spec->is_map()) return std::nullopt;
  if (const data::Value* b = spec->find("base"); b && b->is_string()) {
    if (auto base = read_spec(folder.parent_path() / b->as_string(), cache, depth + 1)) {
      data::Map m = spec->as_map();
      m.push_back({"@base", {}, std::move(*base)});
      spec = data::Value::map(std::move(m));
    }
  }
  slot = spec;
  return spec;
}

// `spec`'s text at `path` ({"header", "type"}), else its base's; "" when neither has one.
std::string spec_text(const data::Value& spec, std::initializer_list<std::string_view> path) {
  const data::Value* v = &spec;
  for (auto key : path) v = v && v->is_map() ? v->find(key) : nullptr;
  if (v && v->is_string()) return v->as_string();
  if (const data::Value* base = spec.find("@base")) return spec_text(*base, path);
  return "";
}

std::string heading_of(const fs::path& folder) {
  SpecCache cache;
  auto spec = read_spec(folder, cache);
  return spec ? spec_text(*spec, {"header", "type"}) : "";
}

std::vector<docx::KnownType> known_types() {
  std::vector<docx::KnownType> out;
  fs::path dir = builtin_templates_dir();
  SpecCache cache;  // the bases (_khung-nd30, quyet-dinh …) are read once
  for (const auto& name : tmpl::builtin_template_names(dir)) {
    auto spec = read_spec(dir / name, cache);
    if (!spec) continue;
    std::string shape = spec_text(*spec, {"shape"});
    const data::Value* fields = spec->find("fields");
    std::string co_signer = fields && fields->is_map() && fields->find("thu_ky") ? "thu_ky" : "dong_ky";
    std::string summary = spec_text(*spec, {"header", "summary"});
    if (summary.find("{{") == std::string::npos || summary.find("trich_yeu") != std::string::npos) summary.clear();
    out.push_back({name, spec_text(*spec, {"header", "type"}), spec_text(*spec, {"profile"}),
                   shape.empty() ? "titled" : shape, co_signer, summary});
  }
  return out;
}

// The template folder holding the draft's tables: the type's frame and body, its tables added.
std::string table_template(const tmpl::Template& t, const std::string& name, const docx::Imported& doc) {
  data::Map spec;
  spec.push_back({"name", {}, data::Value::string(name)});
  spec.push_back({"title", {}, data::Value::string(t.title)});
  spec.push_back({"profile", {}, data::Value::string(t.profile)});
  if (!t.shape.empty()) spec.push_back({"shape", {}, data::Value::string(t.shape)});
  spec.push_back({"abbreviation", {}, data::Value::string(t.abbreviation)});
  std::string heading = heading_of(t.folder);
  if (!heading.empty()) {
    data::Map header;
    header.push_back({"type", {}, data::Value::string(heading)});
    spec.push_back({"header", {}, data::Value::map(std::move(header))});
  }
  if (t.defaults.is_map() && !t.defaults.as_map().empty()) spec.push_back({"defaults", {}, t.defaults});
  data::Map tables;
  for (const auto& table : doc.tables) tables.push_back({table.name, {}, table.spec});
  spec.push_back({"tables", {}, data::Value::map(std::move(tables))});
  data::List annexes;
  for (const auto& table : doc.tables) {
    if (!table.annex) continue;
    data::Map a;
    a.push_back({"table", {}, data::Value::string(table.name)});
    if (!table.annex_heading.empty()) a.push_back({"heading", {}, data::Value::string(table.annex_heading)});
    annexes.push_back(data::Value::map(std::move(a)));
  }
  if (!annexes.empty()) spec.push_back({"annexes", {}, data::Value::list(std::move(annexes))});
  return "# Các bảng của văn bản nhập từ Word (vanban import), trên khung của loại `" + t.name + "`.\n" +
         data::write_yaml(data::Value::map(std::move(spec)));
}

}  // namespace

std::optional<DraftFiles> import_draft(std::string_view bytes, const std::string& draft, const std::string& stem,
                                       bool accept_changes, Diagnostics& diags) {
  docx::ImportOptions options;
  options.accept_changes = accept_changes;
  options.types = known_types();
  auto doc = docx::import_docx(bytes, std::make_shared<const std::string>(draft), options, diags);
  if (!doc) return std::nullopt;
  DraftFiles out;
  std::string extends = doc->type;
  // The draft's tables need a template declaring them; so does a type whose summary is made from other fields
  // (thong-bao-dang: `Kết luận của {{ cuoc_hop.chu_tri }} …`), which would ask for those fields instead of
  // printing the draft's summary: the frame of the type, its tables added, keeps the summary as `trich_yeu`.
  out.own_summary = doc->own_summary;
  out.has_tables = !doc->tables.empty();
  out.type = doc->type;
  if (!doc->tables.empty() || doc->own_summary) {
    auto builtin = tmpl::load_template(builtin_templates_dir() / doc->type, diags);
    if (!builtin) {
      diags.add(make_error({}, msg::kImportNoType, doc->type));
      return std::nullopt;
    }
    extends = stem + (doc->tables.empty() ? "-mau" : "-bang");
    out.table_folder = extends;
    out.table_files.emplace_back("template.yaml", table_template(*builtin, extends, *doc));
    // The type's body and partials, so that its blocks (căn cứ, QUYẾT ĐỊNH:) still print around the body.
    std::error_code ec;
    std::vector<fs::path> parts;
    for (const auto& entry : fs::directory_iterator(builtin->body_folder, ec)) {
      if (entry.path().extension() == ".vb" && entry.path().filename() != "moi.vb") parts.push_back(entry.path());
    }
    std::sort(parts.begin(), parts.end());
    for (const auto& part_path : parts) {
      Diagnostic read_error;
      auto part = read_file(part_path, read_error);
      if (!part) {
        diags.add(std::move(read_error));
        return std::nullopt;
      }
      out.table_files.emplace_back(part_path.filename().string(), std::move(*part));
    }
  }
  out.document = "---\n# Nhập từ " + fs::path(draft).filename().string() +
                 " (vanban import): xem lại các trường và nội dung trước khi in.\n" +
                 data::write_yaml(doc->front_matter) + "---\n{% extends \"" + extends + "\" %}\n" + doc->body;
  if (out.document.back() != '\n') out.document += '\n';  // a text file ends with its line's end
  return out;
}

}  // namespace vanban::cli
