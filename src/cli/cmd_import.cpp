// Stage: cli.
// `vanban import DRAFT.docx [-o NAME.vb] [--accept-changes]`: a Word draft as a vanban document; its tables
// as a template folder beside it (NAME-bang/template.yaml) whose figures sit in the document's front matter.
#include "cli/commands.hpp"
#include "cli/import_draft.hpp"
#include "cli/import_messages.hpp"
#include "cli/messages.hpp"
#include "core/atomic_file.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>

namespace vanban::cli {
namespace fs = std::filesystem;

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
  auto files = import_draft(*bytes, draft.string(), target.stem().string(), opts.accept_changes, diags);
  if (!files) return report(diags, opts.lang);
  fs::path table_folder;
  if (!files->table_folder.empty()) {
    table_folder = target.parent_path() / files->table_folder;
    if (fs::exists(table_folder, ec)) {
      diags.add(make_error({}, msg::kImportExists, table_folder.string()));
      return report(diags, opts.lang);
    }
    fs::create_directories(table_folder, ec);
    std::optional<Diagnostic> error;
    for (const auto& [name, part] : files->table_files) {
      if ((error = write_file_atomic(table_folder / name, part))) break;
    }
    if (error) {
      diags.add(std::move(*error));
      fs::remove_all(table_folder, ec);
      return report(diags, opts.lang);
    }
  }
  if (auto error = write_file_atomic(target, files->document)) {
    diags.add(std::move(*error));
    if (!table_folder.empty()) fs::remove_all(table_folder, ec);
    return report(diags, opts.lang);
  }
  auto say = [&](const Message& m, const std::string& a, const std::string& b) {
    std::cerr << escape_controls(fmt::format(fmt::runtime(translate(m, opts.lang)), a, b)) << '\n';
  };
  say(msg::kImportWritten, target.string(), target.string());
  if (!table_folder.empty() && files->own_summary) say(msg::kImportFrame, files->type, table_folder.string());
  if (!table_folder.empty() && files->has_tables) say(msg::kImportTables, table_folder.string(), target.string());
  return report(diags, opts.lang);
}

}  // namespace vanban::cli
