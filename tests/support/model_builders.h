// Document-model nodes that the converter's unit tests build by hand.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "document_model.h"

namespace teipress::testing {

// Body nodes for documents that unit tests build by hand.
inline Node Leaf(BlockKind kind, Inlines content, std::string subtype = "") {
  Node node;
  node.type = Node::Type::kBlock;
  node.block.kind = kind;
  node.block.subtype = std::move(subtype);
  node.block.content = std::move(content);
  return node;
}

inline Node Container(Node::Type type, std::vector<Node> children, std::string division_type = "") {
  Node node;
  node.type = type;
  node.division_type = std::move(division_type);
  node.children = std::move(children);
  return node;
}

}  // namespace teipress::testing
