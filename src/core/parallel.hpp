// Stage: core.
// Work one render splits over two cores: the calling thread and one helper thread kept for the process.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

namespace vanban {

// Calls fn(i) once for every i in [0, n) and returns when all are done: on
// the calling thread and the process's helper thread, which take the next
// item as each finishes one. Items must not depend on each other and each
// writes only its own result slot, so the result is that of calling them in
// order (the bytes of every output are the same either way; tested). Item 0
// is always called on the calling thread: what it allocates is in that
// thread's heap arena, where what the caller allocates next can reuse it once
// freed (prepare reads the data as item 0: the build frees it row by row as
// it makes the cells; read on the helper, a 100,000-row table's peak grew
// from 95 to 143 MB).
// Runs on the calling thread alone when parallel work is off, when n < 2, or
// when the helper is already working for another call (a nested call,
// another thread's render in `vanban serve`). While the helper runs a task
// (Beside) the caller starts alone and the helper joins once the task is done. An exception an item throws is
// rethrown here once every item has finished: the lowest item's.
void parallel_for(size_t n, const std::function<void(size_t)>& fn);

struct Task;

// Runs a task on the helper thread, beside the caller, from construction
// until wait() (or the destructor, which waits too): render makes the
// workbook there while the pages are laid out. While it runs the helper is
// taken, so a parallel_for starts on its caller alone; the helper joins it
// once the task is done. When parallel work is off or the helper is taken, the task
// runs in the constructor, before it returns. wait() rethrows what the task
// threw; the destructor does not.
class Beside {
 public:
  explicit Beside(std::function<void()> fn);
  ~Beside();
  Beside(const Beside&) = delete;
  Beside& operator=(const Beside&) = delete;
  void wait();

 private:
  std::shared_ptr<Task> task_;  // empty once waited for, or when run in the constructor
};

struct BehindState;

// Work the helper thread does behind the caller, who goes on meanwhile: the
// PDF writer hands each finished page over to be drawn and compressed while
// pagination makes the next (docs/DESIGN.md, "One document on two cores").
// The helper takes the items in the order pushed whenever it has nothing else
// to do: a parallel_for or a Beside task goes first. help() runs the oldest
// item not yet begun on the caller (a caller too far ahead catches up);
// finish() runs here every item not begun, waits for the one under way and
// rethrows the first pushed item's exception. Items must not depend on each
// other, as for parallel_for, and whatever they read must stay as it is
// until finish(). With parallel work off, or no helper, push() runs its item
// at once, and an exception goes to the caller there. One thread pushes, helps
// and finishes; the destructor finishes (dropping an exception).
class Behind {
 public:
  Behind();
  ~Behind();
  Behind(const Behind&) = delete;
  Behind& operator=(const Behind&) = delete;
  void push(std::function<void()> fn);
  bool help();
  void finish();

 private:
  std::shared_ptr<BehindState> state_;
};

// On by default on a machine with more than one core. `vanban batch` with two
// or more threads turns it off: its threads already fill the cores, and one
// document a thread is the cheaper split.
void set_parallel(bool on);
bool parallel_enabled();

}  // namespace vanban
