// Tests of the numbered project list: the seed list exactly as OCR read it, OCR's bullet
// look-alikes, wrapped items and categories, a page break inside the list, and the paragraph
// after the list, which must not be swallowed.
#include "extract/projects.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "extract/rules.h"
#include "support/extract_fixtures.h"

namespace agreement_ocr {
namespace {

std::vector<Project> projects_in(const std::string& text) { return find_projects(text_from_plain(text), testing::default_rules()); }

using Items = std::vector<std::string>;

// The seed OCR text around the list, exactly as OCR read it.
constexpr const char* kSeedList = R"(§ 5

Ziele für die Umsetzung der Landeshauptstadt Wiesbaden

Die Landeshauptstadt Wiesbaden finanziert mit den Mitteln des **Ausbildungs- und Qualifizierungsbudgets 2025** in den jeweiligen Maßnahmenarten folgende Projekte:

1. Ausbildungsvorbereitung

- Fit für den Beruf (FIB)
- Gastro und Tageswerkstatt
- Deutsch-Intensiv-Klassen an Schulen mit Schulsozialarbeit
- Ausbildungsperspektiven für Erziehende (TZ)

2. Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen

- "AidA" - Ausbildung in der Altenpflegehilfe

3. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung

- Stadtteilmütter – Stadteinväter
- Coaching für die Bedarfsgemeinschaft
- Glad to Care - Berufswege für Frauen
- Brücke für Gesundheit und finanzielle Sicherheit

4. Weiterbildungsmaßnahmen für Personal der Landkreise und kreisfreien Städte in der fachlichen Verantwortung für Benachteiligte im Kontext der Arbeitsmarktförderung

Die Förderung der aufgeführten Maßnahmen erfolgt auf Basis und nach Maßgabe des – nach Antragstellung durch die Landeshauptstadt Wiesbaden vom Regierungspräsidium Kassel erlassenen – Bescheides.

§ 6 Zielsteuerung

Die Landeshauptstadt Wiesbaden und das HMSI bleiben über die Entwicklung des Budgets 2025 im engen Austausch.
)";

const Items kSeedItems1 = {"Fit für den Beruf (FIB)", "Gastro und Tageswerkstatt",
                           "Deutsch-Intensiv-Klassen an Schulen mit Schulsozialarbeit",
                           "Ausbildungsperspektiven für Erziehende (TZ)"};
const Items kSeedItems3 = {"Stadtteilmütter – Stadteinväter", "Coaching für die Bedarfsgemeinschaft",
                           "Glad to Care - Berufswege für Frauen", "Brücke für Gesundheit und finanzielle Sicherheit"};
constexpr const char* kCategory4 =
    "Weiterbildungsmaßnahmen für Personal der Landkreise und kreisfreien Städte in der fachlichen Verantwortung für "
    "Benachteiligte im Kontext der Arbeitsmarktförderung";

TEST(Projects, SeedListExactly) {
  const auto projects = projects_in(kSeedList);
  ASSERT_EQ(projects.size(), 4u);
  EXPECT_EQ(projects[0].number, 1);
  EXPECT_EQ(projects[0].category, "Ausbildungsvorbereitung");
  EXPECT_EQ(projects[0].items, kSeedItems1);
  EXPECT_EQ(projects[1].number, 2);
  EXPECT_EQ(projects[1].category, "Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen");
  EXPECT_EQ(projects[1].items, Items{"\"AidA\" - Ausbildung in der Altenpflegehilfe"});
  EXPECT_EQ(projects[2].number, 3);
  EXPECT_EQ(projects[2].category, "Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung");
  EXPECT_EQ(projects[2].items, kSeedItems3);
  EXPECT_EQ(projects[3].number, 4);
  EXPECT_EQ(projects[3].category, kCategory4);
  // The "Die Förderung ..." paragraph after the list is neither an item nor part of category 4.
  EXPECT_TRUE(projects[3].items.empty());
}

TEST(Projects, SeedEvidenceCoversEachCategoryAndItsItems) {
  const auto projects = projects_in(kSeedList);
  ASSERT_EQ(projects.size(), 4u);
  EXPECT_EQ(projects[0].evidence.page, 1);
  EXPECT_EQ(projects[0].evidence.rule, "numbered-list");
  EXPECT_EQ(projects[1].evidence.text,
            "2. Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen\n"
            "- \"AidA\" - Ausbildung in der Altenpflegehilfe");
  EXPECT_EQ(projects[3].evidence.text.find("Die Förderung"), std::string::npos);
}

TEST(Projects, BulletLookAlikes) {
  const auto projects = projects_in(R"(Die Stadt finanziert folgende Projekte:

1. Ausbildungsvorbereitung

« Fit für den Beruf (FIB)
° Gastro und Tageswerkstatt
e Deutsch-Intensiv-Klassen an Schulen mit Schulsozialarbeit
• Ausbildungsperspektiven für Erziehende (TZ)

2. Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen

—  "AidA" - Ausbildung in der Altenpflegehilfe
)");
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].items, kSeedItems1);
  EXPECT_EQ(projects[1].items, Items{"\"AidA\" - Ausbildung in der Altenpflegehilfe"});
}

