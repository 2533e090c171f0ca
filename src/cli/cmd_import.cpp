// Stage: cli.
// `vanban import DRAFT.docx [-o NAME.vb] [--accept-changes]`: a Word draft as a vanban document; its tables
// as a template folder beside it (NAME-bang/template.yaml) whose figures sit in the document's front matter.
#include "cli/commands.hpp"
#include "cli/import_messages.hpp"
#include "cli/messages.hpp"
#include "core/atomic_file.hpp"
#include "data/yaml_reader.hpp"
#include "data/yaml_writer.hpp"
#include "docx/import.hpp"
#include "template/template_folder.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
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

CLI::App* add_import_command(CLI::App& app, Options& opts, Lang lang) {
  const bool vi = lang == Lang::vi;
  auto* cmd = app.add_subcommand(
      "import", vi ? "Nhập bản thảo Word (.docx) thành văn bản vanban (.vb): phần đầu, nội dung, bảng, nơi nhận, người ký"
                   : "Import a Word draft (.docx) as a vanban document (.vb): header fields, body, tables, recipients, signer");
  cmd->add_option("DRAFT", opts.inputs, vi ? "Bản thảo .docx (Word 2007 trở về sau, hoặc LibreOffice lưu dạng .docx)"
                                        : "The .docx draft (Word 2007 or later, or LibreOffice saved as .docx)")
      ->required()
      ->expected(1);
  cmd->add_option("-o,--output", opts.import_output, vi ? "Tệp .vb cần tạo (mặc định: tên bản thảo, đuôi .vb, ở thư mục hiện tại)"
                                              : "The .vb file to write (default: the draft's name with .vb, in the current folder)")
      ->type_name("NAME.vb");
  cmd->add_flag("--accept-changes", opts.accept_changes,
                vi ? "Nhận mọi thay đổi được theo dõi (Track Changes) thay vì từ chối bản thảo còn thay đổi"
                   : "Accept every tracked change instead of refusing a draft that still has them");
  cmd->footer(vi ? "Ví dụ:\n"
                   "  vanban import du-thao.docx\n"
                   "      tạo du-thao.vb: bảng phần đầu thành các trường (cơ quan, số, ký hiệu, ngày), tên loại và trích\n"
                   "      yếu, nội dung với đề mục và danh sách theo số thứ tự của Word, chú thích ^[…], nơi nhận, người ký\n"
                   "  vanban import bao-cao.docx -o bc-12.vb && vanban render bc-12.vb -o out\n"
                   "      bảng số liệu: khai báo ở bc-12-bang/template.yaml, số liệu ở phần đầu bc-12.vb\n"
                   "Những gì không chuyển được (hình, hộp văn bản, nhận xét, trường) được báo kèm số đoạn.\n"
                   "Xem docs/IMPORT.md."
                 : "Examples:\n"
                   "  vanban import draft.docx\n"
                   "      write draft.vb: the header table as fields (issuer, number, symbol, date), type and summary,\n"
                   "      the body with headings and lists from Word's numbering, footnotes ^[…], recipients, signer\n"
                   "  vanban import report.docx -o bc-12.vb && vanban render bc-12.vb -o out\n"
                   "      tables: declared in bc-12-bang/template.yaml, their figures in bc-12.vb's front matter\n"
                   "What cannot be carried over (pictures, text boxes, comments, fields) is reported with its paragraph.\n"
                   "See docs/IMPORT.md.");
  return cmd;
}

int run_import(const Options& opts) {
  Diagnostics diags;
  fs::path draft(opts.inputs.at(0));
  fs::path target = opts.import_output.empty() ? fs::path(draft.stem().string() + ".vb") : fs::path(opts.import_output);
  if (target.extension() != ".vb") target += ".vb";
  std::error_code ec;
  if (fs::exists(target, ec)) {
    diags.add(make_error({}, msg::kImportExists, target.string()));
    return report(diags, opts.lang);
  }
  Diagnostic io;
  auto bytes = read_file(draft, io, opts.limits.data_mb);
  if (!bytes) {
    diags.add(std::move(io));
    return report(diags, opts.lang);
  }
  docx::ImportOptions options;
  options.accept_changes = opts.accept_changes;
  options.types = known_types();
  auto doc = docx::import_docx(*bytes, std::make_shared<const std::string>(draft.string()), options, diags);
  if (!doc) return report(diags, opts.lang);

  std::string extends = doc->type;
  fs::path table_folder;
  std::string table_yaml;
  // The draft's tables need a template declaring them; so does a type whose summary is made from other fields
  // (thong-bao-dang: `Kết luận của {{ cuoc_hop.chu_tri }} …`), which would ask for those fields instead of
  // printing the draft's summary: the frame of the type, its tables added, keeps the summary as `trich_yeu`.
  if (!doc->tables.empty() || doc->own_summary) {
    auto builtin = tmpl::load_template(builtin_templates_dir() / doc->type, diags);
    if (!builtin) {
      diags.add(make_error({}, msg::kImportNoType, doc->type));
      return report(diags, opts.lang);
    }
    extends = target.stem().string() + (doc->tables.empty() ? "-mau" : "-bang");
    table_folder = target.parent_path() / extends;
    if (fs::exists(table_folder, ec)) {
      diags.add(make_error({}, msg::kImportExists, table_folder.string()));
      return report(diags, opts.lang);
    }
    table_yaml = table_template(*builtin, extends, *doc);
  }
  std::string text = "---\n# Nhập từ " + draft.filename().string() +
                     " (vanban import): xem lại các trường và nội dung trước khi in.\n" +
                     data::write_yaml(doc->front_matter) + "---\n{% extends \"" + extends + "\" %}\n" + doc->body;
  if (!table_folder.empty()) {
    fs::create_directories(table_folder, ec);
    auto builtin = tmpl::load_template(builtin_templates_dir() / doc->type, diags);
    std::optional<Diagnostic> error = write_file_atomic(table_folder / "template.yaml", table_yaml);
    // The type's body and partials, so that its blocks (căn cứ, QUYẾT ĐỊNH:) still print around the body.
    for (const auto& entry : fs::directory_iterator(builtin->body_folder, ec)) {
      if (error) break;
      if (entry.path().extension() != ".vb" || entry.path().filename() == "moi.vb") continue;
      Diagnostic read_error;
      auto part = read_file(entry.path(), read_error);
      if (!part) error = read_error;
      else error = write_file_atomic(table_folder / entry.path().filename(), *part);
    }
    if (error) {
      diags.add(std::move(*error));
      fs::remove_all(table_folder, ec);
      return report(diags, opts.lang);
    }
  }
  if (auto error = write_file_atomic(target, text)) {
    diags.add(std::move(*error));
    if (!table_folder.empty()) fs::remove_all(table_folder, ec);
    return report(diags, opts.lang);
  }
  const Message& done = msg::kImportWritten;
  std::cerr << fmt::format(fmt::runtime(opts.lang == Lang::vi ? done.vi : done.en), target.string(), target.string())
            << '\n';
  if (!table_folder.empty() && doc->own_summary) {
    const Message& m = msg::kImportFrame;
    std::cerr << fmt::format(fmt::runtime(opts.lang == Lang::vi ? m.vi : m.en), doc->type, table_folder.string())
              << '\n';
  }
  if (!table_folder.empty() && !doc->tables.empty()) {
    const Message& m = msg::kImportTables;
    std::cerr << fmt::format(fmt::runtime(opts.lang == Lang::vi ? m.vi : m.en), table_folder.string(), target.string())
              << '\n';
  }
  return report(diags, opts.lang);
}

}  // namespace vanban::cli
