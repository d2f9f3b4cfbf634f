// A small streaming XML writer with deterministic, mixed-content-safe indentation: elements
// opened as blocks indent their children; inline elements and text never get added whitespace.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "output_buffer.h"

namespace teipress {

using Attributes = std::vector<std::pair<std::string, std::string>>;

// An attribute whose name and value are views: the strings must live until the tag is written
// (the end of the call). Writers of many elements (the converter's TEI) pass these to allocate
// nothing per element.
struct AttributeView {
  std::string_view name;
  std::string_view value;
};

// Attributes collected one by one as views, in a fixed array (no allocation); an element has at
// most kCapacity of them.
class AttributeViews {
 public:
  static constexpr size_t kCapacity = 8;
  void push_back(std::string_view name, std::string_view value);
  const AttributeView* begin() const { return items_.data(); }
  const AttributeView* end() const { return items_.data() + size_; }
  bool empty() const { return size_ == 0; }

 private:
  std::array<AttributeView, kCapacity> items_{};
  size_t size_ = 0;
};

class XmlWriter {
 public:
  XmlWriter();

  // Each element takes its attributes as owned strings (Attributes), as a braced list of views
  // ({{"type", "main"}}) or as AttributeViews.
  // An element whose children are elements only, each on its own indented line.
  void OpenBlock(std::string_view name, std::initializer_list<AttributeView> attributes = {});
  void OpenBlock(std::string_view name, const AttributeViews& attributes);
  void OpenBlock(std::string_view name, const Attributes& attributes);
  // An element on its own line whose content is mixed (text and inline elements).
  void OpenMixed(std::string_view name, std::initializer_list<AttributeView> attributes = {});
  void OpenMixed(std::string_view name, const AttributeViews& attributes);
  void OpenMixed(std::string_view name, const Attributes& attributes);
  // An element inside mixed content.
  void OpenInline(std::string_view name, std::initializer_list<AttributeView> attributes = {});
  void OpenInline(std::string_view name, const AttributeViews& attributes);
  void OpenInline(std::string_view name, const Attributes& attributes);
  void Close();
  // An empty element, placed according to the current context.
  void Empty(std::string_view name, std::initializer_list<AttributeView> attributes = {});
  void Empty(std::string_view name, const AttributeViews& attributes);
  void Empty(std::string_view name, const Attributes& attributes);
  void Text(std::string_view text);
  void Comment(std::string_view text);
  void ProcessingInstruction(std::string_view target, std::string_view data);

  // The document so far; call after closing every element.
  std::string Finish();

  static void Escape(std::string_view text, std::string& out, bool in_attribute);

 private:
  enum class Layout { kBlock, kMixed, kInline };
  enum class Kind { kBlock, kMixed, kInline, kEmpty };
  template <typename Range>
  void Element(std::string_view name, Kind kind, const Range& attributes);
  template <typename Range>
  void StartTag(std::string_view name, const Range& attributes, bool empty);
  void NewLineForChild();

  OutputBuffer out_;
  // An open element's name is that of its start tag in out_ (no copy of the name).
  struct Open {
    size_t name_offset;
    size_t name_length;
    Layout layout;
    bool has_children = false;
  };
  std::vector<Open> stack_;
};

}  // namespace teipress
