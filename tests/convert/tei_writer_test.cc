// Unit tests of the TEI writer on hand-built documents: header fields, note encodings and the
// type of embedded documents (docs/encoding.md).
#include "tei_writer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model_builders.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

using testing::XPathCount;
using testing::XPathString;

Inline T(std::string text) { return Inline::Text(std::move(text)); }

using testing::Leaf;

using testing::Container;

Document Minimal(std::vector<Node> division) {
  Document document;
  document.envelope.record_id = "900200";
  document.envelope.title = "Spec example";
  document.body.push_back(Container(Node::Type::kDivision, std::move(division), DivisionType::kDocument));
  return document;
}

XmlDocPtr Parse(const std::string& tei) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(tei, "t.xml", diagnostics);
  EXPECT_TRUE(document) << tei;
  return document;
}

TEST(TeiWriterTest, HeaderFields) {
  Document document = Minimal({Leaf(BlockKind::kParagraph, {T("Body.")})});
  Envelope& e = document.envelope;
  e.date_line = "March 1966";
  e.date.when = "1966-03";
  e.url = "http://digitalarchive.wilsoncenter.org/document/900200";
  e.citation = "\u201CSpec example,\u201D March 1966, History and Public Policy Program Digital Archive.";
  e.summary = "Stalin [Filippov] agrees.";
  e.original_language = "Korean";
  e.language_code = "ko";
  e.contents = {"English Translation", "Original Scan"};
  XmlDocPtr tei = Parse(WriteTei(document));
  ASSERT_TRUE(tei);
  EXPECT_EQ(XPathString(tei.get(), "string(/tei:TEI/@xml:id)"), "wcda-900200");
  EXPECT_EQ(XPathString(tei.get(), "string(/tei:TEI/@xml:lang)"), "en");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:publicationStmt/tei:idno[@type='record'])"), "900200");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:publicationStmt/tei:idno[@type='URI'])"), e.url);
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:sourceDesc/tei:bibl[@type='citation'])"), e.citation);
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:profileDesc/tei:creation/tei:date/@when)"), "1966-03");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:profileDesc/tei:creation/tei:date)"), "March 1966");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:abstract/tei:p)"), "Stalin [Filippov] agrees.");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:langUsage/tei:language[@ident='ko'])"), "Korean (original language)");
  EXPECT_EQ(XPathCount(tei.get(), "//tei:langUsage/tei:language[@ident='en']"), 1);
  EXPECT_EQ(XPathCount(tei.get(), "//tei:sourceDesc/tei:list[@type='contents']/tei:item"), 2);
  EXPECT_EQ(XPathCount(tei.get(), "//tei:respStmt[@xml:id='editor']"), 1);
  EXPECT_EQ(XPathCount(tei.get(), "//tei:respStmt[@xml:id='translator']"), 1);
  EXPECT_EQ(XPathCount(tei.get(), "//tei:respStmt[@xml:id='encoder']"), 1);
}

TEST(TeiWriterTest, UndatedDocumentHasNoCreationDate) {
  XmlDocPtr tei = Parse(WriteTei(Minimal({Leaf(BlockKind::kParagraph, {T("Body.")})})));
  ASSERT_TRUE(tei);
  EXPECT_EQ(XPathCount(tei.get(), "//tei:creation"), 0);
  // Without an Original Language section: English only, not called a translation.
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:langUsage/tei:language[@ident='en'])"), "English");
}

TEST(TeiWriterTest, ArchivalSourceAndPublishedSource) {
  Document document = Minimal({Leaf(BlockKind::kParagraph, {T("Body.")})});
  SourceReference archival;
  archival.printed = "APRF, Fond 3, Opis 65";
  archival.repository_ref = "APRF";
  archival.repository_name = "Archive of the President of the Russian Federation";
  archival.identifiers = {{"fond", "3"}, {"opis", "65"}};
  SourceReference published;
  published.kind = SourceReference::Kind::kPublished;
  published.printed = "Collected Documents [Vol. 2], 112-131";
  document.envelope.sources = {archival, published};
  XmlDocPtr tei = Parse(WriteTei(document));
  ASSERT_TRUE(tei);
  const std::string ms = "//tei:listBibl[@type='archival']/tei:msDesc/tei:msIdentifier";
  EXPECT_EQ(XPathString(tei.get(), "string(" + ms + "/tei:repository/@ref)"), "#APRF");
  EXPECT_EQ(XPathString(tei.get(), "string(" + ms + "/tei:idno[@type='fond'])"), "3");
  EXPECT_EQ(XPathString(tei.get(), "string(" + ms + "/tei:idno[@type='opis'])"), "65");
  EXPECT_EQ(XPathString(tei.get(), "string(" + ms + "/tei:altIdentifier[@type='printed']/tei:idno[@type='shelfmark'])"),
            "APRF, Fond 3, Opis 65");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:listBibl[@type='archival']/tei:bibl)"),
            "Collected Documents [Vol. 2], 112-131");
}

// docs/encoding.md: floatingText[@type='telegram'|'letter'|'document']; spec ("Embedded
// documents"): telegram when its opener has classification or routing lines; else letter when it
// has a closing formula; else telegram when it has address lines; otherwise document.
struct FloatingCase {
  std::string label;
  std::vector<Node> children;
  std::string expected;
};

