// Document-model nodes that the converter's unit tests build by hand.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "document_model.h"

namespace teipress::testing {

// Body nodes for documents that unit tests build by hand.
inline Node Leaf(BlockKind kind, Inlines content, SegType seg_type = SegType::kNone) {
  Node node;
  node.type = Node::Type::kBlock;
  node.block.kind = kind;
  node.block.seg_type = seg_type;
  node.block.content = std::move(content);
  return node;
}

inline Node Container(Node::Type type, std::vector<Node> children, DivisionType division = DivisionType::kDocument) {
  Node node;
  node.type = type;
  node.division = division;
  node.children = std::move(children);
  return node;
}

}  // namespace teipress::testing
