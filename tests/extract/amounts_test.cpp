// Tests of finding the agreement's amounts: the seed text's total in § 4, an amount split
// over two lines, ambiguous numbers refused with a warning, and section headings as OCR
// misreads them.
#include "extract/amounts.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/rules.h"
#include "support/extract_fixtures.h"

namespace agreement_ocr {
namespace {

std::vector<Amount> amounts_in(const std::string& text, std::vector<std::string>& warnings) {
  return find_amounts(text_from_plain(text), testing::default_rules(), warnings);
}

// The seed OCR text from § 1 to § 5, long paragraphs shortened.
constexpr const char* kSeedSections = R"(§ 1

Ausbildungs- und Qualifizierungsbudget

Ziele des Landes

Das HMSI verfolgt mit dem Ausbildungs- und Qualifizierungsbudget 2025 das Ziel, die Ausbildungsfähigkeit von benachteiligten Menschen zu steigern.

§ 2

Verpflichtungen der Vereinbarungspartner

Im Jahr 2025 werden im Rahmen des AQB erneut Landesmittel für spezifische Angebote zur Integration von Menschen mit Migrationshintergrund zur Verfügung gestellt.

§ 3

Umsetzung der UN-Behindertenrechtskonvention

§ 4

Haushaltsmittel und Eckdaten

Das HMSI stellt der Landeshauptstadt Wiesbaden im Jahr 2025 Haushaltsmittel in Höhe von insgesamt

2.812.460 Euro

aus dem Ausbildungs- und Qualifizierungsbudget 2025 zur Verfügung.

§ 5

Ziele für die Umsetzung der Landeshauptstadt Wiesbaden
)";

TEST(Amounts, SeedTotalInSectionFour) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in(kSeedSections, warnings);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 2812460.0);
  EXPECT_EQ(amounts[0].currency, "EUR");
  EXPECT_EQ(amounts[0].section, "§ 4");
  EXPECT_TRUE(amounts[0].is_total);
  EXPECT_EQ(amounts[0].evidence.text, "2.812.460 Euro");
  EXPECT_EQ(amounts[0].evidence.page, 1);
  EXPECT_EQ(amounts[0].evidence.rule, "german-amount");
  EXPECT_TRUE(warnings.empty());
}

TEST(Amounts, AmountSplitOverTwoLines) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in(R"(§ 1

Haushaltsmittel und Eckdaten

Das HMSI stellt der Landeshauptstadt Wiesbaden im Jahr 2025 Mittel in Höhe von insgesamt 2.812.460
Euro aus dem Ausbildungs- und Qualifizierungsbudget 2025 zur Verfügung.
)",
                                  warnings);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 2812460.0);
  EXPECT_EQ(amounts[0].section, "§ 1");
  EXPECT_TRUE(amounts[0].is_total);
  EXPECT_EQ(amounts[0].evidence.text, "2.812.460 Euro");
  EXPECT_TRUE(warnings.empty());
}

TEST(Amounts, NumberAloneOnItsLineAndEuroOnTheNext) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in("in Höhe von insgesamt\n2.812.460\nEuro aus dem Budget\n", warnings);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 2812460.0);
  EXPECT_TRUE(amounts[0].is_total);
  EXPECT_EQ(amounts[0].section, std::nullopt);
}

TEST(Amounts, AStrayNumberBeforeACurrencyFirstAmountOnTheNextLineIsRefused) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in("Mittel in Höhe von insgesamt 5\nEUR 1.621.750,10\naus dem Budget\n", warnings);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 1621750.10);
  EXPECT_TRUE(amounts[0].is_total);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("\"5\""), std::string::npos) << warnings[0];
}

TEST(Amounts, AmountWithoutTotalMarkerIsNotTheTotal) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in("§ 1\n\nDavon entfallen 150.000 Euro auf Teilzeitausbildungen.\n", warnings);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 150000.0);
  EXPECT_FALSE(amounts[0].is_total);
}

