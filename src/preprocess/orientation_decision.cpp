// The thresholds are Tesseract OSD confidences and legible-word counts, measured with
// scripts/evaluate-pages on ../shared/real-scans (17 pages) and the samples (README,
// "Orientation").
#include "preprocess/orientation_decision.h"

#include <algorithm>

namespace agreement_ocr {
namespace {

// OSD confidence from which OSD alone decides. OCRmyPDF turns from 14; on 34 real pages OSD
// was wrong up to 10 (receipts, FIELD-NOTES), right from 10.5 on the real scans' text pages.
constexpr double kOsdDecisive = 15.0;
// OSD confidence from which OSD backs a turn the projection test also found.
constexpr double kOsdBacking = 2.0;
// Projection confidence (its [0, 1] scale) from which it backs OSD.
constexpr double kProjectionBacking = 0.15;
// A reading decides when its candidate gives at least this many legible words and
// kReadingMargin times as many as any other candidate.
constexpr int kReadingMinimumWords = 5;
constexpr double kReadingMargin = 2.0;
// Legible words that settle a reading alone: wrong turns gave at most 11 (an upside-down
// bitonal 200 dpi agreement page of make-samples --page-stages dev; 0-2 on the receipts of
// ../shared/real-scans), right turns 10-20 on receipts and 51-83 on agreement pages.
constexpr int kReadingSettles = 30;

// Reported confidences by rule, from the calibration table in the README.
constexpr double kConfidenceOsd = 0.97;
constexpr double kConfidenceAgreement = 0.95;
constexpr double kConfidenceReadingClear = 0.92;
constexpr double kConfidenceReading = 0.8;
constexpr double kConfidenceKept = 0.5;

void add_candidate(std::vector<int>& candidates, int turn) {
  if (std::find(candidates.begin(), candidates.end(), turn) == candidates.end()) candidates.push_back(turn);
}

}  // namespace

std::string name_of(OrientationRule rule) {
  switch (rule) {
    case OrientationRule::kOsd: return "osd";
    case OrientationRule::kAgreement: return "osd-and-projection";
    case OrientationRule::kReading: return "reading";
    case OrientationRule::kKeptAsFound: return "kept-as-found";
    case OrientationRule::kBlank: return "blank";
  }
  return "kept-as-found";
}

OrientationDecision decide_orientation(const OrientationEvidence& evidence) {
  OrientationDecision decision;
  if (evidence.osd && evidence.osd->confidence >= kOsdDecisive) {
    decision.decided = true;
    decision.turn = evidence.osd->turn;
    decision.confidence = kConfidenceOsd;
    decision.rule = OrientationRule::kOsd;
    return decision;
  }
  if (evidence.osd && evidence.osd->turn == evidence.projection.turn &&
      evidence.projection.confidence >= kProjectionBacking &&
      (evidence.osd->confidence >= kOsdBacking || evidence.osd->turn == 0)) {
    decision.decided = true;
    decision.turn = evidence.osd->turn;
    decision.confidence = kConfidenceAgreement;
    decision.rule = OrientationRule::kAgreement;
    return decision;
  }
  // As found first: when no reading is clearly better, that is what stays.
  add_candidate(decision.candidates, 0);
  add_candidate(decision.candidates, 180);
  for (const int turn : {evidence.projection.turn, evidence.osd ? evidence.osd->turn : 0}) {
    add_candidate(decision.candidates, turn);
    add_candidate(decision.candidates, (turn + 180) % 360);
  }
  return decision;
}

bool reading_settles(int legible_words) { return legible_words >= kReadingSettles; }

OrientationDecision decide_by_reading(const OrientationDecision& undecided, const std::vector<int>& legible_words) {
  OrientationDecision decision = undecided;
  decision.decided = true;
  decision.rule = OrientationRule::kKeptAsFound;
  decision.turn = 0;
  decision.confidence = kConfidenceKept;
  if (legible_words.empty() || legible_words.size() > undecided.candidates.size()) return decision;
  const bool all_read = legible_words.size() == undecided.candidates.size();
  if (!all_read && !reading_settles(legible_words.back())) return decision;
  const auto best = std::max_element(legible_words.begin(), legible_words.end());
  int runner_up = 0;
  for (auto it = legible_words.begin(); it != legible_words.end(); ++it)
    if (it != best) runner_up = std::max(runner_up, *it);
  if (*best < kReadingMinimumWords || *best < kReadingMargin * runner_up) return decision;
  decision.turn = undecided.candidates[static_cast<std::size_t>(best - legible_words.begin())];
  decision.rule = OrientationRule::kReading;
  decision.confidence = *best >= 2 * kReadingMargin * std::max(1, runner_up) ? kConfidenceReadingClear : kConfidenceReading;
  return decision;
}

}  // namespace agreement_ocr
