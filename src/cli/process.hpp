// Stage: cli.
// How a `vanban` process sets up its heap, and how a render ends it once its files are in place.
#pragma once

namespace vanban::cli {

// Called by `main` before anything else runs (tests that call the commands
// in process never call it):
// - the heap grows and shrinks in steps of megabytes, not pages: on the bench
//   machine (a virtual machine) every change to the process's mappings while
//   its threads run on both cores costs an interrupt on each, and a render
//   made 141 of them (mprotect, as the helper's and the workbook's heaps grew
//   a page at a time) — 13 now;
// - end_process ends the process: a render's last 2–3 ms went to freeing the
//   document, the pages and the workbook's library (issue 24). Not in
//   sanitizer builds: their leak check runs at exit.
void set_up_process();

// After set_up_process: flushes the standard streams and ends the process
// with `status`. Otherwise returns `status`.
int end_process(int status);

}  // namespace vanban::cli