TEST(Projects, NumberLookAlikes) {
  // OCR's readings of a category's "3." ("3,") and of a speck before its number ("‘4.").
  const auto projects = projects_in(
      "folgende Projekte:\n\n1. Ausbildungsvorbereitung\n- Fit für den Beruf\n\n2, Fachkräftesicherung\n"
      "- Werkstattjahr Plus\n\n‘3. Weiterbildung\n\n\"4. Teilzeitausbildung\n- Coaching\n\n6, Gründung\n");
  ASSERT_EQ(projects.size(), 4u);
  EXPECT_EQ(projects[1].category, "Fachkräftesicherung");
  EXPECT_EQ(projects[2].category, "Weiterbildung");
  EXPECT_EQ(projects[3].category, "Teilzeitausbildung");
  EXPECT_EQ(projects[3].items, Items{"Coaching"});  // "6," is out of sequence: the list ended
}

TEST(Projects, ExtraSpacesAreTidied) {
  const auto projects = projects_in(R"(folgende Projekte:

1.   Ausbildungsvorbereitung

-   Fit  für den   Beruf (FIB)
)");
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].category, "Ausbildungsvorbereitung");
  EXPECT_EQ(projects[0].items, Items{"Fit für den Beruf (FIB)"});
}

TEST(Projects, WrappedItemsAndCategory) {
  const auto projects = projects_in(R"(Die Landeshauptstadt Wiesbaden finanziert mit den Mitteln des
Budgets in den jeweiligen Maßnahmenarten folgende Projekte:

1. Ausbildungsvorbereitung

- Fit für den Beruf (FIB)
- Deutsch-Intensiv-Klassen an Schulen
mit Schulsozialarbeit
- Ausbildungsperspektiven für Erzie-
hende (TZ)

2. Ausbildung und Ausbildungscoaching in
anerkannten Ausbildungsberufen
- "AidA" - Ausbildung in der Altenpflegehilfe

3. Weiterbildungsmaßnahmen für Personal der Landkreise und kreisfreien Städte in der fachlichen
Verantwortung für Benachteiligte im Kontext der Arbeitsmarktförderung
Die Förderung der aufgeführten Maßnahmen erfolgt auf Basis des Bescheides.
)");
  ASSERT_EQ(projects.size(), 3u);
  EXPECT_EQ(projects[0].items, (Items{"Fit für den Beruf (FIB)",
                                      "Deutsch-Intensiv-Klassen an Schulen mit Schulsozialarbeit",
                                      "Ausbildungsperspektiven für Erziehende (TZ)"}));
  EXPECT_EQ(projects[1].category, "Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen");
  EXPECT_EQ(projects[1].items, Items{"\"AidA\" - Ausbildung in der Altenpflegehilfe"});
  EXPECT_EQ(projects[2].category, kCategory4);
  EXPECT_TRUE(projects[2].items.empty());
}

TEST(Projects, CategoryOutOfSequenceEndsTheList) {
  const auto projects = projects_in(R"(folgende Projekte:

1. Ausbildungsvorbereitung

- Fit für den Beruf (FIB)

3. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung

- Stadtteilmütter – Stadteinväter
)");
  // Category 3 does not follow 1: the list ends before it.
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].items, Items{"Fit für den Beruf (FIB)"});
}

TEST(Projects, PageBreakInsideTheList) {
  const std::string page_one = R"(folgende Projekte:

1. Ausbildungsvorbereitung

- Fit für den Beruf (FIB)

2. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung

- Stadtteilmütter – Stadteinväter
- Coaching für die Bedarfsgemeinschaft

- 3 -
)";
  const std::string page_two = R"(- Glad to Care - Berufswege für Frauen
- Brücke für Gesundheit und finanzielle Sicherheit

Die Förderung der aufgeführten Maßnahmen erfolgt auf Basis des Bescheides.
)";
  const auto projects = projects_in(page_one + "\f" + page_two);
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[1].category, "Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung");
  EXPECT_EQ(projects[1].items, kSeedItems3);
}

