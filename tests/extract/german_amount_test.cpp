// Tests of finding euro amounts: the written forms, scales, OCR noise, offsets, and the numbers
// that must be refused as ambiguous or are no amounts at all.
#include "extract/german_amount.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace agreement_ocr {
namespace {

AmountVocabulary euro_vocabulary() {
  AmountVocabulary vocabulary;
  vocabulary.currency_words = {"Euro", "EUR", "€"};
  vocabulary.scales = {{"Mio.", 1e6}, {"Mio", 1e6}, {"Millionen", 1e6}, {"Tsd.", 1e3},
                       {"Tsd", 1e3},  {"T€", 1e3},  {"TEUR", 1e3}};
  return vocabulary;
}

std::vector<AmountMatch> amounts_in(std::string_view text) { return find_german_amounts(text, euro_vocabulary()); }

// The one amount in `text`, read without ambiguity; fails the test otherwise.
AmountMatch only_amount_in(std::string_view text) {
  const auto amounts = amounts_in(text);
  EXPECT_EQ(amounts.size(), 1u) << text;
  if (amounts.size() != 1) return {};
  EXPECT_FALSE(amounts[0].ambiguous) << text << ": " << amounts[0].problem;
  return amounts[0];
}

double value_of(std::string_view text) { return only_amount_in(text).value; }

// The one amount in `text`, which must have been refused.
AmountMatch only_refused_amount_in(std::string_view text) {
  const auto amounts = amounts_in(text);
  EXPECT_EQ(amounts.size(), 1u) << text;
  if (amounts.size() != 1) return {};
  EXPECT_TRUE(amounts[0].ambiguous) << text;
  EXPECT_EQ(amounts[0].value, 0) << text;
  EXPECT_FALSE(amounts[0].problem.empty()) << text;
  return amounts[0];
}

TEST(GermanAmount, ReadsThousandsDotsWithCurrencyAfter) {
  EXPECT_DOUBLE_EQ(value_of("2.812.460 Euro"), 2812460);
  EXPECT_DOUBLE_EQ(value_of("1.987.300 EUR"), 1987300);
  EXPECT_DOUBLE_EQ(value_of("500 Euro"), 500);
  EXPECT_DOUBLE_EQ(value_of("12.500 €"), 12500);
  EXPECT_DOUBLE_EQ(value_of("2812460 Euro"), 2812460);
}

TEST(GermanAmount, ReadsCents) {
  EXPECT_DOUBLE_EQ(value_of("2.812.460,00 €"), 2812460);
  EXPECT_DOUBLE_EQ(value_of("2.812.460,00 EUR"), 2812460);
  EXPECT_DOUBLE_EQ(value_of("12.500,50 Euro"), 12500.5);
  EXPECT_DOUBLE_EQ(value_of("0,99 €"), 0.99);
  EXPECT_DOUBLE_EQ(value_of("7,5 Euro"), 7.5);
}

TEST(GermanAmount, ReadsADashInsteadOfCents) {
  EXPECT_DOUBLE_EQ(value_of("1.650.000,- Euro"), 1650000);
  EXPECT_DOUBLE_EQ(value_of("1.650.000,-- €"), 1650000);
  EXPECT_DOUBLE_EQ(value_of("EUR 1.650.000,-"), 1650000);
  EXPECT_EQ(only_amount_in("1.650.000,- Euro").text, "1.650.000,- Euro");
}

TEST(GermanAmount, ReadsCurrencyBeforeTheNumber) {
  EXPECT_DOUBLE_EQ(value_of("EUR 2.104.950"), 2104950);
  EXPECT_DOUBLE_EQ(value_of("€ 2.104.950,50"), 2104950.5);
  EXPECT_DOUBLE_EQ(value_of("€2.104.950"), 2104950);
  EXPECT_EQ(only_amount_in("EUR 2.104.950 für").text, "EUR 2.104.950");
}

TEST(GermanAmount, ACurrencyWordBetweenTwoNumbersBelongsToNeither) {
  // A stray digit before "EUR 1.621.750,10" would otherwise claim its currency word.
  const auto amounts = amounts_in("insgesamt 5 EUR 1.621.750,10");
  ASSERT_EQ(amounts.size(), 2u);
  EXPECT_TRUE(amounts[0].ambiguous);
  EXPECT_EQ(amounts[0].text, "5");
  EXPECT_TRUE(amounts[1].ambiguous);
  EXPECT_EQ(amounts[1].text, "EUR 1.621.750,10");
  // A scale holding the currency ends its amount: nothing is disputed.
  EXPECT_DOUBLE_EQ(value_of("2,5 Mio. Euro"), 2.5e6);
}

TEST(GermanAmount, AcceptsCurrencyInCapitals) {
  EXPECT_DOUBLE_EQ(value_of("500 EURO"), 500);
  EXPECT_DOUBLE_EQ(value_of("EURO 500"), 500);
}

TEST(GermanAmount, ReadsScales) {
  EXPECT_DOUBLE_EQ(value_of("1,2 Mio. Euro"), 1200000);
  EXPECT_DOUBLE_EQ(value_of("1,2 Mio Euro"), 1200000);
  EXPECT_DOUBLE_EQ(value_of("3 Millionen Euro"), 3000000);
  EXPECT_DOUBLE_EQ(value_of("1,275 Mio. €"), 1275000);
  EXPECT_DOUBLE_EQ(value_of("250 Tsd. Euro"), 250000);
  EXPECT_DOUBLE_EQ(value_of("250 Tsd Euro"), 250000);
  EXPECT_DOUBLE_EQ(value_of("EUR 1,2 Mio."), 1200000);
  EXPECT_DOUBLE_EQ(value_of("1.500 Mio. Euro"), 1500000000);
}

TEST(GermanAmount, AScaleWithACurrencyNeedsNoOther) {
  EXPECT_DOUBLE_EQ(value_of("250 T€"), 250000);
  EXPECT_DOUBLE_EQ(value_of("250 TEUR"), 250000);
  EXPECT_EQ(only_amount_in("rund 250 T€ im Jahr").text, "250 T€");
}

TEST(GermanAmount, BareNumbersAndScalesAreNoAmounts) {
  EXPECT_TRUE(amounts_in("2.812.460").empty());
  EXPECT_TRUE(amounts_in("im Jahr 2025 für 120 Teilnehmende").empty());
  EXPECT_TRUE(amounts_in("1,2 Mio. Einwohner").empty());
  EXPECT_TRUE(amounts_in("250 Tsd.").empty());
  EXPECT_TRUE(amounts_in("Euro und EUR ohne Zahl").empty());
}

TEST(GermanAmount, CurrencyWordsMustStandAlone) {
  EXPECT_TRUE(amounts_in("2025 Europa").empty());
  EXPECT_TRUE(amounts_in("2025 Europäische Union").empty());
  EXPECT_TRUE(amounts_in("2025 EUROPA").empty());
  EXPECT_TRUE(amounts_in("NEUR 500").empty());
  EXPECT_TRUE(amounts_in("EUR 500abc").empty());
}

TEST(GermanAmount, CurrencyWordsComeFromTheVocabulary) {
  EXPECT_TRUE(find_german_amounts("500 Euro", AmountVocabulary{}).empty());
  AmountVocabulary francs;
  francs.currency_words = {"CHF"};
  const auto amounts = find_german_amounts("500 Euro und 300 CHF", francs);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 300);
  EXPECT_EQ(amounts[0].text, "300 CHF");
}

