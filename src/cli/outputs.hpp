// Stage: cli.
// Laying a document out into its PDF, and writing its outputs (PDF, XLSX) atomically; shared by render and batch.
#pragma once

#include "cli/commands.hpp"
#include "core/atomic_file.hpp"
#include "core/parallel.hpp"
#include "document/document.hpp"
#include "layout/fonts.hpp"
#include "layout/layout.hpp"
#include "meta/metadata.hpp"

#include <filesystem>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace vanban::cli {

struct Written {
  bool pdf = false, xlsx = false, docx = false, metadata = false;
  size_t pages = 0, sheets = 0;
};

// Whether `opts.formats` asks for `format` ("pdf", "xlsx", "docx"); by
// default PDF, and XLSX when the document has tables.
bool wants_format(const Options& opts, const document::Document& doc, std::string_view format);

// A document laid out straight into its PDF: each page is drawn and
// compressed as soon as layout finishes it, so a long report is never held
// as pages. `bytes` is empty after an error in `diags` or when `make` is
// false (the pages are only counted).
// With `spill`, the file goes there as it grows instead of into `bytes`
// (render: a 4,000-page report is not held in memory); `spilled` is then set.
struct LaidOutPdf {
  std::optional<std::string> bytes;
  ScratchFile* spilled = nullptr;
  size_t pages = 0;
};
LaidOutPdf lay_out_pdf(const document::Document& doc, const layout::FontSet& fonts,
                       const layout::LayoutOptions& options, bool make, Diagnostics& diags,
                       ScratchFile* spill = nullptr);

// A workbook being made on the helper thread (core/parallel.hpp, Beside)
// while the pages are laid out: the workbook needs only the document. The
// helper's own thread, not a third one: a third thread, its heap and its
// stack cost more than the time it won, and the layout's items then waited on
// a helper the workbook's thread had taken the core from. `making` is
// declared last, so that it waits for the task before what the task writes
// goes.
struct PendingXlsx {
  Diagnostics diags;
  std::optional<std::string> bytes;  // the workbook, once made (empty when in `file`)
  std::optional<ScratchFile> file;   // where a workbook past 1 MB goes, when one could be made
  std::optional<Beside> making;
  bool started() const { return making.has_value(); }
  // Waits for the workbook (rethrowing what making it threw).
  std::optional<std::string>& wait() {
    if (making) making->wait();
    return bytes;
  }
};
// Starts making the workbook when `opts` asks for one and the document has tables.
void start_xlsx(const document::Document& doc, const Options& opts, PendingXlsx& pending);

// One document's outputs, complete in their temporaries, waiting to be put in place.
using StagedFiles = std::vector<std::unique_ptr<AtomicFile>>;

// Makes every other output `opts.formats` asks for in memory, then writes
// DIR/NAME.pdf, DIR/NAME.xlsx and DIR/NAME.docx (and with --metadata
// NAME.json and NAME.xml, from `metadata`) through temporaries in DIR
// renamed only when all are complete; a workbook started with start_xlsx is
// waited for rather than made again. Returns 0, or the exit status of the
// failure (problems in `diags`). With `staged`, the complete temporaries are
// handed over there instead of committed (a batch's Committer does it).
int write_outputs(const document::Document& doc, const LaidOutPdf& pdf, const layout::FontSet& fonts, const Options& opts,
                  const std::filesystem::path& dir, const std::string& name, Diagnostics& diags, Written& written,
                  const meta::Sources* metadata = nullptr, PendingXlsx* pending = nullptr,
                  StagedFiles* staged = nullptr);

// Puts staged outputs in place (fsync, rename: AtomicFile::commit) on a
// thread of its own, in the order given, so that a batch's workers go on to
// their next document while the disk catches up (1,000 notices: 0.3 s of
// fsync off the workers). At most `max_waiting` documents wait, each holding
// open files; add() blocks beyond that. The destructor commits what waits.
class Committer {
 public:
  // Called on the committer's thread: nullopt when every file is in place,
  // else the first failure (that document's other files are discarded).
  using Done = std::function<void(std::optional<Diagnostic>)>;
  explicit Committer(size_t max_waiting = 16);
  ~Committer();
  Committer(const Committer&) = delete;
  Committer& operator=(const Committer&) = delete;
  void add(StagedFiles files, Done done);
  // Returns once everything added is committed.
  void finish();

 private:
  void run();
  struct Item {
    StagedFiles files;
    Done done;
  };
  size_t max_waiting_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Item> waiting_;
  bool busy_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace vanban::cli
