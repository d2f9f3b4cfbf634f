// Reading RELAX NG's XML syntax: annotations dropped, names resolved to namespace and local name,
// ns inherited (also into included and referenced files) but datatypeLibrary not, include and
// externalRef replaced by what they name; and schemas that are not correct syntax refused with
// their file and line.
#include "relaxng_schema_reader.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

class RelaxNgSchemaReaderTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& xml) {
    const fs::path path = directory_.path() / name;
    fs::create_directories(path.parent_path());
    std::string error;
    EXPECT_TRUE(WriteFileAtomically(path, xml, error, Durability::kRegenerable)) << error;
    return path.string();
  }

  RngNode* Read(const std::string& name, const std::string& xml) {
    errors_.clear();
    return ReadRelaxNgSchema(Write(name, xml), arena_, errors_);
  }

  // The first error, as "file-name:line: message".
  std::string FirstError() const {
    if (errors_.empty()) return "";
    const Diagnostic& d = errors_.front();
    return fs::path(d.file).filename().string() + ":" + std::to_string(d.line) + ": " + d.message;
  }

  static const RngNode* Find(const RngNode* node, RngKind kind) {
    if (node->kind == kind) return node;
    for (const RngNode* child : node->children) {
      if (const RngNode* found = Find(child, kind)) return found;
    }
    return nullptr;
  }

  testing::TemporaryDirectory directory_;
  RngArena arena_;
  std::vector<Diagnostic> errors_;
};

constexpr const char* kRng = "xmlns=\"http://relaxng.org/ns/structure/1.0\"";

TEST_F(RelaxNgSchemaReaderTest, ResolvesNamesAndDropsAnnotations) {
  RngNode* root = Read("s.rng", std::string("<element ") + kRng +
                                    " xmlns:a=\"urn:annotations\" xmlns:p=\"urn:p\" ns=\"urn:default\" name=\"p:doc\" a:note=\"x\">"
                                    "<a:documentation>ignored</a:documentation>"
                                    "<attribute name=\"id\"/><attribute name=\"p:n\"/>"
                                    "<element><name>item</name><value type=\"QName\">p:x</value></element></element>");
  ASSERT_TRUE(root) << FirstError();
  EXPECT_EQ(root->kind, RngKind::kElement);
  ASSERT_EQ(root->children.size(), 4u);  // the name, two attributes, the element
  EXPECT_EQ(root->children[0]->ns, "urn:p");
  EXPECT_EQ(root->children[0]->name, "doc");
  EXPECT_EQ(root->children[1]->children[0]->ns, "");  // an attribute's unprefixed name has no namespace
  EXPECT_EQ(root->children[2]->children[0]->ns, "urn:p");
  const RngNode* item = root->children[3];
  EXPECT_EQ(item->children[0]->ns, "urn:default");  // a <name> takes the ns in scope
  const RngNode* value = item->children[1];
  EXPECT_EQ(value->kind, RngKind::kValue);
  EXPECT_EQ(value->ns, "urn:default");
  ASSERT_TRUE(value->namespaces);
  EXPECT_EQ(value->namespaces->at("p"), "urn:p");
}

