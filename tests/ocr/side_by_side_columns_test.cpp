#include "ocr/side_by_side_columns.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

// A line from (text, left x) pairs at row `y`; words 40 px high, 20 px per character.
OcrLine line_at(int y, std::vector<std::pair<std::string, int>> words, int paragraph = 0) {
  OcrLine line;
  line.paragraph = paragraph;
  for (auto& [text, x] : words) {
    OcrWord word{text, cv::Rect(x, y, static_cast<int>(text.size()) * 20, 40), 0.9};
    line.box = line.words.empty() ? word.box : (line.box | word.box);
    line.text += (line.text.empty() ? "" : " ") + text;
    line.words.push_back(word);
  }
  return line;
}

std::vector<std::string> texts(const std::vector<OcrLine>& lines) {
  std::vector<std::string> result;
  for (const auto& line : lines) result.push_back(line.text);
  return result;
}

TEST(SideBySideColumns, ReadsTwoSignatureBlocksColumnByColumn) {
  const std::vector<OcrLine> merged = {
      line_at(100, {{"Wiesbaden,", 100}, {"den", 330}, {"Wiesbaden,", 1300}, {"den", 1530}}),
      line_at(300, {{"Heike", 100}, {"Hofmann", 230}, {"Dr.", 1300}, {"Patricia", 1380}, {"Becher", 1560}}),
      line_at(350, {{"Staatsministerin", 100}, {"Stadträtin", 1300}}),
      line_at(400, {{"Hessisches", 100}, {"Ministerium", 320}}),  // only the left block has a fourth line
  };
  EXPECT_EQ(texts(read_columns_in_order(merged)),
            (std::vector<std::string>{"Wiesbaden, den", "Heike Hofmann", "Staatsministerin", "Hessisches Ministerium",
                                      "Wiesbaden, den", "Dr. Patricia Becher", "Stadträtin"}));
}

TEST(SideBySideColumns, LeavesStretchedJustifiedLinesAlone) {
  // A 5-height gap, then a 3-height gap below it: wide, but not a gutter in both lines.
  const std::vector<OcrLine> paragraph = {
      line_at(100, {{"Ausbildungsfähigkeit", 100}, {"von", 700}, {"benachteiligten", 860}}),
      line_at(150, {{"Menschen", 100}, {"zu", 300}, {"steigern,", 400}, {"ihre", 700}}),
      line_at(200, {{"Fähigkeiten.", 100}}),
  };
  EXPECT_EQ(texts(read_columns_in_order(paragraph)), texts(paragraph));
}

TEST(SideBySideColumns, SplitsThreeRegionsSideBySide) {
  // A letterhead, a stamp and a wordmark, the stamp and wordmark closer together.
  const std::vector<OcrLine> merged = {
      line_at(100, {{"Ministerium", 100}, {"Eing.:", 900}, {"2025", 1040}, {"ARBEITSWELT", 1500}}),
      line_at(150, {{"Soziales", 100}, {"Anl.:", 900}, {"HESSEN", 1500}}),
      line_at(200, {{"Wiesbaden", 100}, {"AZ:", 900}}),
  };
  EXPECT_EQ(texts(read_columns_in_order(merged)),
            (std::vector<std::string>{"Ministerium", "Soziales", "Wiesbaden", "Eing.: 2025", "Anl.:", "AZ:",
                                      "ARBEITSWELT", "HESSEN"}));
}

// A received stamp put over the gutter between two signature blocks: its lines, read in its
// frame and all carrying the frame's box, must not join the blocks line by line. They go
// with the column their frame's centre is in.
TEST(SideBySideColumns, AStampOverTheGutterKeepsTheBlocksApart) {
  auto stamp_line = [](const std::string& text) {
    OcrLine line = line_at(0, {{text, 0}});
    line.box = cv::Rect(600, 150, 700, 200);
    line.words.front().box = line.box;
    line.in_stamp_frame = true;
    return line;
  };
  std::vector<OcrLine> page = {
      line_at(100, {{"Wiesbaden,", 100}, {"den", 330}, {"Wiesbaden,", 1400}, {"den", 1630}}),
      stamp_line("Eing.: 20. Aug. 2025"),
      stamp_line("AZ:"),
      line_at(400, {{"Heike", 100}, {"Hofmann", 230}, {"Dr.", 1400}, {"Patricia", 1480}, {"Becher", 1660}}),
      line_at(450, {{"Staatsministerin", 100}, {"Stadträtin", 1400}}),
  };
  EXPECT_EQ(texts(read_columns_in_order(page)),
            (std::vector<std::string>{"Wiesbaden, den", "Heike Hofmann", "Staatsministerin", "Wiesbaden, den",
                                      "Eing.: 20. Aug. 2025", "AZ:", "Dr. Patricia Becher", "Stadträtin"}));
  // The same words as page OCR's, lying across the gutter, do join them: the reason stamps
  // are read apart first.
  page[1] = line_at(200, {{"Hessisches", 380}, {"Ministerium", 600}, {"für", 840}, {"Arbeit,", 920},
                          {"Integration,", 1080}, {"Jugend", 1340}});
  page[2] = line_at(250, {{"AZ:", 500}});
  EXPECT_EQ(read_columns_in_order(page).front().text, "Wiesbaden, den Wiesbaden, den");
}

