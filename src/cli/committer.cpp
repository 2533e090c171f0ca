// Stage: cli.
// A batch's outputs put in place on a thread of their own (cli/outputs.hpp, Committer).
#include "cli/outputs.hpp"

namespace vanban::cli {

Committer::Committer(size_t max_waiting) : max_waiting_(std::max<size_t>(1, max_waiting)) {
  thread_ = std::thread([this] { run(); });
}

Committer::~Committer() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void Committer::add(StagedFiles files, Done done) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return waiting_.size() < max_waiting_; });
  waiting_.push_back({std::move(files), std::move(done)});
  changed_.notify_all();
}

void Committer::finish() {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return waiting_.empty() && !busy_; });
}

void Committer::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] { return !waiting_.empty() || stopping_; });
    if (waiting_.empty()) return;  // stopping, nothing left
    Item item = std::move(waiting_.front());
    waiting_.pop_front();
    busy_ = true;
    changed_.notify_all();  // room for a waiting add()
    lock.unlock();
    std::optional<Diagnostic> error;
    for (auto& f : item.files) {
      if ((error = f->commit())) break;
    }
    item.files.clear();  // the rest discarded, their descriptors closed
    item.done(std::move(error));
    lock.lock();
    busy_ = false;
    changed_.notify_all();
  }
}

}  // namespace vanban::cli