TEST(GermanAmount, RefusesBadGrouping) {
  EXPECT_NE(only_refused_amount_in("2.812.46 Euro").problem.find("three digits"), std::string::npos);
  only_refused_amount_in("2.8124.600 Euro");
  only_refused_amount_in("2812.460 Euro");
  only_refused_amount_in("0.460 Euro");
  EXPECT_EQ(only_refused_amount_in("2.812.46 Euro").text, "2.812.46 Euro");
}

TEST(GermanAmount, RefusesEnglishStyleSeparators) {
  EXPECT_NE(only_refused_amount_in("2,812,460 Euro").problem.find("commas"), std::string::npos);
  only_refused_amount_in("2,812,460.00 EUR");
  only_refused_amount_in("2,812 Euro");
  only_refused_amount_in("12.500,505 Euro");
}

TEST(GermanAmount, RefusesADotAsDecimalPointBeforeAScale) {
  const auto refused = only_refused_amount_in("1.5 Mio. Euro");
  EXPECT_NE(refused.problem.find("decimal point"), std::string::npos);
  EXPECT_EQ(refused.text, "1.5 Mio. Euro");
  only_refused_amount_in("EUR 2.25 Mio.");
}

TEST(GermanAmount, ReadsThreeDigitGroupsSplitBySpacesAfterAWord) {
  const std::string text = "insgesamt 2 812 460 Euro";
  const auto amount = only_amount_in(text);
  EXPECT_DOUBLE_EQ(amount.value, 2812460);
  EXPECT_EQ(amount.text, "2 812 460 Euro");
  EXPECT_EQ(amount.begin, 10u);
  EXPECT_EQ(amount.end, text.size());
  EXPECT_DOUBLE_EQ(value_of("2 718 350,50 Euro"), 2718350.5);
}

