#include "frus_splitter.h"

#include <string_view>

#include <boost/filesystem/path.hpp>

#include "diagnostic_catalog.h"
#include "file_io.h"
#include "generation_mark.h"
#include "tei_output.h"
#include "xml_reader.h"

namespace teipress {

namespace {

constexpr const char* kTeiNs = "http://www.tei-c.org/ns/1.0";

bool IsTei(xmlNodePtr node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kTeiNs)) &&
         xmlStrEqual(node->name, AsXmlChars(name));
}

std::string Property(xmlNodePtr node, const char* name, const xmlChar* ns = nullptr) {
  return TakeString(XmlCharsPtr(ns ? xmlGetNsProp(node, AsXmlChars(name), ns) : xmlGetNoNsProp(node, AsXmlChars(name))));
}

// The id becomes part of a file name: only characters that cannot leave the output directory.
bool IsSafeFileName(const std::string& id) {
  if (id.empty() || id.size() > 100 || id[0] == '.') return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

bool IsDocumentDiv(xmlNodePtr node) { return IsTei(node, "div") && Property(node, "type") == "document"; }

void CollectDocuments(xmlNodePtr node, std::vector<xmlNodePtr>& into) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (IsDocumentDiv(node)) into.push_back(node);  // not below: a nested document stays in its parent
    else CollectDocuments(node->children, into);
  }
}

// The text of `node` without its notes (footnote text is not part of a title).
void AppendText(xmlNodePtr node, std::string& out) {
  for (; node; node = node->next) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content) out += AsChars(node->content);
    } else if (node->type == XML_ELEMENT_NODE && !IsTei(node, "note")) {
      AppendText(node->children, out);
    }
  }
}

// Runs of white space as one space; the source's indentation (white space with a line break in
// it) between a bracket and what it encloses, or before closing punctuation, as none, as the
// editions print it: "(\n  <persName>Steere</persName>\n)" is "(Steere)".
std::string CollapseSpaces(const std::string& text) {
  std::string out;
  bool space = false, line_break = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      line_break = line_break || c == '\n';
    } else {
      const bool after_opening = !out.empty() && std::string_view("([{").find(out.back()) != std::string_view::npos;
      const bool before_closing = std::string_view(",.;:!?)]}").find(c) != std::string_view::npos;
      if (space && !(line_break && (after_opening || before_closing))) out += ' ';
      space = line_break = false;
      out += c;
    }
  }
  return out;
}

std::string Title(xmlNodePtr div) {
  for (xmlNodePtr child = div->children; child; child = child->next) {
    if (IsTei(child, "head")) {
      std::string text;
      AppendText(child->children, text);
      return CollapseSpaces(text);
    }
  }
  return "";
}

xmlNodePtr AddElement(xmlNodePtr parent, xmlNsPtr ns, const char* name, const std::string& text = "") {
  xmlNodePtr element = xmlNewChild(parent, ns, AsXmlChars(name), nullptr);
  if (!text.empty()) xmlNodeAddContent(element, AsXmlChars(text.c_str()));  // escaped on output
  return element;
}

XmlDocPtr Standalone(xmlNodePtr div, const std::string& title, const std::string& source) {
  XmlDocPtr tei(xmlNewDoc(AsXmlChars("1.0")));
  xmlNodePtr root = xmlNewDocNode(tei.get(), nullptr, AsXmlChars("TEI"), nullptr);
  xmlDocSetRootElement(tei.get(), root);
  xmlNsPtr ns = xmlNewNs(root, AsXmlChars(kTeiNs), nullptr);
  xmlSetNs(root, ns);
  xmlNodePtr file_desc = AddElement(AddElement(root, ns, "teiHeader"), ns, "fileDesc");
  AddElement(AddElement(file_desc, ns, "titleStmt"), ns, "title", title);
  AddElement(AddElement(file_desc, ns, "publicationStmt"), ns, "p", "Split by teipress from " + source + ".");
  AddElement(AddElement(file_desc, ns, "sourceDesc"), ns, "p", source);
  xmlNodePtr body = AddElement(AddElement(root, ns, "text"), ns, "body");
  // The copy takes the namespaces it uses along (declared again on the copy where needed).
  xmlNodePtr copy = xmlDocCopyNode(div, tei.get(), 1);
  if (copy) xmlAddChild(body, copy);
  xmlReconciliateNs(tei.get(), root);
  return tei;
}

}  // namespace

std::vector<SplitDocument> SplitVolume(xmlDocPtr volume, const std::string& volume_name) {
  std::vector<SplitDocument> documents;
  std::vector<xmlNodePtr> divs;
  CollectDocuments(xmlDocGetRootElement(volume), divs);
  for (size_t i = 0; i < divs.size(); ++i) {
    SplitDocument document;
    document.id = Property(divs[i], "id", XML_XML_NAMESPACE);
    if (!IsSafeFileName(document.id)) document.id = "doc" + std::to_string(i + 1);
    document.title = Title(divs[i]);
    if (document.title.empty()) document.title = "Document " + std::to_string(i + 1) + " of " + volume_name;
    document.tei = Standalone(divs[i], document.title, volume_name + ", document " + document.id);
    documents.push_back(std::move(document));
  }
  return documents;
}

int SplitVolumeFile(const std::string& volume_path, const std::string& output_dir, std::vector<Diagnostic>& diagnostics,
                    bool force) {
  XmlDocPtr volume = ReadXmlFile(volume_path, diagnostics);
  if (!volume || !CheckTeiRoot(volume.get(), volume_path, diagnostics)) return -1;
  const std::string stem = boost::filesystem::path(volume_path).stem().string();
  std::vector<SplitDocument> documents = SplitVolume(volume.get(), stem);
  if (documents.empty()) {
    diagnostics.push_back({volume_path, 0, 0, Severity::kWarning,
                           "no <div type=\"document\"> found; nothing was written (is this a FRUS volume?)",
                           rules::kSplitNoDocuments});
  }
  int written = 0;
  const std::string replace_command =
      "teipress split --force -o " + (output_dir.empty() ? std::string(".") : output_dir) + " " + volume_path;
  for (const SplitDocument& document : documents) {
    xmlChar* dumped = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(document.tei.get(), &dumped, &size, "UTF-8");
    XmlCharsPtr owned(dumped);
    const boost::filesystem::path path = boost::filesystem::path(output_dir) / (stem + "-" + document.id + ".xml");
    if (!owned) {
      diagnostics.push_back({path.string(), 0, 0, Severity::kError, "cannot write: out of memory", rules::kIoWrite});
      return -1;
    }
    // Editors refine split files as they do converted ones: the mark tells a later split whether
    // the file is still what it wrote.
    const std::string tei = AddGenerationMark(std::string_view(AsChars(owned.get()), static_cast<size_t>(size)));
    switch (WriteGeneratedTei(path.string(), tei, force, diagnostics, replace_command)) {
      case TeiWriteOutcome::kWritten:
      case TeiWriteOutcome::kUpToDate:
        ++written;
        break;
      case TeiWriteOutcome::kKeptEdited:
        break;
      case TeiWriteOutcome::kFailed:
        return -1;
    }
  }
  return written;
}

}  // namespace teipress