TEST_F(RelaxNgSchemaReaderTest, ReplacesIncludeAndExternalRef) {
  Write("sub/lib.rng", std::string("<grammar ") + kRng + " datatypeLibrary=\"urn:lib\">"
                           "<start><ref name=\"a\"/></start>"
                           "<define name=\"a\"><element name=\"a\"><empty/></element></define>"
                           "<define name=\"b\"><element name=\"b\"><data type=\"token\"/></element></define></grammar>");
  Write("sub/part.rng", std::string("<element ") + kRng + " name=\"part\"><empty/></element>");
  RngNode* root = Read("main.rng", std::string("<grammar ") + kRng + " ns=\"urn:n\">"
                                       "<include href=\"sub/lib.rng\"><define name=\"a\"><externalRef href=\"sub/part.rng\"/></define></include>"
                                       "</grammar>");
  ASSERT_TRUE(root) << FirstError();
  // grammar > div (the include) > [div (the included grammar, its define a removed), div (own content)]
  ASSERT_EQ(root->children.size(), 1u);
  const RngNode* include = root->children[0];
  ASSERT_EQ(include->kind, RngKind::kDiv);
  ASSERT_EQ(include->children.size(), 2u);
  const RngNode* included = include->children[0];
  ASSERT_EQ(included->children.size(), 2u);  // start and define b
  EXPECT_EQ(included->children[1]->name, "b");
  const RngNode* data = Find(included, RngKind::kData);
  ASSERT_TRUE(data);
  EXPECT_EQ(data->library, "urn:lib");
  const RngNode* own = include->children[1];
  const RngNode* part = own->children[0]->children[0];
  EXPECT_EQ(part->kind, RngKind::kElement);
  EXPECT_EQ(part->children[0]->name, "part");
  EXPECT_EQ(part->children[0]->ns, "urn:n");  // ns is inherited into the referenced file
}

struct Refusal {
  const char* label;
  const char* schema;  // main.rng
  const char* expected;
};

const Refusal kRefusals[] = {
    {"not RELAX NG", "<thisIsJunk/>", "main.rng:1: the schema's root element must be a RELAX NG pattern"},
    {"unknown element", "<element xmlns=\"http://relaxng.org/ns/structure/1.0\" name=\"a\">\n<foo/></element>",
     "main.rng:2: <foo> is not allowed here: a pattern is expected"},
    {"attribute not allowed", "<element xmlns=\"http://relaxng.org/ns/structure/1.0\" name=\"a\" type=\"x\"><empty/></element>",
     "main.rng:1: attribute 'type' is not allowed on <element>"},
    {"text in a pattern", "<element xmlns=\"http://relaxng.org/ns/structure/1.0\" name=\"a\">words<empty/></element>",
     "main.rng:1: text is not allowed in <element>"},
    {"undeclared prefix", "<element xmlns=\"http://relaxng.org/ns/structure/1.0\" name=\"q:a\"><empty/></element>",
     "main.rng:1: the prefix 'q' of 'q:a' is not declared"},
    {"missing file", "<externalRef xmlns=\"http://relaxng.org/ns/structure/1.0\" href=\"nowhere.rng\"/>",
     "main.rng:1: cannot read"},
    {"fragment identifier", "<externalRef xmlns=\"http://relaxng.org/ns/structure/1.0\" href=\"main.rng#x\"/>",
     "main.rng:1: the href 'main.rng#x' must not have a fragment identifier"},
    {"remote file", "<externalRef xmlns=\"http://relaxng.org/ns/structure/1.0\" href=\"http://example.org/s.rng\"/>",
     "main.rng:1: 'http://example.org/s.rng' is not a local file; teipress reads schemas only from the file system"},
    {"loop", "<externalRef xmlns=\"http://relaxng.org/ns/structure/1.0\" href=\"main.rng\"/>",
     "refers to itself through externalRef or include"},
    {"relative datatypeLibrary", "<element xmlns=\"http://relaxng.org/ns/structure/1.0\" name=\"a\"><data datatypeLibrary=\"lib\" type=\"x\"/></element>",
     "main.rng:1: datatypeLibrary 'lib' must be an absolute URI"},
    {"bad combine", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start combine=\"group\"><empty/></start></grammar>",
     "main.rng:1: combine must be 'choice' or 'interleave', not 'group'"},
};

TEST_F(RelaxNgSchemaReaderTest, RefusesIncorrectSyntaxWithFileAndLine) {
  for (const Refusal& r : kRefusals) {
    EXPECT_FALSE(Read("main.rng", r.schema)) << r.label;
    ASSERT_EQ(errors_.size(), 1u) << r.label;
    EXPECT_EQ(errors_[0].rule, "schema.compile");
    EXPECT_NE(FirstError().find(r.expected), std::string::npos) << r.label << ": " << FirstError();
  }
}

}  // namespace
}  // namespace teipress
