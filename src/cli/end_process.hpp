// Stage: cli.
// A render that has written its files ends the process there, without freeing what the system takes back whole.
#pragma once

namespace vanban::cli {

// Called by `main`: from then on end_process ends the process. A render's
// last 2–3 ms went to freeing the document, the pages and the workbook's
// library (issue 24). Sanitizer builds never end early: their leak check runs
// at exit. Tests that call the commands in process never call this.
void end_process_when_done();

// With end_process_when_done: flushes the standard streams and ends the
// process with `status`. Otherwise returns `status`.
int end_process(int status);

}  // namespace vanban::cli
