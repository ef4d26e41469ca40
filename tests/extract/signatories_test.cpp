// Tests of the signature blocks: the seed's two blocks as OCR read them (the signature as a
// text line, the title inside the name, the date in "*...*"), a block without a signature,
// an unreadable date, and voting among handwriting readings of the date.
#include "extract/signatories.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/rules.h"
#include "support/extract_fixtures.h"

namespace agreement_ocr {
namespace {

std::vector<Signatory> signatories_in(const std::string& text, std::optional<int> expected_year,
                                      std::vector<std::string>& warnings) {
  return find_signatories(text_from_plain(text), testing::default_rules(), expected_year, warnings);
}

// The end of the seed OCR text, exactly as OCR read it.
constexpr const char* kSeedEnd = R"(Die Landeshauptstadt Wiesbaden beteiligt sich an Umfragen und Tagungen des HMSI mit dem Ziel, Erfahrungen auszutauschen, gute Praxis zu identifizieren und neue Impulse für die regionale Arbeitsmarkt- und Ausbildungspolitik zu setzen.

Die Zielvereinbarungen werden auf dem Internetportal des HMSI „Arbeitswelt Hessen“ veröffentlicht.

Wiesbaden, den *6.8.2025*

Heike Hofmann

Heike Hofmann
Staatsministerin
Hessisches Ministerium
für Arbeit, Integration,
Jugend und Soziales

Wiesbaden, den *13.8.2025*

Dr. P. Becher

Patricia Dr. Becher
Stadträtin
der Landeshauptstadt
Wiesbaden)";

TEST(Signatories, SeedBlocks) {
  std::vector<std::string> warnings;
  const auto signatories = signatories_in(kSeedEnd, 2025, warnings);
  ASSERT_EQ(signatories.size(), 2u);

  EXPECT_EQ(signatories[0].name, "Heike Hofmann");
  EXPECT_EQ(signatories[0].title, std::nullopt);
  EXPECT_EQ(signatories[0].role, "Staatsministerin");
  EXPECT_EQ(signatories[0].organization, "Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales");
  EXPECT_EQ(signatories[0].place, "Wiesbaden");
  EXPECT_EQ(signatories[0].date, "2025-08-06");
  EXPECT_FALSE(signatories[0].signature_present.has_value());  // judged from ink, later

  EXPECT_EQ(signatories[1].name, "Patricia Becher");
  EXPECT_EQ(signatories[1].title, "Dr.");
  EXPECT_EQ(signatories[1].role, "Stadträtin");
  EXPECT_EQ(signatories[1].organization, "Landeshauptstadt Wiesbaden");
  EXPECT_EQ(signatories[1].place, "Wiesbaden");
  EXPECT_EQ(signatories[1].date, "2025-08-13");
  EXPECT_FALSE(signatories[1].signature_present.has_value());

  EXPECT_TRUE(warnings.empty()) << warnings.front();
}

TEST(Signatories, SeedBlocksWithoutAnExpectedYear) {
  std::vector<std::string> warnings;
  const auto signatories = signatories_in(kSeedEnd, std::nullopt, warnings);
  ASSERT_EQ(signatories.size(), 2u);
  EXPECT_EQ(signatories[0].date, "2025-08-06");
  EXPECT_EQ(signatories[1].date, "2025-08-13");
}

TEST(Signatories, SeedEvidenceIsTheBlock) {
  std::vector<std::string> warnings;
  const auto signatories = signatories_in(kSeedEnd, 2025, warnings);
  ASSERT_EQ(signatories.size(), 2u);
  EXPECT_EQ(signatories[1].evidence.rule, "place-date-name-role");
  EXPECT_EQ(signatories[1].evidence.text,
            "Wiesbaden, den *13.8.2025*\nDr. P. Becher\nPatricia Dr. Becher\nStadträtin\nder Landeshauptstadt\nWiesbaden");
  // Text input has no boxes: there is nowhere to look for ink.
  EXPECT_EQ(signatories[1].signature_area, std::nullopt);
}

TEST(Signatories, BlockWithoutSignatureLine) {
  std::vector<std::string> warnings;
  const auto signatories = signatories_in(R"(Wiesbaden, den 6.8.2025

Heike Hofmann
Staatsministerin
Hessisches Ministerium
für Arbeit, Integration,
Jugend und Soziales
)",
                                          2025, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].name, "Heike Hofmann");
  EXPECT_EQ(signatories[0].role, "Staatsministerin");
  EXPECT_EQ(signatories[0].date, "2025-08-06");
  EXPECT_FALSE(signatories[0].signature_present.has_value());
}

