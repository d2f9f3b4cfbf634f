#include "xslt_instance_pool.h"

#include <libxslt/xsltutils.h>

namespace teipress {
namespace {

void IgnoreMessage(void*, const char*, ...) {}

// The first compilation reported what there was to report; the copies would only repeat it.
class SilencedXsltMessages {
 public:
  SilencedXsltMessages() : handler_(xsltGenericError), context_(xsltGenericErrorContext) {
    xsltSetGenericErrorFunc(nullptr, IgnoreMessage);
  }
  ~SilencedXsltMessages() { xsltSetGenericErrorFunc(context_, handler_); }
  SilencedXsltMessages(const SilencedXsltMessages&) = delete;
  SilencedXsltMessages& operator=(const SilencedXsltMessages&) = delete;

 private:
  xmlGenericErrorFunc handler_;
  void* context_;
};

}  // namespace

XsltInstancePool::XsltInstancePool(XsltStylesheetPtr first, Compile compile) : compile_(std::move(compile)) {
  free_.push_back(first.get());
  instances_.push_back(std::move(first));
}

void XsltInstancePool::Reserve(size_t count) const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (instances_.size() >= count) return;
  SilencedXsltMessages silenced;
  while (instances_.size() < count) {
    XsltStylesheetPtr instance = compile_ ? compile_() : nullptr;
    if (!instance) break;
    free_.push_back(instance.get());
    instances_.push_back(std::move(instance));
  }
}

size_t XsltInstancePool::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return instances_.size();
}

XsltInstancePool::Lease XsltInstancePool::Acquire() const {
  std::unique_lock<std::mutex> lock(mutex_);
  returned_.wait(lock, [&] { return !free_.empty(); });
  xsltStylesheetPtr stylesheet = free_.back();
  free_.pop_back();
  return Lease(*this, stylesheet);
}

void XsltInstancePool::Return(xsltStylesheetPtr stylesheet) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(stylesheet);
  }
  returned_.notify_one();
}

XsltInstancePool::Lease::~Lease() {
  if (pool_) pool_->Return(stylesheet_);
}

}  // namespace teipress
