// Stage: cli.
// Argument parsing (CLI11) and dispatch to the commands.
#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/eoffice_options.hpp"
#include "cli/messages.hpp"

#include <CLI/CLI.hpp>

#include <cstring>
#include <iostream>

namespace vanban::cli {
namespace {

// --lang is read before parsing so that even usage errors speak the user's language.
Lang scan_lang(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--lang" && i + 1 < argc) return std::string_view(argv[i + 1]) == "en" ? Lang::en : Lang::vi;
    if (a == "--lang=en") return Lang::en;
  }
  return Lang::vi;
}

void vietnamese_labels(CLI::App& app) {
  auto f = app.get_formatter();
  f->label("Usage", "Cách dùng");
  f->label("OPTIONS", "TÙY CHỌN");
  f->label("SUBCOMMAND", "LỆNH");
  f->label("SUBCOMMANDS", "LỆNH");
  f->label("Options", "Tùy chọn");
  f->label("Subcommands", "Các lệnh");
  f->label("Positionals", "Tham số");
  f->label("REQUIRED", "BẮT BUỘC");
  f->label("TEXT", "CHUỖI");
  f->label("INT", "SỐ");
  f->label("Excludes", "Loại trừ");
  f->label("Needs", "Cần");
}

struct Texts {
  const char* app;
  const char* footer;
  const char* help;
  const char* version;
  const char* lang;
  const char* check;
  const char* check_files;
  const char* render;
  const char* render_files;
  const char* dump_document;
  const char* dump_layout;
  const char* dump_lines;
  const char* output;
  const char* name;
  const char* fonts;
  const char* e_office;
  const char* format;
  const char* templates;
  const char* templates_type;
  const char* new_cmd;
  const char* new_files;
  const char* compile;
  const char* compile_spec;
  const char* compile_output;
  const char* batch;
  const char* batch_files;
  const char* batch_jobs;
  const char* batch_shard;
  const char* batch_name_field;
  const char* batch_progress;
  const char* limit;
  const char* empty_path;
  const char* render_jobs;
};

const Texts kVi{
    "vanban — tạo văn bản hành chính (thông báo, báo cáo, biểu) đúng thể thức Nghị định 30/2020/NĐ-CP "
    "từ số liệu.",
    "Ví dụ:\n"
    "  vanban templates\n"
    "      liệt kê các loại văn bản có sẵn: quyet-dinh, cong-van, to-trinh, ke-hoach, bien-ban, …\n"
    "  vanban new quyet-dinh qd-15.vb\n"
    "      tạo qd-15.vb: phần đầu (cơ quan, số, ngày, người ký…) và các Điều để viết tiếp\n"
    "  vanban render qd-15.vb -o out\n"
    "      tạo out/qd-15.pdf đúng thể thức từ văn bản đã viết\n"
    "  vanban import du-thao.docx -o qd-15.vb\n"
    "      nhập bản thảo Word: phần đầu, nội dung (đề mục, danh sách, chú thích), bảng, nơi nhận, người ký\n"
    "  vanban check thong-bao samples/thong-bao.yaml\n"
    "      kiểm tra dữ liệu theo mẫu, in mọi lỗi kèm tệp:dòng:cột\n"
    "  vanban check co-quan.yaml cuoc-hop.yaml\n"
    "      chỉ kiểm tra dữ liệu; nhiều tệp được gộp theo thứ tự, khóa ở tệp sau thắng\n"
    "  vanban render thong-bao samples/thong-bao.yaml -o out\n"
    "      tạo out/thong-bao.pdf đúng thể thức từ mẫu và dữ liệu\n"
    "  vanban render thong-bao co-quan.yaml cuoc-hop.yaml -o out --name TB-90 --e-office\n"
    "      gộp hai tệp dữ liệu, tạo out/TB-90.pdf, để trống số và ngày cho văn bản điện tử\n"
    "  vanban render samples/bao-cao-8-thang.vb samples/bao-cao-8-thang.yaml -o out --format xlsx\n"
    "      chỉ tạo out/bao-cao-8-thang.xlsx: mỗi biểu một trang tính, công thức tính lại được\n"
    "  vanban render samples/quyet-dinh.vb -o out --format pdf,docx\n"
    "      thêm out/quyet-dinh.docx: bản Word cùng thể thức để sửa tiếp\n"
    "  vanban render thong-bao samples/thong-bao.yaml --dump-document\n"
    "      in cấu trúc văn bản (đoạn, đề mục, chú thích) đã dựng từ mẫu và dữ liệu\n"
    "  vanban batch thong-bao xa/*.yaml -o out/thong-bao -j 2 --name-field so\n"
    "      mỗi tệp dữ liệu một thông báo, 2 luồng, tên tệp theo số văn bản; lỗi được tổng hợp cuối cùng\n"
    "  vanban compile samples/compile/bien-soan.yaml -o out/so-lieu.yaml\n"
    "      cộng số liệu 8 tháng của 13 huyện thành dữ liệu báo cáo (lũy kế, % kế hoạch)\n"
    "  vanban render samples/bao-cao-8-thang.vb samples/bao-cao-8-thang.yaml samples/compile/bien-soan.yaml -o out\n"
    "      dựng báo cáo thẳng từ số liệu các huyện: bản biên soạn được tổng hợp khi đọc\n"
    "  vanban --lang en check data.yaml\n"
    "      thông báo lỗi bằng tiếng Anh\n"
    "\n"
    "Mã thoát: 0 xong; 1 dữ liệu hoặc mẫu sai; 2 sai cách gọi lệnh; 3 lỗi đọc/ghi tệp hoặc lỗi nội bộ.\n"
    "Lệnh chi tiết: vanban LỆNH --help",
    "In hướng dẫn này rồi thoát",
    "In phiên bản rồi thoát",
    "Ngôn ngữ thông báo: vi (mặc định) hoặc en",
    "Kiểm tra mẫu và dữ liệu (hoặc chỉ dữ liệu): báo mọi lỗi, không tạo tệp nào",
    "[MẪU|VĂN-BẢN.vb] rồi các tệp dữ liệu (.yaml, .yml, .json, .csv), gộp theo thứ tự",
    "Dựng văn bản từ mẫu (hoặc văn bản .vb) và dữ liệu",
    "MẪU (tên mẫu có sẵn hoặc thư mục) hoặc VĂN-BẢN.vb, rồi các tệp dữ liệu",
    "In cấu trúc văn bản (đoạn, đề mục, chú thích) ra màn hình thay vì tạo PDF",
    "In vị trí từng dòng chữ và đường kẻ trên mỗi trang ra màn hình thay vì tạo PDF",
    "In từng dòng chữ của mỗi trang (khoảng cách với dòng trên, lề, cỡ chữ, chữ đậm/nghiêng) thay vì tạo PDF",
    "Thư mục ghi kết quả (mặc định: thư mục hiện tại; tạo nếu chưa có)",
    "Tên tệp kết quả, không có đuôi (mặc định: tên tệp .vb hoặc tệp dữ liệu đầu tiên)",
    "Tệp fonts.yaml chọn phông chữ (mặc định: $VANBAN_FONTS hoặc fonts/fonts.yaml: Liberation Serif)",
    "Để trống số và ngày tháng cho hệ thống văn bản điện tử đóng dấu số (giữ nguyên khoảng cách)",
    "Định dạng cần tạo: pdf, xlsx, docx (Word sửa được), có thể ghép: pdf,docx (mặc định: PDF, và XLSX khi văn "
    "bản có bảng)",
    "Liệt kê các loại văn bản có sẵn (29 loại của Nghị định 30 và các loại của Đảng); với TÊN: trường dữ liệu "
    "và các khối của loại đó",
    "Tên loại văn bản, ví dụ quyet-dinh (bỏ trống: liệt kê tất cả)",
    "Tạo một văn bản mới (.vb) của một loại: phần đầu có đủ các trường kèm chú thích và ví dụ, cùng khung nội dung",
    "TÊN-LOẠI rồi TỆP.vb (mặc định: TÊN-LOẠI.vb ở thư mục hiện tại)",
    "Tổng hợp số liệu hằng tháng của các huyện (CSV, XLSX, YAML) thành dữ liệu báo cáo: lũy kế, % kế hoạch, "
    "so cùng kỳ",
    "Bản biên soạn (.yaml): kỳ báo cáo, danh sách đơn vị, danh mục chỉ tiêu, các tệp số liệu",
    "Tệp dữ liệu báo cáo cần ghi (mặc định: in ra màn hình)",
    "Tạo hàng loạt: mỗi tệp dữ liệu một văn bản, chạy song song; tệp lỗi không làm dừng các tệp khác",
    "MẪU hoặc VĂN-BẢN.vb, rồi các tệp dữ liệu (mỗi tệp một văn bản)",
    "Số luồng chạy song song (mặc định: số nhân CPU)",
    "Chỉ làm phần I của N phần (0 ≤ I < N), để chia việc cho nhiều máy: tệp thứ k thuộc phần k mod N",
    "Trường dữ liệu dùng làm tên tệp kết quả (mặc định: tên tệp dữ liệu)",
    "In tiến độ (số văn bản xong, tốc độ, thời gian còn lại) cả khi không chạy trên màn hình",
    "Đổi một giới hạn tài nguyên, lặp lại được: data-mb=32 (MB một tệp dữ liệu), rows=50000 (dòng một bảng), "
    "pages=2000 (trang một văn bản), loops=100000 (lượt lặp của mẫu), depth=64 (cấp lồng nhau), "
    "output-mb=16 (chữ mẫu sinh ra), memory-mb=4096 (bộ nhớ của batch); xem docs/SECURITY.md",
    "đường dẫn rỗng (`\"\"`, hay một biến chưa đặt giá trị): cần tên một tệp hay thư mục",
    "Số nhân CPU dùng để dàn trang văn bản: 1 để chừa nhân kia cho việc khác (mặc định: 2 khi máy có từ 2 nhân)",
};

const Texts kEn{
    "vanban — Vietnamese official documents (notices, reports, annex tables) in the format of Decree "
    "30/2020/ND-CP, from data.",
    "Examples:\n"
    "  vanban templates\n"
    "      list the built-in document types: quyet-dinh, cong-van, to-trinh, ke-hoach, bien-ban, …\n"
    "  vanban new quyet-dinh qd-15.vb\n"
    "      write qd-15.vb: front matter (body, number, date, signer…) and the articles to write on\n"
    "  vanban render qd-15.vb -o out\n"
    "      write out/qd-15.pdf, formatted by the rules, from the document written\n"
    "  vanban import draft.docx -o qd-15.vb\n"
    "      import a Word draft: header fields, body (headings, lists, footnotes), tables, recipients, signer\n"
    "  vanban check thong-bao samples/thong-bao.yaml\n"
    "      check data against a template; every problem is printed as file:line:col\n"
    "  vanban check agency.yaml meeting.yaml\n"
    "      check data only; several files merge in order, later keys win\n"
    "  vanban render thong-bao samples/thong-bao.yaml -o out\n"
    "      write out/thong-bao.pdf, formatted by the rules, from the template and the data\n"
    "  vanban render thong-bao agency.yaml meeting.yaml -o out --name TB-90 --e-office\n"
    "      merge two data files, write out/TB-90.pdf, number and date left blank for e-office stamping\n"
    "  vanban render samples/quyet-dinh.vb -o out --format pdf,docx\n"
    "      also out/quyet-dinh.docx: the same document as an editable Word file\n"
    "  vanban render thong-bao samples/thong-bao.yaml --dump-document\n"
    "      print the document built from the template and the data (paragraphs, headings, footnotes)\n"
    "  vanban batch thong-bao communes/*.yaml -o out/notices -j 2 --name-field so\n"
    "      one notice per data file on 2 threads, named by number; failures summed up at the end\n"
    "  vanban compile samples/compile/bien-soan.yaml -o out/so-lieu.yaml\n"
    "      sum 8 months of 13 districts' figures into report data (cumulative, % of plan)\n"
    "  vanban render samples/bao-cao-8-thang.vb samples/bao-cao-8-thang.yaml samples/compile/bien-soan.yaml -o out\n"
    "      render the report straight from the districts' files: a compile spec is compiled as it is read\n"
    "  vanban --lang en check data.yaml\n"
    "      messages in English\n"
    "\n"
    "Exit status: 0 done; 1 invalid data or template; 2 usage error; 3 I/O failure or internal error.\n"
    "Per-command help: vanban COMMAND --help",
    "Print this help and exit",
    "Print the version and exit",
    "Language of messages: vi (default) or en",
    "Check a template and its data (or data alone): report every problem, write nothing",
    "[TEMPLATE|DOCUMENT.vb] then data files (.yaml, .yml, .json, .csv), merged in order",
    "Build a document from a template (or a .vb document) and data",
    "TEMPLATE (a built-in name or a folder) or DOCUMENT.vb, then data files",
    "Print the document model (paragraphs, headings, footnotes) instead of writing a PDF",
    "Print every page's text runs and rules with their positions instead of writing a PDF",
    "Print every page's text lines (advance from the line above, extent, size, bold/italic) instead of writing a PDF",
    "Folder for the output (default: the current folder; created if missing)",
    "Output file name without extension (default: the .vb file's or the first data file's name)",
    "fonts.yaml choosing the font files (default: $VANBAN_FONTS or fonts/fonts.yaml: Liberation Serif)",
    "Leave the number and date blank for the e-office system to stamp (spacing kept)",
    "Formats to write: pdf, xlsx, docx (editable Word), or several: pdf,docx (default: PDF, and XLSX when the "
    "document has tables)",
    "List the built-in document types (the 29 kinds of Decree 30 and the Party kinds); with NAME: that type's "
    "data fields and blocks",
    "A document type, e.g. quyet-dinh (none: list them all)",
    "Start a new document (.vb) of a type: front matter with every field, explained, with examples, and the body's "
    "skeleton",
    "TYPE then FILE.vb (default: TYPE.vb in the current folder)",
    "Sum the districts' monthly figures (CSV, XLSX, YAML) into report data: cumulative values, % of plan, "
    "same period last year",
    "The compile spec (.yaml): period, units, indicator catalogue, the figures files",
    "Report data file to write (default: print it)",
    "Render many documents, one per data file, in parallel; a bad file does not stop the others",
    "TEMPLATE or DOCUMENT.vb, then the data files (one document each)",
    "Threads to run (default: the number of cores)",
    "Render only share I of N (0 <= I < N), to spread a batch over machines: file k belongs to share k mod N",
    "Data field naming each output file (default: the data file's name)",
    "Print progress (documents done, rate, time left) even when stderr is not a terminal",
    "Change one resource limit, repeatable: data-mb=32 (MB per data file), rows=50000 (rows per table), "
    "pages=2000 (pages per document), loops=100000 (template loop iterations), depth=64 (nesting), "
    "output-mb=16 (text a template makes), memory-mb=4096 (memory of a batch); see docs/SECURITY.md",
    "empty path (`\"\"`, or a variable that is not set): a file or folder name is needed",
    "Cores to lay the document out on: 1 leaves the other core free (default: 2 when the machine has two or more)",
};

// CLI11 speaks English; translate the usage errors a clerk is likely to meet.
std::string usage_text(const CLI::ParseError& e, Lang lang) {
  std::string what = e.what();
  if (lang == Lang::en) return what;
  std::string name = e.get_name();
  auto after_colon = [&] {
    auto p = what.find(": ");
    return p == std::string::npos ? what : what.substr(p + 2);
  };
  if (name == "ExtrasError" || what.find("not expected") != std::string::npos) {
    return "không hiểu tham số: " + after_colon();
  }
  if (name == "RequiredError") {
    auto p = what.find(" is required");
    if (p != std::string::npos) return "thiếu " + what.substr(0, p);
    return "thiếu tham số bắt buộc (" + what + ")";
  }
  if (name == "ValidationError") return "giá trị không hợp lệ: " + what;
  if (name == "ArgumentMismatch") return "sai số lượng tham số: " + what;
  return "sai cách gọi lệnh: " + what;
}

}  // namespace