TEST(Signatories, TitleBeforeTheNameAndExtraSpaces) {
  std::vector<std::string> warnings;
  const auto signatories = signatories_in(R"(Marburg ,  den 13. August 2025

Prof. Dr.  Patricia   Becher
Landrätin
des Landkreises Marburg-Biedenkopf
)",
                                          2025, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].place, "Marburg");
  EXPECT_EQ(signatories[0].date, "2025-08-13");
  EXPECT_EQ(signatories[0].name, "Patricia Becher");
  EXPECT_EQ(signatories[0].title, "Prof. Dr.");
  EXPECT_EQ(signatories[0].role, "Landrätin");
  EXPECT_EQ(signatories[0].organization, "Landkreis Marburg-Biedenkopf");
}

TEST(Signatories, UnreadableDateIsNullWithAWarning) {
  std::vector<std::string> warnings;
  const auto signatories = signatories_in(R"(Wiesbaden, den *~~ ,/ *

Heike Hofmann

Heike Hofmann
Staatsministerin
)",
                                          2025, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].name, "Heike Hofmann");
  EXPECT_EQ(signatories[0].date, std::nullopt);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("Heike Hofmann"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("unreadable"), std::string::npos) << warnings[0];
}

TEST(Signatories, DateFarFromTheExpectedYearIsRefused) {
  std::vector<std::string> warnings;
  const auto signatories =
      signatories_in("Wiesbaden, den 6.8.2020\n\nHeike Hofmann\nStaatsministerin\n", 2025, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].date, std::nullopt);
  EXPECT_EQ(warnings.size(), 1u);
}

TEST(Signatories, NoRoleNoBlock) {
  std::vector<std::string> warnings;
  EXPECT_TRUE(signatories_in("Wiesbaden, den 6.8.2025\n\nHeike Hofmann\nHessisches Ministerium\n", 2025, warnings)
                  .empty());
  EXPECT_TRUE(signatories_in("Die Sitzung fand in Wiesbaden statt.\n", 2025, warnings).empty());
}

TextLine line_at(const std::string& text, cv::Rect box, int paragraph) {
  TextLine line;
  line.page = 3;
  line.text = text;
  line.box = box;
  line.confidence = 0.9;
  line.paragraph = paragraph;
  return line;
}

// A scanned block: the date line read from handwriting (`page_model_readings` by the page's
// model, `second_readings` by the second one), then name, role and organisation.
DocumentText scanned_block(const std::vector<std::string>& page_model_readings,
                           const std::vector<std::string>& second_readings = {}) {
  DocumentText text;
  text.push_back(line_at("Wiesbaden, den", cv::Rect(300, 2600, 420, 50), 0));
  for (const auto& reading : page_model_readings) text.back().handwriting_readings.push_back({reading, true});
  for (const auto& reading : second_readings) text.back().handwriting_readings.push_back({reading, false});
  text.push_back(line_at("Heike Hofmann", cv::Rect(300, 2900, 380, 45), 1));
  text.push_back(line_at("Staatsministerin", cv::Rect(300, 2955, 400, 45), 1));
  text.push_back(line_at("Hessisches Ministerium", cv::Rect(300, 3010, 600, 45), 1));
  return text;
}

TEST(Signatories, HandwritingReadingsVoteWithTheExpectedYear) {
  std::vector<std::string> warnings;
  const auto signatories =
      find_signatories(scanned_block({"16.5.2723", "16.59.23", "16.5.23", "16.5.23"}), testing::default_rules(), 2023, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].date, "2023-05-16");
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(signatories[0].name, "Heike Hofmann");
  EXPECT_EQ(signatories[0].organization, "Hessisches Ministerium");
  EXPECT_EQ(signatories[0].evidence.page, 3);
  // The scan's signature area runs from under the date line to the role line.
  ASSERT_TRUE(signatories[0].signature_area.has_value());
  EXPECT_EQ(*signatories[0].signature_area, cv::Rect(300, 2650, 420, 2955 - 2650));
  // No line between date and name: for scans the ink check decides.
  EXPECT_FALSE(signatories[0].signature_present.has_value());
}

TEST(Signatories, TheSecondModelCannotDecideAlone) {
  std::vector<std::string> warnings;
  const auto alone = find_signatories(scanned_block({"18.5.2723", "18.59.23"}, {"16.5.23", "16.5.23"}),
                                      testing::default_rules(), 2023, warnings);
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].date, std::nullopt);
  // Nor outvote the page's model: 13.8 (page model once) beats 13.6 (second model three times).
  const auto outvoted = find_signatories(scanned_block({"13.820725", "13.8.2025"}, {"13.6.2025", "13.6.2025", "13.6.2025"}),
                                         testing::default_rules(), 2025, warnings);
  ASSERT_EQ(outvoted.size(), 1u);
  EXPECT_EQ(outvoted[0].date, "2025-08-13");
  // And it confirms: agreement of both models is the date.
  const auto confirmed =
      find_signatories(scanned_block({"6.8.2025"}, {"6.8.2025", "6.6.2025"}), testing::default_rules(), 2025, warnings);
  ASSERT_EQ(confirmed.size(), 1u);
  EXPECT_EQ(confirmed[0].date, "2025-08-06");
}

