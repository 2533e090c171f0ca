// Stage: cli.
// `vanban templates`: the built-in templates, their titles and the data each needs.
#include "cli/commands.hpp"
#include "template/template_folder.hpp"

#include <fmt/format.h>

#include <iostream>

namespace vanban::cli {
namespace {

void print_fields(const std::vector<tmpl::FieldSpec>& fields, int depth, Lang lang, std::string& out) {
  for (const auto& f : fields) {
    std::string type(tmpl::field_type_name(f.type, lang == Lang::vi));
    std::string req = f.required ? "" : (lang == Lang::vi ? ", không bắt buộc" : ", optional");
    out += fmt::format("{:{}}{} ({}{}){}{}\n", "", 4 + 2 * depth, f.name, type, req,
                       f.description.empty() ? "" : ": ", f.description);
    if (!f.fields.empty()) print_fields(f.fields, depth + 1, lang, out);
    if (f.items && !f.items->fields.empty()) print_fields(f.items->fields, depth + 1, lang, out);
  }
}

}  // namespace

int run_templates(const Options& opts) {
  Diagnostics diags;
  std::string out;
  auto dir = builtin_templates_dir();
  if (!can_list_builtin_templates(diags)) return report(diags, opts.lang);
  for (const auto& name : tmpl::builtin_template_names(dir)) {
    auto t = tmpl::load_template(dir / name, diags);
    if (!t) continue;
    out += fmt::format("{} — {} ({})\n", name, t->title, t->profile == "hd36" ? "Hướng dẫn 36-HD/VPTW" : "Nghị định 30/2020/NĐ-CP");
    if (!t->description.empty()) out += "  " + t->description + "\n";
    out += opts.lang == Lang::vi ? "  Dữ liệu cần:\n" : "  Data it needs:\n";
    print_fields(t->fields, 0, opts.lang, out);
    out += "\n";
  }
  std::cout << out;
  return report(diags, opts.lang);
}

}  // namespace vanban::cli
