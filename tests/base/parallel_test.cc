#include "parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <new>
#include <stdexcept>
#include <thread>
#include <vector>

namespace teipress {
namespace {

TEST(ParallelFor, RunsEveryTaskExactlyOnce) {
  for (const int jobs : {0, 1, 2, 7}) {
    std::vector<std::atomic<int>> runs(1000);
    ParallelFor(runs.size(), jobs, [&](size_t i) { runs[i].fetch_add(1); });
    for (size_t i = 0; i < runs.size(); ++i) EXPECT_EQ(runs[i].load(), 1) << "task " << i << " with " << jobs << " jobs";
  }
}

TEST(ParallelFor, NoTasksRunsNothing) {
  bool ran = false;
  ParallelFor(0, 4, [&](size_t) { ran = true; });
  EXPECT_FALSE(ran);
}

// A worker's exception reaches the caller instead of ending the process (std::terminate), so that
// the command line can report it: out of memory in a worker is io.out-of-memory, exit 2.
TEST(ParallelFor, AWorkersExceptionIsRethrownToTheCaller) {
  for (const int jobs : {1, 2, 4}) {
    EXPECT_THROW(ParallelFor(100, jobs, [](size_t i) { if (i == 37) throw std::bad_alloc(); }), std::bad_alloc)
        << jobs << " jobs";
  }
}

// Each task but the failing one takes a millisecond, so that running them all would take ten
// seconds: the failing worker is then far ahead of the other however the scheduler treats it.
// With trivial tasks the other worker could drain the whole range while the failing one waited
// between taking task 10 and running it, which made this test fail on a loaded CI machine.
TEST(ParallelFor, TasksAfterAFailureAreNotStarted) {
  constexpr size_t kTasks = 10000;
  std::atomic<size_t> started{0};
  EXPECT_THROW(ParallelFor(kTasks, 2,
                           [&](size_t i) {
                             started.fetch_add(1);
                             if (i == 10) throw std::runtime_error("task 10 failed");
                             std::this_thread::sleep_for(std::chrono::milliseconds(1));
                           }),
               std::runtime_error);
  EXPECT_LT(started.load(), kTasks);
}

TEST(ParallelFor, TheFirstFailureIsTheOneRethrown) {
  try {
    ParallelFor(2, 2, [](size_t i) {
      if (i == 0) throw std::runtime_error("first");
      throw std::logic_error("second");
    });
    FAIL() << "nothing was thrown";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "first");
  } catch (const std::logic_error& e) {
    // Which task fails first is the scheduler's choice; only one of the two comes back.
    EXPECT_STREQ(e.what(), "second");
  }
}

}  // namespace
}  // namespace teipress
