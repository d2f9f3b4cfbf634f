// The interface languages: every label of the HTML and print editions comes from
// xslt/common/i18n.xml, complete in English, German, French and Russian, and a page built in each
// language keeps no English label.
#include <gtest/gtest.h>

#include <libxml/HTMLparser.h>

#include <map>
#include <regex>
#include <set>

#include <boost/filesystem/operations.hpp>

#include "edition_config.h"
#include "file_io.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;

const char* const kLanguages[] = {"en", "de", "fr", "ru"};

// key -> language -> text
std::map<std::string, std::map<std::string, std::string>> Translations() {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlFile(testing::SourceDir() + "/xslt/common/i18n.xml", diagnostics);
  EXPECT_TRUE(document);
  std::map<std::string, std::map<std::string, std::string>> translations;
  if (!document) return translations;
  for (xmlNodePtr entry = xmlDocGetRootElement(document.get())->children; entry; entry = entry->next) {
    if (entry->type != XML_ELEMENT_NODE) continue;
    std::string key;
    std::map<std::string, std::string> texts;
    for (xmlNodePtr child = entry->children; child; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) continue;
      const std::string content = TakeString(XmlCharsPtr(xmlNodeGetContent(child)));
      if (xmlStrEqual(child->name, AsXmlChars("key"))) key = content;
      if (xmlStrEqual(child->name, AsXmlChars("text"))) {
        const std::string lang = TakeString(XmlCharsPtr(xmlNodeGetLang(child)));
        EXPECT_EQ(texts.count(lang), 0u) << key << " has two texts in " << lang;
        texts[lang] = content;
      }
    }
    EXPECT_EQ(translations.count(key), 0u) << "the key " << key << " is there twice";
    translations[key] = texts;
  }
  return translations;
}

TEST(I18n, EveryLabelIsCompleteInTheFourLanguages) {
  const auto translations = Translations();
  ASSERT_GT(translations.size(), 150u);
  for (const auto& [key, texts] : translations) {
    for (const char* language : kLanguages) {
      const auto found = texts.find(language);
      EXPECT_TRUE(found != texts.end() && !found->second.empty()) << "'" << key << "' has no text in " << language;
    }
    EXPECT_EQ(texts.size(), 4u) << key;
    // The placeholders of a label are the same in every language.
    const std::regex placeholder("\\{[a-z]\\}");
    std::set<std::string> in_english;
    const std::string& english = texts.count("en") ? texts.at("en") : "";
    for (std::sregex_iterator it(english.begin(), english.end(), placeholder), end; it != end; ++it) in_english.insert(it->str());
    for (const auto& [language, text] : texts) {
      std::set<std::string> here;
      for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) here.insert(it->str());
      EXPECT_EQ(here, in_english) << key << " in " << language;
    }
  }
  // The configuration's languages are exactly the file's.
  for (std::string_view language : InterfaceLanguages()) {
    EXPECT_TRUE(std::find(std::begin(kLanguages), std::end(kLanguages), language) != std::end(kLanguages)) << language;
  }
}

TEST(I18n, EveryLabelAStylesheetUsesIsInTheTranslationsFile) {
  const auto translations = Translations();
  const std::string labels = ReadText(testing::SourceDir() + "/xslt/common/labels.xsl");
  const std::regex use("\\$label-([a-z0-9-]+)|name=\"label-([a-z0-9-]+)\"|'(month-|language-|kind-|type-)");
  int uses = 0;
  for (fs::recursive_directory_iterator it(testing::SourceDir() + "/xslt"), end; it != end; ++it) {
    if (it->path().extension() != ".xsl") continue;
    const std::string text = ReadText(it->path());
    for (std::sregex_iterator match(text.begin(), text.end(), use), none; match != none; ++match) {
      const std::string key = (*match)[1].matched ? (*match)[1].str() : (*match)[2].str();
      if (key.empty()) continue;
      ++uses;
      EXPECT_TRUE(translations.count(key)) << it->path().filename().string() << " uses label-" << key
                                           << ", which xslt/common/i18n.xml lacks";
      EXPECT_NE(labels.find("name=\"label-" + key + "\""), std::string::npos) << "labels.xsl lacks label-" << key;
    }
  }
  EXPECT_GT(uses, 100);
  // Dynamic keys: every month in both forms, every kind and type the stylesheets name.
  for (int month = 1; month <= 12; ++month) {
    EXPECT_TRUE(translations.count("month-" + std::to_string(month)));
    EXPECT_TRUE(translations.count("month-of-" + std::to_string(month)));
  }
}

