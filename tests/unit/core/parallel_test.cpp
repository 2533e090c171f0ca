// parallel_for: every item once, on two threads when it may, the lowest
// item's exception, and nested or disabled calls on the calling thread alone.
// Beside: a task on the helper, parallel_for alone meanwhile and joined after, its exception.
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
  if (std::thread::hardware_concurrency() < 2) return;  // one core: nothing to share (CI has two)
  ParallelSwitch keep;
  set_parallel(true);
  REQUIRE(parallel_enabled());
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
  if (std::thread::hardware_concurrency() < 2) return;
  ParallelSwitch keep;
  set_parallel(true);
  const auto caller = std::this_thread::get_id();
  std::atomic<bool> release{false};
  std::thread::id task_thread;
  {
    Beside task([&] {
      task_thread = std::this_thread::get_id();
      // Bounded: run in place by mistake, it must not hang the test (5 s).
      for (int k = 0; k < 50000 && !release.load(); ++k) std::this_thread::sleep_for(std::chrono::microseconds(100));
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
  if (std::thread::hardware_concurrency() < 2) return;
  ParallelSwitch keep;
  set_parallel(true);
  const auto caller = std::this_thread::get_id();
  std::atomic<bool> release{false};
  Beside task([&] {
    for (int k = 0; k < 50000 && !release.load(); ++k) std::this_thread::sleep_for(std::chrono::microseconds(100));
  });
  // Item 0 (the caller's) ends the task, then waits until another thread has
  // taken an item: only the helper, done with its task, can (5 s at most).
  std::atomic<int> elsewhere{0};
  parallel_for(8, [&](size_t i) {
    if (i == 0) {
      release.store(true);
      for (int k = 0; k < 50000 && elsewhere.load() == 0; ++k) {
        std::this_thread::sleep_for(std::chrono::microseconds(100));
      }
    } else if (std::this_thread::get_id() != caller) {
      elsewhere.fetch_add(1);
    }
  });
  task.wait();
  CHECK(elsewhere.load() > 0);
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
