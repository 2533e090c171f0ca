// Stage: cli.
// `vanban new TYPE [FILE.vb]`: a starter document — front matter with every field the type needs, and its body skeleton.
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "cli/prepare.hpp"
#include "core/messages.hpp"
#include "core/atomic_file.hpp"
#include "template/evaluator.hpp"
#include "template/parser.hpp"
#include "template/template_folder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

namespace vanban::cli {
namespace fs = std::filesystem;

namespace {

// A YAML scalar as a clerk would type it: plain when that reads back the same, else quoted.
std::string yaml_scalar(const data::Value& v) {
  if (v.is_number()) return v.as_number().to_string();
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  if (!v.is_string()) return "";
  const std::string& s = v.as_string();
  bool plain = !s.empty() && s.front() != ' ' && s.back() != ' ';
  static constexpr std::string_view kFirst = "-?:,[]{}#&*!|>'\"%@`";
  if (plain && kFirst.find(s.front()) != std::string_view::npos) plain = false;
  if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos) plain = false;
  if (s == "true" || s == "false" || s == "null" || s == "~") plain = false;
  if (plain) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string pad(int depth) { return std::string(static_cast<size_t>(depth) * 2, ' '); }

std::string requirement(const tmpl::FieldSpec& f, Lang lang) {
  if (lang == Lang::vi) return f.required ? "bắt buộc" : "không bắt buộc";
  return f.required ? "required" : "optional";
}

void write_field(const tmpl::FieldSpec& f, int depth, Lang lang, std::string& out);

// A field's value lines: its example, else its own fields, else an empty value to fill in.
void write_value(const tmpl::FieldSpec& f, int depth, Lang lang, std::string& out) {
  const data::Value& ex = f.example;
  if (ex.is_list()) {
    out += "\n";
    for (const auto& item : ex.as_list()) out += pad(depth + 1) + "- " + yaml_scalar(item) + "\n";
  } else if (!ex.is_null() && !ex.is_map()) {
    out += " " + yaml_scalar(ex) + "\n";
  } else if (!f.fields.empty()) {
    out += "\n";
    for (const auto& sub : f.fields) write_field(sub, depth + 1, lang, out);
  } else if (f.type == tmpl::FieldType::list && f.items && !f.items->fields.empty()) {
    // A list of records: one record to copy, its fields explained.
    std::string item;
    for (const auto& sub : f.items->fields) write_field(sub, depth + 2, lang, item);
    size_t first = item.find('\n', item.find_first_not_of(' ')) + 1;  // past the first comment line
    out += "\n" + item.substr(0, first) + pad(depth + 1) + "- " + item.substr(first + pad(depth + 2).size());
  } else if (f.type == tmpl::FieldType::list) {
    out += "\n" + pad(depth + 1) + "- \n";
  } else {
    out += " \n";
  }
}

void write_field(const tmpl::FieldSpec& f, int depth, Lang lang, std::string& out) {
  std::string about = f.description.empty() ? std::string(tmpl::field_type_name(f.type, lang == Lang::vi))
                                            : f.description;
  out += pad(depth) + "# " + about + " — " + requirement(f, lang) + "\n";
  // An optional field with nothing to show is left as a comment to fill in when needed.
  const bool shown = f.required || !f.example.is_null();
  std::string lines;
  write_value(f, depth, lang, lines);
  if (shown) {
    out += pad(depth) + f.name + ":" + lines;
    return;
  }
  out += pad(depth) + "# " + f.name + ":";
  size_t start = 0;
  bool first = true;
  while (start < lines.size()) {
    size_t end = lines.find('\n', start);
    std::string line = lines.substr(start, end - start);
    out += first ? line + "\n" : pad(depth) + "# " + line.substr(std::min(line.size(), static_cast<size_t>(depth) * 2)) + "\n";
    first = false;
    start = end == std::string::npos ? lines.size() : end + 1;
  }
}

}  // namespace

std::string starter_document(const tmpl::Template& t, Lang lang) {
  // The starter writes the body (or some blocks), so fields only their default text needs are left out.
  std::vector<std::string> written;
  if (!t.starter.empty()) {
    Diagnostics ignored;  // the starter is the template's own, checked by its tests
    tmpl::Program starter = tmpl::parse_template(t.starter, std::make_shared<const std::string>("moi.vb"), ignored);
    std::vector<std::string> own = tmpl::replaced_blocks(starter);
    for (const auto& [block, parent] : tmpl::block_tree(t.body)) {
      bool inside = std::find(own.begin(), own.end(), block) != own.end() ||
                    std::find(written.begin(), written.end(), parent) != written.end();
      if (inside) written.push_back(block);
    }
  }
  std::string out = "---\n";
  if (lang == Lang::vi) {
    out += fmt::format("# {}{} — văn bản mới. Sửa các giá trị dưới đây rồi viết nội dung sau dòng extends.\n",
                       t.title, t.abbreviation.empty() ? "" : " (" + t.abbreviation + ")");
    out += fmt::format("# Xem các trường và khối: vanban templates {}; kiểm tra: vanban check FILE.vb\n", t.name);
  } else {
    out += fmt::format("# {}{} — a new document. Edit the values below, then write the body after the extends line.\n",
                       t.title, t.abbreviation.empty() ? "" : " (" + t.abbreviation + ")");
    out += fmt::format("# Fields and blocks: vanban templates {}; check: vanban check FILE.vb\n", t.name);
  }
  for (const auto& f : t.fields) {
    if (!f.block.empty() && std::find(written.begin(), written.end(), f.block) != written.end()) continue;
    write_field(f, 0, lang, out);
  }
  out += "---\n";
  out += fmt::format("{{% extends \"{}\" %}}\n", t.name);
  out += t.starter;
  return out;
}

int run_new(const Options& opts) {
  Diagnostics diags;
  const std::string& type = opts.inputs.at(0);
  auto dir = builtin_templates_dir();
  auto folder = tmpl::resolve_template(type, dir, fs::current_path());
  if (!folder) {
    auto names = tmpl::builtin_template_names(dir);
    Diagnostic d = make_error({}, msg::kNewUnknownType, type);
    std::string guess = closest_match(type, names);
    if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
    diags.add(std::move(d));
    return report(diags, opts.lang);
  }
  auto t = tmpl::load_template(*folder, diags);
  if (!t) return report(diags, opts.lang);
  std::string text = starter_document(*t, opts.lang);
  fs::path target = opts.inputs.size() > 1 ? fs::path(opts.inputs[1]) : fs::path(t->name + ".vb");
  if (target.extension() != ".vb") target += ".vb";
  std::error_code ec;
  if (fs::exists(target, ec)) {
    diags.add(make_error({}, msg::kNewExists, target.string()));
    return report(diags, opts.lang);
  }
  if (auto error = write_file_atomic(target, text)) {
    diags.add(std::move(*error));
    return report(diags, opts.lang);
  }
  std::cerr << format_message(opts.lang, msg::kNewWritten, target.string(), target.string())
            << '\n';
  return report(diags, opts.lang);
}

}  // namespace vanban::cli
