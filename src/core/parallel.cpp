// Stage: core.
// The helper thread behind parallel_for: started on first use, kept for the
// process (asleep on a condition variable between calls), given a stack of a
// known size like the batch's workers (docs/SECURITY.md, "Limits"). It does
// not spin waiting for the next call: on this project's 2-core VM a helper
// watching for 0.3–4 ms made the report and a 20,000-row table slower, its
// core being the one the workbook's thread needs (measured, stop 30).
#include "core/parallel.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <pthread.h>

namespace vanban {

// A task run beside the caller (Beside): `done` is set under the helper's mutex.
struct Task {
  std::function<void()> fn;
  bool done = false;
  std::exception_ptr error;
};

// What a Behind has pushed and not yet seen done; guarded by the helper's mutex.
struct BehindState {
  size_t running = 0;   // items under way on the helper
  uint64_t pushed = 0;  // items pushed so far: each item's number
  uint64_t error_item = 0;
  std::exception_ptr error;

  void failed(uint64_t item, std::exception_ptr e) {
    if (!error || item < error_item) {
      error = std::move(e);
      error_item = item;
    }
  }
};

namespace {

// An item a Behind pushed, waiting for the helper (or for its Behind to take it back).
struct BehindItem {
  std::shared_ptr<BehindState> owner;
  uint64_t number = 0;
  std::function<void()> fn;
};

constexpr size_t kHelperStack = size_t(8) << 20;

std::atomic<bool> g_parallel{std::thread::hardware_concurrency() > 1};

struct Job {
  size_t n = 0;
  const std::function<void(size_t)>* fn = nullptr;
  std::atomic<size_t> next{1};  // item 0 is the caller's
  std::mutex error_mutex;
  size_t error_item = 0;
  std::exception_ptr error;

  // The caller's share: item 0, then the next items as they come.
  void work_as_caller() {
    if (n > 0) call(0);
    work();
  }

  void work() {
    for (;;) {
      const size_t i = next.fetch_add(1);
      if (i >= n) return;
      call(i);
    }
  }

  void call(size_t i) {
    try {
      (*fn)(i);
    } catch (...) {
      std::lock_guard<std::mutex> lock(error_mutex);
      if (!error || i < error_item) {
        error = std::current_exception();
        error_item = i;
      }
    }
  }
};

class Helper {
 public:
  // Posts `task` to the helper and returns at once; false when the helper is
  // taken (or cannot be started). The helper is taken until the task is done.
  bool post(const std::shared_ptr<Task>& task) {
    bool free = false;
    if (!busy_.compare_exchange_strong(free, true)) return false;
    if (!start()) {
      busy_.store(false);
      return false;
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      task_ = task;
      in_task_ = true;
      ++posted_;
    }
    wake_.notify_one();
    return true;
  }

  // Queues a Behind's item for the helper (started: start()).
  void push(BehindItem item) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      behind_.push_back(std::move(item));
    }
    wake_.notify_one();
  }

