#include "boxed.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "document_model.h"

namespace teipress {
namespace {

// The point of a box: its owner moves one pointer, not a string's 32 bytes.
static_assert(sizeof(Boxed<std::string>) == sizeof(void*));
static_assert(sizeof(Boxed<DateValue>) == sizeof(void*));
static_assert(std::is_nothrow_move_constructible_v<Boxed<std::string>>);

TEST(BoxedTest, ReadsAsTheDefaultValueUntilSet) {
  const Boxed<std::string> text;
  EXPECT_TRUE(text.empty());
  EXPECT_EQ(text.get(), "");
  EXPECT_EQ(text, "");
  const Boxed<DateValue> date;
  EXPECT_TRUE(date.empty());
  EXPECT_EQ(date->when, "");
}

TEST(BoxedTest, HoldsWhatWasAssignedAndComparesAsItsString) {
  Boxed<std::string> ref;
  ref = "stalin";
  EXPECT_FALSE(ref.empty());
  EXPECT_EQ(ref, "stalin");
  EXPECT_FALSE(ref == "stali");
  EXPECT_EQ(std::string_view(ref), "stalin");
  EXPECT_STREQ(ref.c_str(), "stalin");
  ref = std::string("mao");
  EXPECT_EQ(ref.get(), "mao");
  ref = std::string_view("zhou");
  EXPECT_EQ(ref.get(), "zhou");
}

TEST(BoxedTest, JoinsAndMeasuresAsItsString) {
  const Boxed<std::string> label = "280.";
  EXPECT_EQ(label + " ", "280. ");
  EXPECT_EQ("(" + label, "(280.");
  EXPECT_EQ(std::string("No. ") + label, "No. 280.");
  EXPECT_EQ(label.size(), 4u);
  const Boxed<std::string> none;
  EXPECT_EQ(none + "x", "x");
  EXPECT_EQ(none.size(), 0u);
}

TEST(BoxedTest, AssigningAnEmptyValueEmptiesTheBox) {
  Boxed<std::string> label = "1";
  label = "";
  EXPECT_TRUE(label.empty());
  Boxed<DateValue> date = DateValue{"1951-08-28", "", ""};
  EXPECT_FALSE(date.empty());
  date = DateValue{};
  EXPECT_TRUE(date.empty());
}

TEST(BoxedTest, EditMakesTheValueInPlace) {
  Boxed<DateValue> date;
  date.edit().not_before = "1951";
  date.edit().not_after = "1952";
  EXPECT_EQ(date->not_before, "1951");
  EXPECT_EQ(date->not_after, "1952");
  EXPECT_EQ(date->when, "");
}

TEST(BoxedTest, CopiesAreDeepAndMovesEmptyTheSource) {
  Boxed<std::string> original = "a reading that is longer than a short string's buffer";
  Boxed<std::string> copy = original;
  copy.edit() += " (changed)";
  EXPECT_EQ(original, "a reading that is longer than a short string's buffer");
  EXPECT_EQ(copy, "a reading that is longer than a short string's buffer (changed)");

  Boxed<std::string> moved = std::move(copy);
  EXPECT_EQ(moved, "a reading that is longer than a short string's buffer (changed)");
  EXPECT_TRUE(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from box is empty, by design

  Boxed<std::string> assigned;
  assigned = original;
  original = "other";
  EXPECT_EQ(assigned, "a reading that is longer than a short string's buffer");
  const Boxed<std::string>& same = assigned;
  assigned = same;  // self-assignment keeps the value
  EXPECT_EQ(assigned, "a reading that is longer than a short string's buffer");
}

TEST(BoxedTest, AnInlineCopiesItsBoxedFields) {
  Inline name;
  name.type = Inline::Type::kName;
  name.ref = "beijing";
  Inline note;
  note.printed = "??";
  note.base = {name};
  const Inline copy = note;
  note.base[0].ref = "peking";
  note.printed = "";
  EXPECT_EQ(copy.base[0].ref, "beijing");
  EXPECT_EQ(copy.printed, "??");
}

}  // namespace
}  // namespace teipress
