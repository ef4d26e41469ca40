#include "io/document.h"

#include "core/file_bytes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <opencv2/imgcodecs.hpp>

#include "support/bad_inputs.h"
#include "support/run_command.h"

namespace agreement_ocr {
namespace {

using testing::png_claiming;
using testing::png_page;
using testing::tiff_pages;
using testing::truncated;

// Opens and decodes every page; returns the first failure.
Status open_and_decode(Bytes bytes, const LoadLimits& limits = {}) {
  auto document = open_document(std::move(bytes), limits);
  if (!document.ok()) return document.status();
  for (int i = 0; i < (*document)->page_count(); ++i) {
    auto page = (*document)->load_page(i);
    if (!page.ok()) return page.status();
  }
  return Status::Ok();
}

TEST(OpenDocument, ReadsPngWithItsResolutionOrAssumesOne) {
  auto document = open_document(png_page(), {});
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_EQ((*document)->format(), DocumentFormat::kPng);
  ASSERT_EQ((*document)->page_count(), 1);
  auto page = (*document)->load_page(0);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->pixels.type(), CV_8UC1);
  EXPECT_EQ(page->pixels.size(), cv::Size(874, 1240));
  // OpenCV writes no pHYs chunk, so the resolution is assumed, and said to be.
  EXPECT_TRUE(page->dpi_assumed);
  EXPECT_EQ(page->dpi, 300.0);
}

TEST(OpenDocument, ReadsEveryPageOfATiff) {
  auto document = open_document(tiff_pages(), {});
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_EQ((*document)->page_count(), 2);
  EXPECT_TRUE(open_and_decode(tiff_pages()).ok());
}

// Pages of a multi-page TIFF are found by their directory, in any order.
TEST(OpenDocument, ReadsTiffPagesByTheirOwnDirectoryInAnyOrder) {
  std::vector<cv::Mat> pages;
  for (int n = 0; n < 6; ++n) pages.emplace_back(40 + 10 * n, 60 + n, CV_8UC1, cv::Scalar(40 * n));
  const std::string dir = testing::make_temp_dir();
  ASSERT_TRUE(cv::imwritemulti(dir + "/pages.tiff", pages));
  auto document = open_document(*read_file_bytes(dir + "/pages.tiff", std::size_t{1} << 30), {});
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(document.ok()) << document.status().message();
  ASSERT_EQ((*document)->page_count(), 6);
  for (const int index : {5, 0, 3, 1, 4, 2}) {
    auto pixels = (*document)->page_pixels(index);
    ASSERT_TRUE(pixels.ok());
    EXPECT_EQ(*pixels, (40LL + 10 * index) * (60 + index)) << index;
    auto page = (*document)->load_page(index);
    ASSERT_TRUE(page.ok()) << index << ": " << page.status().message();
    EXPECT_EQ(page->pixels.rows, 40 + 10 * index) << index;
    EXPECT_EQ(page->pixels.cols, 60 + index) << index;
    EXPECT_NEAR(cv::mean(page->pixels)[0], 40 * index, 1.0) << index;
  }
}

TEST(OpenDocument, ReadsTheSamplePdfPageByPage) {
  auto document = open_document(testing::file_at("samples/wiesbaden-2025.pdf"), {});
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_EQ((*document)->format(), DocumentFormat::kPdf);
  ASSERT_GE((*document)->page_count(), 3);
  auto page = (*document)->load_page(0);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->pixels.type(), CV_8UC1);
  EXPECT_EQ(page->dpi, 300.0);
  // At least A4 at 300 dpi (2480x3508); a skewed scan's canvas is larger.
  EXPECT_GE(page->pixels.cols, 2470);
  EXPECT_GE(page->pixels.rows, 3500);
}

TEST(OpenDocument, RefusesEmptyRandomAndTextInput) {
  EXPECT_EQ(open_and_decode({}).code(), ErrorCode::kBadInput);
  EXPECT_EQ(open_and_decode(testing::random_bytes(4096)).code(), ErrorCode::kBadInput);
  const std::string text = "Zielvereinbarung 2025 zwischen ...";
  EXPECT_EQ(open_and_decode(Bytes(text.begin(), text.end())).code(), ErrorCode::kBadInput);
}

TEST(OpenDocument, RefusesTruncatedFiles) {
  EXPECT_EQ(open_and_decode(truncated(png_page())).code(), ErrorCode::kBadInput);
  EXPECT_EQ(open_and_decode(truncated(tiff_pages())).code(), ErrorCode::kBadInput);
  EXPECT_EQ(open_and_decode(truncated(testing::file_at("samples/wiesbaden-2025.pdf"))).code(), ErrorCode::kBadInput);
}

TEST(OpenDocument, RefusesAnEncryptedPdf) {
  const Status status = open_and_decode(testing::file_at("tests/data/encrypted.pdf"));
  EXPECT_EQ(status.code(), ErrorCode::kBadInput);
  EXPECT_NE(status.message().find("encrypted"), std::string::npos) << status.message();
}

TEST(OpenDocument, RefusesPagesOverThePixelLimitBeforeDecoding) {
  const Status status = open_and_decode(png_claiming(60000, 60000));
  EXPECT_EQ(status.code(), ErrorCode::kBadInput);
  EXPECT_NE(status.message().find("60000x60000"), std::string::npos) << status.message();
  LoadLimits tight;
  tight.max_pixels_per_page = 1000;
  EXPECT_EQ(open_and_decode(png_page(), tight).code(), ErrorCode::kBadInput);
}

TEST(OpenDocument, RefusesDocumentsOverThePageLimit) {
  LoadLimits tight;
  tight.max_pages = 1;
  EXPECT_EQ(open_and_decode(tiff_pages(), tight).code(), ErrorCode::kBadInput);
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// Found by tests/fuzz (open_document_fuzzer): MediaBoxes so large that the pixel count
// overflowed (undefined behaviour); they must be refused as over the pixel limit.
TEST(OpenDocumentRegression, AbsurdPdfPageSizesAreOverTheLimit) {
  for (const char* name : {"pdf-mediabox-1e15-squared-pixel-count-overflows.pdf", "pdf-mediabox-width-1e47-overflows-pixel-count.pdf"}) {
    auto document = open_document(testing::file_at(std::string("tests/fuzz/regressions/open_document/") + name), {});
    if (!document.ok()) continue;  // refused when opened: fine too
    for (int index = 0; index < (*document)->page_count(); ++index) {
      auto pixels = (*document)->page_pixels(index);
      if (pixels.ok()) {
        EXPECT_GT(*pixels, LoadLimits{}.max_pixels_per_page) << name;
      }
      auto page = (*document)->load_page(index);
      ASSERT_FALSE(page.ok()) << name;
      EXPECT_EQ(page.status().code(), ErrorCode::kBadInput) << name;
    }
  }
}

}  // namespace
}  // namespace agreement_ocr
