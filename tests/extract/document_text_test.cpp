// The extractors' view of a document: OCR pages' lines in order, specks left out; plain text
// split into pages and paragraphs.
#include "extract/document_text.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

OcrLine line_at(const std::string& text, cv::Rect box) {
  OcrLine line;
  line.words.push_back({text, box, 0.9});
  line.box = box;
  join_words(line);
  return line;
}

TEST(DocumentText, AnOcrLineUnderAQuarterOfTheMedianHeightIsASpeck) {
  OcrPage page;
  page.lines = {line_at("ländlichen Raum", cv::Rect(800, 480, 260, 24)), line_at("2", cv::Rect(965, 567, 4, 3)),
                line_at("dem Werra-Meißner-Kreis", cv::Rect(730, 566, 400, 24)),
                line_at("-", cv::Rect(700, 620, 12, 7))};
  DocumentText text;
  append_ocr_page(text, 3, page);
  ASSERT_EQ(text.size(), 3u);
  EXPECT_EQ(text[0].text, "ländlichen Raum");
  EXPECT_EQ(text[1].text, "dem Werra-Meißner-Kreis");
  EXPECT_EQ(text[2].text, "-");  // 7 px of 24: more than a quarter
  EXPECT_EQ(text[1].page, 3);
  // A stamp's lines carry the frame's box and take no part.
  page.lines[1].in_stamp_frame = true;
  text.clear();
  append_ocr_page(text, 3, page);
  EXPECT_EQ(text.size(), 4u);
}

TEST(DocumentText, PlainTextPagesAndParagraphs) {
  const DocumentText text = text_from_plain("a\n\nb\fc\n");
  ASSERT_EQ(text.size(), 3u);
  EXPECT_EQ(text[1].paragraph, 1);
  EXPECT_EQ(text[2].page, 2);
  EXPECT_EQ(text[2].paragraph, 0);
}

TEST(DocumentText, CrLfAndALoneCrEndALine) {
  for (const std::string& plain : {std::string("a\r\n\r\nb\r\n"), std::string("a\r\rb\r"), std::string("a\n\nb")}) {
    const DocumentText text = text_from_plain(plain);
    ASSERT_EQ(text.size(), 2u) << plain;
    EXPECT_EQ(text[0].text, "a");
    EXPECT_EQ(text[1].text, "b");
    EXPECT_EQ(text[1].paragraph, 1);
  }
}

}  // namespace
}  // namespace agreement_ocr
