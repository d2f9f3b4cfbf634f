// The man pages written from the command table: every command has a page, and every page names
// every option of its command (with its argument, help and default), its output and exit statuses.
// tests/install/man_pages.sh renders them with man and checks groff's warnings.
#include "man_page.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "edition_config.h"
#include "roff.h"

namespace teipress {
namespace {

bool Contains(const std::string& text, const std::string& fragment) { return text.find(fragment) != std::string::npos; }

TEST(ManPage, EveryCommandPageListsEveryOptionOfTheTable) {
  ASSERT_FALSE(Commands().empty());
  for (const CommandSpec& command : Commands()) {
    SCOPED_TRACE(std::string(command.name));
    const std::string page = FormatCommandManPage(command);
    std::string title = "TEIPRESS-" + std::string(command.name);
    for (char& c : title) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_TRUE(Contains(page, ".TH " + title + " 1 ")) << page.substr(0, 200);
    EXPECT_TRUE(Contains(page, ".SH NAME\nteipress-" + std::string(command.name) + " \\- " + RoffEscape(command.summary)));
    EXPECT_TRUE(Contains(page, ".B teipress " + std::string(command.name) + "\n" + RoffEscape(command.synopsis)));
    for (const OptionSpec& option : command.options) {
      SCOPED_TRACE(std::string(option.key()));
      if (!option.name.empty()) {
        EXPECT_TRUE(Contains(page, RoffBold(option.name)));
      }
      if (!option.short_name.empty()) {
        EXPECT_TRUE(Contains(page, RoffBold(option.short_name)));
      }
      if (!option.argument.empty()) {
        EXPECT_TRUE(Contains(page, RoffItalic(option.argument)));
      }
      EXPECT_TRUE(Contains(page, RoffEscape(option.help)));
      if (!option.default_value.empty()) {
        EXPECT_TRUE(Contains(page, RoffEscape("(default: " + std::string(option.default_value) + ")")));
      }
      for (const std::string_view choice : option.choices) EXPECT_TRUE(Contains(page, std::string(choice)));
    }
    for (const OptionSpec* common : {&ColorOption(), &HelpOption()}) EXPECT_TRUE(Contains(page, RoffBold(common->name)));
    EXPECT_FALSE(command.streams.empty());
    EXPECT_FALSE(command.exit_status.empty());
    EXPECT_TRUE(Contains(page, ".SH OUTPUT\n.PP\n" + RoffEscape(command.streams)));
    EXPECT_TRUE(Contains(page, ".SH EXIT STATUS\n.PP\n" + RoffEscape(command.exit_status)));
    for (const EnvironmentSpec& variable : EnvironmentVariables()) EXPECT_TRUE(Contains(page, RoffBold(variable.name)));
    // Every other page is referred to, this one is not.
    for (const CommandSpec& other : Commands()) {
      EXPECT_EQ(Contains(page, RoffBold(ManPageName(&other)) + "(1)"), &other != &command) << other.name;
    }
  }
}

TEST(ManPage, ParagraphsOfTheDescriptionStayParagraphs) {
  static constexpr CommandSpec kCommand = {"make", "makes", "[--x] FILE", "One\nline.\n\n.Two", {}, {}, nullptr, true,
                                           "Out.", "0."};
  const std::string page = FormatCommandManPage(kCommand);
  EXPECT_TRUE(Contains(page, ".SH DESCRIPTION\n.PP\nOne line.\n.PP\n\\&.Two\n.SH OPTIONS\n")) << page;
}

TEST(ManPage, TheProgramPageListsEveryCommandAndGlobalOption) {
  const std::string page = FormatProgramManPage();
  EXPECT_TRUE(Contains(page, ".TH TEIPRESS 1 "));
  for (const CommandSpec& command : Commands()) {
    EXPECT_TRUE(Contains(page, ".TP\n" + RoffBold(command.name) + "\n" + RoffEscape(command.summary) + "; see " +
                                   RoffBold(ManPageName(&command)) + "(1)"))
        << command.name;
  }
  for (const OptionSpec& option : GlobalOptions()) EXPECT_TRUE(Contains(page, RoffBold(option.name))) << option.name;
  EXPECT_TRUE(Contains(page, ".SH EXIT STATUS\n.PP\n" + RoffEscape(kExitStatuses)));
  EXPECT_TRUE(Contains(page, ".SH OUTPUT\n.PP\n" + RoffEscape(kOutputStreams)));
  EXPECT_TRUE(Contains(page, ".SH FILES\n"));
}

TEST(ManPage, TheConfigurationPageListsEveryKeyOfTheTable) {
  const std::string page = FormatConfigManPage();
  EXPECT_TRUE(Contains(page, ".TH TEIPRESS-CONFIG 5 ")) << page.substr(0, 200);
  EXPECT_TRUE(Contains(page, ".SH NAME\nteipress-config \\- "));
  ASSERT_FALSE(ConfigKeys().empty());
  size_t previous = 0;
  for (const ConfigKey& key : ConfigKeys()) {
    SCOPED_TRACE(std::string(key.name));
    // In the table's order, each with its kind, explanation and example.
    const size_t at = page.find(".TP\n" + RoffBold(key.name) + " = " + RoffItalic(DescribeConfigKind(key)) + "\n" +
                                RoffEscape(key.help) + "\n");
    ASSERT_NE(at, std::string::npos);
    EXPECT_GT(at, previous);
    previous = at;
    EXPECT_TRUE(Contains(page, "For example: " + RoffEscape(std::string(key.name) + " = " + std::string(key.example))));
  }
  for (const CommandSpec& command : Commands()) EXPECT_TRUE(Contains(page, RoffBold(ManPageName(&command)) + "(1)"));
  // The program's page refers to it.
  EXPECT_TRUE(Contains(FormatProgramManPage(), RoffBold("teipress-config") + "(5)"));
}

}  // namespace
}  // namespace teipress
