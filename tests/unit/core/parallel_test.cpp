// parallel_for: every item once, on two threads when it may, the lowest
// item's exception, and nested or disabled calls on the calling thread alone.
// Beside: a task on the helper, parallel_for alone meanwhile and joined after, its exception.
// Behind: items done on the helper while the caller goes on, help() and finish() on the caller, the first item's exception.
#include "core/parallel.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace vanban;

namespace {

// Restores the process-wide switch whatever a test does to it.
struct ParallelSwitch {
  bool was = parallel_enabled();
  ~ParallelSwitch() { set_parallel(was); }
};

// The threads that took items of a parallel_for of 64 items, each waiting a
// little so that the helper has time to wake and take some.
std::set<std::thread::id> threads_taking_items() {
  std::mutex mutex;
  std::set<std::thread::id> threads;
  parallel_for(64, [&](size_t) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::lock_guard<std::mutex> lock(mutex);
    threads.insert(std::this_thread::get_id());
  });
  return threads;
}

// Waits until `done()` holds, 5 s at most: a test whose other thread never
// comes (an item run in place by mistake) fails rather than hangs.
template <class Done>
bool wait_until(Done done) {
  for (int k = 0; k < 50000; ++k) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
  return done();
}

// A parallel_for of 8 items whose item 0 (the caller's) sets `release`, then
// waits until another thread has taken an item (5 s at most): how many did.
int items_elsewhere_once_released(std::atomic<bool>& release) {
  const auto caller = std::this_thread::get_id();
  std::atomic<int> elsewhere{0};
  parallel_for(8, [&](size_t i) {
    if (i == 0) {
      release.store(true);
      wait_until([&] { return elsewhere.load() > 0; });
    } else if (std::this_thread::get_id() != caller) {
      elsewhere.fetch_add(1);
    }
  });
  return elsewhere.load();
}

// Two cores, parallel work on (restored by the returned switch's destructor).
// False on a one-core machine: nothing to share there (CI has two).
bool two_cores(ParallelSwitch&) {
  if (std::thread::hardware_concurrency() < 2) return false;
  set_parallel(true);
  return parallel_enabled();
}

}  // namespace

TEST_CASE("parallel_for calls every item exactly once", "[parallel]") {
  ParallelSwitch keep;
  for (bool on : {true, false}) {
    set_parallel(on);
    for (size_t n : {0, 1, 2, 7, 1000}) {
      std::vector<std::atomic<int>> calls(n);
      parallel_for(n, [&](size_t i) { calls[i].fetch_add(1); });
      for (size_t i = 0; i < n; ++i) REQUIRE(calls[i].load() == 1);
    }
  }
}

TEST_CASE("parallel_for shares the items with the helper thread on a machine with two cores", "[parallel]") {
  ParallelSwitch keep;
  if (!two_cores(keep)) return;
  const auto caller = std::this_thread::get_id();
  const std::set<std::thread::id> threads = threads_taking_items();
  CHECK(threads.size() == 2);
  CHECK(threads.count(caller) == 1);
}

TEST_CASE("parallel_for calls item 0 on the calling thread", "[parallel]") {
  ParallelSwitch keep;
  set_parallel(true);
  const auto caller = std::this_thread::get_id();
  for (int round = 0; round < 50; ++round) {
    std::thread::id first;
    parallel_for(3, [&](size_t i) {
      if (i == 0) first = std::this_thread::get_id();
    });
    REQUIRE(first == caller);
  }
}

