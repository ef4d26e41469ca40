// Section headings, and putting back the "§" OCR misread at their start.
#include "extract/sections.h"

#include <gtest/gtest.h>

#include "support/extract_fixtures.h"

namespace agreement_ocr {
namespace {

TEST(Sections, HeadingsCountUpAndOcrReadingsOfTheSignCount) {
  const DocumentText text = text_from_plain("Präambel\n§ 1\nZiele\n82\nText\n$ 3 Laufzeit\n8 40 Euro\n");
  const auto headings = section_headings(text, testing::default_rules());
  ASSERT_EQ(headings.size(), 3u);
  EXPECT_EQ(headings[0], (std::pair<std::size_t, int>{1, 1}));
  EXPECT_EQ(headings[1], (std::pair<std::size_t, int>{3, 2}));
  EXPECT_EQ(headings[2], (std::pair<std::size_t, int>{5, 3}));
  const auto sections = sections_of_lines(text, testing::default_rules());
  EXPECT_FALSE(sections[0].has_value());
  EXPECT_EQ(sections[4], "§ 2");
  EXPECT_EQ(sections[6], "§ 3");  // "8 40 Euro" is out of sequence: no heading
}

OcrLine line_of(std::vector<std::string> words) {
  OcrLine line;
  int x = 100;
  for (const auto& text : words) {
    line.words.push_back({text, cv::Rect(x, 500, 40 * static_cast<int>(text.size()), 40), 0.8});
    x += 40 * static_cast<int>(text.size()) + 20;
  }
  join_words(line);
  return line;
}

TEST(Sections, LettersReadForTheDigitsOfAGarbledHeadingCountOnlyAsTheNextNumber) {
  // "sı", "sa", "g4": the fast model's readings of a bold "§ 1", "§ 4" and "§ 4".
  const DocumentText text = text_from_plain("sı\nZiele\n§ 2\n§ 3\nsa\nMittel\nsa\ng4\nsi\n");
  const auto headings = section_headings(text, testing::default_rules());
  ASSERT_EQ(headings.size(), 4u);
  EXPECT_EQ(headings[0], (std::pair<std::size_t, int>{0, 1}));
  EXPECT_EQ(headings[3], (std::pair<std::size_t, int>{4, 4}));  // the second "sa", "g4" and "si" are no next number
  EXPECT_EQ(section_number_digits("ıa"), "14");
  EXPECT_EQ(section_number_digits("4b"), "");

  OcrLine garbled = line_of({"sa"});
  EXPECT_TRUE(restore_section_sign(garbled, 4));
  EXPECT_EQ(garbled.text, "§ 4");
}

TEST(Sections, TheSignIsPutBackAtTheStartOfAHeading) {
  OcrLine joined = line_of({"82"});
  EXPECT_TRUE(restore_section_sign(joined, 2));
  EXPECT_EQ(joined.text, "§ 2");
  ASSERT_EQ(joined.words.size(), 2u);
  EXPECT_EQ(joined.words[0].box, joined.words[1].box);

  OcrLine apart = line_of({"$", "12", "Laufzeit"});
  EXPECT_TRUE(restore_section_sign(apart, 12));
  EXPECT_EQ(apart.text, "§ 12 Laufzeit");

  OcrLine right = line_of({"§", "3"});
  EXPECT_FALSE(restore_section_sign(right, 3));
  OcrLine other_number = line_of({"84"});
  EXPECT_FALSE(restore_section_sign(other_number, 5));
  EXPECT_EQ(other_number.text, "84");
}

}  // namespace
}  // namespace agreement_ocr
