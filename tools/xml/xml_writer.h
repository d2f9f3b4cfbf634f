// A small streaming XML writer with deterministic, mixed-content-safe indentation: elements
// opened as blocks indent their children; inline elements and text never get added whitespace.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace teipress {

using Attributes = std::vector<std::pair<std::string, std::string>>;

class XmlWriter {
 public:
  XmlWriter();

  // An element whose children are elements only, each on its own indented line.
  void OpenBlock(std::string_view name, const Attributes& attributes = {});
  // An element on its own line whose content is mixed (text and inline elements).
  void OpenMixed(std::string_view name, const Attributes& attributes = {});
  // An element inside mixed content.
  void OpenInline(std::string_view name, const Attributes& attributes = {});
  void Close();
  // An empty element, placed according to the current context.
  void Empty(std::string_view name, const Attributes& attributes = {});
  void Text(std::string_view text);
  void Comment(std::string_view text);
  void ProcessingInstruction(std::string_view target, std::string_view data);

  // The document so far; call after closing every element.
  std::string Finish();

  static void Escape(std::string_view text, std::string& out, bool in_attribute);

 private:
  enum class Layout { kBlock, kMixed, kInline };
  void StartTag(std::string_view name, const Attributes& attributes, bool empty);
  void NewLineForChild();

  std::string out_;
  struct Open {
    std::string name;
    Layout layout;
    bool has_children = false;
  };
  std::vector<Open> stack_;
};

}  // namespace teipress
