// Stage: cli.
// `vanban templates [TYPE]`: the built-in document types by profile; one type's fields and blocks with their default text.
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "core/messages.hpp"
#include "template/evaluator.hpp"
#include "template/template_folder.hpp"

#include <fmt/format.h>

#include <iostream>

namespace vanban::cli {
namespace fs = std::filesystem;
namespace {

void print_fields(const std::vector<tmpl::FieldSpec>& fields, int depth, Lang lang, std::string& out) {
  const bool vi = lang == Lang::vi;
  for (const auto& f : fields) {
    std::string type(tmpl::field_type_name(f.type, vi));
    std::string mark = f.required ? "* " : "  ";
    std::string block = f.block.empty() ? "" : fmt::format(fmt::runtime(vi ? "; chỉ cần khi không thay khối `{}`" : "; only needed unless block `{}` is replaced"), f.block);
    out += fmt::format("{:{}}{}{} ({}{}){}{}\n", "", 4 + 2 * depth, mark, f.name, type, block,
                       f.description.empty() ? "" : ": ", f.description);
    if (!f.fields.empty()) print_fields(f.fields, depth + 1, lang, out);
    if (f.items && !f.items->fields.empty()) print_fields(f.items->fields, depth + 1, lang, out);
  }
}

// The lines strictly between a block's opening and closing tags: its default text.
std::string block_default(const std::string& body, const tmpl::Node& n) {
  std::string out;
  int line = 1;
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    if (line > n.pos.line && line < n.end_pos.line) out += "      " + body.substr(start, end - start) + "\n";
    ++line;
    start = end + 1;
  }
  return out;
}

void print_blocks(const tmpl::Nodes& nodes, const std::string& body, const std::string& parent, Lang lang,
                  std::string& out) {
  const bool vi = lang == Lang::vi;
  for (const auto& n : nodes) {
    if (n->kind == tmpl::Node::Kind::block) {
      std::string where = parent.empty() ? "" : fmt::format(fmt::runtime(vi ? " (trong `{}`)" : " (inside `{}`)"), parent);
      std::string text = block_default(body, *n);
      bool empty = text.find_first_not_of(" \n") == std::string::npos;
      out += fmt::format("    {}{}: {}\n", n->text, where,
                         empty ? (vi ? "trống — văn bản viết" : "empty — the document writes it")
                               : (vi ? "mặc định:" : "default:"));
      if (!empty) out += text;
      for (const auto& b : n->bodies) print_blocks(b, body, n->text, lang, out);
      continue;
    }
    for (const auto& b : n->bodies) print_blocks(b, body, parent, lang, out);
  }
}

std::string profile_name(const std::string& profile, bool vi) {
  if (profile == "hd36") return vi ? "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)" : "Party documents (Hướng dẫn 36-HD/VPTW)";
  return vi ? "Văn bản hành chính (Nghị định 30/2020/NĐ-CP)" : "Administrative documents (Nghị định 30/2020/NĐ-CP)";
}

std::string one_type(const tmpl::Template& t, Lang lang) {
  const bool vi = lang == Lang::vi;
  std::string out = fmt::format("{} — {}{} — {}\n", t.name, t.title,
                                t.abbreviation.empty() ? "" : fmt::format(fmt::runtime(vi ? ", ký hiệu {}" : ", symbol {}"), t.abbreviation),
                                profile_name(t.profile, vi));
  if (!t.description.empty()) out += "  " + t.description + "\n";
  out += fmt::format(fmt::runtime(vi ? "  Khung: {}{}\n" : "  Shape: {}{}\n"), t.shape,
                     t.base.empty() ? "" : fmt::format(fmt::runtime(vi ? ", dựng trên {}" : ", built on {}"), t.base));
  out += vi ? "  Trường dữ liệu (* bắt buộc):\n" : "  Data fields (* required):\n";
  print_fields(t.fields, 0, lang, out);
  out += vi ? "  Khối (văn bản .vb thay được; viết nội dung không có khối nào là thay `noi_dung`):\n"
            : "  Blocks (a .vb document may replace them; a body without any block replaces `noi_dung`):\n";
  print_blocks(t.body.nodes, t.body_text, "", lang, out);
  out += fmt::format(fmt::runtime(vi ? "  Bắt đầu một văn bản: vanban new {} TEN-TEP.vb\n" : "  Start a document: vanban new {} NAME.vb\n"),
                     t.name);
  return out;
}

}  // namespace

int run_templates(const Options& opts) {
  Diagnostics diags;
  const bool vi = opts.lang == Lang::vi;
  auto dir = builtin_templates_dir();
  if (!opts.inputs.empty()) {
    auto folder = tmpl::resolve_template(opts.inputs[0], dir, fs::current_path());
    if (!folder) {
      Diagnostic d = make_error({}, msg::kTemplatesUnknown, opts.inputs[0]);
      std::string guess = closest_match(opts.inputs[0], tmpl::builtin_template_names(dir));
      if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
      diags.add(std::move(d));
      return report(diags, opts.lang);
    }
    if (auto t = tmpl::load_template(*folder, diags)) std::cout << one_type(*t, opts.lang);
    return report(diags, opts.lang);
  }
  if (!can_list_builtin_templates(diags)) return report(diags, opts.lang);
  std::string out;
  for (const std::string profile : {"nd30", "hd36"}) {
    out += profile_name(profile, vi) + ":\n";
    for (const auto& name : tmpl::builtin_template_names(dir)) {
      auto t = tmpl::load_template(dir / name, diags);
      if (!t || t->profile != profile) continue;
      out += fmt::format("  {:<18} {:<5} {}\n", name, t->abbreviation.empty() ? "-" : t->abbreviation, t->title);
    }
    out += "\n";
  }
  out += vi ? "Trường và khối của một loại: vanban templates TÊN. Văn bản mới: vanban new TÊN TỆP.vb\n"
            : "One type's fields and blocks: vanban templates NAME. A new document: vanban new NAME FILE.vb\n";
  std::cout << out;
  return report(diags, opts.lang);
}

}  // namespace vanban::cli
