// The namespaces of ISO Schematron, of its report language SVRL and of the engine's own additions,
// and the prefixes the generated stylesheets bind them to.
#pragma once

#include "xpath_extensions.h"

namespace teipress {

inline constexpr const char* kSchematronNamespace = "http://purl.oclc.org/dsdl/schematron";
inline constexpr const char* kSvrlNamespace = "http://purl.oclc.org/dsdl/svrl";
// Attributes the compiled stylesheet adds to SVRL findings (line, diagnostic rule id).
inline constexpr const char* kSvrlExtensionNamespace = "urn:teipress:svrl";
inline constexpr const char* kXslNamespace = "http://www.w3.org/1999/XSL/Transform";

// Prefixes the generated stylesheet needs for itself; a schema may bind them only to these URIs.
struct ReservedPrefix {
  const char* prefix;
  const char* uri;
};
inline constexpr ReservedPrefix kXslPrefix = {"xsl", kXslNamespace};
inline constexpr ReservedPrefix kSvrlPrefix = {"svrl", kSvrlNamespace};
inline constexpr ReservedPrefix kSvrlExtensionPrefix = {"teipress-svrl", kSvrlExtensionNamespace};
inline constexpr ReservedPrefix kEnginePrefix = {"teipress-engine", kXPathExtensionsNamespace};
inline constexpr ReservedPrefix kReservedPrefixes[] = {kXslPrefix, kSvrlPrefix, kSvrlExtensionPrefix, kEnginePrefix};

}  // namespace teipress