TEST(Signatories, OnlyImplausibleHandwritingReadingsGiveNoDate) {
  std::vector<std::string> warnings;
  const auto signatories =
      find_signatories(scanned_block({"16.5.2723", "16.59.23", "16.5.2020"}), testing::default_rules(), 2023, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].date, std::nullopt);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("page 3"), std::string::npos) << warnings[0];
}

TEST(Signatories, MoreConfidentWhenTheReadingsAgree) {
  std::vector<std::string> warnings;
  const auto agreed = find_signatories(scanned_block({"16.5.23", "16.5.23"}), testing::default_rules(), 2023, warnings);
  const auto split = find_signatories(scanned_block({"16.5.23"}, {"17.5.23"}), testing::default_rules(), 2023, warnings);
  ASSERT_EQ(agreed.size(), 1u);
  ASSERT_EQ(split.size(), 1u);
  EXPECT_EQ(agreed[0].date, "2023-05-16");
  EXPECT_EQ(split[0].date, "2023-05-16");  // the page's model outvotes the second
  EXPECT_GT(agreed[0].evidence.confidence, split[0].evidence.confidence);
  // The page's model disagreeing with itself gives no date.
  const auto torn = find_signatories(scanned_block({"16.5.23", "17.5.23"}), testing::default_rules(), 2023, warnings);
  ASSERT_EQ(torn.size(), 1u);
  EXPECT_EQ(torn[0].date, std::nullopt);
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// A received stamp put over a signature block: its lines, read in its frame, stand between
// the place-and-date line and the name, and specks at its edge follow the name.
TEST(SignatoriesUnderAStamp, StampLinesAreSkippedAndSpecksAfterTheNameDropped) {
  DocumentText lines = text_from_plain("Wiesbaden, den 6.8.2025\nIn\nHeike Hofmann | „;:\nStaatsministerin\nHessisches Ministerium\n");
  TextLine stamp;
  stamp.page = 1;
  stamp.in_stamp_frame = true;
  for (const char* text : {"Hessisches Ministerium für Arbeit,", "Integration, Jugend und Soziales", "Eing.: 20. Aug. 2025",
                           "Anl.: Ref.:", "AZ:"}) {
    stamp.text = text;
    lines.insert(lines.begin() + 2, stamp);
  }
  std::vector<std::string> warnings;
  const auto found = find_signatories(lines, testing::default_rules(), 2025, warnings);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Heike Hofmann");
  EXPECT_EQ(found[0].role, "Staatsministerin");
  EXPECT_EQ(found[0].date, "2025-08-06");
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(Signatories, TheOrganisationGoesOnOverTesseractsParagraphBreaks) {
  // Tesseract made a paragraph of each line of the block; the rows still follow each other
  // flush left. A line further down, or indented, is not the block's.
  DocumentText text = scanned_block({"13.8.2025"});
  text[3].paragraph = 2;
  text.push_back(line_at("für Arbeit und Soziales", cv::Rect(300, 3065, 600, 45), 3));
  text.push_back(line_at("Anlage 1", cv::Rect(300, 3300, 200, 45), 4));
  std::vector<std::string> warnings;
  auto found = find_signatories(text, testing::default_rules(), 2025, warnings);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].organization, "Hessisches Ministerium für Arbeit und Soziales");

  text[3].box = cv::Rect(900, 3010, 600, 45);  // not under the role
  found = find_signatories(text, testing::default_rules(), 2025, warnings);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].organization.has_value());
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(Signatories, RolesTheListLacksByTheirHeadWord) {
  std::vector<std::string> warnings;
  const auto signatories = signatories_in(
      "Stuttgart, den 11.06.2024\n\ni.V. Monika Rosenthal\nMinisterialdirigentin\nMinisterium für Soziales\n\n"
      "Kassel, den 27.10.2025\n\nDr. Uwe Hagedorn\nGeschäftsführer Operativ\nder Agentur für Arbeit Kassel\n\n"
      "Bad Homburg, den 30.10.2024\n\nFrank Eichhorn\nVorsitzender der Geschäftsführung\nder Agentur für Arbeit Bad Homburg\n",
      2024, warnings);
  ASSERT_EQ(signatories.size(), 3u);
  EXPECT_EQ(signatories[2].role, "Vorsitzender der Geschäftsführung");
  EXPECT_EQ(signatories[0].name, "Monika Rosenthal");
  EXPECT_EQ(signatories[0].role, "Ministerialdirigentin");
  EXPECT_EQ(signatories[1].role, "Geschäftsführer Operativ");
  EXPECT_EQ(signatories[1].organization, "Agentur für Arbeit Kassel");
}