TEST(GermanAmount, RefusesDigitGroupsSplitBySpacesThatCouldBeSeveralNumbers) {
  // Two groups may be a count and an amount; a digit before the groups may belong to them.
  EXPECT_EQ(only_refused_amount_in("Ziffer 2 500 Euro").text, "2 500 Euro");
  EXPECT_EQ(only_refused_amount_in("Projekte 3 2 718 350 Euro").text, "2 718 350 Euro");
  // A year before an amount is no digit group.
  EXPECT_DOUBLE_EQ(value_of("im Jahr 2025 500 Euro"), 500);
}

TEST(GermanAmount, ReadsOcrLookalikesInsideTheNumber) {
  EXPECT_DOUBLE_EQ(value_of("2.8l2.46O Euro"), 2812460);
  EXPECT_DOUBLE_EQ(value_of("2.8I2.46O Euro"), 2812460);
  EXPECT_DOUBLE_EQ(value_of("1.SOO EUR"), 1500);
  EXPECT_EQ(only_amount_in("2.8l2.46O Euro").text, "2.8l2.46O Euro");
}

TEST(GermanAmount, NeedsARealDigit) {
  // "IS" and "OS" are words, whatever OCR look-alikes they are made of.
  EXPECT_TRUE(amounts_in("IS Euro").empty());
  EXPECT_TRUE(amounts_in("EUR OS").empty());
}

TEST(GermanAmount, AcceptsASpaceAfterAThousandsDot) {
  EXPECT_DOUBLE_EQ(value_of("2. 812.460 Euro"), 2812460);
  EXPECT_DOUBLE_EQ(value_of("2. 812. 460 Euro"), 2812460);
  EXPECT_EQ(only_amount_in("von 2. 812.460 Euro").text, "2. 812.460 Euro");
}

TEST(GermanAmount, ReportsOffsetsAndTextAsRead) {
  const std::string text = "Das HMSI stellt ... insgesamt 2.812.460 Euro aus dem";
  const auto amounts = amounts_in(text);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 2812460);
  EXPECT_EQ(amounts[0].currency, "EUR");
  EXPECT_FALSE(amounts[0].ambiguous);
  EXPECT_TRUE(amounts[0].problem.empty());
  EXPECT_EQ(amounts[0].begin, text.find("2.812"));
  EXPECT_EQ(amounts[0].end, text.find(" aus"));
  EXPECT_EQ(amounts[0].text, "2.812.460 Euro");
}

TEST(GermanAmount, OffsetsCoverAMultiByteCurrency) {
  const std::string text = "Höhe: 2.812.460,00 € gesamt";
  const auto amount = only_amount_in(text);
  EXPECT_EQ(amount.begin, 7u);  // "ö" takes two bytes
  EXPECT_EQ(amount.text, "2.812.460,00 €");
  EXPECT_EQ(amount.end, amount.begin + amount.text.size());
  EXPECT_EQ(text.substr(amount.begin, amount.end - amount.begin), amount.text);
}

