#include "xml_mutator.h"

#include <array>
#include <memory>
#include <random>

namespace teipress {

namespace {

using UnlinkedNodePtr = std::unique_ptr<xmlNode, CFree<xmlNode, xmlFreeNode>>;

enum class Mutation {
  kRemoveElement,
  kUnknownElement,
  kBadAttributeValue,
  kSwapWithPreviousSibling,
  kUnknownAttribute,
  kDuplicateElement,
  kRemoveAttribute,
  kStrayText,
};
constexpr std::array<Mutation, 8> kMutations = {
    Mutation::kRemoveElement,     Mutation::kUnknownElement,   Mutation::kBadAttributeValue,
    Mutation::kSwapWithPreviousSibling, Mutation::kUnknownAttribute, Mutation::kDuplicateElement,
    Mutation::kRemoveAttribute,   Mutation::kStrayText,
};
// Values that fail most datatypes and closed lists, and one that looks almost right.
constexpr std::array<const char*, 4> kBadValues = {"no such value", "", "1951-13-45", "#"};

void CollectElements(xmlNodePtr node, std::vector<xmlNodePtr>& into) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    into.push_back(node);
    CollectElements(node->children, into);
  }
}

std::vector<xmlNodePtr> Elements(xmlDocPtr document) {
  std::vector<xmlNodePtr> elements;
  CollectElements(xmlDocGetRootElement(document), elements);
  return elements;
}

xmlNodePtr PreviousElement(xmlNodePtr node) {
  for (xmlNodePtr sibling = node->prev; sibling; sibling = sibling->prev) {
    if (sibling->type == XML_ELEMENT_NODE) return sibling;
  }
  return nullptr;
}

std::string Where(xmlNodePtr node) {
  return "<" + std::string(AsChars(node->name)) + "> (line " + std::to_string(xmlGetLineNo(node)) + ")";
}

// Applies `mutation` to `target` (an element of `document`); returns the label, or empty when
// the mutation does not apply there.
std::string Apply(Mutation mutation, xmlNodePtr target, std::uint32_t choice) {
  const bool is_root = target->parent && target->parent->type == XML_DOCUMENT_NODE;
  switch (mutation) {
    case Mutation::kRemoveElement: {
      if (is_root) return "";
      const std::string label = "remove " + Where(target);
      xmlUnlinkNode(target);
      UnlinkedNodePtr removed(target);  // unlinked: the document no longer owns it
      return label;
    }
    case Mutation::kUnknownElement: {
      xmlNodePtr unknown = xmlNewDocNode(target->doc, target->ns, AsXmlChars("teipressUnknown"), nullptr);
      xmlAddChild(target, unknown);
      return "unknown element in " + Where(target);
    }
    case Mutation::kBadAttributeValue: {
      // Not xml:id: libxml2's parser itself refuses an xml:id that is not an NCName.
      xmlAttrPtr attribute = target->properties;
      while (attribute && attribute->ns && xmlStrEqual(attribute->name, AsXmlChars("id"))) attribute = attribute->next;
      if (!attribute) return "";
      const char* value = kBadValues[choice % kBadValues.size()];
      xmlSetNsProp(target, attribute->ns, attribute->name, AsXmlChars(value));
      return "value '" + std::string(value) + "' for @" + AsChars(attribute->name) + " of " + Where(target);
    }
    case Mutation::kSwapWithPreviousSibling: {
      xmlNodePtr previous = PreviousElement(target);
      if (!previous) return "";
      const std::string label = "move " + Where(target) + " before <" + AsChars(previous->name) + ">";
      xmlUnlinkNode(target);
      xmlAddPrevSibling(previous, target);
      return label;
    }
    case Mutation::kUnknownAttribute:
      xmlSetProp(target, AsXmlChars("teipressUnknown"), AsXmlChars("1"));
      return "unknown attribute on " + Where(target);
    case Mutation::kDuplicateElement: {
      if (is_root) return "";
      xmlNodePtr copy = xmlDocCopyNode(target, target->doc, 1);
      if (!copy) return "";
      xmlAddNextSibling(target, copy);
      // A copied xml:id would make the variant invalid for a less interesting reason.
      xmlAttrPtr id = xmlHasNsProp(copy, AsXmlChars("id"), XML_XML_NAMESPACE);
      if (id) xmlRemoveProp(id);
      return "duplicate " + Where(target);
    }
    case Mutation::kRemoveAttribute: {
      if (!target->properties) return "";
      const std::string label = "remove @" + std::string(AsChars(target->properties->name)) + " of " + Where(target);
      xmlRemoveProp(target->properties);
      return label;
    }
    case Mutation::kStrayText: {
      xmlNodePtr text = xmlNewDocText(target->doc, AsXmlChars("stray text"));
      if (target->children) xmlAddPrevSibling(target->children, text);
      else xmlAddChild(target, text);
      return "text at the start of " + Where(target);
    }
  }
  return "";
}

}  // namespace

std::vector<XmlMutant> MutateXml(xmlDocPtr document, size_t count, std::uint32_t seed) {
  std::vector<XmlMutant> mutants;
  if (!document || !xmlDocGetRootElement(document)) return mutants;
  const size_t element_count = Elements(document).size();
  std::mt19937 random(seed);  // mt19937's sequence is fixed by the standard: same variants everywhere
  for (size_t attempt = 0; mutants.size() < count && attempt < count * 20; ++attempt) {
    const Mutation mutation = kMutations[attempt % kMutations.size()];
    const std::uint32_t pick = static_cast<std::uint32_t>(random());
    const std::uint32_t choice = static_cast<std::uint32_t>(random());
    XmlDocPtr copy(xmlCopyDoc(document, 1));
    if (!copy) break;
    std::vector<xmlNodePtr> elements = Elements(copy.get());
    if (elements.size() != element_count || elements.empty()) break;
    const std::string label = Apply(mutation, elements[pick % elements.size()], choice);
    if (label.empty()) continue;
    xmlChar* dumped = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(copy.get(), &dumped, &size, "UTF-8");
    XmlCharsPtr owned(dumped);
    if (!owned) continue;
    mutants.push_back({label, std::string(AsChars(owned.get()), static_cast<size_t>(size))});
  }
  return mutants;
}

}  // namespace teipress
