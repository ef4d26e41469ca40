// Tests of finding the parties: the "zwischen ... und ..." block of the seed OCR text, other
// wordings and layouts of it, and documents without one.
#include "extract/parties.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "extract/rules.h"
#include "support/extract_fixtures.h"

namespace agreement_ocr {
namespace {

std::vector<Party> parties_in(const std::string& text) {
  std::vector<std::string> warnings;
  return find_parties(text_from_plain(text), testing::default_rules(), {}, warnings);
}


constexpr const char* kMinistry = "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales";

TEST(Parties, SeedTextGivesBothPartiesInTheNominative) {
  const auto parties = parties_in(testing::kSeedOpening);
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name, kMinistry);
  EXPECT_EQ(parties[0].short_name, "HMSI");
  EXPECT_EQ(parties[1].name, "Landeshauptstadt Wiesbaden");
  EXPECT_EQ(parties[1].short_name, std::nullopt);
}

TEST(Parties, EvidenceIsTheLinesOfEachParty) {
  const auto parties = parties_in(testing::kSeedOpening);
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].evidence.page, 1);
  EXPECT_EQ(parties[0].evidence.rule, "zwischen-und");
  EXPECT_EQ(parties[0].evidence.text, "dem Hessischen Ministerium für Arbeit, Integration, Jugend und Soziales");
  EXPECT_EQ(parties[1].evidence.text, "und der Landeshauptstadt Wiesbaden");
  EXPECT_GT(parties[0].evidence.confidence, 0.0);
  EXPECT_LE(parties[0].evidence.confidence, 1.0);
}

TEST(Parties, AnAcronymOnThePartyLineIsTheShortNameNotPartOfTheName) {
  const auto parties = parties_in(R"(zwischen

dem Hessischen Ministerium für Arbeit, Integration, Jugend und Soziales (HMSI)

und dem Landkreis Marburg-Biedenkopf

zur Umsetzung des hessischen Ausbildungs- und Qualifizierungsbudgets
)");
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name, "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales");
  EXPECT_EQ(parties[0].short_name, "HMSI");
  EXPECT_EQ(parties[1].name, "Landkreis Marburg-Biedenkopf");
  EXPECT_FALSE(parties[1].short_name.has_value());
}

TEST(Parties, LandkreisAsSecondParty) {
  const auto parties = parties_in(R"(Zielvereinbarung 2025

zwischen

dem Hessischen Ministerium für Arbeit, Integration, Jugend und Soziales

und dem Landkreis Marburg-Biedenkopf

zur Umsetzung des hessischen Ausbildungs- und Qualifizierungsbudgets

Präambel

Dafür will das Hessische Ministerium für Arbeit, Integration, Jugend und Soziales (HMSI) regionale
Handlungsspielräume eröffnen. Der Landkreis Marburg-Biedenkopf setzt die Mittel ein.
)");
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name, kMinistry);
  EXPECT_EQ(parties[0].short_name, "HMSI");
  EXPECT_EQ(parties[1].name, "Landkreis Marburg-Biedenkopf");
  EXPECT_EQ(parties[1].short_name, std::nullopt);
}

TEST(Parties, WrappedNameAndUndOnItsOwnLine) {
  const auto parties = parties_in(R"(zwischen

dem Hessischen Ministerium für Arbeit,
Integration, Jugend und Soziales

und

dem Wetteraukreis

zur Umsetzung des hessischen Ausbildungs- und Qualifizierungsbudgets
)");
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name, kMinistry);
  EXPECT_EQ(parties[1].name, "Wetteraukreis");
}

TEST(Parties, ParagraphAfterTheSecondPartyEndsTheBlock) {
  const auto parties = parties_in(R"(zwischen

dem Hessischen Ministerium für Arbeit, Integration, Jugend und Soziales

und der Stadt Offenbach am Main

Die Vereinbarungspartner verfolgen gemeinsame Ziele.
)");
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[1].name, "Stadt Offenbach am Main");
}