namespace {

int run_command(int argc, char** argv) {
  Lang lang = scan_lang(argc, argv);
  const Texts& t = lang == Lang::vi ? kVi : kEn;

  CLI::App app{t.app, "vanban"};
  if (lang == Lang::vi) vietnamese_labels(app);
  app.set_help_flag("-h,--help", t.help);
  app.set_version_flag("-V,--version", std::string("vanban ") + VANBAN_VERSION, t.version);
  app.footer(t.footer);
  app.require_subcommand(0, 1);
  std::string lang_opt = "vi";
  app.add_option("--lang", lang_opt, t.lang)->check(CLI::IsMember({"vi", "en"}))->capture_default_str();

  // An empty argument is never a file or folder: said as such, not "file `` not found" (exit 3) or,
  // for -o, the current folder.
  const CLI::Validator path(
      [&t](const std::string& s) { return s.empty() ? std::string(t.empty_path) : std::string(); }, "");

  Options opts;
  auto* check = app.add_subcommand("check", t.check);
  check->add_option("FILES", opts.inputs, t.check_files)->required()->check(path);
  auto* render = app.add_subcommand("render", t.render);
  render->add_option("FILES", opts.inputs, t.render_files)->required()->check(path);
  render->add_option("-o,--output", opts.output_dir, t.output)->check(path)->type_name(lang == Lang::vi ? "THƯ-MỤC" : "DIR");
  render->add_option("--name", opts.name, t.name)->type_name(lang == Lang::vi ? "TÊN" : "NAME");
  render->add_option("--fonts", opts.fonts_file, t.fonts)->check(path)->type_name("FONTS.yaml");
  render->add_option("-j,--jobs", opts.jobs, t.render_jobs)->type_name("N")->check(CLI::Range(1, 256));
  render->add_flag("--e-office", opts.blank_number_and_date, t.e_office);
  render->add_option("--format", opts.formats, t.format)
      ->delimiter(',')
      ->check(CLI::IsMember({"pdf", "xlsx", "docx"}))
      ->type_name("pdf,xlsx,docx");
  auto* dump_doc = render->add_flag("--dump-document", opts.dump_document, t.dump_document);
  auto* dump_runs = render->add_flag("--dump-layout", opts.dump_layout, t.dump_layout)->excludes(dump_doc);
  render->add_flag("--dump-lines", opts.dump_lines, t.dump_lines)->excludes(dump_doc)->excludes(dump_runs);
  auto* templates = app.add_subcommand("templates", t.templates);
  templates->add_option("TYPE", opts.inputs, t.templates_type)->expected(0, 1);
  auto* new_doc = app.add_subcommand("new", t.new_cmd);
  new_doc->add_option("FILES", opts.inputs, t.new_files)->required()->expected(1, 2)->check(path);
  auto* batch = app.add_subcommand("batch", t.batch);
  batch->add_option("FILES", opts.inputs, t.batch_files)->required()->expected(2, 1 << 30)->check(path);
  batch->add_option("-o,--output", opts.output_dir, t.output)->check(path)->type_name(lang == Lang::vi ? "THƯ-MỤC" : "DIR");
  batch->add_option("-j,--jobs", opts.jobs, t.batch_jobs)->type_name("N")->check(CLI::Range(1, 256));
  batch->add_option("--shard", opts.shard, t.batch_shard)->type_name("I/N");
  batch->add_option("--name-field", opts.name_field, t.batch_name_field)->type_name(lang == Lang::vi ? "TRƯỜNG" : "FIELD");
  batch->add_flag("--progress", opts.progress, t.batch_progress);
  batch->add_option("--fonts", opts.fonts_file, t.fonts)->check(path)->type_name("FONTS.yaml");
  batch->add_flag("--e-office", opts.blank_number_and_date, t.e_office);
  batch->add_option("--format", opts.formats, t.format)
      ->delimiter(',')
      ->check(CLI::IsMember({"pdf", "xlsx", "docx"}))
      ->type_name("pdf,xlsx,docx");
  std::string compile_output;
  auto* compile = app.add_subcommand("compile", t.compile);
  compile->add_option("SPEC", opts.inputs, t.compile_spec)->required()->expected(1)->check(path);
  compile->add_option("-o,--output", compile_output, t.compile_output)->check(path)->type_name("DATA.yaml");

  add_eoffice_options(*render, *batch, *check, *compile, opts, lang);
  auto* import_doc = add_import_command(app, opts, lang);
  ServeSettings serve_settings;
  auto* serve = add_serve_command(app, serve_settings, opts, lang);

  std::vector<std::string> limit_settings;
  for (auto* command : {check, render, batch, compile, import_doc, serve}) {
    command->add_option("--limit", limit_settings, t.limit)->type_name(lang == Lang::vi ? "TÊN=SỐ" : "NAME=N");
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // Two lines: the problem (escaped, as every message) and where to read more.
    std::cerr << make_error({}, msg::kUsage, usage_text(e, lang)).format(lang) << '\n'
              << format_message(lang, msg::kSeeHelp) << '\n';
    return static_cast<int>(ExitCode::usage);
  }

  opts.lang = lang;
  opts.name_given = render->count("--name") > 0;
  for (const auto& setting : limit_settings) {
    if (auto error = apply_limit(setting, opts.limits)) {
      std::cerr << error->format(lang) << '\n';
      return static_cast<int>(ExitCode::usage);
    }
  }
  if (*check) return run_check(opts);
  if (*render) return run_render(opts);
  if (*templates) return run_templates(opts);
  if (*new_doc) return run_new(opts);
  if (*batch) return run_batch(opts);
  if (*import_doc) return run_import(opts);
  if (*serve) return run_serve(opts, serve_settings);
  if (*compile) {
    opts.output_dir = compile_output;
    return run_compile(opts);
  }
  std::cout << app.help();
  return static_cast<int>(ExitCode::ok);
}

}  // namespace

// The one place that catches what nothing else did (a bug: a number overflow
// or a bad_alloc no stage turned into a diagnostic): a message, exit 3, and
// no output, since every output is written whole or not at all.
namespace {
char** g_arguments = nullptr;  // the command line, for `vanban serve` handing over to vanban-serve
}  // namespace

char** command_line() { return g_arguments; }

int run(int argc, char** argv) {
  g_arguments = argv;
  const Lang lang = scan_lang(argc, argv);
  try {
    return run_command(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << internal_error(e.what()).format(lang) << '\n';
  } catch (...) {
    std::cerr << internal_error("?").format(lang) << '\n';
  }
  return static_cast<int>(ExitCode::io);
}

}  // namespace vanban::cli
