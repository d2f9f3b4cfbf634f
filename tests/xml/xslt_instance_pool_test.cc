// The pool hands each concurrent transformation a compiled stylesheet of its own, compiles the
// copies only when asked to reserve them, and makes a worker wait (never share) when all are in use.
#include <gtest/gtest.h>

#include <libxslt/xsltInternals.h>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include "xml_reader.h"
#include "xslt_instance_pool.h"

namespace teipress {
namespace {

XsltStylesheetPtr CompileText(const std::string& text) {
  InitializeXmlLibraries();
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(text, "pool-test.xsl", diagnostics);
  if (!document) return nullptr;
  XsltStylesheetPtr stylesheet(xsltParseStylesheetDoc(document.get()));
  if (stylesheet) document.release();
  return stylesheet;
}

const char* const kStylesheet =
    "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
    "<xsl:template match='/'>ok</xsl:template></xsl:stylesheet>";

struct CountingCompiler {
  std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);
  XsltInstancePool::Compile Compile() const {
    return [calls = calls] {
      ++*calls;
      return CompileText(kStylesheet);
    };
  }
};

TEST(XsltInstancePool, CompilesCopiesOnlyWhenReserved) {
  CountingCompiler compiler;
  XsltInstancePool pool(CompileText(kStylesheet), compiler.Compile());
  EXPECT_EQ(pool.size(), 1u);
  {
    const auto lease = pool.Acquire();
    EXPECT_EQ(lease.get(), pool.first());
  }
  EXPECT_EQ(*compiler.calls, 0) << "one worker needs no copy";
  pool.Reserve(3);
  EXPECT_EQ(pool.size(), 3u);
  EXPECT_EQ(*compiler.calls, 2);
  pool.Reserve(2);
  EXPECT_EQ(pool.size(), 3u) << "a pool never shrinks nor compiles what it has";
  EXPECT_EQ(*compiler.calls, 2);
}

TEST(XsltInstancePool, LeasesHeldAtOnceAreDistinctAndComeBack) {
  CountingCompiler compiler;
  XsltInstancePool pool(CompileText(kStylesheet), compiler.Compile());
  pool.Reserve(3);
  std::set<xsltStylesheetPtr> seen;
  {
    const auto a = pool.Acquire();
    const auto b = pool.Acquire();
    const auto c = pool.Acquire();
    seen = {a.get(), b.get(), c.get()};
  }
  EXPECT_EQ(seen.size(), 3u);
  // All three were returned: three can be held at once again.
  const auto a = pool.Acquire();
  const auto b = pool.Acquire();
  const auto c = pool.Acquire();
  EXPECT_EQ((std::set<xsltStylesheetPtr>{a.get(), b.get(), c.get()}), seen);
}

TEST(XsltInstancePool, AWorkerBeyondTheReservedOnesWaitsInsteadOfSharing) {
  CountingCompiler compiler;
  XsltInstancePool pool(CompileText(kStylesheet), compiler.Compile());
  std::atomic<bool> acquired{false};
  std::thread second;
  xsltStylesheetPtr held = nullptr;
  {
    const auto lease = pool.Acquire();
    held = lease.get();
    second = std::thread([&] {
      const auto other = pool.Acquire();
      acquired = true;
      EXPECT_EQ(other.get(), held);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_FALSE(acquired) << "the only instance is in use";
  }
  second.join();
  EXPECT_TRUE(acquired);
  EXPECT_EQ(*compiler.calls, 0);
}

TEST(XsltInstancePool, ACopyThatFailsToCompileLeavesThePoolSmaller) {
  XsltInstancePool pool(CompileText(kStylesheet), [] { return XsltStylesheetPtr(); });
  pool.Reserve(4);
  EXPECT_EQ(pool.size(), 1u);
  const auto lease = pool.Acquire();
  EXPECT_NE(lease.get(), nullptr);
}

}  // namespace
}  // namespace teipress
