// Tests of party names in the nominative: the article dropped, adjectives given the ending of
// the head noun's gender, genitive head nouns restored, OCR specks before the name removed.
#include "extract/party_name.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "extract/rules.h"
#include "support/extract_fixtures.h"

namespace agreement_ocr {
namespace {

std::string nominative(const std::string& declined) { return nominative_name(declined, testing::default_rules()); }

TEST(PartyName, DativeNeuterAdjectiveTakesNominativeEnding) {
  EXPECT_EQ(nominative("dem Hessischen Ministerium für Arbeit, Integration, Jugend und Soziales"),
            "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales");
}

TEST(PartyName, GenitiveNeuterHeadNounLosesItsEnding) {
  EXPECT_EQ(nominative("des Hessischen Ministeriums für Arbeit, Integration, Jugend und Soziales"),
            "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales");
  EXPECT_EQ(nominative("des Landes Hessen"), "Land Hessen");
}

TEST(PartyName, FeminineNounsOnlyLoseTheArticle) {
  EXPECT_EQ(nominative("der Landeshauptstadt Wiesbaden"), "Landeshauptstadt Wiesbaden");
  EXPECT_EQ(nominative("der Stadt Offenbach am Main"), "Stadt Offenbach am Main");
  EXPECT_EQ(nominative("der Wissenschaftsstadt Darmstadt"), "Wissenschaftsstadt Darmstadt");
}

TEST(PartyName, MasculineDativeAndGenitive) {
  EXPECT_EQ(nominative("dem Landkreis Marburg-Biedenkopf"), "Landkreis Marburg-Biedenkopf");
  EXPECT_EQ(nominative("des Landkreises Marburg-Biedenkopf"), "Landkreis Marburg-Biedenkopf");
  EXPECT_EQ(nominative("dem Wetteraukreis"), "Wetteraukreis");
  EXPECT_EQ(nominative("dem Main-Kinzig-Kreis"), "Main-Kinzig-Kreis");
}

TEST(PartyName, CompoundTakesTheGenderOfItsLastKnownPart) {
  // "Vogelsbergkreis" is not in the noun list; it ends in "kreis", which is masculine.
  EXPECT_EQ(nominative("dem Hessischen Vogelsbergkreis"), "Hessischer Vogelsbergkreis");
  EXPECT_EQ(nominative("der Hessischen Kreisstadt Bad Homburg"), "Hessische Kreisstadt Bad Homburg");
}

TEST(PartyName, OcrSpecksBeforeTheNameAreDropped) {
  EXPECT_EQ(nominative("‚des Landkreises Marburg-Biedenkopf"), "Landkreis Marburg-Biedenkopf");  // U+201A
  EXPECT_EQ(nominative(", dem Wetteraukreis"), "Wetteraukreis");
  EXPECT_EQ(nominative("' . der Landeshauptstadt Wiesbaden"), "Landeshauptstadt Wiesbaden");
}

TEST(PartyName, ExtraSpacesAreTidied) {
  EXPECT_EQ(nominative("  dem   Hessischen  Ministerium für Arbeit ,  Integration, Jugend und Soziales "),
            "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales");
}

TEST(PartyName, NameWithoutArticleIsKept) {
  EXPECT_EQ(nominative("Landeshauptstadt Wiesbaden"), "Landeshauptstadt Wiesbaden");
  EXPECT_EQ(nominative("Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales"),
            "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales");
}

TEST(TidySpaces, CollapsesRunsAndTrims) {
  EXPECT_EQ(tidy_spaces("  a   b  "), "a b");
  EXPECT_EQ(tidy_spaces("a\t\tb\nc"), "a b c");
  EXPECT_EQ(tidy_spaces(""), "");
  EXPECT_EQ(tidy_spaces("   "), "");
}

TEST(TidySpaces, RemovesSpaceBeforePunctuation) {
  EXPECT_EQ(tidy_spaces("Arbeit , Integration ; Jugend : Soziales ."), "Arbeit, Integration; Jugend: Soziales.");
  EXPECT_EQ(tidy_spaces("Wiesbaden  ,  den 6.8.2025"), "Wiesbaden, den 6.8.2025");
}

TEST(TidySpaces, KeepsOtherCharactersAsTheyAre) {
  EXPECT_EQ(tidy_spaces("Stadtteilmütter – Stadteinväter"), "Stadtteilmütter – Stadteinväter");
  EXPECT_EQ(tidy_spaces("Fit für den Beruf (FIB)"), "Fit für den Beruf (FIB)");
}

TEST(TidyValue, TidiesSpacesAndReadsEmDashBetweenWordsAsEnDash) {
  EXPECT_EQ(tidy_value("Stadtteilmütter  —  Stadteinväter", testing::default_rules()), "Stadtteilmütter – Stadteinväter");
  EXPECT_EQ(tidy_value("Glad to Care - Berufswege für Frauen", testing::default_rules()), "Glad to Care - Berufswege für Frauen");
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(PartyName, HyphenatedCompoundEndsInAKnownNoun) {
  EXPECT_EQ(nominative_name("des Rheingau-Taunus-Kreises", testing::default_rules()), "Rheingau-Taunus-Kreis");
  EXPECT_EQ(nominative_name("dem Schwalm-Eder-Kreis", testing::default_rules()), "Schwalm-Eder-Kreis");
}

TEST(TidyValue, RomanNumeralsGetTheirCapitalIBack) {
  const Rules& rules = testing::default_rules();
  EXPECT_EQ(tidy_value("in den Rechtskreisen SGB Il, Ill und VII!", rules), "in den Rechtskreisen SGB II, III und VIII");
  EXPECT_EQ(tidy_value("Ill 2 – 53d", rules), "III 2 – 53d");
  // Words with other letters stay as read.
  EXPECT_EQ(tidy_value("Ilse Villa Ill.", rules), "Ilse Villa III.");
  EXPECT_EQ(tidy_value("Illingen", rules), "Illingen");
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(PartyName, TheSentencesPunctuationAfterANameIsDropped) {
  EXPECT_EQ(without_closing_punctuation("Agentur für Arbeit Bad Homburg."), "Agentur für Arbeit Bad Homburg");
  EXPECT_EQ(without_closing_punctuation("Hochtaunuskreis,"), "Hochtaunuskreis");
  EXPECT_EQ(without_closing_punctuation("Förderverein Arbeit e.V."), "Förderverein Arbeit e.V.");
  EXPECT_EQ(without_closing_punctuation("Förderverein Arbeit e.V.,"), "Förderverein Arbeit e.V.");
  EXPECT_EQ(without_closing_punctuation(""), "");
}

}  // namespace
}  // namespace agreement_ocr
