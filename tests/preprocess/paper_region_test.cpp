#include "preprocess/paper_region.h"

#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "preprocess/page_transform.h"
#include "support/synthetic_page.h"

namespace agreement_ocr {
namespace {

// text_page() is an A5 sheet at 150 dpi: laid on grey cardboard on an A4 scan.
cv::Mat sheet_on(const cv::Scalar& surround, cv::Rect& where) {
  const cv::Mat sheet = testing::text_page();
  cv::Mat scan(1754, 1240, CV_8UC1, surround);
  where = cv::Rect(250, 300, sheet.cols, sheet.rows);
  sheet.copyTo(scan(where));
  return scan;
}

TEST(PaperRegion, FindsASheetOnCardboardOrInAScannerLidsShadow) {
  for (const cv::Scalar& surround : {cv::Scalar(160), cv::Scalar(30)}) {
    cv::Rect where;
    const auto found = find_paper(sheet_on(surround, where), 150);
    ASSERT_TRUE(found.has_value());
    EXPECT_GE((*found & where).area(), where.area() * 0.98);
    EXPECT_LE(found->area(), where.area() * 1.06);
  }
}

TEST(PaperRegion, APageThatIsAllPaperOrHoldsADarkPictureIsLeftWhole) {
  EXPECT_FALSE(find_paper(testing::text_page(), 150).has_value());
  cv::Mat with_picture = testing::text_page();
  cv::rectangle(with_picture, {200, 300, 400, 300}, cv::Scalar(40), cv::FILLED);
  EXPECT_FALSE(find_paper(with_picture, 150).has_value());
  cv::Rect where;
  EXPECT_FALSE(find_paper(sheet_on(cv::Scalar(225), where), 150).has_value());  // greyish margins only
  // A dark band across the page: the paper beyond it holds text too.
  cv::Mat banded = testing::text_page();
  cv::rectangle(banded, {0, 500, banded.cols, 200}, cv::Scalar(30), cv::FILLED);
  EXPECT_FALSE(find_paper(banded, 150).has_value());
}

TEST(PaperRegion, BoxesOnACroppedSheetMapBackToThePage) {
  const PageTransform on_sheet = make_page_transform({400, 600}, 90, 0.0);
  const PageTransform on_page = from_crop_at(on_sheet, {100, 50});
  // The sheet's top-left corner lands at the upright page's top-right.
  const cv::Rect2d box = box_on_original(on_page, cv::Rect2d(590, 0, 10, 10));
  EXPECT_NEAR(box.x, 100, 1e-6);
  EXPECT_NEAR(box.y, 50, 1e-6);
}

}  // namespace
}  // namespace agreement_ocr
