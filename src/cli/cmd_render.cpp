// Stage: cli.
// `vanban render TEMPLATE|DOCUMENT.vb DATA... [-o DIR] [--name NAME]`: build the document, lay it out, write
// DIR/NAME.pdf atomically; or print the document model / the layout for inspection and golden tests.
#include "cli/commands.hpp"
#include "cli/eoffice_messages.hpp"
#include "cli/eoffice_outputs.hpp"
#include "cli/messages.hpp"
#include "cli/outputs.hpp"
#include "cli/prepare.hpp"
#include "cli/process.hpp"
#include "core/atomic_file.hpp"
#include "core/parallel.hpp"
#include "docx/writer.hpp"
#include "layout/layout.hpp"
#include "pdf/writer.hpp"
#include "xlsx/writer.hpp"

#include <algorithm>

#include <iostream>

namespace vanban::cli {


// NAME.pdf: the name given, else the .vb file's stem, else the first data file's.
static std::string output_name(const Options& opts) {
  if (opts.name_given) return opts.name;
  const std::filesystem::path first(opts.inputs.front());
  if (first.extension() == ".vb" || opts.inputs.size() < 2) return first.stem().string();
  return std::filesystem::path(opts.inputs[1]).stem().string();
}

// Makes every output of `doc` in memory, then writes them to DIR/NAME.pdf and
// NAME.xlsx through temporaries renamed only when all are complete. Returns
// an exit status (0 when written); fills `written`.
bool wants_format(const Options& opts, const document::Document& doc, std::string_view format) {
  if (opts.formats.empty()) return format == "pdf" || (format == "xlsx" && !doc.tables.empty());
  return std::find(opts.formats.begin(), opts.formats.end(), format) != opts.formats.end();
}

LaidOutPdf lay_out_pdf(const document::Document& doc, const layout::FontSet& fonts,
                       const layout::LayoutOptions& options, bool make, Diagnostics& diags, ScratchFile* spill) {
  LaidOutPdf out;
  pdf::PageWriter writer(fonts);
  if (spill) writer.spill_to(*spill);
  const layout::Metadata metadata = layout::lay_out(doc, fonts, options, diags, [&](layout::Page&& page) {
    ++out.pages;
    if (make && !diags.has_errors()) writer.add(std::move(page));
  });
  if (make && !diags.has_errors()) out.bytes = writer.finish(metadata, diags);
  if (out.bytes && writer.spilled()) out.spilled = spill;
  return out;
}

static xlsx::XlsxOptions xlsx_options() {
  xlsx::XlsxOptions xo;
  xo.creator = std::string("vanban ") + VANBAN_VERSION;
  return xo;
}

void start_xlsx(const document::Document& doc, const Options& opts, PendingXlsx& pending) {
  if (!wants_format(opts, doc, "xlsx") || doc.tables.empty()) return;
  // A scratch file as for the PDF (none: in memory): a 100,000-row workbook is ~7 MB.
  int error = 0;
  pending.file = ScratchFile::create(scratch_dir(), error);
  pending.making.emplace([&doc, &pending, xo = xlsx_options()] {
    pending.bytes = xlsx::write_xlsx(doc, xo, pending.diags, pending.file ? &*pending.file : nullptr);
  });
}

int write_outputs(const document::Document& document, const LaidOutPdf& pdf, const layout::FontSet& fonts,
                  const Options& opts,
                  const std::filesystem::path& dir, const std::string& name, Diagnostics& diags, Written& written,
                  const meta::Sources* metadata, PendingXlsx* pending, StagedFiles* staged) {
  const document::Document* doc = &document;
  auto wants = [&](std::string_view f) { return wants_format(opts, *doc, f); };
  if (wants("xlsx") && doc->tables.empty()) {
    diags.add(make_error({}, msg::kNoTables));
    return static_cast<int>(ExitCode::usage);
  }
  std::optional<std::string> xlsx_bytes, docx_bytes;
  const ScratchFile* xlsx_file = nullptr;
  const std::optional<std::string>& pdf_bytes = pdf.bytes;
  if (wants("pdf") && !pdf_bytes) return static_cast<int>(ExitCode::invalid_input);
  if (wants("xlsx")) {
    if (pending && pending->started()) {
      xlsx_bytes = std::move(pending->wait());
      diags.append(pending->diags);
      if (!xlsx_bytes) return static_cast<int>(pending->file && pending->file->size() ? ExitCode::io : ExitCode::invalid_input);
      if (pending->file && pending->file->size() > 0) xlsx_file = &*pending->file;
    } else {
      xlsx_bytes = xlsx::write_xlsx(*doc, xlsx_options(), diags);
      if (!xlsx_bytes) return static_cast<int>(ExitCode::invalid_input);
    }
  }
  if (wants("docx")) {
    docx::DocxOptions dopt;
    dopt.creator = std::string("vanban ") + VANBAN_VERSION;
    docx_bytes = docx::write_docx(*doc, fonts, dopt, diags);
    if (!docx_bytes) return static_cast<int>(ExitCode::io);
  }
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) {
    std::filesystem::create_directories(dir, ec);
    if (ec && !std::filesystem::exists(dir)) {
      Diagnostic d = io_error(dir, msg::kCannotMakeDir, dir.string(), ec.value());
      d.pos = {};
      diags.add(std::move(d));
      return static_cast<int>(ExitCode::io);
    }
  }
  StagedFiles files;
  auto stage = [&](const std::string& ext, const std::string& bytes) -> bool {
    auto f = std::make_unique<AtomicFile>(dir / (name + ext));
    std::optional<Diagnostic> error = f->open();
    if (!error) error = f->write(bytes);
    if (error) {
      diags.add(std::move(*error));
      return false;
    }
    files.push_back(std::move(f));
    return true;
  };
  // An output made in a scratch file is copied into its own.
  auto stage_file = [&](const std::string& ext, const ScratchFile& from) -> bool {
    auto f = std::make_unique<AtomicFile>(dir / (name + ext));
    std::optional<Diagnostic> error = f->open();
    if (!error) error = from.copy_to(*f);
    if (error) {
      diags.add(std::move(*error));
      return false;
    }
    files.push_back(std::move(f));
    return true;
  };
  if (pdf_bytes && !(pdf.spilled ? stage_file(".pdf", *pdf.spilled) : stage(".pdf", *pdf_bytes))) {
    return static_cast<int>(ExitCode::io);
  }
  if (xlsx_bytes && !(xlsx_file ? stage_file(".xlsx", *xlsx_file) : stage(".xlsx", *xlsx_bytes))) {
    return static_cast<int>(ExitCode::io);
  }
  if (docx_bytes && !stage(".docx", *docx_bytes)) return static_cast<int>(ExitCode::io);
  if (opts.metadata && metadata) {
    const meta::Metadata m = meta::collect(*doc, *metadata, pdf.pages);
    if (!stage(".json", meta::to_json(m)) || !stage(".xml", meta::to_edxml(m))) return static_cast<int>(ExitCode::io);
  }
  if (staged) {
    *staged = std::move(files);
  } else {
    for (auto& f : files) {
      if (auto error = f->commit()) {
        diags.add(std::move(*error));
        return static_cast<int>(ExitCode::io);
      }
    }
  }
  written.pdf = pdf_bytes.has_value();
  written.xlsx = xlsx_bytes.has_value();
  written.docx = docx_bytes.has_value();
  written.metadata = opts.metadata && metadata;
  written.pages = pdf.pages;
  size_t sheets = 0;
  for (const auto& a : doc->annexes) sheets += doc->find_table(a.table) ? 1 : 0;
  written.sheets = std::max(sheets, doc->tables.size());
  return 0;
}

