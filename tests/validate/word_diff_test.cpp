#include "validate/word_diff.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

const std::string kSent =
    "§ 4 Finanzierung\n"
    "Das Land stellt für die Umsetzung der Maßnahmen im Jahr 2025 insgesamt\n"
    "2.812.460 Euro zur Verfügung. Die Mittel werden nach Ausbil-\n"
    "dung und Beschäftigung aufgeteilt und jährlich abgerechnet.\n";

// The scan as OCR reads it: one line per entry, words with a confidence.
std::vector<DiffWord> scanned(const std::string& text, double confidence = 0.9) {
  std::vector<DiffWord> words = words_of_text(text, 1);
  for (DiffWord& word : words) {
    word.confidence = confidence;
    word.box = cv::Rect(0, 0, 10, 10);
  }
  return words;
}

TEST(WordDiff, OcrNoiseLineBreaksAndHyphenationAreNoChange) {
  const std::string read =
      "54 Finanzierung\n"  // "§ 4" read as "54"
      "Das Land stellt fur die Umsetzung der MaBnahmen im Jahr 2025 insgesamt 2.812.460 Euro\n"
      "zur Verfügung. Die Mittel werden nach Ausbildung und Beschäftigung aufgeteilt\n"
      "und jährlich abgerechnet.\n";
  EXPECT_TRUE(compare_words(words_of_text(kSent, 1), scanned(read)).empty());
}

TEST(WordDiff, RomanNumeralsReadWithStrokesRunTogetherAreNoChange) {
  const std::string sent = "die Rechtskreise SGB II, III, VIII, XII und AsylbLG\n";
  EXPECT_TRUE(compare_words(words_of_text(sent, 1), scanned("die Rechtskreise SGB Il, II, VIN, XI und AsylbLG\n")).empty());
  // An added word is not excused as a misread numeral.
  EXPECT_FALSE(compare_words(words_of_text(sent, 1), scanned("die Rechtskreise SGB II, III, VIII, XII und in in AsylbLG\n")).empty());
}

TEST(WordDiff, AChangedDigitIsANumberChange) {
  std::string read = kSent;
  read.replace(read.find("2.812.460"), 9, "2.817.460");
  const auto changes = compare_words(words_of_text(kSent, 1), scanned(read));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].kind, TextChangeKind::kNumberChanged);
  EXPECT_EQ(changes[0].expected, "2.812.460");
  EXPECT_EQ(changes[0].found, "2.817.460");
}

TEST(WordDiff, AnAddedSentenceIsWordsAdded) {
  std::string read = kSent;
  read.replace(read.find("Die Mittel"), 0, "Nicht verbrauchte Mittel verfallen nicht. ");
  const auto changes = compare_words(words_of_text(kSent, 1), scanned(read));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].kind, TextChangeKind::kWordsAdded);
  EXPECT_EQ(changes[0].found, "Nicht verbrauchte Mittel verfallen nicht.");
}

TEST(WordDiff, RemovedWordsAreWordsRemoved) {
  std::string read = kSent;
  read.erase(read.find("und jährlich abgerechnet"), std::string("und jährlich abgerechnet").size());
  const auto changes = compare_words(words_of_text(kSent, 1), scanned(read));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].kind, TextChangeKind::kWordsRemoved);
}

TEST(WordDiff, WhatAReturnedCopyAddsAndLowConfidenceJunkAreNoChange) {
  auto read = scanned(kSent);
  auto stamp = scanned("Eing.: 20. Aug. 2025");
  for (DiffWord& word : stamp) word.added_on_return = true;
  read.insert(read.begin() + 3, stamp.begin(), stamp.end());
  auto junk = scanned("hun un dly", 0.3);
  read.insert(read.end(), junk.begin(), junk.end());
  EXPECT_TRUE(compare_words(words_of_text(kSent, 1), read).empty());
}

TEST(WordDiff, APageThatIsGoneIsOneMissingPage) {
  std::string page_two;
  for (int i = 0; i < 30; ++i) page_two += "Satz " + std::to_string(i) + " der zweiten Seite.\n";
  std::vector<DiffWord> sent = words_of_text(kSent, 1);
  const auto second = words_of_text(page_two, 2);
  sent.insert(sent.end(), second.begin(), second.end());
  const auto third = words_of_text(kSent, 3);
  sent.insert(sent.end(), third.begin(), third.end());
  std::vector<DiffWord> read = scanned(kSent);
  auto last = scanned(kSent);
  for (DiffWord& word : last) word.page = 2;
  read.insert(read.end(), last.begin(), last.end());
  const auto changes = compare_words(sent, read);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].kind, TextChangeKind::kPageMissing);
  EXPECT_EQ(changes[0].reference_page, 2);
}

}  // namespace
}  // namespace agreement_ocr
