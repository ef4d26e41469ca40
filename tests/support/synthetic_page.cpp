// Synthetic pages for unit tests.
#include "support/synthetic_page.h"

#include <cmath>
#include <opencv2/imgproc.hpp>
#include <string>

namespace agreement_ocr::testing {

cv::Mat text_page(int lines) {
  static const char* const kWords[] = {"Ausbildung", "die", "Qualifizierung", "jeweiligen", "Haushaltsmittel",
                                       "gefordert", "Projekte", "begleitet", "Beschaftigung", "typisch", "Ziele"};
  cv::Mat page(1240, 874, CV_8UC1, cv::Scalar(255));
  int word = 0;
  for (int line = 0; line < lines; ++line) {
    std::string text;
    while (text.size() < 48) {
      text += kWords[word++ % (sizeof kWords / sizeof *kWords)];
      text += ' ';
    }
    cv::putText(page, text, cv::Point(60, 120 + line * 42), cv::FONT_HERSHEY_SIMPLEX, 0.8, cv::Scalar(0), 2,
                cv::LINE_AA);
  }
  return page;
}

cv::Mat scanned_at(const cv::Mat& page, double degrees) {
  const cv::Point2f center(page.cols / 2.0f, page.rows / 2.0f);
  cv::Mat rotation = cv::getRotationMatrix2D(center, degrees, 1.0);
  const cv::Rect2f bounds = cv::RotatedRect(cv::Point2f(), page.size(), static_cast<float>(degrees)).boundingRect2f();
  rotation.at<double>(0, 2) += bounds.width / 2.0 - center.x;
  rotation.at<double>(1, 2) += bounds.height / 2.0 - center.y;
  cv::Mat scanned;
  cv::warpAffine(page, scanned, rotation, bounds.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
  return scanned;
}

}  // namespace agreement_ocr::testing
