#include "relaxng_grammar.h"

namespace teipress {

namespace {

// A local name no real name has: stands for "any other name" when probing for overlap.
constexpr std::string_view kImpossible("\0", 1);

void Probes(const NameClass& nc, std::vector<std::pair<std::string, std::string>>& probes) {
  switch (nc.kind) {
    case NameClass::Kind::kName:
      probes.emplace_back(nc.ns, nc.local);
      break;
    case NameClass::Kind::kNsName:
      probes.emplace_back(nc.ns, std::string(kImpossible));
      if (nc.except) Probes(*nc.except, probes);
      break;
    case NameClass::Kind::kAnyName:
      probes.emplace_back(std::string(kImpossible), std::string(kImpossible));
      if (nc.except) Probes(*nc.except, probes);
      break;
    case NameClass::Kind::kChoice:
      Probes(*nc.left, probes);
      Probes(*nc.right, probes);
      break;
  }
}

}  // namespace

bool NameClass::Contains(std::string_view name_ns, std::string_view name_local) const {
  switch (kind) {
    case Kind::kName:
      return ns == name_ns && local == name_local;
    case Kind::kNsName:
      return ns == name_ns && !(except && except->Contains(name_ns, name_local));
    case Kind::kAnyName:
      return !(except && except->Contains(name_ns, name_local));
    case Kind::kChoice:
      return left->Contains(name_ns, name_local) || right->Contains(name_ns, name_local);
  }
  return false;
}

// As jing's OverlapDetector: some name in both, among the names either lists, a name of each
// namespace either lists, and a name of no namespace either lists.
bool NameClass::Overlaps(const NameClass& other) const {
  if (other.kind == Kind::kName) return Contains(other.ns, other.local);
  if (kind == Kind::kName) return other.Contains(ns, local);
  std::vector<std::pair<std::string, std::string>> probes;
  Probes(*this, probes);
  Probes(other, probes);
  for (const auto& [probe_ns, probe_local] : probes) {
    if (Contains(probe_ns, probe_local) && other.Contains(probe_ns, probe_local)) return true;
  }
  return false;
}

bool NameClass::IsFinite() const {
  switch (kind) {
    case Kind::kName: return true;
    case Kind::kChoice: return left->IsFinite() && right->IsFinite();
    default: return false;
  }
}

void NameClass::CollectNames(std::vector<std::pair<std::string, std::string>>& names) const {
  switch (kind) {
    case Kind::kName:
      names.emplace_back(ns, local);
      break;
    case Kind::kChoice:
      left->CollectNames(names);
      right->CollectNames(names);
      break;
    default:
      break;
  }
}

IdType Grammar::IdTypeOf(const std::string& element, const std::string& attribute) const {
  auto found = id_types_.find({element, attribute});
  return found == id_types_.end() ? IdType::kNone : found->second;
}

const std::vector<std::string>& Grammar::NamespacesOfElement(const std::string& local) const {
  static const std::vector<std::string> kNone;
  auto found = element_namespaces_.find(local);
  return found == element_namespaces_.end() ? kNone : found->second;
}

std::string ExpandedName(std::string_view ns, std::string_view local) {
  std::string out;
  out.reserve(ns.size() + local.size() + 2);
  out += '{';
  out += ns;
  out += '}';
  out += local;
  return out;
}

}  // namespace teipress
