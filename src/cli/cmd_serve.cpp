// Stage: cli.
// `vanban serve`: the clerk's local web page over a workspace folder — a new document from a type's form,
// checked as it is typed, previewed as the PDF render makes it, saved atomically (docs/SERVE.md).
// Its options; what it runs is in serve_run/ (the `vanban-serve` executable).
#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

namespace vanban::cli {

CLI::App* add_serve_command(CLI::App& app, ServeSettings& settings, Options& opts, Lang lang) {
  const bool vi = lang == Lang::vi;
  auto* serve = app.add_subcommand(
      "serve", vi ? "Mở trang soạn văn bản trên máy này: biểu mẫu theo loại văn bản, kiểm tra khi gõ, xem trước PDF, "
                    "lưu vào thư mục làm việc"
                  : "Open the document page on this machine: a form per document type, checked as you type, the PDF "
                    "previewed, saved into the workspace folder");
  serve->add_option("--dir", settings.dir,
                    vi ? "Thư mục làm việc: các văn bản .vb và tệp dữ liệu cạnh chúng (mặc định: thư mục hiện tại)"
                       : "The workspace: .vb documents and their data files beside them (default: the current folder)")
      ->type_name(vi ? "THƯ-MỤC" : "DIR");
  serve->add_option("--port", settings.port, vi ? "Cổng (mặc định 8080; 0: một cổng trống bất kỳ)"
                                                 : "Port (default 8080; 0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->type_name(vi ? "SỐ" : "N");
  serve->add_option("--listen", settings.listen,
                    vi ? "Phục vụ cả các máy khác trong mạng cơ quan tại địa chỉ này (ví dụ 0.0.0.0); khi đó mỗi yêu "
                         "cầu phải có khóa truy cập"
                       : "Serve other PCs of the office network at this address (e.g. 0.0.0.0); every request then "
                         "needs the access key")
      ->type_name(vi ? "ĐỊA-CHỈ" : "ADDR");
  serve->add_option("--key-file", settings.key_file,
                    vi ? "Tệp chứa khóa truy cập cho --listen (mặc định: tạo khóa mới và in ra)"
                       : "File holding the access key for --listen (default: a new key, printed)")
      ->type_name(vi ? "TỆP" : "FILE");
  serve->add_option("--fonts", opts.fonts_file,
                    vi ? "Tệp fonts.yaml chọn phông chữ" : "fonts.yaml choosing the font files")
      ->type_name("FONTS.yaml");
  return serve;
}

}  // namespace vanban::cli
