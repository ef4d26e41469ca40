// Damaged and hostile inputs for tests.
#include "support/bad_inputs.h"

#include <unistd.h>
#include <zlib.h>

#include <cstring>
#include <filesystem>

#include <opencv2/imgcodecs.hpp>
#include <random>

#include "support/synthetic_page.h"

namespace agreement_ocr::testing {
namespace {

void put_be32(Bytes& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<std::uint8_t>(value >> (24 - 8 * i));
}

}  // namespace

Bytes png_page() {
  Bytes bytes;
  cv::imencode(".png", text_page(), bytes);
  return bytes;
}

Bytes tiny_png(int width, int height) {
  Bytes bytes;
  cv::imencode(".png", cv::Mat(height, width, CV_8UC1, cv::Scalar(255)), bytes);
  return bytes;
}

Bytes tiff_pages() {
  // OpenCV 4.6 encodes multi-page TIFF only to a file.
  const auto path = std::filesystem::temp_directory_path() / ("agreement-ocr-test-" + std::to_string(::getpid()) + ".tiff");
  const std::vector<cv::Mat> pages = {text_page(), text_page(12)};
  cv::imwritemulti(path.string(), pages);
  auto bytes = read_file_bytes(path.string(), 1u << 30);
  std::filesystem::remove(path);
  return bytes.ok() ? *bytes : Bytes{};
}

Bytes truncated(const Bytes& bytes) { return Bytes(bytes.begin(), bytes.begin() + bytes.size() / 2); }

Bytes random_bytes(std::size_t count) {
  std::mt19937 generator(20250820);
  Bytes bytes(count);
  for (auto& byte : bytes) byte = static_cast<std::uint8_t>(generator());
  return bytes;
}

Bytes png_claiming(int width, int height) {
  Bytes bytes = png_page();
  // IHDR is the first chunk: length at 8, type at 12, width at 16, height at 20, CRC at 29.
  put_be32(bytes, 16, static_cast<std::uint32_t>(width));
  put_be32(bytes, 20, static_cast<std::uint32_t>(height));
  put_be32(bytes, 29, static_cast<std::uint32_t>(crc32(0, bytes.data() + 12, 17)));
  return bytes;
}

Bytes png_stating_dpi(double dpi) {
  const Bytes page = png_page();
  Bytes chunk(4 + 4 + 9 + 4);  // length, type, data, CRC
  put_be32(chunk, 0, 9);
  const std::string type = "pHYs";
  for (std::size_t i = 0; i < type.size(); ++i) chunk[4 + i] = static_cast<std::uint8_t>(type[i]);
  const auto per_metre = static_cast<std::uint32_t>(dpi / 0.0254 + 0.5);
  put_be32(chunk, 8, per_metre);
  put_be32(chunk, 12, per_metre);
  chunk[16] = 1;  // unit: the metre
  put_be32(chunk, 17, static_cast<std::uint32_t>(crc32(0, chunk.data() + 4, 13)));
  constexpr std::size_t kAfterHeader = 33;  // the signature and IHDR come first
  if (page.size() < kAfterHeader) return page;
  Bytes bytes(page.size() + chunk.size());
  std::memcpy(bytes.data(), page.data(), kAfterHeader);
  std::memcpy(bytes.data() + kAfterHeader, chunk.data(), chunk.size());
  std::memcpy(bytes.data() + kAfterHeader + chunk.size(), page.data() + kAfterHeader, page.size() - kAfterHeader);
  return bytes;
}

Bytes file_at(const std::string& path_from_source_root) {
  auto bytes = read_file_bytes(std::string(AGREEMENT_OCR_SOURCE_DIR) + "/" + path_from_source_root, 1u << 30);
  return bytes.ok() ? *bytes : Bytes{};
}

}  // namespace agreement_ocr::testing
