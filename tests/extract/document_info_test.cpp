// Tests of the document's type, title, year and file reference, and of keeping the received
// stamp's "AZ:" out of the reference.
#include "extract/document_info.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "extract/received_stamps.h"
#include "extract/rules.h"
#include "support/extract_fixtures.h"

namespace agreement_ocr {
namespace {

DocumentInfo info_of(const std::string& text, const std::set<std::size_t>& stamp_lines = {}) {
  return find_document_info(text_from_plain(text), testing::default_rules(), stamp_lines);
}


TEST(DocumentInfo, SeedTitleTypeAndYear) {
  const auto info = info_of(testing::kSeedOpening);
  EXPECT_EQ(info.title, "Zielvereinbarung 2025");
  EXPECT_EQ(info.type, "Zielvereinbarung");
  EXPECT_EQ(info.year, 2025);
  EXPECT_EQ(info.evidence.page, 1);
  EXPECT_EQ(info.evidence.rule, "title-line");
  EXPECT_EQ(info.evidence.text, "Zielvereinbarung 2025");
  // The stamp's empty "AZ:" is no reference.
  EXPECT_EQ(info.reference, std::nullopt);
}

TEST(DocumentInfo, TitleWithoutYear) {
  const auto info = info_of("Kooperationsvereinbarung\n");
  EXPECT_EQ(info.title, "Kooperationsvereinbarung");
  EXPECT_EQ(info.type, "Kooperationsvereinbarung");
  EXPECT_EQ(info.year, std::nullopt);
}

TEST(DocumentInfo, TitleToleratesSurroundingSpaces) {
  const auto info = info_of("   Rahmenvereinbarung 2024  \n");
  EXPECT_EQ(info.title, "Rahmenvereinbarung 2024");
  EXPECT_EQ(info.type, "Rahmenvereinbarung");
  EXPECT_EQ(info.year, 2024);
}

TEST(DocumentInfo, TypeInsideASentenceIsNoTitle) {
  const auto info = info_of("Die Zielvereinbarungen werden auf dem Internetportal veröffentlicht.\n");
  EXPECT_EQ(info.title, std::nullopt);
  EXPECT_EQ(info.type, std::nullopt);
  EXPECT_EQ(info.year, std::nullopt);
}

TEST(DocumentInfo, RomanNumeralsOfAReferenceReadWithLowerCaseL) {
  EXPECT_EQ(info_of("Az.: Ill 2 – 53d 04 01\n").reference, "III 2 – 53d 04 01");
  EXPECT_EQ(info_of("Az.: Il 2 - 53d\n").reference, "II 2 - 53d");
  EXPECT_EQ(info_of("Az.: VIl  7\n").reference, "VII  7");  // spacing kept as read
  // Words with other letters, or only l's, stay as read.
  EXPECT_EQ(info_of("Az.: Ill-Kreis l 2\n").reference, "Ill-Kreis l 2");
  EXPECT_EQ(info_of("Az.: Xylem 4\n").reference, "Xylem 4");
}

TEST(DocumentInfo, ReadsTheFileReference) {
  EXPECT_EQ(info_of("Az.: III 2 – 53d 04 01\n").reference, "III 2 – 53d 04 01");
  EXPECT_EQ(info_of("Aktenzeichen: III 2 – 53d 04 01  \n").reference, "III 2 – 53d 04 01");
  EXPECT_EQ(info_of("Az III 2 – 53d 04 01\n").reference, "III 2 – 53d 04 01");
}

TEST(DocumentInfo, StampAzLineIsExcludedWhenItIsAStampLine) {
  const std::string text = "Eing.: 20. Aug. 2025\nAZ: 123\n\nZielvereinbarung 2025\n\nAz.: III 2 – 53d 04 01\n";
  // Without knowing the stamp, the first labelled line wins.
  EXPECT_EQ(info_of(text).reference, "123");
  // Line 1 is the stamp's "AZ: 123".
  EXPECT_EQ(info_of(text, {0, 1}).reference, "III 2 – 53d 04 01");
  EXPECT_EQ(info_of("Eing.: 20. Aug. 2025\nAZ: 123\n", {0, 1}).reference, std::nullopt);
}

TEST(DocumentInfo, StampLinesFromTheStampSearchKeepItsAzOut) {
  const DocumentText text =
      text_from_plain("Eing.: 20. Aug. 2025\nAnl.: / Ref.:\nAZ: 123\n\nZielvereinbarung 2025\n\nAz.: III 2 – 53d 04 01\n");
  const auto stamps = find_received_stamps(text, testing::default_rules());
  const auto info = find_document_info(text, testing::default_rules(), stamps.stamp_lines);
  EXPECT_EQ(info.reference, "III 2 – 53d 04 01");
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(DocumentInfo, TitleForTheYearAndMisreadTypeWord) {
  const auto info = info_of("Zielvereinbarung für das Jahr 2027\n");
  EXPECT_EQ(info.title, "Zielvereinbarung für das Jahr 2027");
  EXPECT_EQ(info.year, 2027);
  const auto misread = info_of("Zielvereinbärung 2023\n\nzwischen\n");
  EXPECT_EQ(misread.title, "Zielvereinbarung 2023");
  EXPECT_EQ(misread.type, "Zielvereinbarung");
  EXPECT_EQ(misread.evidence.rule, "title-line-corrected");
  // A short type word is never corrected: "Vertag" stays no title; nor is a plural heading.
  EXPECT_EQ(info_of("Vertag 2023\n").title, std::nullopt);
  EXPECT_EQ(info_of("Vereinbarungen\n").title, std::nullopt);
}

TEST(DocumentInfo, TitleOpeningThePartiesSentence) {
  const auto info = info_of(
      "Vereinbarung zwischen dem Ministerium für Soziales (nachstehend „Land“ genannt) und der Stadt Heilbronn\n"
      "(nachstehend „Kommune“ genannt) zur Umsetzung des Budgets 2023\n\nPräambel\n");
  EXPECT_EQ(info.title, "Vereinbarung");
  EXPECT_EQ(info.type, "Vereinbarung");
  EXPECT_EQ(info.year, 2023);
  EXPECT_EQ(info.evidence.rule, "title-sentence");
}

}  // namespace
}  // namespace agreement_ocr
