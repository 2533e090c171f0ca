// Stage: cli.
// How a `vanban` process sets up its heap, and how a render ends it once its files are in place.
#pragma once

#include <cstddef>

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

// The heap part of set_up_process (tests call it alone): glibc's heap grows
// and shrinks in steps of megabytes. Nothing in sanitizer builds.
void tune_heap();

// After tune_heap: makes the next `bytes` of this thread's heap present
// in one call (MADV_POPULATE_WRITE on a block taken and given back at once,
// so the heap's next allocations reuse it), instead of one page fault per
// fresh page as the render first touches it. On the bench machine a fault
// costs ~11 µs and populating a page ~2 µs: `render` of the 8-month report
// took ~760 faults on its main thread after `main`. Nothing when the heap is
// not glibc's own (sanitizer builds), when tune_heap was not called, or
// when the kernel lacks MADV_POPULATE_WRITE (before 5.14).
void prefault_heap(size_t bytes);

// After set_up_process: flushes the standard streams and ends the process
// with `status`. Otherwise returns `status`.
int end_process(int status);

}  // namespace vanban::cli
