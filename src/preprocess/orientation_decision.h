// Weighing the orientation opinions into one turn. A quarter or half turn applied on a wrong
// guess ruins a page's text, so a turn needs strong evidence or two opinions that agree;
// where they disagree, the candidates are read (reading_check.h) and the clearly more
// legible one wins; otherwise the page is kept as found, with a warning.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace agreement_ocr {

struct TurnOpinion {
  int turn = 0;             // clockwise: 0, 90, 180, 270
  double confidence = 0.0;  // in the opinion's own unit
};

struct OrientationEvidence {
  TurnOpinion projection;          // line axis and up/down; confidence [0, 1], the weaker test's
  std::optional<TurnOpinion> osd;  // Tesseract's OSD, its own confidence; none: too few characters
};

// How a page's turn was decided, as the JSON reports it (pages[].orientation_rule).
enum class OrientationRule { kOsd, kAgreement, kReading, kKeptAsFound, kBlank };
std::string name_of(OrientationRule rule);

struct OrientationDecision {
  bool decided = false;
  int turn = 0;
  double confidence = 0.0;  // [0, 1], calibrated: see the README's orientation table
  OrientationRule rule = OrientationRule::kKeptAsFound;
  std::vector<int> candidates;  // when not decided: the turns to read
};

// From the cheap opinions alone; not decided when a reading must settle it.
OrientationDecision decide_orientation(const OrientationEvidence& evidence);

// Whether a candidate read with this many legible words settles the question, so the others
// need not be read (text held wrong gave at most 11 on the measured pages; held right, 10-83).
bool reading_settles(int legible_words);

// From the legible words read at the first candidates of `decision.candidates` (same order;
// all of them, or fewer when the last read settled it).
OrientationDecision decide_by_reading(const OrientationDecision& undecided, const std::vector<int>& legible_words);

}  // namespace agreement_ocr
