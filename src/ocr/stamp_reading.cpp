// Stamp frames by contours: an outer contour whose minimum-area rectangle it nearly fills
// (an outline, not a blob), of stamp size, with little ink inside compared with a solid
// shape. Each is straightened about its centre, its frame lines trimmed off, and read as a
// block of text.
#include "ocr/stamp_reading.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <opencv2/imgproc.hpp>

#include "core/resize.h"

namespace agreement_ocr {
namespace {

constexpr double kWorkingDpi = 150.0;
constexpr double kCmPerInch = 2.54;

cv::RotatedRect landscape(cv::RotatedRect rect) {
  if (rect.size.width < rect.size.height) {
    std::swap(rect.size.width, rect.size.height);
    rect.angle -= 90.0f;
  }
  while (rect.angle > 45.0f) rect.angle -= 90.0f;  // keep the tilt small; width stays the long side
  while (rect.angle < -45.0f) rect.angle += 90.0f;
  return rect;
}

double overlap(const cv::Rect& a, const cv::Rect& b) {
  const double both = (a & b).area();
  return both / std::min(a.area(), b.area());
}

// The share of an outline's length that runs along the sides of `rect` (within `tolerance`
// pixels): 1 for a frame's own outline, less where ink beside it joined in.
double share_on_rectangle(const std::vector<cv::Point>& outline, const cv::RotatedRect& rect, int tolerance) {
  const cv::Rect bounds = cv::boundingRect(outline) | rect.boundingRect();
  const cv::Point offset(bounds.x - tolerance, bounds.y - tolerance);
  const cv::Size size(bounds.width + 2 * tolerance, bounds.height + 2 * tolerance);
  cv::Mat sides = cv::Mat::zeros(size, CV_8UC1), drawn = cv::Mat::zeros(size, CV_8UC1);
  cv::Point2f corners[4];
  rect.points(corners);
  std::vector<cv::Point> corner_points;
  for (const cv::Point2f& corner : corners) corner_points.emplace_back(cv::Point(corner) - offset);
  cv::polylines(sides, std::vector<std::vector<cv::Point>>{corner_points}, true, 255, 2 * tolerance + 1);
  cv::drawContours(drawn, std::vector<std::vector<cv::Point>>{outline}, 0, 255, 1, cv::LINE_8, cv::noArray(), 0, -offset);
  cv::Mat on_sides;
  cv::bitwise_and(sides, drawn, on_sides);
  return cv::countNonZero(on_sides) / std::max(1.0, static_cast<double>(cv::countNonZero(drawn)));
}

}  // namespace

std::vector<cv::RotatedRect> find_stamp_frames(const cv::Mat& upright_grey, double dpi, std::size_t max_frames) {
  const double scale = std::min(1.0, kWorkingDpi / dpi);
  const cv::Mat small = scaled_by(upright_grey, scale, cv::INTER_AREA);
  cv::Mat ink;
  // A frame's thin lines turn light grey when the page is scaled down: count as ink all that
  // is darker than halfway between Otsu's threshold and white.
  const double otsu = cv::threshold(small, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  cv::threshold(small, ink, (otsu + 255) / 2, 255, cv::THRESH_BINARY_INV);
  // Bridge gaps that thresholding and faint ink leave in a frame's lines.
  cv::Mat closed;
  cv::morphologyEx(ink, closed, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
  std::vector<std::vector<cv::Point>> contours;
  std::vector<cv::Vec4i> hierarchy;
  cv::findContours(closed, contours, hierarchy, cv::RETR_CCOMP, cv::CHAIN_APPROX_SIMPLE);

  const double pixels_per_cm = dpi * scale / kCmPerInch;
  // A stamp divided by a rule (the organisation above, the date below) has one inside per
  // compartment: a hole stands for the rectangular holes of the same frame stacked right
  // above or below it, as wide as it is, stamp-wide, at its tilt. More than three such
  // holes are a table's rows, not a stamp.
  std::vector<std::optional<cv::RotatedRect>> compartment(contours.size());
  for (std::size_t i = 0; i < contours.size(); ++i) {
    if (hierarchy[i][3] < 0) continue;
    const cv::RotatedRect rect = landscape(cv::minAreaRect(contours[i]));
    if (rect.size.width >= 3 * pixels_per_cm && rect.size.height >= 0.3 * pixels_per_cm &&
        cv::contourArea(contours[i]) >= 0.88 * rect.size.area()) {
      compartment[i] = rect;
    }
  }
  auto compartments_of = [&](std::size_t i) {
    std::vector<std::size_t> found{i};
    if (!compartment[i]) return found;
    const cv::RotatedRect& own = *compartment[i];
    for (int j = hierarchy[static_cast<std::size_t>(hierarchy[i][3])][2]; j >= 0; j = hierarchy[static_cast<std::size_t>(j)][0]) {
      const auto sibling = static_cast<std::size_t>(j);
      if (sibling == i || !compartment[sibling]) continue;
      const cv::RotatedRect& other = *compartment[sibling];
      if (std::abs(other.angle - own.angle) > 3 || std::abs(other.size.width - own.size.width) > 0.1 * own.size.width) continue;
      const bool stacked = std::abs(other.center.x - own.center.x) <= 0.1 * own.size.width &&
                           std::abs(other.center.y - own.center.y) <=
                               (other.size.height + own.size.height) / 2 + 0.5 * pixels_per_cm;
      if (stacked) found.push_back(sibling);
    }
    return found.size() <= 3 ? found : std::vector<std::size_t>{i};
  };
  std::vector<std::pair<cv::RotatedRect, bool>> frames;  // and whether found as a hole
  for (std::size_t i = 0; i < contours.size(); ++i) {
    // Outer outlines, and the holes inside ink: a frame touched by a signature stroke or
    // by text beside it has an outline of another shape, but its inside is still the
    // frame's rectangle.
    const bool hole = hierarchy[i][3] >= 0;
    std::vector<cv::Point> points;
    double hole_area = 0;
    for (const std::size_t part : hole ? compartments_of(i) : std::vector<std::size_t>{i}) {
      points.insert(points.end(), contours[part].begin(), contours[part].end());
      hole_area += cv::contourArea(contours[part]);
    }
    const cv::RotatedRect rect = landscape(cv::minAreaRect(points));
    const double width_cm = rect.size.width / pixels_per_cm, height_cm = rect.size.height / pixels_per_cm;
    if (width_cm < 3 || width_cm > 12 || height_cm < 1.2 || height_cm > 7 || std::abs(rect.angle) > 15) continue;
    // An outline: its hull fills the rectangle, but its ink does not. A hole must be a
    // rectangle itself (a loop of a signature is rounder: an ellipse fills 79%).
    std::vector<cv::Point> hull;
    cv::convexHull(points, hull);
    const double rect_area = static_cast<double>(rect.size.area());
    if (cv::contourArea(hull) < 0.7 * rect_area) continue;
    if (hole && hole_area < 0.88 * rect_area) continue;
    // An outline is a frame's when it runs along the rectangle's sides, or when ink beside
    // the frame joined in (text under a stamp) and the frame's inside still shows as a large
    // hole. A signature through its printed name and signature line is neither: on the
    // variety corpus's dev part and samples/, 20 stamp outlines ran 0.42-1.0 of their length
    // on the sides, and those under 0.9 kept a hole of 0.32-0.44 of the rectangle; the two
    // signatures taken for frames ran 0.23 and 0.31 on the sides, with holes of 0.04 and 0.10.
    if (!hole) {
      constexpr double kMinShareOnSides = 0.9, kMinInsideShare = 0.2;
      double largest_inside = 0;
      for (int child = hierarchy[i][2]; child >= 0; child = hierarchy[static_cast<std::size_t>(child)][0])
        largest_inside = std::max(largest_inside, cv::contourArea(contours[static_cast<std::size_t>(child)]));
      const int tolerance = std::max(2, static_cast<int>(0.15 * pixels_per_cm));  // 1.5 mm
      if (largest_inside < kMinInsideShare * rect_area &&
          share_on_rectangle(contours[i], rect, tolerance) < kMinShareOnSides) {
        continue;
      }
    }
    const cv::Rect bounds = rect.boundingRect() & cv::Rect(0, 0, ink.cols, ink.rows);
    if (bounds.area() == 0 || cv::countNonZero(ink(bounds)) > 0.5 * rect_area) continue;
    // A hole is the frame's inside: grown by about a line's width to the frame itself.
    const float grow = hole ? 4.0f : 0.0f;
    frames.push_back({cv::RotatedRect(
                          cv::Point2f(rect.center.x / static_cast<float>(scale), rect.center.y / static_cast<float>(scale)),
                          cv::Size2f((rect.size.width + grow) / static_cast<float>(scale),
                                     (rect.size.height + grow) / static_cast<float>(scale)),
                          rect.angle),
                      hole});
  }
  // The inside of a frame first: the outline of the same frame may have taken in strokes
  // that touch it, the inside has not. Then the largest.
  std::sort(frames.begin(), frames.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second;
    return a.first.size.area() > b.first.size.area();
  });
  std::vector<cv::RotatedRect> distinct;
  for (const auto& [frame, hole] : frames) {
    const bool nested = std::any_of(distinct.begin(), distinct.end(), [&](const auto& kept) {
      return overlap(kept.boundingRect(), frame.boundingRect()) > 0.8;
    });
    if (!nested) distinct.push_back(frame);
    if (distinct.size() == max_frames) break;
  }
  return distinct;
}

std::vector<StampReading> read_stamp_frames(OcrEngine& engine, const cv::Mat& upright_grey, double dpi,
                                            const std::vector<cv::RotatedRect>& frames) {
  std::vector<StampReading> readings;
  const double frame_margin = dpi * 0.12 / kCmPerInch;  // trims the frame's own lines
  for (const cv::RotatedRect& frame : frames) {
    const cv::Size inner(static_cast<int>(frame.size.width - 2 * frame_margin),
                         static_cast<int>(frame.size.height - 2 * frame_margin));
    if (inner.width <= 0 || inner.height <= 0) continue;
    // Straightened and cropped in one resampling, straight into the frame's inside: turning
    // the whole page first would cost a page-sized buffer per stamp.
    cv::Mat page_to_crop = cv::getRotationMatrix2D(frame.center, frame.angle, 1.0);
    page_to_crop.at<double>(0, 2) -= frame.center.x - (inner.width - 1) / 2.0;
    page_to_crop.at<double>(1, 2) -= frame.center.y - (inner.height - 1) / 2.0;
    cv::Mat crop;
    cv::warpAffine(upright_grey, crop, page_to_crop, inner, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
    auto read = engine.recognize_region(crop, dpi, OcrEngine::RegionKind::kBlock);
    if (!read.ok()) continue;
    const cv::Rect page_box = frame.boundingRect() & cv::Rect(0, 0, upright_grey.cols, upright_grey.rows);
    StampReading& reading = readings.emplace_back();
    reading.frame = frame;
    for (OcrLine line : read->lines) {
      line.box = page_box;
      for (auto& word : line.words) word.box = page_box;
      line.in_stamp_frame = true;
      reading.lines.push_back(std::move(line));
    }
  }
  return readings;
}

}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// Whether the words of a line that fell inside a stamp frame, [gone, end), were the line's
// own text the stamp covers ("Arbeit K|blenz", "Wohnen|und ländlichen Raum") rather than the
// stamp's words that page OCR put on the line ("der Stadt Koblenz ... Juli 2026"): a word of
// its own follows the line's kept words at word spacing. Measured on the variety corpus's dev
// part: the line's own words began 0.8 and 1.6 line heights from the kept ones, the stamp's
// 5, 8 and 14; specks (no letter or digit) do not count.
bool lost_words_of_its_own(const std::vector<OcrWord>& words, std::vector<OcrWord>::const_iterator gone) {
  constexpr double kMaxWordGapHeights = 3.0;
  if (gone == words.begin()) return false;
  int left = words.front().box.x, right = left, height = 0;
  for (auto word = words.begin(); word != gone; ++word) {
    left = std::min(left, word->box.x);
    right = std::max(right, word->box.x + word->box.width);
    height = std::max(height, word->box.height);
  }
  return std::any_of(gone, words.end(), [&](const OcrWord& word) {
    const bool speck = std::none_of(word.text.begin(), word.text.end(),
                                    [](unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; });
    const int gap = word.box.x >= right ? word.box.x - right : left - (word.box.x + word.box.width);
    return !speck && gap <= kMaxWordGapHeights * height;
  });
}

}  // namespace

void replace_stamp_areas(OcrPage& page, const std::vector<StampReading>& stamps) {
  int paragraph = 0;  // a paragraph of its own for each stamp
  for (const auto& line : page.lines) paragraph = std::max(paragraph, line.paragraph + 1);
  for (const StampReading& stamp : stamps) {
    if (stamp.lines.empty()) continue;
    // The tilted frame itself: its bounding box would take in words beside a tilted stamp.
    cv::Point2f corners[4];
    stamp.frame.points(corners);
    const std::vector<cv::Point2f> outline(corners, corners + 4);
    // Word by word: page OCR may join a stamp's words to the text beside it on one line.
    std::optional<std::size_t> position;
    std::vector<OcrLine> kept;
    for (OcrLine& line : page.lines) {
      if (line.in_stamp_frame) {  // another stamp's reading, in place already
        kept.push_back(std::move(line));
        continue;
      }
      // The words outside the frame first, in their order, then those inside.
      const auto inside = std::stable_partition(line.words.begin(), line.words.end(), [&](const OcrWord& word) {
        const cv::Point2f centre(static_cast<float>(word.box.x) + static_cast<float>(word.box.width) / 2,
                                 static_cast<float>(word.box.y) + static_cast<float>(word.box.height) / 2);
        return cv::pointPolygonTest(outline, centre, false) < 0;
      });
      if (inside != line.words.end() && !position) position = kept.size();
      if (inside == line.words.begin()) continue;
      if (inside != line.words.end()) {
        const bool cut = lost_words_of_its_own(line.words, inside);
        line.words.erase(inside, line.words.end());
        join_words(line);
        line.cut_by_stamp = line.cut_by_stamp || cut;  // another stamp may have cut it already
      }
      kept.push_back(std::move(line));
    }
    page.lines = std::move(kept);
    if (!position) {
      const int top = stamp.frame.boundingRect().y;
      const auto below = std::find_if(page.lines.begin(), page.lines.end(),
                                      [&](const OcrLine& line) { return line.box.y > top; });
      position = static_cast<std::size_t>(below - page.lines.begin());
    }
    std::vector<OcrLine> read = stamp.lines;
    for (auto& line : read) line.paragraph = paragraph;
    ++paragraph;
    page.lines.insert(page.lines.begin() + static_cast<std::ptrdiff_t>(*position), read.begin(), read.end());
  }
}

namespace {

// Words left of a cut line below this mean confidence are read again (page OCR's words on
// clean print: 0.85-0.96 on the samples; the fragment beside a stamp 0.35).
constexpr double kUnsureRemainder = 0.8;

}  // namespace

void reread_lines_beside_stamps(OcrEngine& engine, const cv::Mat& upright_grey, double dpi,
                                const std::vector<StampReading>& stamps, OcrPage& page) {
  for (const StampReading& stamp : stamps) {
    const cv::Rect frame = stamp.frame.boundingRect();
    for (OcrLine& line : page.lines) {
      if (line.in_stamp_frame || line.words.empty()) continue;
      // A line cut by the frame: its box (of the words left) beside the frame, at its height.
      const bool level = line.box.y < frame.br().y && line.box.br().y > frame.y;
      const bool left = line.box.br().x <= frame.x, right = line.box.x >= frame.br().x;
      if (!level || !(left || right) || mean_confidence_of(line.words) >= kUnsureRemainder) continue;
      const int page_right = upright_grey.cols;
      const int margin = line.box.height / 2;
      const int from = left ? std::max(0, line.box.x - 4 * margin) : frame.br().x + margin;
      const int to = left ? frame.x - margin : std::min(page_right, line.box.br().x + 4 * margin);
      const cv::Rect region(from, line.box.y - margin, to - from, line.box.height + 2 * margin);
      if (region.width <= 0) continue;
      auto read = engine.recognize_words_in(upright_grey, region, dpi, OcrEngine::RegionKind::kLine);
      if (!read.ok() || read->empty() || mean_confidence_of(*read) < mean_confidence_of(line.words) + 0.2) continue;
      line.words = std::move(*read);
      join_words(line);
    }
  }
}

}  // namespace agreement_ocr