TEST_CASE("parallel_for off, or nested, runs on the calling thread", "[parallel]") {
  ParallelSwitch keep;
  const auto caller = std::this_thread::get_id();
  set_parallel(false);
  CHECK_FALSE(parallel_enabled());
  std::atomic<int> elsewhere{0};
  parallel_for(32, [&](size_t) {
    if (std::this_thread::get_id() != caller) elsewhere.fetch_add(1);
  });
  CHECK(elsewhere.load() == 0);

  set_parallel(true);
  // An item's own parallel_for finds the helper taken and works alone on its thread.
  std::atomic<int> inner_elsewhere{0}, inner_calls{0};
  parallel_for(4, [&](size_t) {
    const auto outer = std::this_thread::get_id();
    parallel_for(8, [&](size_t) {
      inner_calls.fetch_add(1);
      if (std::this_thread::get_id() != outer) inner_elsewhere.fetch_add(1);
    });
  });
  CHECK(inner_calls.load() == 32);
  CHECK(inner_elsewhere.load() == 0);
}

TEST_CASE("parallel_for rethrows the lowest failing item's exception after every item ran", "[parallel]") {
  ParallelSwitch keep;
  for (bool on : {true, false}) {
    set_parallel(on);
    std::atomic<int> ran{0};
    try {
      parallel_for(100, [&](size_t i) {
        ran.fetch_add(1);
        if (i == 37 || i == 80) throw std::runtime_error("item " + std::to_string(i));
      });
      FAIL("no exception");
    } catch (const std::runtime_error& e) {
      CHECK(std::string(e.what()) == "item 37");
    }
    CHECK(ran.load() == 100);
    // The helper is free again: the next call works.
    std::atomic<int> after{0};
    parallel_for(10, [&](size_t) { after.fetch_add(1); });
    CHECK(after.load() == 10);
  }
}

TEST_CASE("Beside runs its task on the helper while parallel_for works alone, then the helper helps again",
          "[parallel]") {
  ParallelSwitch keep;
  if (!two_cores(keep)) return;
  const auto caller = std::this_thread::get_id();
  std::atomic<bool> release{false};
  std::thread::id task_thread;
  {
    Beside task([&] {
      task_thread = std::this_thread::get_id();
      // Bounded: run in place by mistake, it must not hang the test (5 s).
      wait_until([&] { return release.load(); });
    });
    // The helper is taken by the task: every item runs here.
    std::atomic<int> elsewhere{0};
    parallel_for(16, [&](size_t) {
      if (std::this_thread::get_id() != caller) elsewhere.fetch_add(1);
    });
    CHECK(elsewhere.load() == 0);
    release.store(true);
    task.wait();
  }
  CHECK(task_thread != caller);
  // Done: the helper takes items again.
  CHECK(threads_taking_items().size() == 2);
}

TEST_CASE("a parallel_for begun while Beside's task runs is joined by the helper once the task is done",
          "[parallel]") {
  ParallelSwitch keep;
  if (!two_cores(keep)) return;
  std::atomic<bool> release{false};
  Beside task([&] {
    wait_until([&] { return release.load(); });
  });
  // Only the helper, done with its task, can take an item.
  CHECK(items_elsewhere_once_released(release) > 0);
  task.wait();
  // The helper is free again afterwards.
  CHECK(threads_taking_items().size() == 2);
}

TEST_CASE("Beside runs its task in place when parallel work is off, and wait() rethrows what it threw",
          "[parallel]") {
  ParallelSwitch keep;
  set_parallel(false);
  const auto caller = std::this_thread::get_id();
  std::thread::id ran_on;
  Beside here([&] { ran_on = std::this_thread::get_id(); });
  CHECK(ran_on == caller);  // before the constructor returned
  here.wait();
  CHECK_THROWS_WITH(Beside([] { throw std::runtime_error("in place"); }), "in place");

  set_parallel(true);
  Beside failing([] { throw std::runtime_error("on the helper"); });
  CHECK_THROWS_WITH(failing.wait(), "on the helper");
  // The destructor of a task never waited for still waits, and throws nothing.
  std::atomic<int> done{0};
  {
    Beside task([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      done.store(1);
    });
  }
  CHECK(done.load() == 1);
}