TEST(Amounts, AmbiguousAmountGivesAWarningAndNoAmount) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in("§ 4\n\nHaushaltsmittel in Höhe von insgesamt 2.812.46 Euro\n", warnings);
  EXPECT_TRUE(amounts.empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("ambiguous"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("2.812.46"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("page 1"), std::string::npos) << warnings[0];
}

TEST(Amounts, EnglishSeparatorsAreRefused) {
  std::vector<std::string> warnings;
  EXPECT_TRUE(amounts_in("in Höhe von insgesamt 2,812,460 Euro\n", warnings).empty());
  EXPECT_EQ(warnings.size(), 1u);
}

// The seed's § 4 with its headings as OCR misreads "§".
std::string sections_read_as(const std::string& four) {
  return "§ 1\n\nZiele des Landes\n\n§ 2\n\nVerpflichtungen\n\n8 3\n\nUmsetzung\n\n" + four +
         "\n\nHaushaltsmittel und Eckdaten\n\n"
         "Das HMSI stellt der Landeshauptstadt Wiesbaden im Jahr 2025 Haushaltsmittel in Höhe von insgesamt\n\n"
         "2.812.460 Euro\n\n"
         "50 Teilnehmende erhalten je 1.000 Euro.\n";
}

TEST(Amounts, SectionHeadingsReadAsEightOrDollar) {
  for (const std::string four : {"8 4", "$ 4", "§4", "$4"}) {
    std::vector<std::string> warnings;
    const auto amounts = amounts_in(sections_read_as(four), warnings);
    ASSERT_EQ(amounts.size(), 2u) << four;
    EXPECT_DOUBLE_EQ(amounts[0].value, 2812460.0) << four;
    EXPECT_EQ(amounts[0].section, "§ 4") << four;
    EXPECT_TRUE(amounts[0].is_total) << four;
    // "50 ..." is not a heading "5 0": the amount below stays in § 4.
    EXPECT_DOUBLE_EQ(amounts[1].value, 1000.0) << four;
    EXPECT_EQ(amounts[1].section, "§ 4") << four;
    EXPECT_FALSE(amounts[1].is_total) << four;
  }
}

TEST(Amounts, LostHeadingLeavesTheSectionUnknownNotThePreviousOne) {
  std::vector<std::string> warnings;
  // "§ 4" unread (OCR gave "%"): the amount stands after § 3 but before § 5.
  std::string text = sections_read_as("%");
  text += "\n§ 5\n\nZiele\n\nDavon 30.000 Euro für Sprachkurse.\n";
  const auto amounts = amounts_in(text, warnings);
  ASSERT_EQ(amounts.size(), 3u);
  EXPECT_EQ(amounts[0].section, std::nullopt);
  EXPECT_EQ(amounts[1].section, std::nullopt);
  EXPECT_EQ(amounts[2].section, "§ 5");
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("section of amount \"2.812.460 Euro\" is unknown"), std::string::npos) << warnings[0];
}

TEST(Amounts, GarbledHeadingsCountOnlyAsTheNextNumber) {
  for (const std::string four : {"84a", "s4", "8.4", "S4.", "844"}) {
    std::vector<std::string> warnings;
    const auto amounts = amounts_in(sections_read_as(four), warnings);
    ASSERT_EQ(amounts.size(), 2u) << four;
    EXPECT_EQ(amounts[0].section, "§ 4") << four;
  }
  // "s5" is no § 4; and "8412" holds two digits too many.
  for (const std::string other : {"s5", "8412"}) {
    std::vector<std::string> warnings;
    const auto amounts = amounts_in(sections_read_as(other), warnings);
    ASSERT_EQ(amounts.size(), 2u) << other;
    EXPECT_EQ(amounts[0].section, "§ 3") << other;
  }
}

TEST(Amounts, HeadingFarOutOfSequenceIsNoSection) {
  std::vector<std::string> warnings;
  // "8 12" after § 1 would skip ten sections: not a heading.
  const auto amounts = amounts_in("§ 1\n\nZiele\n\n8 12 Monate Laufzeit mit 5.000 Euro\n", warnings);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_EQ(amounts[0].section, "§ 1");
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(AmountsAcrossPages, TotalMarkerEndingThePreviousPage) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in("Haushaltsmittel in Höhe von\ninsgesamt\n\f1.650.000,- Euro\naus dem Budget\n", warnings);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_EQ(amounts[0].value, 1650000);
  EXPECT_TRUE(amounts[0].is_total);
  EXPECT_EQ(amounts[0].evidence.page, 2);
}

TEST(AmountsAcrossPages, ASectionSignInRunningTextIsNoHeading) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in(
      "§ 1\n\nZiele\n\n§ 2\n\nVerpflichtungen\n\ndass die in\n8 5 vereinbarten Ziele erreicht werden.\n\n§ 3\n\n"
      "Umsetzung\n\n§ 4\n\nHaushaltsmittel in Höhe von insgesamt\n\n2.812.460 Euro\n",
      warnings);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_EQ(amounts[0].section, "§ 4");
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(AmountsReview, ANumberWrappedToTheNextLineIsReadWhole) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in("Das Land stellt insgesamt EUR\n12.345.678,95 bereit.\n", warnings);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 12345678.95);
  EXPECT_TRUE(amounts[0].is_total);
}

TEST(AmountsReview, AMarkerMakesOnlyTheAmountAfterItTheTotal) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in(
      "Insgesamt 3.000.000 Euro stehen bereit, davon 500.000 Euro für Coaching.\nWeitere 20.000 Euro kommen hinzu.\n",
      warnings);
  ASSERT_EQ(amounts.size(), 3u);
  EXPECT_TRUE(amounts[0].is_total);  // "Insgesamt", capitalised, still counts
  EXPECT_FALSE(amounts[1].is_total);
  EXPECT_FALSE(amounts[2].is_total);
}

TEST(AmountsReview, AnAbsurdlyLongNumberIsRefusedNotInfinite) {
  std::vector<std::string> warnings;
  const auto amounts = amounts_in(std::string(400, '1') + " Euro\n", warnings);
  EXPECT_TRUE(amounts.empty());
  EXPECT_FALSE(warnings.empty());
}

}  // namespace
}  // namespace agreement_ocr