TEST(Projects, PageNumberAtTheTopOfTheNextPage) {
  const auto projects = projects_in(
      "folgende Projekte:\n\n1. Ausbildungsvorbereitung\n\n- Fit für den Beruf (FIB)\n\f"
      "Seite 2 von 3\n\n- Gastro und Tageswerkstatt\n\n2. Ausbildung\n\n- Teilzeitausbildung\n");
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].items, (Items{"Fit für den Beruf (FIB)", "Gastro und Tageswerkstatt"}));
  EXPECT_EQ(projects[1].items, Items{"Teilzeitausbildung"});
}

TEST(Projects, EmDashBetweenWordsIsReadAsEnDash) {
  const auto projects = projects_in(
      "folgende Projekte:\n\n1. Qualifizierungsprojekte\n\n- Stadtteilmütter — Stadteinväter\n"
      "- Deutsch-Intensiv-Klassen\n");
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].items, (Items{"Stadtteilmütter – Stadteinväter", "Deutsch-Intensiv-Klassen"}));
}

TEST(Projects, NoIntroductionGivesNoList) {
  EXPECT_TRUE(projects_in("1. Ausbildungsvorbereitung\n\n- Fit für den Beruf (FIB)\n").empty());
  EXPECT_TRUE(projects_in("").empty());
}

TEST(Projects, NumberedLinesOutOfOrderAreNotCategories) {
  const auto projects = projects_in("folgende Projekte:\n\n2. Ausbildung\n\n- Fit für den Beruf (FIB)\n");
  EXPECT_TRUE(projects.empty());
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// A scanned line at row `y` from `left` to `right`, one word per space-separated token.
TextLine scanned_line(const std::string& text, int y, int left, int right, int paragraph) {
  TextLine line;
  line.page = 1;
  line.text = text;
  line.box = cv::Rect(left, y, right - left, 40);
  line.paragraph = paragraph;
  const int word_width = 20 * static_cast<int>(text.find(' ') == std::string::npos ? text.size() : text.find(' '));
  line.words.push_back(OcrWord{text.substr(0, text.find(' ')), cv::Rect(left, y, word_width, 40), 0.9});
  return line;
}

TEST(ProjectsOnScans, ALineAfterOneThatEndedEarlyIsAnItemWhoseBulletWasLost) {
  // The category line ends far from the right edge; "Stadtteilmütter" would have fitted.
  const DocumentText lines = {
      scanned_line("Die Stadt finanziert folgende Projekte:", 100, 200, 2200, 0),
      scanned_line("1. Qualifizierungsprojekte zur Arbeitsmarktintegration", 160, 200, 1400, 1),
      scanned_line("Stadtteilmütter und Stadtteilväter Offenbach", 220, 300, 1200, 1),
      scanned_line("- Coaching für die Bedarfsgemeinschaft", 280, 260, 1100, 1),
  };
  const auto projects = find_projects(lines, testing::default_rules());
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].category, "Qualifizierungsprojekte zur Arbeitsmarktintegration");
  EXPECT_EQ(projects[0].items,
            (Items{"Stadtteilmütter und Stadtteilväter Offenbach", "Coaching für die Bedarfsgemeinschaft"}));
}

TEST(ProjectsOnScans, ALineThatRanToTheEdgeWrapsIntoTheNext) {
  const DocumentText lines = {
      scanned_line("Die Stadt finanziert folgende Projekte:", 100, 200, 2200, 0),
      scanned_line("1. Weiterbildungsmaßnahmen für Personal der Landkreise in der", 160, 200, 2150, 1),
      scanned_line("fachlichen Verantwortung für Benachteiligte im Kontext der", 220, 260, 1850, 1),
      scanned_line("Arbeitsmarktförderung", 280, 260, 700, 1),
  };
  const auto projects = find_projects(lines, testing::default_rules());
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].category,
            "Weiterbildungsmaßnahmen für Personal der Landkreise in der fachlichen Verantwortung für Benachteiligte im "
            "Kontext der Arbeitsmarktförderung");
  EXPECT_TRUE(projects[0].items.empty());
}

TEST(ProjectsOnScans, AHangingIndentThatOpenedAParagraphStillContinuesTheEntry) {
  // Tesseract starts a paragraph at the indented second line of "1.1 ..."; rows 40 px high,
  // 20 px apart, indent 70 px.
  const DocumentText lines = {
      scanned_line("Die Stadt finanziert folgende Projekte:", 100, 200, 2200, 0),
      scanned_line("1. Ausbildungsvorbereitung", 160, 200, 900, 1),
      scanned_line("1.1 Start in die Ausbildung für", 220, 200, 2180, 1),
      scanned_line("Jugendliche ohne Schulabschluss", 280, 270, 1100, 2),
      scanned_line("1.2 Praxistage in Betrieben", 340, 200, 1000, 3),
  };
  const auto projects = find_projects(lines, testing::default_rules());
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].items,
            (Items{"Start in die Ausbildung für Jugendliche ohne Schulabschluss", "Praxistage in Betrieben"}));
}

