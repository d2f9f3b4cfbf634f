// Unit tests of the inline annotator: names (also across supplied notes), dates, sic/uncertain
// qualifiers, note attachment and `glued`, and footnote linking ("[1]" and "(1)").
#include "inline_annotator.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bracket_parser.h"
#include "note_classifier.h"
#include "test_support.h"

namespace teipress {
namespace {

using testing::Entry;

const Authority& TestAuthority() {
  static const Authority authority = [] {
    Authority a;
    a.Add(Entry("stalin", NameKind::kPerson, "Joseph Stalin", {"Stalin"}, {"Filippov"}));
    a.Add(Entry("mao-zedong", NameKind::kPerson, "Mao Zedong", {"Mao"}));
    a.Add(Entry("macovescu", NameKind::kPerson, "Gheorghe Macovescu", {"George Macovescu", "Macovescu"}));
    a.Add(Entry("vereshchagin", NameKind::kPerson, "A. N. Vereshchagin", {"Vereshchagin"}));
    a.Add(Entry("zhou-enlai", NameKind::kPerson, "Zhou Enlai"));
    a.Add(Entry("kanggye", NameKind::kPlace, "Kanggye"));
    a.Add(Entry("beijing", NameKind::kPlace, "Beijing"));
    a.Add(Entry("hanoi", NameKind::kPlace, "Hanoi"));
    a.Add(Entry("wpk", NameKind::kOrganization, "Workers' Party of Korea", {"WPK"}));
    a.Add(Entry("ussr-mvt", NameKind::kOrganization, "USSR Ministry of Foreign Trade", {"MVT"}));
    a.Add(Entry("gdr-mft", NameKind::kOrganization, "GDR Ministry of Foreign Trade", {"Ministry of Foreign Trade"}));
    return a;
  }();
  return authority;
}

const EnglishLexicon& TestLexicon() {
  static const EnglishLexicon lexicon = EnglishLexicon::FromWords({"advise", "advised", "send", "indication", "percent", "help"});
  return lexicon;
}

std::string Render(const Inlines& inlines) {
  std::string out;
  for (const Inline& run : inlines) {
    switch (run.type) {
      case Inline::Type::kText: out += run.text; break;
      case Inline::Type::kLineBreak: out += "\n"; break;
      case Inline::Type::kStrayBracket: out += "<stray " + run.text + ">" + run.label.get() + "</stray>"; break;
      case Inline::Type::kDate: out += "<date " + run.date->when + ">" + Render(run.children) + "</date>"; break;
      case Inline::Type::kName: out += "<#" + run.ref.get() + ">" + Render(run.children) + "</>"; break;
      case Inline::Type::kFootnote:
        out += "<fn " + run.label.get() + " " + (run.marker == FootnoteMarker::kParen ? "paren" : "bracket") +
               (run.glued ? " glued" : "") +
               (run.by_translator ? " translator" : "") + ">" + Render(run.children) + "</fn>";
        break;
      case Inline::Type::kNote: {
        const std::string kind = NoteKindName(run.note_kind);
        out += "<" + kind + (run.glued ? " glued" : "");
        if (!run.base.empty()) out += " base(" + Render(run.base) + ")";
        out += ">" + Render(run.children) + "</" + kind + ">";
        break;
      }
    }
  }
  return out;
}

Inlines Parse(const std::string& text) {
  std::vector<Diagnostic> diagnostics;
  Inlines inlines = ParseBrackets(text, {1, 1}, "doc.txt", diagnostics);
  NoteContext context{&TestAuthority(), "ru", "doc.txt", &TestLexicon()};
  ClassifyNotes(inlines, context, diagnostics);
  return inlines;
}

std::string Annotate(const std::string& text, const std::string& document_date = "", bool link_names = true) {
  Inlines inlines = Parse(text);
  AnnotationContext context{&TestAuthority(), DateContext::FromIso(document_date), link_names};
  AnnotateInlines(inlines, context);
  return Render(inlines);
}

struct AnnotateCase {
  std::string label;
  std::string text;
  std::string document_date;
  std::string expected;
};

class InlineAnnotatorTest : public ::testing::TestWithParam<AnnotateCase> {};

TEST_P(InlineAnnotatorTest, Annotates) {
  const AnnotateCase& c = GetParam();
  EXPECT_EQ(Annotate(c.text, c.document_date), c.expected);
}

const AnnotateCase kAnnotateCases[] = {
    // Names.
    {"name", "Comrade Stalin agreed.", "", "Comrade <#stalin>Stalin</> agreed."},
    {"possessive_outside", "Premier Zhou Enlai's talk.", "", "Premier <#zhou-enlai>Zhou Enlai</>'s talk."},
    {"name_across_supplied_letters", "The Minister, G[eorge] Macovescu, will speak.", "",
     "The Minister, <#macovescu>G<supplied-in-word glued>eorge</supplied-in-word> Macovescu</>, will speak."},
    {"name_across_supplied_words", "Greetings to Chairman Mao [Zedong].", "",
     "Greetings to Chairman <#mao-zedong>Mao <supplied>Zedong</supplied></>."},
    {"supplied_name_linked_inside", "Shall they go with the government to [Kanggye], or remain?", "",
     "Shall they go with the government to <supplied><#kanggye>Kanggye</></supplied>, or remain?"},
    {"pseudonym_is_not_relinked", "FILIPPOV [Stalin].", "",
     "<pseudonym base(FILIPPOV)>Stalin</pseudonym>."},
    {"expansion_inside_organization_no_names_inside",
     "let the MVT [Ministry of Foreign Trade\u2014trans.] calculate", "",
     "let the <#ussr-mvt><expansion base(MVT)>Ministry of Foreign Trade</expansion></> calculate"},
    // Dates.
    {"date", "Decision of 28 August 1951", "", "Decision of <date 1951-08-28>28 August 1951</date>"},
    {"names_and_dates_inside_notes", "Done. [The telegram was sent to Beijing on August 29.]", "1951-08-28",
     "Done.<editorial>The telegram was sent to <#beijing>Beijing</> on <date 1951-08-29>August 29</date>.</editorial>"},
    {"blank_day_moves_into_date", "Hanoi, [day left blank] March 1966", "1966-03",
     "<#hanoi>Hanoi</>,<date 1966-03><editorial>day left blank</editorial> March 1966</date>"},
    // Qualifiers wrap the preceding word group and absorb the space.
    {"sic_number_and_unit", "We ask to raise it by 15 percent [sic].", "",
     "We ask to raise it by <sic base(15 percent)>sic</sic>."},
    {"sic_one_word_with_explanation", "It is a request for help [orthographic mistake underlined].", "",
     "It is a request for <sic base(help)>orthographic mistake underlined</sic>."},
    {"sic_explanation_after_punctuation", "It was their affair. [sic: the text has \"affaire.\"]", "",
     "It was their affair.<sic>sic: the text has \"affaire.\"</sic>"},
    {"uncertain_name", "headed by Colonel A. N. Vereshchagin [?].", "",
     "headed by Colonel <uncertain base(<#vereshchagin>A. N. Vereshchagin</>)>?</uncertain>."},
    {"uncertain_word", "the village of Sosnovka [?] was", "", "the village of <uncertain base(Sosnovka)>?</uncertain> was"},
    // Whole-bracket elements attach to the text before them; glued when no space was printed.
    {"note_after_space", "Now we must correct it. [...] We can give.", "",
     "Now we must correct it.<omission>...</omission> We can give."},
    {"note_glued_to_word", "the WPK[3] said", "", "the <#wpk>WPK</><footnote-ref glued>3</footnote-ref> said"},
    {"note_glued_after_punctuation", "the COCOM.[3]", "", "the COCOM.<footnote-ref glued>3</footnote-ref>"},
    {"supplied_keeps_spacing", "I advised [him] to send it.", "", "I advised <supplied>him</supplied> to send it."},
    {"note_at_line_start", "[illegible] 2.11.56", "",
     "<illegible>illegible</illegible> <date 1956-11-02>2.11.56</date>"},
    // The last piece of a run takes the run's string: pieces longer than a short string's buffer,
    // before, between and after names and dates, in one run and in runs between notes.
    {"long_pieces_around_names_and_dates",
     "Early in the morning of 28 August 1951 Comrade Stalin received Chairman Mao, and they spoke for a long time.", "",
     "Early in the morning of <date 1951-08-28>28 August 1951</date> Comrade <#stalin>Stalin</> received Chairman "
     "<#mao-zedong>Mao</>, and they spoke for a long time."},
    {"long_pieces_in_runs_between_notes",
     "On 3 July 1950 the delegation arrived in Beijing [illegible] and a long sentence without a date follows [...] "
     "until 4 July 1950 when it left for Hanoi by the night train", "",
     "On <date 1950-07-03>3 July 1950</date> the delegation arrived in <#beijing>Beijing</>"
     "<illegible>illegible</illegible> and a long sentence without a date follows<omission>...</omission> until "
     "<date 1950-07-04>4 July 1950</date> when it left for <#hanoi>Hanoi</> by the night train"},
    // A date printed partly in a supplied bracket, in a level and in a note's words.
    {"date_through_supplied_month", "They met on 2 [May] 1958 in Hanoi.", "",
     "They met on <date 1958-05-02>2 <supplied-date>May</supplied-date> 1958</date> in <#hanoi>Hanoi</>."},
    {"date_through_supplied_year_in_a_note", "Done. [Sent on 12 October [1958] to Beijing.]", "",
     "Done.<editorial>Sent on <date 1958-10-12>12 October <supplied-date>1958</supplied-date></date> to "
     "<#beijing>Beijing</>.</editorial>"},
    {"name_ends_the_run", "The delegation of a long way from home met Zhou Enlai", "",
     "The delegation of a long way from home met <#zhou-enlai>Zhou Enlai</>"},
};

INSTANTIATE_TEST_SUITE_P(Spec, InlineAnnotatorTest, ::testing::ValuesIn(kAnnotateCases),
                         [](const ::testing::TestParamInfo<AnnotateCase>& info) { return info.param.label; });

TEST(InlineAnnotatorUnitTest, NamesCanBeSwitchedOff) {
  EXPECT_EQ(Annotate("Comrade Stalin agreed on 28 August 1951.", "", false),
            "Comrade Stalin agreed on <date 1951-08-28>28 August 1951</date>.");
}

FootnoteLinker Linker(std::vector<std::pair<std::string, std::string>> notes, bool by_translator = false) {
  FootnoteLinker linker;
  for (auto& [label, text] : notes) linker.AddText(label, {Inline::Text(text)}, {});
  linker.by_translator = by_translator;
  return linker;
}

std::vector<std::string> UnusedLabels(FootnoteLinker& linker) {
  std::vector<std::string> labels;
  for (const FootnoteLinker::ListedNote* note : linker.Unused()) labels.push_back(note->label);
  return labels;
}

std::string LinkAndAnnotate(FootnoteLinker& linker, const std::string& text) {
  Inlines inlines = Parse(text);
  linker.Link(inlines);
  AnnotationContext context{&TestAuthority(), DateContext{}, true};
  AnnotateInlines(inlines, context);
  return Render(inlines);
}

TEST(InlineAnnotatorUnitTest, BracketFootnoteAfterSpace) {
  FootnoteLinker linker = Linker({{"1", "A reference to the dispute."}});
  EXPECT_EQ(LinkAndAnnotate(linker, "They have been loyal. [1] If we tell them."),
            "They have been loyal.<fn 1 bracket>A reference to the dispute.</fn> If we tell them.");
  EXPECT_TRUE(linker.Unused().empty());
}

TEST(InlineAnnotatorUnitTest, BracketFootnoteGluedAndNamesInsideTheNote) {
  FootnoteLinker linker = Linker({{"1", "Workers' Party of Korea."}});
  EXPECT_EQ(LinkAndAnnotate(linker, "the visit of the WPK[1] the relations"),
            "the visit of the <#wpk>WPK</><fn 1 bracket glued><#wpk>Workers' Party of Korea</>.</fn> the relations");
}

TEST(InlineAnnotatorUnitTest, ParenthesizedFootnoteGlued) {
  FootnoteLinker linker = Linker({{"4", "The phrase refers to the democracies."}, {"5", "A communique."}}, true);
  EXPECT_EQ(LinkAndAnnotate(linker, "the others will ask the same.(4) And (5) is not a marker here."),
            "the others will ask the same.<fn 4 paren glued translator>The phrase refers to the democracies.</fn> And "
            "(5) is not a marker here.");
  EXPECT_EQ(UnusedLabels(linker), (std::vector<std::string>{"5"}));
}

// Markers in parentheses at the second byte of a run, after a comma, at the run's very end, and
// one after a space (no marker): each found where it is printed.
TEST(InlineAnnotatorUnitTest, ParenthesizedMarkersAtEveryPlaceOfARun) {
  FootnoteLinker linker = Linker({{"1", "One."}, {"2", "Two."}, {"3", "Three."}});
  EXPECT_EQ(LinkAndAnnotate(linker, "a(1) b,(2) (3) end.(3)"),
            "a<fn 1 paren glued>One.</fn> b,<fn 2 paren glued>Two.</fn> (3) end.<fn 3 paren glued>Three.</fn>");
  EXPECT_TRUE(linker.Unused().empty());
}

TEST(InlineAnnotatorUnitTest, MarkerWithoutNoteTextIsNotAFootnote) {
  FootnoteLinker linker = Linker({{"1", "Only note one."}});
  EXPECT_EQ(LinkAndAnnotate(linker, "table [3] of the report, VKP(2) and item(7)"),
            "table<footnote-ref>3</footnote-ref> of the report, VKP(2) and item(7)");
  EXPECT_EQ(UnusedLabels(linker), (std::vector<std::string>{"1"}));
}

TEST(InlineAnnotatorUnitTest, EachNoteTextIsUsedOnce) {
  FootnoteLinker linker = Linker({{"2", "Quotation marks as in the original."}});
  EXPECT_EQ(LinkAndAnnotate(linker, "first [2] second [2]"),
            "first<fn 2 bracket>Quotation marks as in the original.</fn> second<footnote-ref>2</footnote-ref>");
}

}  // namespace
}  // namespace teipress

namespace teipress {
namespace {

// A label printed twice in the list of notes keeps both texts, each used by one marker in order.
TEST(FootnoteLinkerTest, RepeatedLabelsKeepEveryText) {
  FootnoteLinker linker;
  linker.AddText("2", {Inline::Text("first")}, {});
  linker.AddText("2", {Inline::Text("second")}, {});
  EXPECT_TRUE(linker.ListedOutOfOrder());
  Inlines parsed;
  for (const char* label : {"2", "2"}) {
    Inline marker;
    marker.type = Inline::Type::kNote;
    marker.note_kind = NoteKind::kFootnoteRef;
    marker.text = label;
    parsed.push_back(Inline::Text("word "));
    parsed.push_back(marker);
  }
  linker.Link(parsed);
  std::vector<std::string> texts;
  for (const Inline& run : parsed) {
    if (run.type == Inline::Type::kFootnote) texts.push_back(run.children.at(0).text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"first", "second"}));
  EXPECT_TRUE(linker.Unused().empty());
}

}  // namespace
}  // namespace teipress
