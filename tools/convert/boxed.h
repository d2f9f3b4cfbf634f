// A value kept on the heap, with value semantics: for fields of a model type that most of its
// objects leave empty. A std::string moves as a copy of its 32 bytes (a memcpy call of varying size
// for a short one); a Boxed field moves as one pointer and costs nothing while it is empty. The
// converter's Inline moves thousands of times a document, and most Inlines are plain text runs
// whose reference, label, date and note fields are all empty.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace teipress {

template <class T>
class Boxed {
  static constexpr bool kIsText = std::is_same_v<T, std::string>;

 public:
  Boxed() = default;
  Boxed(T value) { Assign(std::move(value)); }  // NOLINT: a Boxed<T> stands in for a T
  Boxed(std::string_view value) requires kIsText : Boxed(std::string(value)) {}  // NOLINT
  Boxed(const char* value) requires kIsText : Boxed(std::string(value)) {}  // NOLINT

  Boxed(const Boxed& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  ~Boxed() = default;

  // The value, or a default T when none was ever set.
  const T& get() const { return value_ ? *value_ : Default(); }
  operator const T&() const { return get(); }  // NOLINT: reads like the T it holds
  const T* operator->() const { return &get(); }
  const T& operator*() const { return get(); }

  // The value to change in place, made on first use.
  T& edit() {
    if (!value_) value_ = std::make_unique<T>();
    return *value_;
  }

  bool empty() const { return !value_ || value_->empty(); }

  // Strings: the conversions and comparisons call sites used on the std::string this replaced.
  operator std::string_view() const requires kIsText { return get(); }  // NOLINT
  const char* c_str() const requires kIsText { return get().c_str(); }
  size_t size() const requires kIsText { return get().size(); }
  friend bool operator==(const Boxed& a, std::string_view b) requires kIsText { return std::string_view(a.get()) == b; }
  friend std::string operator+(const Boxed& a, std::string_view b) requires kIsText {
    std::string joined = a.get();
    joined += b;
    return joined;
  }
  friend std::string operator+(std::string_view a, const Boxed& b) requires kIsText {
    std::string joined(a);
    joined += b.get();
    return joined;
  }

 private:
  // An empty value is stored as no value, so that a box assigned an empty string stays free.
  void Assign(T&& value) {
    if (value.empty()) {
      value_.reset();
    } else if (value_) {
      *value_ = std::move(value);
    } else {
      value_ = std::make_unique<T>(std::move(value));
    }
  }
  static const T& Default() {
    static const T kDefault{};
    return kDefault;
  }

  std::unique_ptr<T> value_;
};

}  // namespace teipress