TEST(TeiWriterTest, FloatingTextTypeFollowsTheSpec) {
  const std::vector<FloatingCase> cases = {
      {"quoted message without header or formula",
       {Container(Node::Type::kOpener, {Leaf(BlockKind::kSalute, {T("\"Comrade Kim!")})}),
        Leaf(BlockKind::kParagraph, {T("We agree with your proposal.")}),
        Container(Node::Type::kCloser, {Leaf(BlockKind::kSigned, {T("Filippov.\"")})})},
       "document"},
      {"opener with a classification line",
       {Container(Node::Type::kOpener, {Leaf(BlockKind::kSeg, {T("SECRET")}, SegType::kClassification)}),
        Leaf(BlockKind::kParagraph, {T("We agree with your proposal.")})},
       "telegram"},
      {"opener with a routing line",
       {Container(Node::Type::kOpener, {Leaf(BlockKind::kSeg, {T("Sent 3:05 am")}, SegType::kRouting)}),
        Leaf(BlockKind::kParagraph, {T("We agree.")})},
       "telegram"},
      {"opener with an address line",
       {Container(Node::Type::kOpener, {Leaf(BlockKind::kAddressLine, {T("BEIJING")})}),
        Leaf(BlockKind::kParagraph, {T("We agree.")})},
       "telegram"},
      {"closing formula",
       {Leaf(BlockKind::kParagraph, {T("We ask you to receive the students.")}),
        Container(Node::Type::kCloser, {Leaf(BlockKind::kClosingSalute, {T("With socialist greetings,")}),
                                        Leaf(BlockKind::kSigned, {T("KIM IL SUNG")})})},
       "letter"},
      {"address line and closing formula: a letter",
       {Container(Node::Type::kOpener, {Leaf(BlockKind::kAddressLine, {T("Moscow, Kremlin.")})}),
        Leaf(BlockKind::kParagraph, {T("We ask you to receive the students.")}),
        Container(Node::Type::kCloser, {Leaf(BlockKind::kClosingSalute, {T("With deep respect and gratitude,")})})},
       "letter"},
      {"neither", {Leaf(BlockKind::kParagraph, {T("A table of deliveries.")})}, "document"},
  };
  for (const FloatingCase& c : cases) {
    SCOPED_TRACE(c.label);
    Document document = Minimal({Leaf(BlockKind::kParagraph, {T("Before.")})});
    document.body.push_back(Container(
        Node::Type::kDivision, {Container(Node::Type::kFloatingText, c.children)}, DivisionType::kAttachment));
    XmlDocPtr tei = Parse(WriteTei(document));
    ASSERT_TRUE(tei);
    EXPECT_EQ(XPathString(tei.get(), "string(//tei:floatingText/@type)"), c.expected);
    EXPECT_EQ(XPathCount(tei.get(), "//tei:floatingText/tei:body"), 1);
  }
}

TEST(TeiWriterTest, NoteAttributes) {
  auto note = [](NoteKind kind, const std::string& text, bool glued = false) {
    Inline run;
    run.type = Inline::Type::kNote;
    run.note_kind = kind;
    run.text = text;
    run.children = {T(text)};
    run.glued = glued;
    return run;
  };
  Inline footnote;
  footnote.type = Inline::Type::kFootnote;
  footnote.label = "4";
  footnote.marker = FootnoteMarker::kParen;
  footnote.listed_as = FootnoteLabel::kBare;
  footnote.glued = true;
  footnote.by_translator = true;
  footnote.children = {T("The others.")};
  Inline pseudonym = note(NoteKind::kPseudonym, "Stalin");
  pseudonym.base = {T("FILIPPOV")};
  pseudonym.base_ref = "stalin";
  pseudonym.base_kind = NameKind::kPerson;
  Inline term = note(NoteKind::kOriginalTerm, "tajne\u2014secret");
  term.language = "pl";
  Inline name;
  name.type = Inline::Type::kName;
  name.name_kind = NameKind::kPlace;
  name.ref = "beijing";
  name.children = {T("Peking")};
  Inline date;
  date.type = Inline::Type::kDate;
  date.date.edit().when = "1951-08-29";
  date.children = {T("August 29")};
  Document document = Minimal({Leaf(BlockKind::kParagraph,
                                    {T("the same."), footnote, T(" "), pseudonym, T(" in "), name, T(" on "), date,
                                     T(" No. 1"), term, T(" table"), note(NoteKind::kUnclassified, "A-4"),
                                     T(" WPK"), note(NoteKind::kEditorial, "sic", true)})});
  XmlDocPtr tei = Parse(WriteTei(document));
  ASSERT_TRUE(tei);
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:note[@place='foot']/@n)"), "4");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:note[@place='foot']/@rend)"), "paren glued");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:note[@place='foot']/@resp)"), "#translator");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:persName[@ref='#stalin']/tei:choice/tei:orig)"), "FILIPPOV");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:persName[@ref='#stalin']/tei:choice/tei:reg[@type='identity'])"),
            "Stalin");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:placeName[@ref='#beijing'])"), "Peking");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:p/tei:date/@when)"), "1951-08-29");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:note[@type='original-term']/tei:foreign[@xml:lang='pl'])"), "tajne");
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:note[@type='original-term'])"), "tajne\u2014secret");
  EXPECT_EQ(XPathCount(tei.get(), "//tei:note[@type='editorial'][@subtype='unclassified'][@resp='#editor']"), 1);
  EXPECT_EQ(XPathString(tei.get(), "string(//tei:note[@type='editorial'][not(@subtype)]/@rend)"), "glued");
}

}  // namespace
}  // namespace teipress
