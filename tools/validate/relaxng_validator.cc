#include "relaxng_validator.h"

#include <libxml/valid.h>

#include "diagnostic_catalog.h"
#include "relaxng_engine.h"
#include "relaxng_explainer.h"
#include "relaxng_jing_alignment.h"
#include "source_columns.h"
#include "xml_reader.h"

namespace teipress {

namespace {

void CollectValidityError(void* context, xmlErrorPtr error) {
  if (!error) return;
  RelaxNgError raw;
  raw.code = error->code;
  raw.node = static_cast<xmlNodePtr>(error->node);
  raw.str1 = error->str1 ? error->str1 : "";
  raw.str2 = error->str2 ? error->str2 : "";
  raw.message = error->message ? error->message : "";
  while (!raw.message.empty() && (raw.message.back() == '\n' || raw.message.back() == ' ')) raw.message.pop_back();
  raw.line = error->line;
  static_cast<std::vector<RelaxNgError>*>(context)->push_back(std::move(raw));
}

// The parser registers every xml:id as an ID (the xml:id recommendation), also inside foreign
// vocabularies such as TEI's egXML examples, and then refuses a later TEI element with the same
// value. jing only counts the attributes the schema types as xsd:ID, which libxml2's RELAX NG
// registers again while validating; so the parser's registrations are forgotten first.
void ForgetParserIds(xmlDocPtr document, xmlNodePtr node) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) {
      if (attribute->atype == XML_ATTRIBUTE_ID) {
        xmlRemoveID(document, attribute);
        attribute->atype = static_cast<xmlAttributeType>(0);
      }
    }
    ForgetParserIds(document, node->children);
  }
}

}  // namespace

std::optional<RelaxNgEngineKind> RelaxNgEngineNamed(const std::string& name) {
  if (name == "teipress") return RelaxNgEngineKind::kTeipress;
  if (name == "libxml2") return RelaxNgEngineKind::kLibxml2;
  return std::nullopt;
}

RelaxNgSchema::~RelaxNgSchema() = default;

std::unique_ptr<RelaxNgSchema> RelaxNgSchema::Compile(const std::string& path, std::vector<Diagnostic>& diagnostics,
                                                      RelaxNgEngineKind engine) {
  InitializeXmlLibraries();
  auto schema = std::unique_ptr<RelaxNgSchema>(new RelaxNgSchema());
  schema->path_ = path;
  schema->engine_ = engine;
  if (engine == RelaxNgEngineKind::kTeipress) {
    schema->own_ = RelaxNgEngine::Compile(path, diagnostics);
    if (!schema->own_) {
      diagnostics.push_back({path, 0, 0, Severity::kError,
                             "cannot compile the RELAX NG schema; check the path and that it is RELAX NG XML syntax",
                             rules::kSchemaCompile});
      return nullptr;
    }
    return schema;
  }
  std::vector<Diagnostic> errors;
  XmlDocPtr grammar = ReadXmlFile(path, errors);
  if (grammar) {
    schema->index_ = std::make_unique<RelaxNgGrammarIndex>(grammar.get());
    AlignDatatypesWithJing(grammar.get());
    XmlErrorCollector collector(path, errors, rules::kSchemaCompile);
    // The parser context works on its own copy of `grammar`.
    RelaxNgParserCtxtPtr parser(xmlRelaxNGNewDocParserCtxt(grammar.get()));
    if (parser) schema->schema_.reset(xmlRelaxNGParse(parser.get()));
  }
  if (!schema->schema_) {
    diagnostics.insert(diagnostics.end(), errors.begin(), errors.end());
    diagnostics.push_back({path, 0, 0, Severity::kError,
                           "cannot compile the RELAX NG schema; check the path and that it is RELAX NG XML syntax",
                           rules::kSchemaCompile});
    return nullptr;
  }
  return schema;
}

bool RelaxNgSchema::ValidateFile(const std::string& path, std::vector<Diagnostic>& diagnostics) const {
  if (own_) return own_->ValidateFile(path, diagnostics);
  XmlDocPtr document = ReadXmlFile(path, diagnostics);
  return document && Validate(document.get(), path, diagnostics);
}

bool RelaxNgSchema::Validate(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics) const {
  if (own_) return own_->ValidateDocument(document, file, diagnostics);
  ForgetParserIds(document, xmlDocGetRootElement(document));
  std::vector<RelaxNgError> raw;
  std::vector<Diagnostic> other;
  int result;
  {
    XmlErrorCollector collector(file, other, rules::kRelaxNg);
    RelaxNgValidCtxtPtr context(xmlRelaxNGNewValidCtxt(schema_.get()));
    if (!context) {
      diagnostics.push_back({file, 0, 0, Severity::kError, "out of memory creating a validation context",
                             rules::kXmlOutOfMemory});
      return false;
    }
    xmlRelaxNGSetValidStructuredErrors(context.get(), CollectValidityError, &raw);
    result = xmlRelaxNGValidateDoc(context.get(), document);
  }
  std::vector<Diagnostic> explained =
      ExplainRelaxNgErrors(raw, *index_, document, file, raw.empty() ? std::vector<std::string>() : ReadSourceLines(file));
  for (Diagnostic& d : other) {
    d.file = file;
    explained.push_back(std::move(d));
  }
  if (result != 0 && !HasErrors(explained)) {
    explained.push_back({file, 0, 0, Severity::kError, "the document is not valid against " + path_, rules::kRelaxNg});
  }
  diagnostics.insert(diagnostics.end(), explained.begin(), explained.end());
  return result == 0;
}

}  // namespace teipress
