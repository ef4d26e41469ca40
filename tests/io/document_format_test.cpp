#include "io/document_format.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

Bytes bytes_of(std::string_view text) { return Bytes(text.begin(), text.end()); }

TEST(DocumentFormat, RecognisesMagicBytes) {
  using namespace std::string_view_literals;
  EXPECT_EQ(detect_format(bytes_of("\x89PNG\r\n\x1a\n...."sv)), DocumentFormat::kPng);
  EXPECT_EQ(detect_format(bytes_of("\xff\xd8\xff\xe0"sv)), DocumentFormat::kJpeg);
  EXPECT_EQ(detect_format(bytes_of("II*\0\x08\0\0\0"sv)), DocumentFormat::kTiff);
  EXPECT_EQ(detect_format(bytes_of("MM\0*\0\0\0\x08"sv)), DocumentFormat::kTiff);
  EXPECT_EQ(detect_format(bytes_of("%PDF-1.7\n"sv)), DocumentFormat::kPdf);
}

TEST(DocumentFormat, AcceptsPdfHeaderAfterLeadingJunk) {
  EXPECT_EQ(detect_format(bytes_of("garbage\r\n%PDF-1.4\n")), DocumentFormat::kPdf);
}

TEST(DocumentFormat, RejectsTextAndEmptyInput) {
  EXPECT_EQ(detect_format(bytes_of("Zielvereinbarung 2025\n")), DocumentFormat::kUnknown);
  EXPECT_EQ(detect_format(Bytes{}), DocumentFormat::kUnknown);
  EXPECT_EQ(detect_format(bytes_of("\x89PN")), DocumentFormat::kUnknown);
}

}  // namespace
}  // namespace agreement_ocr
