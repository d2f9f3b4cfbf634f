// XmlWriter: escaping, and indentation that never adds whitespace to mixed content.
#include "xml_writer.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "test_support.h"
#include "xml_ptr.h"

namespace teipress {
namespace {

const std::string kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

XmlDocPtr Parse(const std::string& xml) {
  return XmlDocPtr(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "test.xml", nullptr, XML_PARSE_NONET));
}

std::string Attribute(xmlNodePtr node, const char* name) {
  return TakeString(XmlCharsPtr(xmlGetProp(node, AsXmlChars(name))));
}

std::string Content(xmlNodePtr node) { return TakeString(XmlCharsPtr(xmlNodeGetContent(node))); }

TEST(XmlWriterTest, EscapeTable) {
  struct Case {
    std::string input;
    bool in_attribute;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"a & b", false, "a &amp; b"},
      {"<p>", false, "&lt;p&gt;"},
      {"]]>", false, "]]&gt;"},
      {"say \"hi\"", false, "say \"hi\""},  // quotes need no escaping in text
      {"say \"hi\"", true, "say &quot;hi&quot;"},
      {"it's", true, "it's"},  // attributes are written in double quotes
      {"a&b<c>d", true, "a&amp;b&lt;c&gt;d"},
      {"&amp;", false, "&amp;amp;"},  // never treated as already escaped
      {"\xD0\x94\xC3\xA9", false, "\xD0\x94\xC3\xA9"},
      {"", true, ""},
      // Characters XML 1.0 cannot hold, even as references, become U+FFFD: the output stays XML.
      {std::string("a\x01") + '\0' + "b\x1B", false, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD"},
      {"bell\x07", true, "bell\xEF\xBF\xBD"},
      {"latin1 caf\xE9!", false, "latin1 caf\xEF\xBF\xBD!"},     // not UTF-8
      {"cut \xE2\x80", false, "cut \xEF\xBF\xBD\xEF\xBF\xBD"},  // a truncated sequence
      {"\xED\xA0\x80", false, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a surrogate
      {"\xEF\xBF\xBE", false, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // U+FFFE
      {"\xC0\xAF", false, "\xEF\xBF\xBD\xEF\xBF\xBD"},  // an overlong '/'
      {"\xF0\x9F\x93\x9C \xEF\xBF\xBD", false, "\xF0\x9F\x93\x9C \xEF\xBF\xBD"},  // U+1F4DC, U+FFFD
  };
  for (const Case& c : cases) {
    std::string out = "prefix:";
    XmlWriter::Escape(c.input, out, c.in_attribute);
    EXPECT_EQ(out, "prefix:" + c.expected) << c.input << (c.in_attribute ? " (attribute)" : " (text)");
  }
}

// Long runs of plain text are skipped sixteen and eight bytes at a time: every ASCII byte, and
// characters outside ASCII well-formed or not, at every place in a run of two sixteen-byte blocks
// and a tail, are escaped as they are on their own (where no block is skipped).
TEST(XmlWriterTest, EscapeInLongRunsMatchesEscapeByteByByte) {
  std::vector<std::string> pieces;
  for (int byte = 0; byte < 0x80; ++byte) pieces.push_back(std::string(1, static_cast<char>(byte)));
  for (const char* other : {"\u00D6", "\u2019", "\U0001F600", "\xFF", "\xC3", "\xED\xA0\x80"}) pieces.push_back(other);
  constexpr size_t kRun = 40;
  for (const bool in_attribute : {false, true}) {
    for (const std::string& piece : pieces) {
      std::string alone;
      XmlWriter::Escape(piece, alone, in_attribute);
      for (size_t at = 0; at + piece.size() <= kRun; ++at) {
        std::string run(kRun, 'x');
        run.replace(at, piece.size(), piece);
        std::string out;
        XmlWriter::Escape(run, out, in_attribute);
        ASSERT_EQ(out, std::string(at, 'x') + alone + std::string(kRun - at - piece.size(), 'x'))
            << "piece " << ::testing::PrintToString(piece) << " at " << at << (in_attribute ? " (attribute)" : " (text)");
      }
    }
  }
}

// Attributes as owned strings, as a braced list of views and as AttributeViews write the same tag.
TEST(XmlWriterTest, AttributeFormsWriteTheSameTags) {
  const std::string value = "a \"long\" value & more than fifteen bytes";
  auto write = [](auto open) {
    XmlWriter w;
    open(w);
    return w.Finish();
  };
  const std::string owned = write([&](XmlWriter& w) {
    w.OpenBlock("TEI", Attributes{{"n", "1"}, {"rend", value}});
    w.OpenMixed("p", Attributes{});
    w.OpenInline("hi", Attributes{{"rend", value}});
    w.Empty("lb", Attributes{{"n", value}});
  });
  const std::string listed = write([&](XmlWriter& w) {
    w.OpenBlock("TEI", {{"n", "1"}, {"rend", value}});
    w.OpenMixed("p", {});
    w.OpenInline("hi", {{"rend", value}});
    w.Empty("lb", {{"n", value}});
  });
  const std::string collected = write([&](XmlWriter& w) {
    AttributeViews tei;
    tei.push_back("n", "1");
    tei.push_back("rend", value);
    w.OpenBlock("TEI", tei);
    w.OpenMixed("p", AttributeViews{});
    AttributeViews hi;
    hi.push_back("rend", value);
    w.OpenInline("hi", hi);
    AttributeViews lb;
    lb.push_back("n", value);
    w.Empty("lb", lb);
  });
  EXPECT_EQ(owned, kDeclaration + "<TEI n=\"1\" rend=\"a &quot;long&quot; value &amp; more than fifteen bytes\">\n"
                                  "  <p><hi rend=\"a &quot;long&quot; value &amp; more than fifteen bytes\">"
                                  "<lb n=\"a &quot;long&quot; value &amp; more than fifteen bytes\"/></hi></p>\n"
                                  "</TEI>\n");
  EXPECT_EQ(listed, owned);
  EXPECT_EQ(collected, owned);
  AttributeViews full;
  for (size_t k = 0; k < AttributeViews::kCapacity; ++k) full.push_back("a", "b");
  EXPECT_THROW(full.push_back("a", "b"), std::length_error);
}

TEST(XmlWriterTest, BlockMixedInlineAndEmpty) {
  XmlWriter w;
  w.OpenBlock("TEI", {{"xmlns", "http://www.tei-c.org/ns/1.0"}});
  w.OpenBlock("text");
  w.OpenBlock("body");
  w.OpenMixed("p");
  w.Text("a ");
  w.OpenInline("hi", {{"rend", "bold"}});
  w.Text("b");
  w.Close();
  w.Empty("lb");
  w.Text(" c");
  w.Close();
  w.Empty("pb", {{"n", "2"}, {"facs", "#f2"}});
  w.OpenBlock("div");
  w.Close();
  w.Close();
  w.Close();
  w.Close();
  EXPECT_EQ(w.Finish(), kDeclaration +
                            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
                            "  <text>\n"
                            "    <body>\n"
                            "      <p>a <hi rend=\"bold\">b</hi><lb/> c</p>\n"
                            "      <pb n=\"2\" facs=\"#f2\"/>\n"
                            "      <div></div>\n"
                            "    </body>\n"
                            "  </text>\n"
                            "</TEI>\n");
}

// Every depth is indented by two spaces a level, beyond the depths one append of the prepared
// indentation covers (40) as well as within them.
TEST(XmlWriterTest, DeepNestingIsIndentedTwoSpacesALevel) {
  constexpr int kDepth = 60;
  XmlWriter w;
  for (int d = 0; d < kDepth; ++d) w.OpenBlock("d");
  w.Empty("leaf");
  for (int d = 0; d < kDepth; ++d) w.Close();
  std::string expected = kDeclaration;
  for (int d = 0; d < kDepth; ++d) expected += std::string(2 * d, ' ') + "<d>\n";
  expected += std::string(2 * kDepth, ' ') + "<leaf/>\n";
  for (int d = kDepth - 1; d >= 0; --d) expected += std::string(2 * d, ' ') + "</d>\n";
  EXPECT_EQ(w.Finish(), expected);
}

TEST(XmlWriterTest, InlineInsideBlockStartsItsOwnLine) {
  // An inline element directly in a block is placed like a mixed element.
  XmlWriter w;
  w.OpenBlock("list");
  w.OpenInline("item");
  w.Text("one");
  w.Close();
  w.Close();
  EXPECT_EQ(w.Finish(), kDeclaration + "<list>\n  <item>one</item>\n</list>\n");
}

TEST(XmlWriterTest, BlocksInsideMixedContentGetNoWhitespace) {
  XmlWriter w;
  w.OpenMixed("p");
  w.Text("x");
  w.OpenBlock("list");
  w.OpenBlock("item");
  w.Text("y");
  w.Close();
  w.Empty("item");
  w.Close();
  w.OpenMixed("q");
  w.Text("z");
  w.Close();
  w.Close();
  EXPECT_EQ(w.Finish(), kDeclaration + "<p>x<list><item>y</item><item/></list><q>z</q></p>\n");
}

TEST(XmlWriterTest, TextKeepsItsWhitespace) {
  XmlWriter w;
  w.OpenMixed("p");
  w.Text("  two  spaces\nand a line  ");
  w.Text("");
  w.Close();
  const std::string xml = w.Finish();
  EXPECT_EQ(xml, kDeclaration + "<p>  two  spaces\nand a line  </p>\n");
}

TEST(XmlWriterTest, CommentInsideMixedContentAddsNoWhitespace) {
  // The header's promise: inline content never gets added whitespace. A comment between two
  // words must not put a line break and indentation into the paragraph's text.
  XmlWriter w;
  w.OpenBlock("body");
  w.OpenMixed("p");
  w.Text("before");
  w.Comment("note");
  w.Text("after");
  w.Close();
  w.Close();
  const std::string xml = w.Finish();
  XmlDocPtr document = Parse(xml);
  ASSERT_TRUE(document) << xml;
  xmlNodePtr p = xmlFirstElementChild(xmlDocGetRootElement(document.get()));
  EXPECT_EQ(Content(p), "beforeafter") << xml;
}

TEST(XmlWriterTest, ProcessingInstructionBeforeRoot) {
  XmlWriter w;
  w.ProcessingInstruction("xml-model", "href=\"edition.rng\"");
  w.Empty("TEI");
  EXPECT_EQ(w.Finish(), kDeclaration + "<?xml-model href=\"edition.rng\"?>\n<TEI/>\n");
}

TEST(XmlWriterTest, FinishClosesOpenElements) {
  XmlWriter w;
  w.OpenBlock("a");
  w.OpenBlock("b");
  w.OpenMixed("c");
  w.Text("t");
  EXPECT_EQ(w.Finish(), kDeclaration + "<a>\n  <b>\n    <c>t</c>\n  </b>\n</a>\n");
}

std::string BuildSample() {
  XmlWriter w;
  w.OpenBlock("r", {{"b", "2"}, {"a", "1"}});
  for (int i = 0; i < 3; ++i) {
    w.OpenMixed("p", {{"n", std::to_string(i)}});
    w.Text("t&" + std::to_string(i));
    w.Close();
  }
  w.Close();
  return w.Finish();
}

TEST(XmlWriterTest, OutputIsDeterministicAndKeepsAttributeOrder) {
  const std::string first = BuildSample();
  EXPECT_EQ(first, BuildSample());
  EXPECT_NE(first.find("<r b=\"2\" a=\"1\">"), std::string::npos) << first;
}

// Whatever the text or attribute value, a conforming parser reads back exactly what was written.
TEST(XmlWriterTest, TextAndAttributesRoundTripThroughAParser) {
  const std::vector<std::string> values = {
      "plain", "a & b", "<tag>", "x > y", "\"quoted\"", "it's", "]]>", "&amp;", "line\nbreak", "\xD0\x94\xE2\x80\xA8",
      "tab\there", "carriage\rreturn", "  leading and trailing  "};
  for (const std::string& value : values) {
    XmlWriter w;
    w.OpenBlock("root");
    w.OpenMixed("p", {{"v", value}});
    w.Text(value);
    w.Close();
    w.Close();
    const std::string xml = w.Finish();
    XmlDocPtr document = Parse(xml);
    ASSERT_TRUE(document) << xml;
    xmlNodePtr p = xmlFirstElementChild(xmlDocGetRootElement(document.get()));
    ASSERT_TRUE(p);
    EXPECT_EQ(Attribute(p, "v"), value) << "attribute, written as: " << xml;
    EXPECT_EQ(Content(p), value) << "text, written as: " << xml;
  }
}

}  // namespace
}  // namespace teipress
