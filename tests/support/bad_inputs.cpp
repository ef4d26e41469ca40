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

std::string one_page_pdf(const std::string& media_box, const std::string& count, const std::string& content,
                         const std::vector<std::string>& objects, const std::string& resources) {
  // An empty page has no content stream object (poppler weighs /Count against the objects).
  std::vector<std::string> all = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count " + count + " >>",
                                  "<< /Type /Page /Parent 2 0 R /MediaBox [" + media_box + "]" +
                                      (content.empty() ? "" : " /Contents 4 0 R") + " /Resources << " + resources + " >> >>"};
  if (!content.empty()) all.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream");
  all.insert(all.end(), objects.begin(), objects.end());
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < all.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + all[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(all.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(all.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) +
         "\n%%EOF\n";
  return pdf;
}

std::string pdf_of_nested_saves(int depth) {
  std::string content;
  content.reserve(static_cast<std::size_t>(depth) * 2 + 32);
  for (int i = 0; i < depth; ++i) content += "q ";
  content += "0 0 m 100 100 l S";
  return one_page_pdf("0 0 595 842", "1", content);
}

std::string pdf_drawing_an_image(int times) {
  constexpr int kSide = 8000;
  // RunLengthDecode: a length byte 257-n repeats the next byte n times (n up to 128); 128 ends.
  std::string data;
  long long left = static_cast<long long>(kSide) * kSide;
  for (int run = 0; left > 0; ++run) {
    const int length = static_cast<int>(std::min<long long>(128, left));
    data += static_cast<char>(257 - length);
    data += static_cast<char>(run % 2 ? 255 : 0);
    left -= length;
  }
  data += static_cast<char>(128);
  const std::string image = "<< /Type /XObject /Subtype /Image /Width " + std::to_string(kSide) + " /Height " +
                            std::to_string(kSide) +
                            " /ColorSpace /DeviceGray /BitsPerComponent 8 /Interpolate true /Filter /RunLengthDecode /Length " +
                            std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
  std::string content;
  for (int i = 0; i < times; ++i) content += "q 595 0 0 842 0 0 cm /Image Do Q\n";
  return one_page_pdf("0 0 595 842", "1", content, {image}, "/XObject << /Image 5 0 R >>");
}

}  // namespace agreement_ocr::testing
