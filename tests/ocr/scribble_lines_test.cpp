#include "ocr/scribble_lines.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

OcrLine line_of(std::vector<std::pair<std::string, double>> words) {
  OcrLine line;
  for (const auto& [text, confidence] : words) line.words.push_back({text, cv::Rect(100, 100, 50, 40), confidence});
  join_words(line);
  return line;
}

const RE2 kPlaceDate("(\\w+), den.*");

TEST(ScribbleLines, LinesOfLowConfidenceWordsWithoutDigitsGo) {
  const std::vector<OcrLine> lines = {
      line_of({{"zwischen", 0.35}}),                // faint print above the signatures stays
      line_of({{"Wiesbaden,", 0.95}, {"den", 0.95}}),
      line_of({{"Heike", 0.95}, {"Hofmann", 0.93}}),
      line_of({{"hun", 0.21}, {"un", 0.3}}),        // a signature
      line_of({{"hs", 0.35}, {"Staat", 0.9}}),      // one good word keeps it
      line_of({{"13.8.2025", 0.3}}),                // a handwritten date stays
  };
  const auto kept = without_scribble_lines(lines, kPlaceDate);
  ASSERT_EQ(kept.size(), 5u);
  EXPECT_EQ(kept[0].text, "zwischen");
  EXPECT_EQ(kept[2].text, "Heike Hofmann");
  EXPECT_EQ(kept[3].text, "hs Staat");
  EXPECT_EQ(kept[4].text, "13.8.2025");
}

TEST(ScribbleLines, AStampReadingIsNeverAScribble) {
  OcrLine stamp = line_of({{"Anl.:", 0.3}});
  stamp.in_stamp_frame = true;
  EXPECT_EQ(without_scribble_lines({line_of({{"Wiesbaden,", 0.95}, {"den", 0.95}}), stamp}, kPlaceDate).size(), 2u);
}

}  // namespace
}  // namespace agreement_ocr