// Text nodes and the attributes a reader meets (aria-label, placeholder, title, data-label-*),
// each normalized, of an HTML page.
void CollectHtmlTexts(xmlNodePtr node, std::set<std::string>& texts) {
  for (xmlNodePtr child = node; child; child = child->next) {
    if (child->type == XML_TEXT_NODE) {
      std::string text = TakeString(XmlCharsPtr(xmlNodeGetContent(child)));
      std::string normalized;
      for (const std::string& token : testing::Tokens(text)) normalized += (normalized.empty() ? "" : " ") + token;
      while (!normalized.empty() && (normalized.back() == ':' || normalized.back() == ' ')) normalized.pop_back();
      if (!normalized.empty()) texts.insert(normalized);
    }
    if (child->type == XML_ELEMENT_NODE) {
      if (xmlStrEqual(child->name, AsXmlChars("script")) || xmlStrEqual(child->name, AsXmlChars("style"))) continue;
      for (xmlAttrPtr attribute = child->properties; attribute; attribute = attribute->next) {
        const std::string name = AsChars(attribute->name);
        if (name == "aria-label" || name == "placeholder" || name == "title" || name.rfind("data-label-", 0) == 0) {
          texts.insert(TakeString(XmlCharsPtr(xmlNodeListGetString(child->doc, attribute->children, 1))));
        }
      }
      CollectHtmlTexts(child->children, texts);
    }
  }
}

class EachLanguage : public ::testing::TestWithParam<std::string> {};

TEST_P(EachLanguage, APageBuiltInTheLanguageKeepsNoEnglishLabel) {
  const std::string language = GetParam();
  const auto translations = Translations();
  const testing::TemporaryDirectory dir;
  const fs::path edition = dir.path() / "edition";
  // A German letter of another project (names, dates, notes) and one of teipress's own conversions.
  const fs::path letters = fs::path(testing::ReferenceDir()) / "tei-corpora" / "soldatenbriefe";
  ASSERT_TRUE(fs::is_directory(letters)) << letters;
  fs::create_directories(edition / "tei");
  fs::copy_file(letters / "letter-116.xml", edition / "tei" / "letter-116.xml");
  fs::create_directories(edition / "sources");
  fs::copy_file(testing::SourceDir() + "/sources/wilson/113009.txt", edition / "sources" / "113009.txt");
  const auto build = testing::RunTeipress({"build", "--no-pdf", "--drafts", "--authority", testing::SourceDir() + "/tei/authority",
                                           "--set", "language=" + language, "--set", "schema=none", "--set",
                                           "publisher=Example Press", "--set", "licence=CC BY 4.0", "--set",
                                           "editors=Ada Lovelace"},
                                          edition.string());
  ASSERT_EQ(build.exit_code, 0) << build.output;
  std::set<std::string> english;
  for (const auto& [key, texts] : translations) {
    const std::string& en = texts.at("en");
    // Labels with placeholders are checked through their fixed words elsewhere; proper names and
    // words the language writes the same are not English left behind.
    if (en.find('{') != std::string::npos || texts.at(language) == en || key.rfind("language-", 0) == 0) continue;
    std::string trimmed = en;
    while (!trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == ':')) trimmed.pop_back();
    english.insert(en);
    english.insert(trimmed);
  }
  // What the documents themselves say (a date "September" in a German letter, the header's
  // "English translation") is their text, not a label.
  std::set<std::string> document_texts;
  for (const fs::path& tei : {edition / "tei" / "letter-116.xml", edition / "tei" / "113009.xml"}) {
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr document = ReadXmlFile(tei.string(), diagnostics);
    ASSERT_TRUE(document) << tei;
    CollectHtmlTexts(xmlDocGetRootElement(document.get()), document_texts);
  }
  for (const std::string& text : document_texts) english.erase(text);
  int pages = 0;
  for (const char* page : {"index", "persons", "places", "orgs", "letter-116", "113009"}) {
    const std::string html = ReadText(edition / "output" / "html" / (std::string(page) + ".html"));
    ASSERT_FALSE(html.empty()) << page;
    ++pages;
    EXPECT_NE(html.find("<html lang=\"" + language + "\""), std::string::npos) << page;
    XmlDocPtr document(htmlReadMemory(html.data(), static_cast<int>(html.size()), page, "UTF-8",
                                       HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
    ASSERT_TRUE(document);
    std::set<std::string> texts;
    CollectHtmlTexts(xmlDocGetRootElement(document.get()), texts);
    if (language == "en") {
      EXPECT_TRUE(texts.count("Documents")) << page;  // the check can see English where there is some
      continue;
    }
    for (const std::string& text : texts) EXPECT_FALSE(english.count(text)) << page << ": '" << text << "' is English";
  }
  EXPECT_EQ(pages, 6);
  // The print edition: every label in the language too.
  for (const char* fo : {"edition.fo", "letter-116.fo", "113009.fo"}) {
    const std::string text = ReadText(edition / "output" / "print" / fo);
    ASSERT_FALSE(text.empty()) << fo;
    if (language == "en") continue;
    for (const std::string& label : english) {
      if (label.size() < 4) continue;  // "p.", "To": too short to tell from the documents' text
      EXPECT_EQ(text.find(">" + label + "<"), std::string::npos) << fo << ": '" << label << "' is English";
      EXPECT_EQ(text.find(">" + label + ": <"), std::string::npos) << fo << ": '" << label << "' is English";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Languages, EachLanguage, ::testing::Values("en", "de", "fr", "ru"));

}  // namespace
}  // namespace teipress
