// Adapters from the engines' readings to the preprocessing stage's opinions.
#include "ocr/orientation_judges.h"

#include "ocr/reading_check.h"

namespace agreement_ocr {

OrientationJudges orientation_judges(OrientationEngine* osd, OcrEngine* reader) {
  OrientationJudges judges;
  if (osd) {
    judges.osd = [osd](const cv::Mat& grey, double dpi) -> std::optional<TurnOpinion> {
      const auto reading = osd->detect(grey, dpi);
      if (!reading) return std::nullopt;
      return TurnOpinion{reading->turn, reading->confidence};
    };
  }
  if (reader) {
    judges.legible_words = [reader](const cv::Mat& grey, double dpi) {
      return read_legibility(*reader, grey, dpi).legible_words;
    };
  }
  return judges;
}

}  // namespace agreement_ocr
