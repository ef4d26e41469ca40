// Orientation and deskew as one stage, so the page is resampled once for good: the cheap
// opinions on a small mask (line axis, skew, up/down), Tesseract's OSD on the deskewed page,
// a reading of the candidates where those disagree, then one turn and deskew of the page.
#include "preprocess/upright_page.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

#include "core/resize.h"
#include "preprocess/orientation.h"
#include "preprocess/paper_region.h"

namespace agreement_ocr {
namespace {

// Below this the projection test does not call a page sideways on its own.
constexpr double kMinAxisConfidence = 0.15;
// OSD judges characters' shapes; 200 dpi keeps them legible to it at a fraction of 300 dpi's cost.
constexpr double kOsdMaxDpi = 200.0;

cv::Mat to_grey(const cv::Mat& pixels) {
  if (pixels.channels() == 1) return pixels;
  cv::Mat grey;
  cv::cvtColor(pixels, grey, cv::COLOR_BGR2GRAY);
  return grey;
}

std::string page_label(const PageImage& page) { return "page " + std::to_string(page.number); }

// The quarter turn the projection test calls for: only on evidence clear enough.
int projection_quarter(const TextAxis& axis) {
  return axis.lines_run_down && axis.confidence >= kMinAxisConfidence ? 90 : 0;
}

// The projection test's turn: the line axis, then up/down on the page turned and deskewed.
TurnOpinion projection_opinion(const cv::Mat& grey, double dpi, const TextAxis& axis, cv::Mat& turned) {
  const int quarter = projection_quarter(axis);
  turned = apply_page_transform(grey, make_page_transform(grey.size(), quarter, coarse_skew(axis, quarter)));
  const UpDown up_down = detect_upside_down(turned, dpi);
  return {up_down.upside_down ? quarter + 180 : quarter, std::min(axis.confidence, up_down.confidence)};
}

std::optional<TurnOpinion> osd_opinion(const OrientationJudges& judges, const cv::Mat& turned, double dpi, int quarter) {
  if (!judges.osd) return std::nullopt;
  const double scale = std::min(1.0, kOsdMaxDpi / dpi);
  const cv::Mat judged = scale < 1.0 ? scaled_by(turned, scale, cv::INTER_AREA) : turned;
  auto osd = judges.osd(judged, dpi * scale);
  if (osd) osd->turn = (osd->turn + quarter) % 360;  // OSD saw the page after the projection's quarter turn
  return osd;
}

}  // namespace

UprightPage make_upright(const PageImage& page, const UprightOptions& options, const OrientationJudges& judges) {
  UprightPage result;
  const cv::Mat page_grey = to_grey(page.pixels);
  // A receipt on cardboard or a page in a scanner lid's border: the sheet alone is read.
  const std::optional<cv::Rect> sheet = find_paper(page_grey, page.dpi);
  const cv::Mat grey = sheet ? page_grey(*sheet) : page_grey;
  const cv::Point offset = sheet ? sheet->tl() : cv::Point();
  if (sheet) {
    result.warnings.push_back(page_label(page) + ": read the sheet inside a darker surround (" +
                              std::to_string(sheet->width) + "x" + std::to_string(sheet->height) + " pixels at " +
                              std::to_string(sheet->x) + "," + std::to_string(sheet->y) + ")");
  }
  const TextAxis axis = find_text_axis(grey, page.dpi, options.max_skew_degrees);
  if (!axis.has_text) {
    result.warnings.push_back(page_label(page) + ": blank (no contrast); nothing to read");
    result.blank = true;
    result.grey = grey;
    result.transform = from_crop_at(make_page_transform(grey.size(), 0, 0.0), offset);
    result.orientation_rule = OrientationRule::kBlank;
    return result;
  }
  cv::Mat turned;
  OrientationEvidence evidence;
  evidence.projection = projection_opinion(grey, page.dpi, axis, turned);
  evidence.osd = osd_opinion(judges, turned, page.dpi, projection_quarter(axis));
  turned.release();

  OrientationDecision decision = decide_orientation(evidence);
  if (!decision.decided) {
    std::vector<int> legible;
    if (judges.legible_words) {
      for (const int turn : decision.candidates) {
        const PageTransform candidate = make_page_transform(grey.size(), turn, coarse_skew(axis, turn));
        legible.push_back(judges.legible_words(apply_page_transform(grey, candidate), page.dpi));
        if (reading_settles(legible.back())) break;
      }
    }
    decision = decide_by_reading(decision, legible);
    if (decision.rule == OrientationRule::kKeptAsFound) {
      const std::string osd = evidence.osd ? std::to_string(evidence.osd->turn) + "°" : "no opinion";
      result.warnings.push_back(page_label(page) + ": orientation unclear (line test " +
                                std::to_string(evidence.projection.turn) + "°, OSD " + osd +
                                ", reading undecided); kept as found");
    }
  }
  const double skew = refined_skew(grey, page.dpi, axis, decision.turn);
  // The half turn as an exact rotation after the warp: the same pixels as a warp by the whole
  // turn, up to rounding, which Tesseract's segmentation can be sensitive to.
  result.grey = apply_page_transform(grey, make_page_transform(grey.size(), decision.turn % 180, skew));
  if (decision.turn >= 180) cv::rotate(result.grey, result.grey, cv::ROTATE_180);
  result.transform = from_crop_at(make_page_transform(grey.size(), decision.turn, skew), offset);
  result.orientation_confidence = decision.confidence;
  result.orientation_rule = decision.rule;
  return result;
}

}  // namespace agreement_ocr
