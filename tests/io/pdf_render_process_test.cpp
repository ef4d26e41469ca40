#include "io/pdf_render_process.h"

#include <gtest/gtest.h>

#include <atomic>
#include <opencv2/core.hpp>

#include "core/shared_bytes.h"
#include "io/document.h"
#include "support/bad_inputs.h"

namespace agreement_ocr {
namespace {

Bytes as_bytes(const std::string& text) { return Bytes(text.begin(), text.end()); }

SharedBytes shared(Bytes bytes) {
  auto held = SharedBytes::from(std::move(bytes));
  EXPECT_TRUE(held.ok()) << held.status().message();
  return std::move(*held);
}

PdfRenderBounds bounds(double seconds = 60.0, std::size_t bytes = 0) {
  PdfRenderBounds result;
  result.program = AGREEMENT_OCR_RENDER_PROGRAM;
  result.max_seconds = seconds;
  result.max_bytes = bytes;
  return result;
}

// The child renders what this process renders: same size, same pixels.
TEST(PdfRenderProcess, RendersThePagesThatThisProcessRenders) {
  const Bytes sample = testing::file_at("samples/wiesbaden-2025.pdf");
  LoadLimits here;
  here.pdf_render_dpi = 100;
  LoadLimits child = here;
  child.pdf_render_program = AGREEMENT_OCR_RENDER_PROGRAM;
  auto in_process = open_document(sample, here);
  auto in_child = open_document(sample, child);
  ASSERT_TRUE(in_process.ok() && in_child.ok());
  ASSERT_EQ((*in_child)->page_count(), 4);
  for (int index : {0, 3}) {
    auto a = (*in_process)->load_page(index);
    auto b = (*in_child)->load_page(index);
    ASSERT_TRUE(a.ok() && b.ok()) << a.status().message() << b.status().message();
    ASSERT_EQ(a->pixels.size(), b->pixels.size());
    EXPECT_EQ(cv::norm(a->pixels, b->pixels, cv::NORM_INF), 0.0) << "page " << index + 1;
    EXPECT_EQ(a->decode_warning, b->decode_warning);
  }
}

// 300,000 nested saves take poppler about 2 GB; under the page's bound the child ends and
// the page fails with a message, not the process.
TEST(PdfRenderProcess, APageThatExhaustsMemoryFailsWithinItsBound) {
  if (!render_memory_is_bounded()) GTEST_SKIP() << "no memory limit under AddressSanitizer";
  const SharedBytes pdf = shared(as_bytes(testing::pdf_of_nested_saves(300000)));
  const auto page = render_pdf_page_in_child(pdf.fd(), 0, 300, bounds(600, std::size_t{200} << 20));
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), ErrorCode::kBadInput);
  EXPECT_NE(page.status().message().find("cannot render page 1 of the PDF"), std::string::npos) << page.status().message();
  EXPECT_NE(page.status().message().find("200 MiB"), std::string::npos) << page.status().message();
  // The same page renders with no limit: the bound, not the file, ended it.
  const SharedBytes small = shared(as_bytes(testing::pdf_of_nested_saves(3000)));
  EXPECT_TRUE(render_pdf_page_in_child(small.fd(), 0, 300, bounds(600, std::size_t{200} << 20)).ok());
}

// A page that takes 10 s to render is killed at its time.
TEST(PdfRenderProcess, APageThatRendersTooLongIsKilledAtItsTime) {
  const SharedBytes pdf = shared(as_bytes(testing::pdf_drawing_an_image(100)));
  const auto page = render_pdf_page_in_child(pdf.fd(), 0, 300, bounds(0.5));
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().message(), "rendering page 1 of the PDF took over 0.5 s (see --max-render-seconds)");
}

// A stop request ends the render in progress.
TEST(PdfRenderProcess, AStopRequestEndsTheRender) {
  const SharedBytes pdf = shared(as_bytes(testing::pdf_drawing_an_image(100)));
  std::atomic<bool> stop{true};
  PdfRenderBounds stopped = bounds(600);
  stopped.cancel = &stop;
  const auto page = render_pdf_page_in_child(pdf.fd(), 0, 300, stopped);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().message(), "rendering page 1 of the PDF was stopped");
}

// What the child reports of a page it cannot render reaches the caller as it is.
TEST(PdfRenderProcess, APageMissingFromTheFileIsReportedByTheChild) {
  const SharedBytes pdf = shared(as_bytes(testing::one_page_pdf("0 0 595 842")));
  const auto page = render_pdf_page_in_child(pdf.fd(), 5, 300, bounds());
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().message(), "cannot read page 6 of the PDF");
}

TEST(PdfRenderProcess, AMissingRendererIsAnInternalError) {
  const SharedBytes pdf = shared(as_bytes(testing::one_page_pdf("0 0 595 842")));
  PdfRenderBounds missing = bounds();
  missing.program = "/nonexistent/agreement-ocr-render";
  const auto page = render_pdf_page_in_child(pdf.fd(), 0, 300, missing);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), ErrorCode::kInternal);
  EXPECT_NE(page.status().message().find("/nonexistent/agreement-ocr-render"), std::string::npos);
}

}  // namespace
}  // namespace agreement_ocr
