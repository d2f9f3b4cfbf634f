// Runs independent tasks on a fixed number of threads; tasks are taken in order, so results
// written by index come out deterministic whatever the scheduling.
#pragma once

#include <atomic>
#include <functional>
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
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (size_t w = 0; w < workers; ++w) {
    threads.emplace_back([&] {
      for (size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) task(i);
    });
  }
  for (std::thread& thread : threads) thread.join();
}

}  // namespace teipress
