// Unit tests of the structure builder: openers, closers, attachments and embedded documents,
// separators, decision items, sections, journal entries and quoted messages (spec sections
// "Header lines", "Closers and signatures", "Embedded documents", "Separators", "Numbered
// decision items", "Headings", "Journal entries").
#include "structure_builder.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "block_reader.h"
#include "bracket_parser.h"
#include "test_support.h"

namespace teipress {
namespace {

using testing::Entry;

const Authority& TestAuthority() {
  static const Authority authority = [] {
    Authority a;
    a.Add(Entry("stalin", NameKind::kPerson, "Joseph Stalin", {"Stalin", "Iosif Vissarionovich"}, {"Filippov"}));
    a.Add(Entry("mao-zedong", NameKind::kPerson, "Mao Zedong", {"Mao"}));
    a.Add(Entry("kim-il-sung", NameKind::kPerson, "Kim Il Sung"));
    a.Add(Entry("razuvaev", NameKind::kPerson, "Vladimir Razuvaev", {"R A Z U V A E V", "Razuvaev"}));
    a.Add(Entry("nowicki", NameKind::kPerson, "Stanisław Nowicki", {"S. Nowicki"}));
    a.Add(Entry("beijing", NameKind::kPlace, "Beijing", {"BEIJING"}));
    a.Add(Entry("moscow", NameKind::kPlace, "Moscow"));
    a.Add(Entry("soviet-embassy-dprk", NameKind::kOrganization, "USSR Embassy in the DPRK"));
    a.Add(Entry("cc-vkpb", NameKind::kOrganization, "All-Union Communist Party (bolsheviks), Central Committee"));
    return a;
  }();
  return authority;
}

const char* BlockName(const Block& block) {
  switch (block.kind) {
    case BlockKind::kParagraph: return "p";
    case BlockKind::kHeading: return "head";
    case BlockKind::kDateline: return "dateline";
    case BlockKind::kSeg: return "seg";
    case BlockKind::kAddressLine: return "addrLine";
    case BlockKind::kSalute: return "salute";
    case BlockKind::kClosingSalute: return "closing-salute";
    case BlockKind::kSigned: return "signed";
    case BlockKind::kListItem: return "item";
    case BlockKind::kItemHeading: return "item-head";
    case BlockKind::kSpeech: return "sp";
    case BlockKind::kPageBreak: return "pb";
    case BlockKind::kSeparator: return "milestone";
    case BlockKind::kNoteBlock: return "note";
    case BlockKind::kFormeWork: return "fw";
  }
  return "?";
}

// A compact rendering of the tree: div:type(...), opener(...), seg:subtype, ... Blocks are named
// as the TEI writer prints them in their container: outside an opener or closer, header-like
// kinds (an address, a seg, a dateline) are printed as a paragraph.
enum class Where { kDivision, kOpener, kCloser, kList };

std::string LeafName(const Block& block, Where where) {
  const std::string name = BlockSubtypeName(block);
  const std::string subtype = name.empty() ? "" : ":" + name;
  switch (block.kind) {
    case BlockKind::kPageBreak: return "pb";
    case BlockKind::kSeparator: return "milestone";
    case BlockKind::kNoteBlock: return "note";
    case BlockKind::kFormeWork: return "fw";
    default: break;
  }
  if (where == Where::kList) return "item";
  if (where == Where::kOpener || where == Where::kCloser) {
    if (block.kind == BlockKind::kSeg) return "seg" + subtype;
    return BlockName(block);
  }
  switch (block.kind) {
    case BlockKind::kHeading: return "head" + subtype;
    case BlockKind::kItemHeading: return "item-head";
    case BlockKind::kSpeech: return "sp";
    default: return "p";
  }
}

std::string Describe(const std::vector<Node>& nodes, Where where = Where::kDivision) {
  std::string out;
  for (const Node& node : nodes) {
    if (!out.empty()) out += " ";
    Where inner = Where::kDivision;
    switch (node.type) {
      case Node::Type::kBlock: out += LeafName(node.block, where); continue;
      case Node::Type::kDivision: out += std::string("div:") + DivisionTypeName(node.division) + (node.n.empty() ? "" : "#" + node.n); break;
      case Node::Type::kFloatingText: out += "floatingText"; break;
      case Node::Type::kOpener: out += "opener"; inner = Where::kOpener; break;
      case Node::Type::kCloser: out += "closer"; inner = Where::kCloser; break;
      case Node::Type::kList: out += std::string("list:") + ListTypeName(node.list_type); inner = Where::kList; break;
      case Node::Type::kPostscript: out += "postscript"; break;
    }
    out += "(" + Describe(node.children, inner) + ")";
  }
  return out;
}

std::vector<Node> Build(const std::string& text, const std::string& main_type = "document") {
  // The body's lines are views: their texts must outlive the reading.
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::vector<BodyLine> body;
  int number = 1;
  for (const std::string& line : lines) body.push_back({line, number++});
  std::vector<Diagnostic> diagnostics;
  BlockReadResult blocks = ReadBlocks(body, "doc.txt", diagnostics);
  DivisionType type = DivisionType::kDocument;
  for (DivisionType candidate : {DivisionType::kDecision, DivisionType::kConversation}) {
    if (main_type == DivisionTypeName(candidate)) type = candidate;
  }
  return BuildStructure(std::move(blocks.blocks), type, &TestAuthority());
}

struct StructureCase {
  std::string label;
  std::string text;
  std::string main_type;
  std::string expected;
};

class StructureBuilderTest : public ::testing::TestWithParam<StructureCase> {};

TEST_P(StructureBuilderTest, BuildsTheExpectedTree) {
  const StructureCase& c = GetParam();
  EXPECT_EQ(Describe(Build(c.text, c.main_type)), c.expected);
}

const StructureCase kStructureCases[] = {
    {"paragraphs_only", "Please decide today.\n\nThe trucks have not come.\n", "document", "div:document(p p)"},
    {"opener_header_lines",
     "TOP SECRET\nCopy Nº 1\nUSSR EMBASSY IN THE DPRK\nNº 131\n20 June 1958\nI received the minister at his request.\n",
     "document",
     "div:document(opener(seg:classification seg:copy seg:issuer seg:number dateline) p)"},
    {"opener_address_and_salute",
     "TOP SECRET\nBEIJING\nTO KRASOVSKY\n\nFor transmission to MAO ZEDONG\n\n\"Comrade Mao Zedong!\n\nWe received your "
     "telegram.\n",
     "document", "div:document(opener(seg:classification addrLine addrLine addrLine salute) p)"},
    {"opener_ends_at_first_running_text", "TOP SECRET\nThe minister came.\nUrgent help is needed now.\n", "document",
     "div:document(opener(seg:classification) p p)"},
    {"closer_formula_title_signature_name",
     "I beg you not to take this letter as a complaint.\n\nWith socialist greetings,\n\nChargé d'Affaires a.i.\n\n"
     "[signature]\n\n(S. Nowicki)\n",
     "document", "div:document(p closer(closing-salute signed signed signed))"},
    {"closer_signature_then_reference_lines",
     "The letter was handed to me on 13 March 1951.\n\nR A Z U V A E V\n\nNo. 288\n\nEnclosure: 2-page letter.\n",
     "document", "div:document(p closer(signed seg:number seg:enclosure))"},
    {"closer_signature_place_and_date",
     "We would not have troubled You.\n\nWith deep respect and gratitude,\n\nKIM IL SUNG\n\nMoscow\n\n12.III.1951\n",
     "document", "div:document(p closer(closing-salute signed dateline dateline))"},
    {"attachment_after_to_p",
     "To adopt the attached draft answer of Comrade Filippov to Comrade Mao Zedong.\nSECRETARY CC\n\n"
     "To p.280(op) pr.PB No. 83\n\nTOP SECRET\nBEIJING\nTO KRASOVSKY\n\n\"Comrade Mao Zedong!\n\n"
     "We received your telegram of August 27, 1951.\n\nFILIPPOV [Stalin].\"\n\n"
     "[The telegram was sent to Beijing on August 29, 1951.]\n",
     "document",
     "div:document(p closer(signed)) div:attachment(p floatingText(opener(seg:classification addrLine "
     "addrLine salute) p closer(signed)) note)"},
    {"separator_after_closer_starts_attachment",
     "I am relaying the text of a letter from KIM IL SUNG to Comrade STALIN.\n\nR A Z U V A E V\n\n* * * * *\n\n"
     "Moscow, Kremlin.\n\nDEEPLY RESPECTED Iosif Vissarionovich!\n\nWe ask You to receive 300 Korean students.\n\n"
     "With deep respect and gratitude,\n\nKIM IL SUNG\n",
     "document",
     "div:document(p closer(signed)) div:attachment(milestone floatingText(opener(addrLine salute) p "
     "closer(closing-salute signed)))"},
    {"separator_elsewhere_stays",
     "The letter was handed to me in the evening.\n\n* * * * *\n\nThe university works in evacuation.\n", "document",
     "div:document(p milestone p)"},
    {"decision_item_then_secretary",
     "Excerpt from protocol No. 83 of meeting of the Politburo CC VKP(b)\n\nDecision of 28 August 1951\n\n"
     "280. Telegram of Comrade Mao Zedong of 27 August 1951 (No. 4279)\n\n"
     "To adopt the attached draft answer of Comrade Filippov to Comrade Mao Zedong.\nSECRETARY CC\n",
     "decision", "div:decision(head:excerpt p div:item#280(item-head p) closer(signed))"},
    {"roman_sections",
     "I. SITUATION\n\nSince 1955 our Party has sent cadres.\n\nII. TASKS AND MEASURES\n\nThe selection must be approved.\n",
     "document", "div:document(div:section#I(item-head p) div:section#II(item-head p))"},
    {"numbered_sections_with_decimal_list",
     "1. Introduction\n\nSince the visit relations expanded.\n\n2. Acquisition of Western Technology\n\n"
     "2.1. The trade representation ordered devices.\n\n2.2. The orders were placed.\n",
     "document", "div:document(div:section#1(item-head p) div:section#2(item-head list:numbered(item item)))"},
    {"numbered_list_stays_a_list",
     "1. On September 7, 1973, I was received.\n\n2. Ri Jong-mok said so.\n\n3. Asked about the talks, he said no.\n",
     "document", "div:document(list:numbered(item item item))"},
    {"journal_entries",
     "[…]\n\n2 June 1958\n\nI received the Minister of Culture at his request.\n\n[…]\n\n4 June 1958\n\n"
     "Together with the Counsellor I visited the complex.\n",
     "document", "div:document(note div:entry(head p note) div:entry(head p))"},
    {"single_dated_line_is_not_an_entry", "2 June 1958\n\nI received the Minister of Culture at his request.\n",
     "document", "div:document(opener(dateline) p)"},
    {"capitals_heading_and_subtitle",
     "MINUTES\n\nof the meeting of the Political Committee held on 12 March 1963\n\nPresent: Comrades Apró, Biszku\n",
     "document", "div:document(head head:sub p)"},
    {"capitals_line_with_colon_stays_paragraph", "AGENDA:\n\nI. On the free aid.\n\nII. Miscellaneous.\n", "document",
     "div:document(p list:roman(item item))"},
    {"dialogue_turns", "Comrade Fock: How much does it cost?\n\nComrade Kádár: I would not decide it.\n\nTime: noon\n",
     "conversation", "div:conversation(sp sp p)"},
    {"quoted_message_in_running_text",
     "The minister read the telegram:\n\n\"Comrade Mao Zedong!\n\nWe agree with your proposal.\n\nFilippov [Stalin].\"\n\n"
     "He then left.\n",
     "document", "div:document(p floatingText(opener(salute) p closer(signed)) p)"},
    {"page_break_then_running_head",
     "It would be read as a political gesture.\n\n- 2 -\n\nCONFIDENTIAL\n\nMr. Lindqvist added something.\n", "document",
     "div:document(p pb fw p)"},
};

INSTANTIATE_TEST_SUITE_P(Spec, StructureBuilderTest, ::testing::ValuesIn(kStructureCases),
                         [](const ::testing::TestParamInfo<StructureCase>& info) { return info.param.label; });

TEST(StructureBuilderUnitTest, ItemHeadingKeepsLabelAndNumber) {
  const auto body = Build("Decision of 28 August 1951\n\n280. Telegram of 27 August 1951\n\nTo adopt it.\n", "decision");
  ASSERT_EQ(body.size(), 1u);
  const Node* item = nullptr;
  for (const Node& child : body[0].children) {
    if (child.type == Node::Type::kDivision) item = &child;
  }
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->division, DivisionType::kItem);
  EXPECT_EQ(item->n, "280");
  ASSERT_FALSE(item->children.empty());
  EXPECT_EQ(item->children[0].block.kind, BlockKind::kItemHeading);
  EXPECT_EQ(item->children[0].block.label, "280.");
  EXPECT_EQ(PrintedText(item->children[0].block.content), "Telegram of 27 August 1951");
}

TEST(StructureBuilderUnitTest, SpeakerIsSplitFromTheTurn) {
  const auto body = Build("Comrade Fock: Let them wait half a year.\n", "conversation");
  ASSERT_EQ(body.size(), 1u);
  ASSERT_EQ(body[0].children.size(), 1u);
  const Block& turn = body[0].children[0].block;
  EXPECT_EQ(turn.kind, BlockKind::kSpeech);
  EXPECT_EQ(turn.speaker, "Comrade Fock:");
  EXPECT_EQ(PrintedText(turn.content), "Let them wait half a year.");
  EXPECT_EQ(turn.position.column, 15);
}

TEST(StructureBuilderUnitTest, EndsQuotation) {
  struct Case {
    std::string text;
    bool ends;
  };
  for (const Case& c : std::vector<Case>{{"FILIPPOV [Stalin].\"", true},
                                         {"Filippov [Stalin].\u201D", true},
                                         {"He said \"no\".", true},
                                         {"We agree.", false},
                                         {"\"Comrade Mao Zedong!", false}}) {
    SCOPED_TRACE(c.text);
    Block block;
    block.content = {Inline::Text(c.text)};
    EXPECT_EQ(EndsQuotation(block), c.ends);
  }
}

TEST(StructureBuilderUnitTest, EmptyBody) { EXPECT_EQ(Describe(Build("", "document")), "div:document()"); }

}  // namespace
}  // namespace teipress
