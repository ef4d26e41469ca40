#include "serve/review_images.h"

#include <fstream>
#include <sstream>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "output/atomic_file.h"

namespace agreement_ocr {
namespace {

// Fastest zlib level: these images are made for every page and read a few times.
const std::vector<int> kPngParameters = {cv::IMWRITE_PNG_COMPRESSION, 1};

cv::Mat scaled_to(const cv::Mat& pixels, int width) {
  if (pixels.cols <= width || pixels.cols == 0) return pixels;
  cv::Mat scaled;
  const int height = std::max(1, static_cast<int>(static_cast<long long>(pixels.rows) * width / pixels.cols));
  cv::resize(pixels, scaled, cv::Size(width, height), 0, 0, cv::INTER_AREA);
  return scaled;
}

}  // namespace

cv::Mat review_image_of(const cv::Mat& pixels) {
  cv::Mat review = scaled_to(pixels, kReviewImageWidth);
  return review.data == pixels.data ? pixels.clone() : review;
}

Status write_review_image(const std::string& path, const cv::Mat& review, int rotation) {
  cv::Mat turned = review;
  if (rotation == 90) cv::rotate(review, turned, cv::ROTATE_90_CLOCKWISE);
  if (rotation == 180) cv::rotate(review, turned, cv::ROTATE_180);
  if (rotation == 270) cv::rotate(review, turned, cv::ROTATE_90_COUNTERCLOCKWISE);
  std::vector<unsigned char> png;
  if (turned.empty() || !cv::imencode(".png", turned, png, kPngParameters)) return Status::Internal("cannot encode a review image");
  return write_file_atomically(path, std::string(png.begin(), png.end()));
}

std::optional<std::string> review_png(const std::string& path, std::optional<int> width) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string png = bytes.str();
  if (!width) return png;
  const cv::Mat image = cv::imdecode(cv::Mat(1, static_cast<int>(png.size()), CV_8UC1, png.data()), cv::IMREAD_UNCHANGED);
  if (image.empty() || image.cols <= *width) return png;
  std::vector<unsigned char> scaled;
  if (!cv::imencode(".png", scaled_to(image, *width), scaled, kPngParameters)) return std::nullopt;
  return std::string(scaled.begin(), scaled.end());
}

}  // namespace agreement_ocr