TEST(Parties, NoZwischenBlockGivesNoParties) {
  EXPECT_TRUE(parties_in(R"(Zielvereinbarung 2025

Das Hessische Ministerium für Arbeit, Integration, Jugend und Soziales (HMSI) und die Landeshauptstadt
Wiesbaden vereinbaren folgende Ziele.
)")
                  .empty());
  EXPECT_TRUE(parties_in("").empty());
}

TEST(Parties, ZwischenInsideASentenceIsNoIntroduction) {
  EXPECT_TRUE(parties_in(R"(Die Abstimmung zwischen
dem Land und der Stadt erfolgt jährlich.
)")
                  .empty());
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(Parties, ThreePartiesWhoseCommaOcrLost) {
  std::vector<std::string> warnings;
  const auto parties = find_parties(text_from_plain("Zielvereinbarung 2025\n\nzwischen\n"
                                                    "dem Hessischen Ministerium für Arbeit, Integration, Jugend und Soziales\n"
                                                    "dem Landkreis Kassel\nund dem Jobcenter Landkreis Kassel\n\n"
                                                    "zur Umsetzung des Budgets\n"),
                                    testing::default_rules(), {}, warnings);
  ASSERT_EQ(parties.size(), 3u);
  EXPECT_EQ(parties[0].name, "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales");
  EXPECT_EQ(parties[1].name, "Landkreis Kassel");
  EXPECT_EQ(parties[2].name, "Jobcenter Landkreis Kassel");
}

TEST(Parties, SpecksAreNoPartyAndAFullStopNoPartOfAName) {
  std::vector<std::string> warnings;
  const auto parties = find_parties(text_from_plain("zwischen\nA f m\ndem Hochtaunuskreis.\nund der Stadt Hagen\n\nzur Umsetzung\n"),
                                    testing::default_rules(), {}, warnings);
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name, "Hochtaunuskreis");
  EXPECT_EQ(parties[1].name, "Stadt Hagen");
}

TEST(Parties, OneSentenceWithLabelsAfterTheNames) {
  const auto parties = parties_in(
      "Zielvereinbarung 2024\n\n"
      "Zwischen dem Hessischen Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen\n"
      "Raum (nachstehend „Land“ genannt), dem Rheingau-Taunus-Kreis (nachstehend „Kommune“\n"
      "genannt) und dem Jobcenter Rheingau-Taunus-Kreis (nachstehend „Jobcenter“ genannt) wird zur\n"
      "Umsetzung des hessischen Ausbildungs- und Qualifizierungsbudgets die folgende Zielvereinbarung geschlossen:\n\n"
      "Präambel\n\nDas Hessische Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum (HMWVW) "
      "vereinbart Ziele.\n");
  ASSERT_EQ(parties.size(), 3u);
  EXPECT_EQ(parties[0].name, "Hessisches Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum");
  EXPECT_EQ(parties[0].short_name, "HMWVW");
  EXPECT_EQ(parties[0].evidence.rule, "zwischen-sentence");
  EXPECT_EQ(parties[1].name, "Rheingau-Taunus-Kreis");
  EXPECT_EQ(parties[2].name, "Jobcenter Rheingau-Taunus-Kreis");
}