TEST(ProjectsOnScans, ALineInAParagraphOfItsOwnStartingWhereTheItemTextStartsIsAnItem) {
  // Tesseract lost the dashes of the middle items and opened a paragraph at each: they start
  // where the first item's text starts (x 300, after its dash at 260), right below it.
  DocumentText lines = {
      scanned_line("Die Stadt finanziert folgende Projekte:", 100, 200, 2200, 0),
      scanned_line("1. Ausbildungsvorbereitung", 160, 200, 900, 1),
      scanned_line("- Weiterbildung Fachkraft für Lagerlogistik", 220, 260, 1300, 1),
      scanned_line("Jobcoaching für Geflüchtete", 280, 302, 900, 2),
      scanned_line("Praxisklasse an der Gesamtschule", 340, 298, 1000, 3),
      scanned_line("Weitere Maßnahmen werden gesondert beschieden.", 400, 200, 1500, 4),
  };
  lines[2].words = {OcrWord{"-", cv::Rect(260, 240, 20, 4), 0.9}, OcrWord{"Weiterbildung", cv::Rect(300, 220, 260, 40), 0.9}};
  auto projects = find_projects(lines, testing::default_rules());
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].items, (Items{"Weiterbildung Fachkraft für Lagerlogistik", "Jobcoaching für Geflüchtete",
                                      "Praxisklasse an der Gesamtschule"}));
  // Starting under the dash, or far below the item (2.5 line heights), it is no item.
  for (const auto& [x, y] : {std::pair{262, 280}, std::pair{302, 380}}) {
    DocumentText moved = lines;
    moved[3].box->x = x;
    moved[3].box->y = y;
    projects = find_projects(moved, testing::default_rules());
    ASSERT_EQ(projects.size(), 1u);
    EXPECT_EQ(projects[0].items, (Items{"Weiterbildung Fachkraft für Lagerlogistik"})) << x << "," << y;
  }
}

TEST(ProjectsOnScans, AnEntryGoesOnAtTheTopOfTheNextPageOnlyWhenItsLineWasFull) {
  DocumentText lines = {
      scanned_line("Die Stadt finanziert folgende Projekte:", 100, 200, 2200, 0),
      scanned_line("1. Ausbildungsvorbereitung", 160, 200, 900, 1),
      scanned_line("- Start in die Ausbildung für", 3000, 260, 2180, 1),
      scanned_line("Jugendliche ohne Schulabschluss", 200, 310, 1100, 0),
      scanned_line("2. Integration", 260, 200, 700, 0),
  };
  lines[3].page = lines[4].page = 2;
  auto projects = find_projects(lines, testing::default_rules());
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].items, (Items{"Start in die Ausbildung für Jugendliche ohne Schulabschluss"}));
  // A line that ended early is complete: the next page's first line is not its continuation,
  // and the list ends there.
  lines[2].box->width = 900;
  projects = find_projects(lines, testing::default_rules());
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].items, (Items{"Start in die Ausbildung für"}));
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(Projects, SubNumberedItemsUnderTheirCategory) {
  const auto projects = projects_in(
      "folgende Projekte:\n\n1. Ausbildungsvorbereitung\n1.1 Fit für den Beruf\n1.2 Werkstattjahr Plus\n"
      "2. Ausbildung\n2.1 Coaching für junge Eltern\n");
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].items, (std::vector<std::string>{"Fit für den Beruf", "Werkstattjahr Plus"}));
  EXPECT_EQ(projects[1].items, (std::vector<std::string>{"Coaching für junge Eltern"}));
}

TEST(Projects, SpecksAtEitherEndOfAnEntryAreDropped) {
  const auto projects = projects_in(
      "folgende Projekte:\n\n1. Ausbildungsvorbereitung _\n- Pflegeassistenz in Teilzeit -\n"
      "- » Werkstattjahr Plus\n- _Quartiersarbeit\n- Beratungsstelle Arbeit im Alter 50plus j\n- Förderverein Arbeit e.V.\n"
      "2. Fachkräftesicherung.\n");
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].category, "Ausbildungsvorbereitung");
  EXPECT_EQ(projects[0].items, (std::vector<std::string>{"Pflegeassistenz in Teilzeit", "Werkstattjahr Plus",
                                                         "Quartiersarbeit", "Beratungsstelle Arbeit im Alter 50plus", "Förderverein Arbeit e.V."}));
  EXPECT_EQ(projects[1].category, "Fachkräftesicherung");
}

}  // namespace
}  // namespace agreement_ocr