TEST(SideBySideColumns, EachColumnIsReadTopToBottom) {
  // Tesseract gave the wordmark's second line before its first.
  const std::vector<OcrLine> merged = {
      line_at(100, {{"Ministerium", 100}, {"ARBEITSWELT", 1500}}),
      line_at(150, {{"Soziales", 100}, {"HESSEN", 1500}}),
  };
  std::vector<OcrLine> swapped = merged;
  std::swap(swapped[0].words[1], swapped[1].words[1]);
  for (auto& line : swapped) join_words(line);
  EXPECT_EQ(texts(read_columns_in_order(swapped)),
            (std::vector<std::string>{"Ministerium", "Soziales", "ARBEITSWELT", "HESSEN"}));
}

TEST(SideBySideColumns, APlaceAndDateRowCloserThanAGutterGoesWithTheBlocksBelow) {
  // The handwritten date reaches to 2.5 word heights of the other block's place: no gutter
  // on that row alone, but the gutter the rows below show runs through it.
  const std::vector<OcrLine> merged = {
      line_at(100, {{"Die", 100}, {"Zielvereinbarungen", 180}, {"werden", 560}, {"veröffentlicht.", 1300}}, 0),
      line_at(200, {{"Stuttgart,", 100}, {"den", 320}, {"15.03.2024", 420}, {"Tübingen,", 720}, {"den", 920}}, 1),
      line_at(400, {{"Holger", 100}, {"Frey", 240}, {"Petra", 720}, {"Wöhrle", 840}}, 2),
      line_at(450, {{"Staatssekretär", 100}, {"Kreisbeigeordnete", 720}}, 2),
  };
  EXPECT_EQ(texts(read_columns_in_order(merged)),
            (std::vector<std::string>{"Die Zielvereinbarungen werden veröffentlicht.", "Stuttgart, den 15.03.2024",
                                      "Holger Frey", "Staatssekretär", "Tübingen, den", "Petra Wöhrle",
                                      "Kreisbeigeordnete"}));
}

TEST(SideBySideColumns, ALoneLineGoesBeforeTheBlockRightBelowIt) {
  // Tesseract put the right block's place line (a little higher than the left one's) before
  // the body's last line, and the block itself after the whole left column.
  const std::vector<OcrLine> lines = {
      line_at(100, {{"Die", 100}, {"Zielvereinbarungen", 180}, {"werden", 560}, {"auf", 700}, {"dem", 780}}, 0),
      line_at(190, {{"Heppenheim,", 1000}, {"den", 1240}}, 1),
      line_at(150, {{"veröffentlicht.", 100}}, 2),
      line_at(200, {{"Wiesbaden,", 100}, {"den", 320}}, 3),
      line_at(500, {{"Jens", 100}, {"Frey", 200}}, 4),
      line_at(550, {{"Staatsminister", 100}}, 4),
      line_at(480, {{"Daniela", 1000}, {"Sommerfeld", 1160}}, 5),
      line_at(530, {{"Kreisbeigeordnete", 1000}}, 5),
  };
  EXPECT_EQ(texts(read_columns_in_order(lines)),
            (std::vector<std::string>{"Die Zielvereinbarungen werden auf dem", "veröffentlicht.", "Wiesbaden, den",
                                      "Jens Frey", "Staatsminister", "Heppenheim, den", "Daniela Sommerfeld",
                                      "Kreisbeigeordnete"}));
  // With text between the two (the block's first line is not the nearest below), or the
  // block more than 12 word heights down, the line stays where Tesseract put it.
  std::vector<OcrLine> between = lines;
  between.insert(between.begin() + 4, line_at(300, {{"Anlage", 1100}}, 6));
  EXPECT_EQ(texts(read_columns_in_order(between))[1], "Heppenheim, den");
  std::vector<OcrLine> far = lines;
  for (std::size_t k = 6; k < far.size(); ++k) {
    for (auto& word : far[k].words) word.box.y += 300;
    join_words(far[k]);
  }
  EXPECT_EQ(texts(read_columns_in_order(far))[1], "Heppenheim, den");
}

TEST(SideBySideColumns, PageTextSeparatesParagraphsWithABlankLine) {
  const std::vector<OcrLine> lines = {line_at(100, {{"§", 100}, {"4", 140}}, 0),
                                      line_at(200, {{"Das", 100}, {"HMSI", 200}}, 1),
                                      line_at(250, {{"stellt", 100}}, 1)};
  EXPECT_EQ(text_of_lines(lines), "§ 4\n\nDas HMSI\nstellt\n");
  EXPECT_EQ(text_of_lines({}), "");
}

}  // namespace
}  // namespace agreement_ocr
