// Tests of finding received stamps: the wordings the stamps use, the label and its date on
// separate lines, the stamp's other fields, no stamp at all, and a stamp read both in its
// frame and again by the page's OCR.
#include "extract/received_stamps.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "extract/rules.h"
#include "support/extract_fixtures.h"

namespace agreement_ocr {
namespace {

StampSearch stamps_in(const std::string& text) { return find_received_stamps(text_from_plain(text), testing::default_rules()); }

// The date of the one stamp in `text`; fails the test when there is not exactly one.
std::string only_stamp_date(const std::string& text) {
  const auto search = stamps_in(text);
  EXPECT_EQ(search.stamps.size(), 1u) << text;
  if (search.stamps.size() != 1 || !search.stamps[0].date) return "(none)";
  return *search.stamps[0].date;
}

TextLine line_at(int page, const std::string& text, cv::Rect box, bool in_stamp_frame) {
  TextLine line;
  line.page = page;
  line.text = text;
  line.box = box;
  line.confidence = 0.9;
  line.in_stamp_frame = in_stamp_frame;
  return line;
}


TEST(ReceivedStamps, ReadsTheStampWordings) {
  EXPECT_EQ(only_stamp_date("Eing.: 20. Aug. 2025"), "2025-08-20");
  EXPECT_EQ(only_stamp_date("Eingegangen am 03.09.2025"), "2025-09-03");
  EXPECT_EQ(only_stamp_date("EINGANG 3. SEP. 2025"), "2025-09-03");
  EXPECT_EQ(only_stamp_date("Posteingang 12. Sept. 2024"), "2024-09-12");
  EXPECT_EQ(only_stamp_date("Eing. 7.10.25"), "2025-10-07");
}

TEST(ReceivedStamps, ToleratesSpecksAndSpacesAroundTheLabel) {
  EXPECT_EQ(only_stamp_date("» Eing. : 20. Aug. 2025"), "2025-08-20");
  EXPECT_EQ(only_stamp_date("Eingang:   3. SEP. 2025"), "2025-09-03");
}

TEST(ReceivedStamps, ALabelWhoseFirstLettersAreCoveredStillCounts) {
  // A signature stroke over "Ei" of "Eing.:" (stamp over a signature block).
  EXPECT_EQ(only_stamp_date("ng. : 20. Aug. 2025"), "2025-08-20");
  EXPECT_EQ(only_stamp_date("ing.: 20. Aug. 2025"), "2025-08-20");
}

TEST(ReceivedStamps, AnIWithAFaintStemReadAsAColon) {
  EXPECT_EQ(only_stamp_date("Poste:ngang 12. Sept. 2024"), "2024-09-12");
  EXPECT_EQ(only_stamp_date("E;ngang 3. SEP. 2025"), "2025-09-03");
}

TEST(ReceivedStamps, LabelAndDateOnSeparateLines) {
  EXPECT_EQ(only_stamp_date("Eingegangen am\n03.09.2025"), "2025-09-03");
  EXPECT_EQ(only_stamp_date("EINGANG\n3. SEP. 2025"), "2025-09-03");
  const auto search = stamps_in("Eingegangen am\n03.09.2025\nText danach");
  ASSERT_EQ(search.stamps.size(), 1u);
  EXPECT_EQ(search.stamps[0].evidence.text, "Eingegangen am\n03.09.2025");
  EXPECT_EQ(search.stamp_lines, (std::set<std::size_t>{0, 1}));
}

TEST(ReceivedStamps, SeedStampWithItsOtherFields) {
  const DocumentText text = text_from_plain(testing::kSeedOpening);
  const auto search = find_received_stamps(text, testing::default_rules());
  ASSERT_EQ(search.stamps.size(), 1u);
  EXPECT_EQ(search.stamps[0].date, "2025-08-20");
  EXPECT_EQ(search.stamps[0].evidence.page, 1);
  EXPECT_EQ(search.stamps[0].evidence.rule, "stamp-label-date");
  EXPECT_EQ(search.stamps[0].evidence.text, "Eing.: 20. Aug. 2025");
  std::set<std::string> stamp_texts;
  for (const std::size_t index : search.stamp_lines) stamp_texts.insert(text.at(index).text);
  EXPECT_EQ(stamp_texts, (std::set<std::string>{"Eing.: 20. Aug. 2025", "Anl.: / Ref.:", "AZ:"}));
}

TEST(ReceivedStamps, NoStampGivesNoneAndNoDate) {
  const auto search = stamps_in(R"(Zielvereinbarung 2025

Der Eingangsbereich wurde am 03.09.2025 erneuert.
Eingliederung 20. Aug. 2025

Wiesbaden, den 6.8.2025
)");
  EXPECT_TRUE(search.stamps.empty());
  EXPECT_TRUE(search.stamp_lines.empty());
}

TEST(ReceivedStamps, LabelWithoutADateInventsNone) {
  const auto search = stamps_in("Eing.:\n\nAnl.: / Ref.:\nAZ:\n");
  EXPECT_TRUE(search.stamps.empty());
}

TEST(ReceivedStamps, PageLineInsideAFrameReadStampIsNotASecondStamp) {
  DocumentText text;
  text.push_back(line_at(1, "Eing.: 20. Aug. 2025", cv::Rect(1700, 150, 600, 300), true));
  text.push_back(line_at(1, "Hessische Ministerin für", cv::Rect(200, 150, 800, 50), false));
  text.push_back(line_at(1, "Eing. 20. Aug. 2025", cv::Rect(1760, 250, 420, 60), false));
  text.push_back(line_at(1, "Zielvereinbarung 2025", cv::Rect(900, 900, 700, 60), false));
  const auto search = find_received_stamps(text, testing::default_rules());
  ASSERT_EQ(search.stamps.size(), 1u);
  EXPECT_EQ(search.stamps[0].date, "2025-08-20");
  EXPECT_EQ(search.stamps[0].evidence.rule, "stamp-frame-label-date");
  EXPECT_TRUE(search.stamp_lines.count(0));
  EXPECT_TRUE(search.stamp_lines.count(2));
  EXPECT_FALSE(search.stamp_lines.count(1));
  EXPECT_FALSE(search.stamp_lines.count(3));
}

TEST(ReceivedStamps, OnAScanOnlyFieldsUnderTheStampAreItsOwn) {
  // A black stamp without a frame, right of the letterhead; the letter's own file reference
  // two rows further down at the margin.
  DocumentText text;
  text.push_back(line_at(1, "EINGANG 5. APR. 2024", cv::Rect(974, 239, 369, 67), false));
  text.push_back(line_at(1, "Anl. FB", cv::Rect(990, 310, 200, 50), false));
  text.push_back(line_at(1, "Raum", cv::Rect(200, 330, 150, 50), false));
  text.push_back(line_at(1, "Az.: AQB-2024/93", cv::Rect(200, 420, 420, 50), false));
  const auto search = find_received_stamps(text, testing::default_rules());
  ASSERT_EQ(search.stamps.size(), 1u);
  EXPECT_EQ(search.stamp_lines, (std::set<std::size_t>{0, 1}));
}

TEST(ReceivedStamps, SameBoxOnAnotherPageIsAnotherStamp) {
  DocumentText text;
  text.push_back(line_at(1, "Eing.: 20. Aug. 2025", cv::Rect(1700, 150, 600, 300), true));
  text.push_back(line_at(2, "Eingegangen am 03.09.2025", cv::Rect(1760, 250, 420, 60), false));
  const auto search = find_received_stamps(text, testing::default_rules());
  ASSERT_EQ(search.stamps.size(), 2u);
  EXPECT_EQ(search.stamps[0].date, "2025-08-20");
  EXPECT_EQ(search.stamps[1].date, "2025-09-03");
  EXPECT_EQ(search.stamps[1].evidence.page, 2);
  EXPECT_EQ(search.stamps[1].evidence.rule, "stamp-label-date");
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(ReceivedStampsOcr, LabelWithOcrLookAlikes) {
  EXPECT_EQ(only_stamp_date("| E1 NGANG 3. SEP. 2026\n"), "2026-09-03");
  EXPECT_EQ(only_stamp_date("Eingang 3. SEP. 2026\n"), "2026-09-03");
  EXPECT_TRUE(stamps_in("Einige Tage 3. SEP. 2026\n").stamps.empty());
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(ReceivedStamps, ALabelCoveredByAStrokeCountsInAFrameWithTheStampsFields) {
  const cv::Rect frame(700, 960, 640, 360);
  DocumentText text;
  text.push_back(line_at(4, "| Ang .: 20. Aug. 2025", frame, true));
  text.push_back(line_at(4, "Anl.: Ref.:", frame, true));
  auto search = find_received_stamps(text, testing::default_rules());
  ASSERT_EQ(search.stamps.size(), 1u);
  EXPECT_EQ(search.stamps[0].date, "2025-08-20");
  EXPECT_EQ(search.stamps[0].evidence.rule, "stamp-frame-fields-date");
  EXPECT_LT(search.stamps[0].evidence.confidence, 0.9);

  // Without the stamp's fields in the frame, outside a frame, or with a word before the
  // date, it is not a received stamp.
  text.pop_back();
  EXPECT_TRUE(find_received_stamps(text, testing::default_rules()).stamps.empty());
  text.push_back(line_at(4, "Anl.: Ref.:", frame, true));
  text[0].in_stamp_frame = false;
  EXPECT_TRUE(find_received_stamps(text, testing::default_rules()).stamps.empty());
  text[0] = line_at(4, "Bezahlt am 20. Aug. 2025", frame, true);
  EXPECT_TRUE(find_received_stamps(text, testing::default_rules()).stamps.empty());
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

TEST(ReceivedStamps, ADateAloneInAStampFrameIsADateStamp) {
  const cv::Rect frame(1600, 300, 640, 200);
  DocumentText text;
  text.push_back(line_at(1, "27. APR. 2027", frame, true));
  auto search = find_received_stamps(text, testing::default_rules());
  ASSERT_EQ(search.stamps.size(), 1u);
  EXPECT_EQ(search.stamps[0].date, "2027-04-27");
  EXPECT_EQ(search.stamps[0].evidence.rule, "stamp-frame-date");
  // A speck or two from the frame is allowed; a word beside the date, or no frame, is not.
  text[0] = line_at(1, "i 27. APR. 2027 |", frame, true);
  EXPECT_EQ(find_received_stamps(text, testing::default_rules()).stamps.size(), 1u);
  text[0] = line_at(1, "Bezahlt 27. APR. 2027", frame, true);
  EXPECT_TRUE(find_received_stamps(text, testing::default_rules()).stamps.empty());
  text[0] = line_at(1, "27. APR. 2027", frame, false);
  EXPECT_TRUE(find_received_stamps(text, testing::default_rules()).stamps.empty());
}

}  // namespace
}  // namespace agreement_ocr
