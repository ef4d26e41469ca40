#include "io/exif_resolution.h"

#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <vector>

namespace agreement_ocr {
namespace {

// A little-endian EXIF APP1 segment whose IFD0 holds XResolution = numerator/denominator and
// ResolutionUnit = unit.
std::vector<std::uint8_t> exif_segment(std::uint32_t numerator, std::uint32_t denominator, std::uint16_t unit) {
  std::vector<std::uint8_t> tiff = {'I', 'I', 42, 0, 8, 0, 0, 0};
  auto u16 = [&](std::uint16_t v) { tiff.push_back(v & 0xff), tiff.push_back(v >> 8); };
  auto u32 = [&](std::uint32_t v) { for (int i = 0; i < 4; ++i) tiff.push_back((v >> (8 * i)) & 0xff); };
  u16(2);                             // two entries
  u16(0x011A), u16(5), u32(1), u32(8 + 2 + 2 * 12 + 4);  // XResolution, RATIONAL, at the end
  u16(0x0128), u16(3), u32(1), u16(unit), u16(0);        // ResolutionUnit, SHORT, inline
  u32(0);                                                // no next IFD
  u32(numerator), u32(denominator);
  std::vector<std::uint8_t> segment = {0xFF, 0xE1, 0, 0, 'E', 'x', 'i', 'f', 0, 0};
  for (const std::uint8_t byte : tiff) segment.push_back(byte);
  const std::size_t length = segment.size() - 2;
  segment[2] = static_cast<std::uint8_t>(length >> 8), segment[3] = static_cast<std::uint8_t>(length & 0xff);
  return segment;
}

std::vector<std::uint8_t> jpeg_with(const std::vector<std::uint8_t>& segment) {
  std::vector<std::uint8_t> jpeg;
  cv::imencode(".jpg", cv::Mat(64, 64, CV_8UC1, cv::Scalar(200)), jpeg);
  jpeg.insert(jpeg.begin() + 2, segment.begin(), segment.end());  // right after SOI
  return jpeg;
}

TEST(ExifResolution, ReadsDotsPerInch) {
  const auto jpeg = jpeg_with(exif_segment(300, 1, 2));
  EXPECT_EQ(exif_dpi(jpeg.data(), jpeg.size()), 300.0);
}

TEST(ExifResolution, ConvertsDotsPerCentimetre) {
  const auto jpeg = jpeg_with(exif_segment(1181, 10, 3));  // 118.1 per cm
  ASSERT_TRUE(exif_dpi(jpeg.data(), jpeg.size()).has_value());
  EXPECT_NEAR(*exif_dpi(jpeg.data(), jpeg.size()), 300.0, 0.1);
}

TEST(ExifResolution, NoExifOrNoUsableValueIsNone) {
  std::vector<std::uint8_t> plain;
  cv::imencode(".jpg", cv::Mat(64, 64, CV_8UC1, cv::Scalar(200)), plain);
  EXPECT_FALSE(exif_dpi(plain.data(), plain.size()).has_value());
  const auto zero_denominator = jpeg_with(exif_segment(300, 0, 2));
  EXPECT_FALSE(exif_dpi(zero_denominator.data(), zero_denominator.size()).has_value());
  const auto unknown_unit = jpeg_with(exif_segment(300, 1, 7));
  EXPECT_FALSE(exif_dpi(unknown_unit.data(), unknown_unit.size()).has_value());
  const std::uint8_t garbage[] = {0xFF, 0xD8, 0xFF, 0xE1, 0x00};
  EXPECT_FALSE(exif_dpi(garbage, sizeof garbage).has_value());
}

}  // namespace
}  // namespace agreement_ocr
