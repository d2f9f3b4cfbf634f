// Runs independent tasks on a fixed number of threads; tasks are taken in order, so results
// written by index come out deterministic whatever the scheduling.
//
// An exception thrown by a task (std::bad_alloc above all) is carried to the caller's thread and
// rethrown there once every worker has stopped: escaping a std::thread it would end the process
// without a word, where the command line turns it into a diagnostic (io.out-of-memory). Tasks not
// yet started when one fails are not started.
#pragma once

#include <atomic>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace teipress {

inline void ParallelFor(size_t count, int jobs, const std::function<void(size_t)>& task) {
  const size_t workers = std::min<size_t>(count, jobs < 1 ? 1 : static_cast<size_t>(jobs));
  if (workers <= 1) {
    for (size_t i = 0; i < count; ++i) task(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  const auto work = [&] {
    for (size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
      try {
        task(i);
      } catch (...) {
        const std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next.store(count);  // the others finish their task and take no more
      }
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(workers);
  try {
    for (size_t w = 0; w < workers; ++w) threads.emplace_back(work);
  } catch (...) {
    // No thread to be had (out of memory or of threads): the tasks already running finish first,
    // since a joinable std::thread destroyed while unwinding would end the process.
    next.store(count);
    for (std::thread& thread : threads) thread.join();
    throw;
  }
  for (std::thread& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace teipress