TEST(GermanAmount, FindsSeveralAmountsInOneLineLeftToRight) {
  const std::string text = "davon 1.650.000,- Euro Landesmittel, EUR 2.104.950 Bund und 250 T€ sowie 1.5 Mio. Euro.";
  const auto amounts = amounts_in(text);
  ASSERT_EQ(amounts.size(), 4u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 1650000);
  EXPECT_EQ(amounts[0].text, "1.650.000,- Euro");
  EXPECT_DOUBLE_EQ(amounts[1].value, 2104950);
  EXPECT_EQ(amounts[1].text, "EUR 2.104.950");
  EXPECT_DOUBLE_EQ(amounts[2].value, 250000);
  EXPECT_EQ(amounts[2].text, "250 T€");
  EXPECT_TRUE(amounts[3].ambiguous);
  EXPECT_EQ(amounts[3].text, "1.5 Mio. Euro");
  for (const auto& amount : amounts) EXPECT_EQ(text.substr(amount.begin, amount.end - amount.begin), amount.text);
}

TEST(GermanAmount, DatesAndParagraphsAreNoAmounts) {
  EXPECT_TRUE(amounts_in("Wiesbaden, den 13.8.2025").empty());
  EXPECT_TRUE(amounts_in("Eing.: 20. Aug. 2025").empty());
  EXPECT_TRUE(amounts_in("die in § 5 vereinbarten Ziele").empty());
}

TEST(GermanAmount, AFinderCanBeReused) {
  GermanAmountFinder finder(euro_vocabulary());
  EXPECT_EQ(finder.find("500 Euro").size(), 1u);
  EXPECT_EQ(finder.find("500 Euro und 600 EUR").size(), 2u);
  EXPECT_TRUE(finder.find("keine Beträge").empty());
  const GermanAmountFinder moved = std::move(finder);
  EXPECT_DOUBLE_EQ(moved.find("1,2 Mio. Euro").front().value, 1200000);
}

TEST(GermanAmount, FindsTheAmountOfTheSeedAgreement) {
  // Lines of samples' zielvereinbarung-2025-wiesbaden: years, paragraph numbers and dates around
  // the one amount.
  const std::string text =
      "Eing.: 20. Aug. 2025\n"
      "Zielvereinbarung 2025\n"
      "dem „Bündnis für Ausbildung für die Jahre 2025 bis 2029“, dem Fachkonzept\n"
      "§ 4\n"
      "Haushaltsmittel und Eckdaten\n"
      "Das HMSI stellt der Landeshauptstadt Wiesbaden im Jahr 2025 Haushaltsmittel in Höhe von insgesamt\n"
      "\n"
      "2.812.460 Euro\n"
      "\n"
      "aus dem Ausbildungs- und Qualifizierungsbudget 2025 zur Verfügung.\n"
      "Wiesbaden, den *6.8.2025*\n"
      "Wiesbaden, den *13.8.2025*\n";
  const auto amounts = amounts_in(text);
  ASSERT_EQ(amounts.size(), 1u);
  EXPECT_DOUBLE_EQ(amounts[0].value, 2812460);
  EXPECT_FALSE(amounts[0].ambiguous);
  EXPECT_EQ(amounts[0].text, "2.812.460 Euro");
  EXPECT_EQ(amounts[0].begin, text.find("2.812.460"));
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// Found by tests/fuzz (german_amount_fuzzer): the second amount reached back into the first.
TEST(GermanAmountRegression, MatchesNeverOverlap) {
  const auto amounts = find_german_amounts("EUR 12 345 Euro", euro_vocabulary());
  for (std::size_t i = 1; i < amounts.size(); ++i) EXPECT_GE(amounts[i].begin, amounts[i - 1].end);
  ASSERT_FALSE(amounts.empty());
  EXPECT_EQ(amounts[0].text, "EUR 12");
}

}  // namespace
}  // namespace agreement_ocr
