// Stage: cli.
// The commands of `vanban`, each a function from parsed options to an exit status.
#pragma once

#include "core/limits.hpp"

#include "core/diagnostic.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace vanban::cli {

struct Options {
  Lang lang = Lang::vi;
  std::vector<std::string> inputs;  // TEMPLATE or DOCUMENT.vb, then DATA files (or only DATA for check)
  bool dump_document = false;
  bool dump_layout = false;
  bool dump_lines = false;
  bool blank_number_and_date = false;
  std::string output_dir = ".";  // render: where NAME.pdf goes
  std::string name;              // render: output file name without extension
  bool name_given = false;       // render: --name was on the command line (even empty)
  std::string fonts_file;        // render: fonts.yaml; empty = $VANBAN_FONTS or the default (load_fonts)
  std::vector<std::string> formats;  // render: pdf, xlsx; empty = pdf, and xlsx when there are tables
  // batch
  int jobs = 0;              // 0: the number of cores
  std::string shard;         // "I/N": only the files with index % N == I
  std::string name_field;    // a data field naming each output; empty: the data file's name
  bool progress = false;     // also when stderr is not a terminal
  Limits limits;             // --limit NAME=VALUE
  // e-office (cli/eoffice_options.cpp)
  bool status = false;       // compile --status: the arrivals grid instead of the report data
  bool metadata = false;     // render/batch/check --metadata: NAME.json and NAME.xml beside each PDF; edXML's lengths
  // import
  std::string import_output;    // -o NAME.vb; empty: the draft's name with .vb
  bool accept_changes = false;  // --accept-changes
};

int run_check(const Options& opts);
int run_render(const Options& opts);
int run_templates(const Options& opts);
// `vanban new TYPE [FILE.vb]`: writes a starter document (never over an existing file).
int run_new(const Options& opts);
// `vanban compile SPEC.yaml [-o OUT.yaml]`: inputs[0] is the spec, output_dir the output file ("" = stdout).
int run_compile(const Options& opts);
// `vanban compile SPEC.yaml --status [-o GRID.csv|GRID.xlsx]`: unit × month, what arrived (cli/compile_status.cpp).
int run_compile_status(const Options& opts);
// `vanban batch TEMPLATE|DOCUMENT.vb DATA... -o DIR [-j N] [--shard I/N]`: one document per data file.
int run_batch(const Options& opts);

// `vanban import DRAFT.docx [-o NAME.vb]` (cli/cmd_import.cpp): the command's own options are registered by
// add_import_command, which app.cpp calls while it sets up the other commands.
int run_import(const Options& opts);
CLI::App* add_import_command(CLI::App& app, Options& opts, Lang lang);

// `vanban serve [--dir WORKSPACE] [--port 8080] [--listen ADDR [--key-file FILE]]` (cli/cmd_serve.cpp).
struct ServeSettings {
  std::string dir = ".";
  int port = 8080;
  std::string listen;    // an address other PCs reach; empty: 127.0.0.1 only
  std::string key_file;  // the access key for --listen; empty: a new key, printed
};
CLI::App* add_serve_command(CLI::App& app, ServeSettings& settings, Options& opts, Lang lang);
// In `vanban-serve`, serves; in `vanban`, hands the same command line over to
// `vanban-serve` beside it (serve_run/launch_serve.cpp).
int run_serve(const Options& opts, const ServeSettings& settings);
// The arguments `run` was given (argv, ending with a null).
char** command_line();

// $TMPDIR, else /tmp: where render's PDF grows as it is made (in memory when no file can be made there).
std::string scratch_dir();
// Where the built-in templates are: $VANBAN_TEMPLATES, else the source tree's templates/.
std::filesystem::path builtin_templates_dir();
// Adds an I/O error (exit 3) when the built-in templates folder cannot be listed; false then.
bool can_list_builtin_templates(Diagnostics& diags);

// Prints every diagnostic to stderr and maps them to an exit status:
// 3 when any problem is an I/O failure or an internal error, 1 for other errors, 0 otherwise.
int report(const Diagnostics& diags, Lang lang);

// "lỗi nội bộ (WHAT)": an exception nothing else caught (a fault of vanban).
Diagnostic internal_error(std::string_view what);

}  // namespace vanban::cli