  // Takes back the oldest item of `owner` the helper has not begun.
  std::optional<BehindItem> take_back(const BehindState& owner) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = behind_.begin(); it != behind_.end(); ++it) {
      if (it->owner.get() != &owner) continue;
      BehindItem item = std::move(*it);
      behind_.erase(it);
      return item;
    }
    return std::nullopt;
  }

  // Records an item's failure (an item run on its Behind's own thread).
  void failed(BehindState& owner, uint64_t item, std::exception_ptr e) {
    std::lock_guard<std::mutex> lock(mutex_);
    owner.failed(item, std::move(e));
  }

  // Waits until the helper has finished every item of `owner` it began; the
  // first failure of its items, taken out.
  std::exception_ptr wait_behind(BehindState& owner) {
    std::unique_lock<std::mutex> lock(mutex_);
    idle_.wait(lock, [&] { return owner.running == 0; });
    std::exception_ptr e = std::move(owner.error);
    owner.error = nullptr;
    return e;
  }

  // Waits until `task` (posted) is done.
  void wait(const Task& task) {
    std::unique_lock<std::mutex> lock(mutex_);
    idle_.wait(lock, [&] { return task.done; });
  }

  // False when the helper is taken (or cannot be started): the caller works alone.
  bool run(Job& job) {
    bool free = false;
    if (!busy_.compare_exchange_strong(free, true)) return join_after_task(job);
    struct Release {
      std::atomic<bool>& flag;
      ~Release() { flag.store(false); }
    } release{busy_};
    if (!start()) return false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      job_ = &job;
      ++posted_;
    }
    wake_.notify_one();
    job.work_as_caller();
    std::unique_lock<std::mutex> lock(mutex_);
    job_ = nullptr;  // a helper not yet awake finds nothing to do
    idle_.wait(lock, [this] { return !working_; });
    return true;
  }

  // Starts the helper thread on first use; false when it cannot be started.
  bool start() {
    std::call_once(start_once_, [this] {
      pthread_attr_t attr;
      pthread_attr_init(&attr);
      pthread_attr_setstacksize(&attr, kHelperStack);
      pthread_t thread;
      const bool ok = pthread_create(&thread, &attr, &Helper::main, this) == 0;
      pthread_attr_destroy(&attr);
      if (ok) pthread_detach(thread);
      started_.store(ok);
    });
    return started_.load();
  }

 private:
  // The helper is running a task (Beside): `job` is left for it to join when
  // the task is done, while the caller works. False when the helper is taken
  // otherwise (a nested call, another thread's), or already promised a job.
  bool join_after_task(Job& job) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!in_task_ || job_) return false;
    job_ = &job;
    lock.unlock();
    job.work_as_caller();
    lock.lock();
    job_ = nullptr;
    idle_.wait(lock, [this] { return !working_; });
    return true;
  }

  static void* main(void* self) {
    static_cast<Helper*>(self)->loop();
    return nullptr;
  }

  void loop() {
    uint64_t seen = 0;
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      wake_.wait(lock, [&] { return posted_ != seen || !behind_.empty(); });
      if (posted_ == seen) {  // nothing posted: an item behind a caller
        BehindItem item = std::move(behind_.front());
        behind_.pop_front();
        BehindState& owner = *item.owner;
        ++owner.running;
        lock.unlock();
        std::exception_ptr error;
        try {
          item.fn();
        } catch (...) {
          error = std::current_exception();
        }
        item.fn = nullptr;  // what it holds goes before its owner hears it is done
        lock.lock();
        if (error) owner.failed(item.number, std::move(error));
        --owner.running;
        idle_.notify_all();
        continue;
      }
      seen = posted_;
      if (std::shared_ptr<Task> task = std::move(task_)) {
        task_.reset();
        lock.unlock();
        try {
          task->fn();
        } catch (...) {
          task->error = std::current_exception();
        }
        task->fn = nullptr;  // what it holds goes with the task's work
        lock.lock();
        in_task_ = false;
        Job* join = job_;  // a parallel_for that began during the task
        if (!join) busy_.store(false);
        task->done = true;
        idle_.notify_all();
        if (join) {
          working_ = true;
          lock.unlock();
          join->work();
          lock.lock();
          working_ = false;
          busy_.store(false);
          idle_.notify_all();
        }
        continue;
      }
      Job* job = job_;
      if (!job) continue;
      working_ = true;
      lock.unlock();
      job->work();
      lock.lock();
      working_ = false;
      idle_.notify_all();
    }
  }

  std::atomic<bool> busy_{false};  // taken by the call the helper works for
  std::once_flag start_once_;
  std::atomic<bool> started_{false};
  std::mutex mutex_;               // guards what follows
  std::condition_variable wake_, idle_;
  Job* job_ = nullptr;
  std::shared_ptr<Task> task_;
  uint64_t posted_ = 0;
  bool working_ = false;
  bool in_task_ = false;  // a task posted and not yet done
  std::deque<BehindItem> behind_;  // Behind's items not yet begun, oldest first
};

// Never destroyed: the helper thread may be waiting on it while the process exits.
Helper& helper() {
  static Helper* h = new Helper;
  return *h;
}

}  // namespace

void parallel_for(size_t n, const std::function<void(size_t)>& fn) {
  Job job;
  job.n = n;
  job.fn = &fn;
  if (n < 2 || !parallel_enabled() || !helper().run(job)) job.work_as_caller();
  if (job.error) std::rethrow_exception(job.error);
}

Beside::Beside(std::function<void()> fn) {
  auto task = std::make_shared<Task>();
  task->fn = std::move(fn);
  if (parallel_enabled() && helper().post(task)) {
    task_ = std::move(task);
    return;
  }
  task->fn();  // here and now: an exception goes to the caller
}

Beside::~Beside() {
  if (task_) helper().wait(*task_);
}

void Beside::wait() {
  if (!task_) return;
  helper().wait(*task_);
  std::shared_ptr<Task> task = std::move(task_);
  if (task->error) std::rethrow_exception(task->error);
}

Behind::Behind() : state_(std::make_shared<BehindState>()) {}

Behind::~Behind() {
  try {
    finish();
  } catch (...) {
  }
}

void Behind::push(std::function<void()> fn) {
  const uint64_t number = state_->pushed++;
  if (parallel_enabled() && helper().start()) return helper().push({state_, number, std::move(fn)});
  fn();
}

bool Behind::help() {
  std::optional<BehindItem> item = helper().take_back(*state_);
  if (!item) return false;
  try {
    item->fn();
  } catch (...) {
    helper().failed(*state_, item->number, std::current_exception());
  }
  return true;
}

void Behind::finish() {
  while (help()) {
  }
  if (std::exception_ptr e = helper().wait_behind(*state_)) std::rethrow_exception(e);
}

void set_parallel(bool on) { g_parallel.store(on && std::thread::hardware_concurrency() > 1); }
bool parallel_enabled() { return g_parallel.load(std::memory_order_relaxed); }

}  // namespace vanban
