// Stage: cli.
// `vanban compile SPEC.yaml [-o DATA.yaml]`: the districts' monthly files summed into report data
// (`--status`: what arrived, cli/compile_status.cpp).
#include "cli/commands.hpp"
#include "cli/prepare.hpp"

#include "compile/compile.hpp"
#include "core/atomic_file.hpp"
#include "data/yaml_writer.hpp"

#include <iostream>

namespace vanban::cli {

int run_compile(const Options& opts) {
  if (opts.status) return run_compile_status(opts);
  Diagnostics diags;
  std::filesystem::path spec_path(opts.inputs.front());
  auto data = load_compiled(spec_path, diags, /*must_be_spec=*/true, opts.limits);
  if (data && !diags.has_errors()) {
    std::string yaml = fmt::format("# Dữ liệu báo cáo do `vanban compile {}` tổng hợp từ số liệu các đơn vị; "
                                   "đừng sửa tay: sửa tệp số liệu rồi chạy lại.\n",
                                   spec_path.filename().string()) +
                       data::write_yaml(*data);
    if (opts.output_dir.empty()) {
      std::cout << yaml;
    } else if (auto err = write_file_atomic(opts.output_dir, yaml)) {
      diags.add(std::move(*err));
    } else {
      int status = report(diags, opts.lang);  // the warnings first, then what was written
      std::cerr << (opts.lang == Lang::vi ? "đã ghi " : "wrote ") << escape_controls(opts.output_dir) << '\n';
      return status;
    }
  }
  return report(diags, opts.lang);
}

}  // namespace vanban::cli