TEST(Signatories, AGarbledNameIsLeftOutWithAWarning) {
  for (const std::string garbled : {"Michae ägen", "Ulrike u,", "Dirk", "Klaus-Bergmann-", "jens Eichhorn"}) {
    std::vector<std::string> warnings;
    const auto signatories = signatories_in("Wiesbaden, den 6.8.2025\n\n" + garbled + "\nStaatsministerin\n", 2025, warnings);
    ASSERT_EQ(signatories.size(), 1u) << garbled;
    EXPECT_EQ(signatories[0].name, std::nullopt) << garbled;
    ASSERT_FALSE(warnings.empty()) << garbled;
    EXPECT_NE(warnings[0].find("printed name"), std::string::npos) << warnings[0];
  }
  for (const std::string name : {"Klaus Bergmann-Kühn", "Anna-Lena von der Heide", "P. Becher", "Jörg Weißenborn"}) {
    std::vector<std::string> warnings;
    const auto signatories = signatories_in("Wiesbaden, den 6.8.2025\n\n" + name + "\nStaatsministerin\n", 2025, warnings);
    ASSERT_EQ(signatories.size(), 1u) << name;
    EXPECT_EQ(signatories[0].name, name);
  }
}

TEST(SignatoriesOnScans, ANameWithAWordOcrWasUnsureOfIsLeftOutWithAWarning) {
  DocumentText lines = text_from_plain("Wiesbaden, den 6.8.2025\n\nDr. Jürgen Wendtand\nStaatsministerin\n");
  auto word = [](const char* text, double confidence) { return OcrWord{text, cv::Rect(100, 100, 80, 30), confidence}; };
  lines[1].words = {word("Dr.", 0.30), word("Jürgen", 0.93), word("Wendtand", 0.02)};
  std::vector<std::string> warnings;
  auto signatories = find_signatories(lines, testing::default_rules(), 2025, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].name, std::nullopt);
  EXPECT_EQ(signatories[0].title, "Dr.");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("printed name"), std::string::npos) << warnings[0];
  // Sure of the name's words, unsure only of the title: the name stands.
  lines[1].words[2].confidence = 0.55;
  warnings.clear();
  signatories = find_signatories(lines, testing::default_rules(), 2025, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].name, "Jürgen Wendtand");
  EXPECT_TRUE(warnings.empty());
  // A mark glued to the word is no part of it, and hides no unsure word.
  lines[1].text = "Dr. Jürgen Wendtand”";
  lines[1].words[2] = word("Wendtand”", 0.02);
  warnings.clear();
  signatories = find_signatories(lines, testing::default_rules(), 2025, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].name, std::nullopt);
}

TEST(Signatories, MarksAStrokeLeftOnTheNamesEndAreDroppedButNotAHyphen) {
  for (const auto& [printed, name] : std::vector<std::pair<std::string, std::optional<std::string>>>{
           {"Dr. Christian Haberland”", "Christian Haberland"},
           {"Christian Brandstetter:", "Christian Brandstetter"},
           {"Silke Seidenberg_", "Silke Seidenberg"},
           {"i.V, Claudia Schäfer", "Claudia Schäfer"},
           {"Jürgen Bergmann-", std::nullopt}}) {
    std::vector<std::string> warnings;
    const auto signatories = signatories_in("Wiesbaden, den 6.8.2025\n\n" + printed + "\nStaatsministerin\n", 2025, warnings);
    ASSERT_EQ(signatories.size(), 1u) << printed;
    EXPECT_EQ(signatories[0].name, name) << printed;
  }
}

TEST(Signatories, OnBehalfPrefixIsNoPartOfTheName) {
  std::vector<std::string> warnings;
  const auto signatories = signatories_in("Wiesbaden, den 6.8.2025\n\ni.V. Dr. Heike Hofmann\nStaatsministerin\n", 2025, warnings);
  ASSERT_EQ(signatories.size(), 1u);
  EXPECT_EQ(signatories[0].name, "Heike Hofmann");
  EXPECT_EQ(signatories[0].title, "Dr.");
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(Signatories, ASpeckBeforeThePlaceStillOpensABlock) {
  for (const std::string speck : {"‘", "'", ", ", "| "}) {
    std::vector<std::string> warnings;
    const auto signatories = signatories_in(speck + "Wiesbaden, den 6.8.2025\n\nHeike Hofmann\nStaatsministerin\n", 2025, warnings);
    ASSERT_EQ(signatories.size(), 1u) << speck;
    EXPECT_EQ(signatories[0].place, "Wiesbaden") << speck;
    EXPECT_EQ(signatories[0].date, "2025-08-06") << speck;
  }
}

}  // namespace
}  // namespace agreement_ocr
