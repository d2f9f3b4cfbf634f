#include "document_model.h"

namespace teipress {

// The TEI names of the model's kinds, in one place (the writer and the tests use them).

const char* SegTypeName(SegType type) {
  switch (type) {
    case SegType::kNone: return "";
    case SegType::kIssuer: return "issuer";
    case SegType::kNumber: return "number";
    case SegType::kClassification: return "classification";
    case SegType::kRouting: return "routing";
    case SegType::kDistribution: return "distribution";
    case SegType::kCopy: return "copy";
    case SegType::kSubject: return "subject";
    case SegType::kEnclosure: return "enclosure";
    case SegType::kTypist: return "typist";
    case SegType::kDrafter: return "drafter";
    case SegType::kStamp: return "stamp";
    case SegType::kHandwritten: return "handwritten";
  }
  return "";
}

const char* HeadingTypeName(HeadingType type) {
  switch (type) {
    case HeadingType::kPlain: return "";
    case HeadingType::kExcerpt: return "excerpt";
    case HeadingType::kSub: return "sub";
  }
  return "";
}

const char* ListTypeName(ListType type) {
  switch (type) {
    case ListType::kNone: return "";
    case ListType::kNumbered: return "numbered";
    case ListType::kLettered: return "lettered";
    case ListType::kRoman: return "roman";
    case ListType::kDash: return "dash";
    case ListType::kDistribution: return "distribution";
  }
  return "";
}

const char* DivisionTypeName(DivisionType type) {
  switch (type) {
    case DivisionType::kDocument: return "document";
    case DivisionType::kDecision: return "decision";
    case DivisionType::kItem: return "item";
    case DivisionType::kAttachment: return "attachment";
    case DivisionType::kEntry: return "entry";
    case DivisionType::kSection: return "section";
    case DivisionType::kConversation: return "conversation";
    case DivisionType::kFootnotes: return "footnotes";
  }
  return "document";
}

const char* CorrespondenceActionName(CorrespondenceAction::Type type) {
  switch (type) {
    case CorrespondenceAction::Type::kSent: return "sent";
    case CorrespondenceAction::Type::kReceived: return "received";
    case CorrespondenceAction::Type::kTransmitted: return "transmitted";
  }
  return "sent";
}

const char* BlockSubtypeName(const Block& block) {
  switch (block.kind) {
    case BlockKind::kSeg: return SegTypeName(block.seg_type);
    case BlockKind::kHeading: return HeadingTypeName(block.heading_type);
    case BlockKind::kListItem: return ListTypeName(block.list_type);
    default: return "";
  }
}

}  // namespace teipress