// Page OCR broke the sentence beside a stamp into two paragraphs, the second beginning
// with the last party's label (variety corpus, dev part).
TEST(Parties, ASentenceGoesOnIntoAParagraphThatBeginsWithALabel) {
  auto parties = parties_in(
      "Vereinbarung zwischen dem Hessischen Ministerium für Wirtschaft, Energie, Verkehr,\n"
      "Wohnen und ländlichen Raum (nachstehend „Land“ genannt) und dem Vogelsbergkreis\n\n"
      "(nachstehend „Kommune“ genannt) zur Umsetzung des hessischen Ausbildungs- und\n\n"
      "Qualifizierungsbudgets 2026\n\nPräambel\n");
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name, "Hessisches Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum");
  EXPECT_EQ(parties[1].name, "Vogelsbergkreis");
  // Any other paragraph still ends the sentence: the unlabelled last party may be cut.
  parties = parties_in(
      "Vereinbarung zwischen dem Land Hessen (nachstehend „Land“ genannt) und dem Vogelsbergkreis\n\n"
      "Jobcenter und Arbeitsförderung (nachstehend „Kommune“ genannt) zur Umsetzung\n");
  ASSERT_EQ(parties.size(), 1u);
  EXPECT_EQ(parties[0].name, "Land Hessen");
}

TEST(Parties, OneSentenceWithoutLabelsEndsAtItsPurpose) {
  auto parties = parties_in("Vereinbarung zwischen dem Hessischen Ministerium für Soziales und Integration und dem\n"
                            "Landkreis Groß-Gerau zur Umsetzung des hessischen Ausbildungs- und Qualifizierungsbudgets 2023\n");
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name, "Hessisches Ministerium für Soziales und Integration");
  EXPECT_EQ(parties[1].name, "Landkreis Groß-Gerau");
  // Read only in part: with neither a label nor the sentence's end the last name may be cut.
  parties = parties_in("Vereinbarung zwischen dem Hessischen Ministerium für Soziales und Integration und dem Land-\n");
  EXPECT_TRUE(parties.empty());
  // With a label, the parties before it stand; the unlabelled rest is left out.
  parties = parties_in("Vereinbarung zwischen dem Land Hessen (nachstehend „Land“ genannt) und dem Kreis Fulda\n");
  ASSERT_EQ(parties.size(), 1u);
  EXPECT_EQ(parties[0].name, "Land Hessen");
}

TEST(Parties, AnArticleAloneStartsAPartyWhoseNameWasNotRead) {
  // A stamp over the second party leaves only its article.
  const auto parties = parties_in("zwischen\ndem Hessischen Ministerium für Soziales\n\ndem\n\nzur Umsetzung\n");
  ASSERT_EQ(parties.size(), 1u);
  EXPECT_EQ(parties[0].name, "Hessisches Ministerium für Soziales");
}

// A scanned line at row `y` from `left` to `right`, 40 px high.
TextLine scanned_line(const std::string& text, int y, int left, int right, bool in_stamp_frame = false) {
  TextLine line;
  line.page = 1;
  line.text = text;
  line.box = cv::Rect(left, y, right - left, 40);
  line.in_stamp_frame = in_stamp_frame;
  return line;
}

// "zwischen", then `first_party` on a line a stamp cut, then the Landkreis Kassel.
DocumentText first_party_cut_by_a_stamp(const std::string& first_party) {
  DocumentText lines = {
      scanned_line("zwischen", 100, 1000, 1200),
      scanned_line(first_party, 160, 400, 1600),
      scanned_line("und dem Landkreis Kassel", 220, 800, 1300),
      scanned_line("zur Umsetzung des Budgets", 400, 600, 1600),
  };
  lines[1].cut_by_stamp = true;
  return lines;
}

TEST(Parties, APartyWhoseLineLostWordsToAStampIsLeftOut) {
  const DocumentText lines = first_party_cut_by_a_stamp("dem Ministerium für Wirtschaft, Energie, Verkehr, Wohnen");
  std::vector<std::string> warnings;
  const auto parties = find_parties(lines, testing::default_rules(), {}, warnings);
  ASSERT_EQ(parties.size(), 1u);
  EXPECT_EQ(parties[0].name, "Landkreis Kassel");
  EXPECT_EQ(warnings.size(), 1u);
}

