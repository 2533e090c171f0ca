// Stage: core.
// The helper thread behind parallel_for: started on first use, kept for the
// process (blocked on a condition variable between calls), given a stack of a
// known size like the batch's workers (docs/SECURITY.md, "Limits").
#include "core/parallel.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include <pthread.h>

namespace vanban {
namespace {

constexpr size_t kHelperStack = size_t(8) << 20;

std::atomic<bool> g_parallel{std::thread::hardware_concurrency() > 1};

struct Job {
  size_t n = 0;
  const std::function<void(size_t)>* fn = nullptr;
  std::atomic<size_t> next{0};
  std::mutex error_mutex;
  size_t error_item = 0;
  std::exception_ptr error;

  void work() {
    for (;;) {
      const size_t i = next.fetch_add(1);
      if (i >= n) return;
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
  }
};

class Helper {
 public:
  // False when the helper is taken (or cannot be started): the caller works alone.
  bool run(Job& job) {
    bool free = false;
    if (!busy_.compare_exchange_strong(free, true)) return false;
    struct Release {
      std::atomic<bool>& flag;
      ~Release() { flag.store(false); }
    } release{busy_};
    if (!start()) return false;
    bool sleeping = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      job_ = &job;
      posted_.fetch_add(1, std::memory_order_release);
      sleeping = sleeping_;
    }
    if (sleeping) wake_.notify_one();
    job.work();
    std::unique_lock<std::mutex> lock(mutex_);
    job_ = nullptr;  // a helper not yet awake finds nothing to do
    idle_.wait(lock, [this] { return !working_; });
    return true;
  }

 private:
  bool start() {
    if (started_) return true;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, kHelperStack);
    pthread_t thread;
    const bool ok = pthread_create(&thread, &attr, &Helper::main, this) == 0;
    pthread_attr_destroy(&attr);
    if (ok) pthread_detach(thread);
    started_ = ok;
    return ok;
  }

  static void* main(void* self) {
    static_cast<Helper*>(self)->loop();
    return nullptr;
  }

  // Waits for the next call: first watching for it a few milliseconds, then
  // asleep. Waking a sleeping thread took up to a millisecond or more on this
  // project's virtual machines (an idle virtual core is woken through the
  // host), as long as a whole notice's paragraphs; one render's calls come
  // within milliseconds of each other, so the helper is watching when they do.
  // While it watches it yields its core to any other thread (the workbook's).
  void wait_for_call(uint64_t seen, std::unique_lock<std::mutex>& lock) {
    lock.unlock();
    const auto until = std::chrono::steady_clock::now() + kWatch;
    while (posted_.load(std::memory_order_acquire) == seen && std::chrono::steady_clock::now() < until) {
      std::this_thread::yield();
    }
    lock.lock();
    sleeping_ = true;
    wake_.wait(lock, [&] { return posted_.load(std::memory_order_relaxed) != seen; });
    sleeping_ = false;
  }

  void loop() {
    uint64_t seen = 0;
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      wait_for_call(seen, lock);
      seen = posted_.load(std::memory_order_relaxed);
      Job* job = job_;
      if (!job) continue;
      working_ = true;
      lock.unlock();
      job->work();
      lock.lock();
      working_ = false;
      idle_.notify_one();
    }
  }

  static constexpr auto kWatch = std::chrono::milliseconds(4);
  std::atomic<bool> busy_{false};  // taken by the call the helper works for
  bool started_ = false;           // read and set only while busy_ is taken
  std::mutex mutex_;               // guards what follows (posted_ changes under it too)
  std::condition_variable wake_, idle_;
  Job* job_ = nullptr;
  std::atomic<uint64_t> posted_{0};
  bool sleeping_ = false;
  bool working_ = false;
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
  if (n < 2 || !parallel_enabled() || !helper().run(job)) job.work();
  if (job.error) std::rethrow_exception(job.error);
}

void set_parallel(bool on) { g_parallel.store(on && std::thread::hardware_concurrency() > 1); }
bool parallel_enabled() { return g_parallel.load(std::memory_order_relaxed); }

}  // namespace vanban
