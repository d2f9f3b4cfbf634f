// Compiled copies of one stylesheet, so that transformations running at the same time never share
// a compiled stylesheet.
//
// libxslt and libxml2 write into a compiled stylesheet while they transform with it: libxml2 up to
// 2.13 (Debian 12 ships 2.9.14) swaps the two operands of an XPath union in the compiled
// expression when it evaluates the union for a [1] or [last()] predicate (xmlXPathCompSwap in
// xmlXPathCompOpEvalFirst/Last; removed upstream in 2.14, "would require locking to make it
// thread-safe"). A transformation in another thread that reads the step half-swapped evaluates one
// operand twice and the other not at all: `($e/*[@type='main'] | $e/tei:persName)[1]` comes out
// empty, and a page loses a name's title or a document's date. So each concurrent transformation
// takes an instance of its own from the pool and gives it back when it is done.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

#include "xml_ptr.h"

namespace teipress {

class XsltInstancePool {
 public:
  // Compiles one more instance exactly as the first was compiled; null when it cannot.
  using Compile = std::function<XsltStylesheetPtr()>;

  // `first` is the instance compiled (and checked) by the owner; `compile` makes the others.
  XsltInstancePool(XsltStylesheetPtr first, Compile compile);
  XsltInstancePool(const XsltInstancePool&) = delete;
  XsltInstancePool& operator=(const XsltInstancePool&) = delete;

  // Compiles instances until `count` transformations can run at once. Call it before the workers
  // start: libxslt reports what it finds while compiling through process-wide handlers, which the
  // compilation silences meanwhile. An instance that fails to compile leaves the pool smaller
  // (slower, never wrong).
  void Reserve(size_t count) const;
  size_t size() const;

  // An instance for one transformation, returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(const XsltInstancePool& pool, xsltStylesheetPtr stylesheet) : pool_(&pool), stylesheet_(stylesheet) {}
    Lease(Lease&& other) noexcept : pool_(other.pool_), stylesheet_(other.stylesheet_) { other.pool_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    xsltStylesheetPtr get() const { return stylesheet_; }

   private:
    const XsltInstancePool* pool_;
    xsltStylesheetPtr stylesheet_;
  };
  // Waits while every instance is in use (when more workers run than were reserved).
  Lease Acquire() const;

  // The first instance, for what only reads it (its xsl:output settings when serializing).
  xsltStylesheetPtr first() const { return instances_.front().get(); }

 private:
  void Return(xsltStylesheetPtr stylesheet) const;

  Compile compile_;
  mutable std::mutex mutex_;
  mutable std::condition_variable returned_;
  mutable std::vector<XsltStylesheetPtr> instances_;  // all of them, owned; grows only in Reserve
  mutable std::vector<xsltStylesheetPtr> free_;
};

}  // namespace teipress