// A name is one file name: not empty, no `/`, no control character (a newline
// would go into the file's name), not `.` or `..`.
static bool valid_output_name(const std::string& name) {
  if (name.empty() || name == "." || name == "..") return false;
  return std::none_of(name.begin(), name.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return c == '/' || u < 0x20 || u == 0x7F;
  });
}

// Roughly what a render's main thread touches of its heap: the notice ~1 MB
// (10 KB of data), the 8-month report ~3 MB (its .vb and data ~100 KB),
// counted in page faults after `main`; made present at once (prefault_heap).
static size_t expected_heap(const Options& opts) {
  uintmax_t input = 0;
  for (const std::string& in : opts.inputs) {
    std::error_code ec;
    const uintmax_t n = std::filesystem::file_size(in, ec);
    if (!ec) input += n;
  }
  return (size_t{768} << 10) + static_cast<size_t>(std::min<uintmax_t>(input, uintmax_t{1} << 20) * 24);
}

// Above this many table rows, with a workbook made beside the pages, the pages are laid out on one core.
constexpr size_t kRowsForOneCore = 10000;

int run_render(const Options& opts) {
  if (opts.jobs == 1) set_parallel(false);  // -j 1: one core
  prefault_heap(expected_heap(opts));
  Diagnostics diags;
  if (opts.name_given && !valid_output_name(opts.name) && !opts.dump_document && !opts.dump_layout) {
    diags.add(make_error({}, msg::kBadOutputName, opts.name));
    report(diags, opts.lang);
    return static_cast<int>(ExitCode::usage);
  }
  // The fonts are loaded while the template and the data are read; their
  // problems are told where they were before, after the document's.
  Diagnostics font_diags;
  std::optional<layout::FontSet> fonts;
  Prepared p = prepare(opts, false, diags, [&] {
    if (!opts.dump_document) fonts = load_fonts(opts, font_diags);
  });
  std::optional<document::Document> doc;
  meta::Sources sources;
  if (p.tpl && p.data && !diags.has_errors()) {
    document::BuildOptions build = build_options(opts);
    sources = metadata_sources(opts, *p.data, p.document ? &*p.document : nullptr, diags);
    doc = document::build_document(*p.tpl, p.document ? &*p.document : nullptr, std::move(*p.data), build, diags);
    p.data.reset();
    // The data's many small blocks are free now; give their pages back before
    // the pages and the workbook are made (a 100,000-row table: ~40 MB).
    release_free_memory();
    if (doc) check_metadata(opts, *doc, sources, diags);
  }
  if (!doc || diags.has_errors()) {
    int status = report(diags, opts.lang);
    return status == 0 ? static_cast<int>(ExitCode::invalid_input) : status;
  }
  if (opts.dump_document) {
    int status = report(diags, opts.lang);
    std::cout << document::dump(*doc);
    return status;
  }

  const std::string name = output_name(opts);
  if (!valid_output_name(name)) {
    diags.add(make_error({}, msg::kBadOutputName, name));
    report(diags, opts.lang);
    return static_cast<int>(ExitCode::usage);
  }
  diags.append(font_diags);
  if (!fonts) return report(diags, opts.lang);

  layout::LayoutOptions layout_options;
  layout_options.creator = std::string("vanban ") + VANBAN_VERSION;
  layout_options.max_pages = opts.limits.pages;
  if (opts.dump_layout || opts.dump_lines) {
    layout::LaidOutDocument laid = layout::lay_out(*doc, *fonts, layout_options, diags);
    int status = report(diags, opts.lang);
    if (diags.has_errors()) {
      std::cerr << escape_controls(make_error({}, msg::kNotWritten).text(opts.lang)) << '\n';
      return status;
    }
    std::cout << (opts.dump_lines ? layout::dump_lines(laid) : layout::dump(laid));
    return status;
  }
  // The workbook is made on the second core while the pages are laid out.
  PendingXlsx pending;
  start_xlsx(*doc, opts, pending);
  // A workbook of many rows takes longer to make than the pages: its thread is
  // then the longest, and a layout helper would only take its core (100,000
  // rows: 2.4–2.7 s on one core against 2.7–3.0 s on two; the 8-month report,
  // whose workbook is quick, gains a fifth on two).
  size_t rows = 0;
  for (const document::Table& t : doc->tables) rows += t.rows.size();
  if (pending.started() && rows > kRowsForOneCore) set_parallel(false);
  // The PDF grows in a scratch file (in memory when none can be made).
  int scratch_error = 0;
  std::optional<ScratchFile> spill = ScratchFile::create(scratch_dir(), scratch_error);
  const LaidOutPdf laid = lay_out_pdf(*doc, *fonts, layout_options, wants_format(opts, *doc, "pdf"), diags,
                                      spill ? &*spill : nullptr);
  if (diags.has_errors()) {
    int status = report(diags, opts.lang);
    std::cerr << escape_controls(make_error({}, msg::kNotWritten).text(opts.lang)) << '\n';
    return status;
  }

  const std::filesystem::path dir(opts.output_dir.empty() ? "." : opts.output_dir);
  Written written;
  if (int st = write_outputs(*doc, laid, *fonts, opts, dir, name, diags, written, &sources, &pending); st != 0) {
    int status = report(diags, opts.lang);
    return st == static_cast<int>(ExitCode::usage) || status == 0 ? st : status;
  }
  const bool pdf_bytes = written.pdf, xlsx_bytes = written.xlsx;
  int status = report(diags, opts.lang);
  if (pdf_bytes) {
    const Diagnostic wrote = make_error({}, msg::kWrote, (dir / (name + ".pdf")).string(), laid.pages);
    std::cout << escape_controls(wrote.text(opts.lang)) << '\n';
  }
  if (xlsx_bytes) {
    const Diagnostic wrote = make_error({}, msg::kWroteXlsx, (dir / (name + ".xlsx")).string(), written.sheets);
    std::cout << escape_controls(wrote.text(opts.lang)) << '\n';
  }
  if (written.docx) {
    const Diagnostic wrote = make_error({}, msg::kWroteDocx, (dir / (name + ".docx")).string());
    std::cout << escape_controls(wrote.text(opts.lang)) << '\n';
  }
  if (written.metadata) {
    std::cout << make_error({}, msg::kWroteMetadata, (dir / (name + ".json")).string(), (dir / (name + ".xml")).string())
                     .text(opts.lang)
              << '\n';
  }
  return end_process(status);
}

}  // namespace vanban::cli
