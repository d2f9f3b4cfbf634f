// RAII owners for libxml2 and libxslt objects: every object the C libraries hand us is
// held by one of these, so no code path (early return, exception) can leak or double-free.
#pragma once

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/security.h>

#include <memory>
#include <string>

namespace teipress {

template <typename T, void (*Free)(T*)>
struct CFree {
  void operator()(T* p) const noexcept {
    if (p) Free(p);
  }
};

using XmlDocPtr = std::unique_ptr<xmlDoc, CFree<xmlDoc, xmlFreeDoc>>;
using XmlParserCtxtPtr = std::unique_ptr<xmlParserCtxt, CFree<xmlParserCtxt, xmlFreeParserCtxt>>;
using RelaxNgParserCtxtPtr =
    std::unique_ptr<xmlRelaxNGParserCtxt, CFree<xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt>>;
using RelaxNgPtr = std::unique_ptr<xmlRelaxNG, CFree<xmlRelaxNG, xmlRelaxNGFree>>;
using RelaxNgValidCtxtPtr =
    std::unique_ptr<xmlRelaxNGValidCtxt, CFree<xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt>>;
using XPathContextPtr = std::unique_ptr<xmlXPathContext, CFree<xmlXPathContext, xmlXPathFreeContext>>;
using XPathObjectPtr = std::unique_ptr<xmlXPathObject, CFree<xmlXPathObject, xmlXPathFreeObject>>;
using XsltStylesheetPtr = std::unique_ptr<xsltStylesheet, CFree<xsltStylesheet, xsltFreeStylesheet>>;
using XsltTransformCtxtPtr =
    std::unique_ptr<xsltTransformContext, CFree<xsltTransformContext, xsltFreeTransformContext>>;
using XsltSecurityPrefsPtr =
    std::unique_ptr<xsltSecurityPrefs, CFree<xsltSecurityPrefs, xsltFreeSecurityPrefs>>;
using XmlBufferPtr = std::unique_ptr<xmlBuffer, CFree<xmlBuffer, xmlBufferFree>>;

inline void FreeXmlChars(xmlChar* p) { xmlFree(p); }
using XmlCharsPtr = std::unique_ptr<xmlChar, CFree<xmlChar, FreeXmlChars>>;

// libxml2 strings are UTF-8 `unsigned char*`; these keep the casts in one place.
inline const char* AsChars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }
inline const xmlChar* AsXmlChars(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
inline std::string TakeString(XmlCharsPtr p) { return p ? std::string(AsChars(p.get())) : std::string(); }
// An XPath extension function's next argument, as a string (XPath's string() of whatever was passed).
inline std::string PopXPathString(xmlXPathParserContextPtr ctxt) {
  return TakeString(XmlCharsPtr(xmlXPathPopString(ctxt)));
}

}  // namespace teipress