TEST(Parties, ASignatureBlocksOrganisationCompletesAPartyAStampCut) {
  DocumentText lines = first_party_cut_by_a_stamp("dem Hessischen Ministerium für Soziales und Inte");
  std::vector<std::string> warnings;
  const std::vector<std::string> ministry_and_county = {"Hessisches Ministerium für Soziales und Integration",
                                                        "Landkreis Kassel"};
  auto parties = find_parties(lines, testing::default_rules(), ministry_and_county, warnings);
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name, "Hessisches Ministerium für Soziales und Integration");
  EXPECT_TRUE(warnings.empty());
  // Two organisations that both fit, or one that differs in a whole word: left out.
  for (const std::vector<std::string>& organizations :
       {std::vector<std::string>{"Hessisches Ministerium für Soziales und Integration",
                                 "Hessisches Ministerium für Soziales und Internationales"},
        std::vector<std::string>{"Hessisches Ministerium für Arbeit und Integration"}}) {
    warnings.clear();
    parties = find_parties(lines, testing::default_rules(), organizations, warnings);
    ASSERT_EQ(parties.size(), 1u);
    EXPECT_EQ(parties[0].name, "Landkreis Kassel");
    EXPECT_EQ(warnings.size(), 1u);
  }
  // Ending on a whole capitalised word, the reading shows no cut: the stamp may have hidden
  // nothing, and the organisation may be a larger body.
  lines[1].text = "dem Hessischen Ministerium für Soziales";
  warnings.clear();
  parties = find_parties(lines, testing::default_rules(), ministry_and_county, warnings);
  ASSERT_EQ(parties.size(), 1u);
  EXPECT_EQ(warnings.size(), 1u);
  lines[1].text = "dem Hessischen Ministerium für Soziales und";
  parties = find_parties(lines, testing::default_rules(), ministry_and_county, warnings);
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[0].name, "Hessisches Ministerium für Soziales und Integration");
  // One word is completed only by a name of that one word.
  lines[1].text = "dem Vogelsberg";
  for (const auto& [organization, found] : {std::pair<std::string, std::size_t>{"Vogelsbergkreis", 1}, {"Vogelsberg", 2}}) {
    warnings.clear();
    EXPECT_EQ(find_parties(lines, testing::default_rules(), {organization}, warnings).size(), found) << organization;
  }
}

TEST(Parties, APartyWhoseLineRunsUnderAStampIsLeftOutWithAWarning) {
  DocumentText lines = {
      scanned_line("zwischen", 100, 1000, 1200),
      scanned_line("dem Ministerium für Arbeit und Soziales", 160, 400, 1600),
      scanned_line("dem Landkreis Kassel", 220, 800, 1300),
      scanned_line("und der Agentur für Arbeit K", 280, 800, 1580),
      scanned_line("Eingang 2. Juli 2026", 270, 1560, 2300, true),
      scanned_line("zur Umsetzung des Budgets", 400, 600, 1600),
  };
  std::vector<std::string> warnings;
  auto parties = find_parties(lines, testing::default_rules(), {}, warnings);
  ASSERT_EQ(parties.size(), 2u);
  EXPECT_EQ(parties[1].name, "Landkreis Kassel");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("Agentur für Arbeit K"), std::string::npos) << warnings[0];
  // A frame that begins right after the line's end (a quarter of its height) may hide its
  // last letters; half a height clear of it, it covers nothing; nor does one grazing its rows.
  lines[4].box->x = 1590;
  warnings.clear();
  parties = find_parties(lines, testing::default_rules(), {}, warnings);
  EXPECT_EQ(parties.size(), 2u);
  lines[4].box->x = 1600;
  warnings.clear();
  parties = find_parties(lines, testing::default_rules(), {}, warnings);
  EXPECT_EQ(parties.size(), 3u);
  lines[4].box->x = 1560;
  lines[4].box->y = 305;
  warnings.clear();
  parties = find_parties(lines, testing::default_rules(), {}, warnings);
  ASSERT_EQ(parties.size(), 3u);
  EXPECT_TRUE(warnings.empty());
}

}  // namespace
}  // namespace agreement_ocr
