#include "relaxng_validator.h"

#include "xml_reader.h"

namespace teipress {

std::unique_ptr<RelaxNgSchema> RelaxNgSchema::Compile(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();
  auto schema = std::unique_ptr<RelaxNgSchema>(new RelaxNgSchema());
  schema->path_ = path;
  std::vector<Diagnostic> errors;
  {
    XmlErrorCollector collector(path, errors, "schema.compile");
    RelaxNgParserCtxtPtr parser(xmlRelaxNGNewParserCtxt(path.c_str()));
    if (parser) schema->schema_.reset(xmlRelaxNGParse(parser.get()));
  }
  if (!schema->schema_) {
    diagnostics.insert(diagnostics.end(), errors.begin(), errors.end());
    diagnostics.push_back({path, 0, 0, Severity::kError,
                           "cannot compile the RELAX NG schema; check the path and that it is RELAX NG XML syntax",
                           "schema.compile"});
    return nullptr;
  }
  return schema;
}

bool RelaxNgSchema::Validate(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics) const {
  std::vector<Diagnostic> errors;
  int result;
  {
    XmlErrorCollector collector(file, errors, "relaxng");
    RelaxNgValidCtxtPtr context(xmlRelaxNGNewValidCtxt(schema_.get()));
    if (!context) return false;
    result = xmlRelaxNGValidateDoc(context.get(), document);
  }
  for (Diagnostic& d : errors) {
    d.file = file;
    // libxml2 puts the element's line in `line`; the column is not known for validity errors.
    diagnostics.push_back(std::move(d));
  }
  return result == 0;
}

}  // namespace teipress
