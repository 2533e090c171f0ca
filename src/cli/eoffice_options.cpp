// Stage: cli.
#include "cli/eoffice_options.hpp"

#include <CLI/CLI.hpp>

namespace vanban::cli {

void add_eoffice_options(CLI::App& render, CLI::App& batch, CLI::App& check, CLI::App& compile, Options& opts,
                         Lang lang) {
  const bool vi = lang == Lang::vi;
  compile.add_flag("--status", opts.status,
                   vi ? "In bảng đơn vị × tháng: đã nhận, thiếu, được phép thiếu, có lỗi; với -o ghi bảng ra "
                        "tệp .csv hoặc .xlsx. Mã thoát 0 chỉ khi đủ (hoặc mọi chỗ thiếu đều được phép) và không có lỗi"
                      : "Print a unit × month grid: arrived, missing, allowed gap, with errors; with -o write it to "
                        "a .csv or .xlsx file. Exit 0 only when complete (or every gap allowed) and without errors");
  const char* metadata =
      vi ? "Ghi thêm TÊN.json và TÊN.xml (edXML) cạnh PDF: các trường siêu dữ liệu cho hệ thống văn bản điện tử; "
           "độ dài các trường theo edXML trở thành lỗi (xem docs/EOFFICE.md)"
         : "Also write NAME.json and NAME.xml (edXML) beside the PDF: the metadata fields for the e-office system; "
           "edXML's field lengths become errors (see docs/EOFFICE.md)";
  render.add_flag("--metadata", opts.metadata, metadata);
  batch.add_flag("--metadata", opts.metadata, metadata);
  check.add_flag("--metadata", opts.metadata,
                 vi ? "Kiểm tra độ dài các trường theo edXML như lỗi (không có: cảnh báo)"
                    : "Check edXML's field lengths as errors (without it: warnings)");
}

}  // namespace vanban::cli