TEST_CASE("Behind does every item once, on the helper while the caller goes on, and finish() waits for them",
          "[parallel]") {
  ParallelSwitch keep;
  if (!two_cores(keep)) return;
  const auto caller = std::this_thread::get_id();
  std::vector<std::atomic<int>> calls(40);
  std::atomic<int> on_helper{0};
  std::atomic<bool> release{false};
  std::atomic<bool> started{false};
  {
    Behind behind;
    // The first item holds the helper until the caller has pushed the rest:
    // push() never waits for it (5 s at most, should it run here by mistake).
    behind.push([&] {
      started.store(true);
      wait_until([&] { return release.load(); });
      if (std::this_thread::get_id() != caller) on_helper.fetch_add(1);
      calls[0].fetch_add(1);
    });
    wait_until([&] { return started.load(); });
    CHECK(started.load());  // the helper took it, while this thread went on
    for (size_t i = 1; i < calls.size(); ++i) {
      behind.push([&, i] {
        if (std::this_thread::get_id() != caller) on_helper.fetch_add(1);
        calls[i].fetch_add(1);
      });
    }
    release.store(true);
    behind.finish();
    for (auto& c : calls) REQUIRE(c.load() == 1);
    CHECK(on_helper.load() >= 1);  // at least the first; the rest ran here in finish(), or on the helper
    // Usable again after finish().
    std::atomic<int> again{0};
    behind.push([&] { again.fetch_add(1); });
    behind.finish();
    CHECK(again.load() == 1);
  }
  // A parallel_for still shares its items with the helper afterwards.
  CHECK(threads_taking_items().size() == 2);
}

TEST_CASE("Behind's help() runs the oldest item not begun on the caller, and a parallel_for goes before Behind's items",
          "[parallel]") {
  ParallelSwitch keep;
  if (!two_cores(keep)) return;
  const auto caller = std::this_thread::get_id();
  std::atomic<bool> release{false};
  std::atomic<bool> started{false};
  std::vector<int> order;  // items run on the caller, in the order they ran
  Behind behind;
  behind.push([&] {
    started.store(true);
    wait_until([&] { return release.load(); });
  });
  wait_until([&] { return started.load(); });
  REQUIRE(started.load());  // the helper holds item 0
  for (int i = 1; i <= 3; ++i) {
    behind.push([&, i] {
      if (std::this_thread::get_id() == caller) order.push_back(i);
    });
  }
  CHECK(behind.help());
  CHECK(order == std::vector<int>{1});
  // While the helper is still in item 0, a parallel_for starts on the caller;
  // once item 0 is done the helper joins the parallel_for, not items 2 and 3.
  CHECK(items_elsewhere_once_released(release) > 0);
  behind.finish();
  // Items 2 and 3 ran after item 1, wherever they ran.
  for (size_t k = 1; k < order.size(); ++k) CHECK(order[k] > order[k - 1]);
}

TEST_CASE("Behind with parallel work off runs each item in push(), and finish() rethrows the first item's exception",
          "[parallel]") {
  ParallelSwitch keep;
  set_parallel(false);
  const auto caller = std::this_thread::get_id();
  {
    Behind behind;
    std::thread::id ran_on;
    behind.push([&] { ran_on = std::this_thread::get_id(); });
    CHECK(ran_on == caller);  // before push() returned
    CHECK_FALSE(behind.help());
    CHECK_THROWS_WITH(behind.push([] { throw std::runtime_error("in place"); }), "in place");
    behind.finish();
  }
  if (!two_cores(keep)) return;
  Behind behind;
  std::atomic<int> ran{0};
  behind.push([&] { ran.fetch_add(1); });
  behind.push([] { throw std::runtime_error("second"); });
  behind.push([&] { ran.fetch_add(1); });
  behind.push([] { throw std::runtime_error("fourth"); });
  CHECK_THROWS_WITH(behind.finish(), "second");
  CHECK(ran.load() == 2);  // every item ran
  behind.finish();         // the failure was told once
  // The destructor waits for items under way and throws nothing.
  {
    Behind last;
    last.push([] { throw std::runtime_error("dropped"); });
    last.push([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      ran.fetch_add(1);
    });
  }
  CHECK(ran.load() == 3);
}
