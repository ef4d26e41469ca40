#include "preprocess/orientation_decision.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

TEST(OrientationDecision, ConfidentOsdDecidesAlone) {
  const OrientationDecision decision = decide_orientation({{0, 0.9}, TurnOpinion{270, 30.0}});
  EXPECT_TRUE(decision.decided);
  EXPECT_EQ(decision.turn, 270);
  EXPECT_EQ(decision.rule, OrientationRule::kOsd);
  EXPECT_GE(decision.confidence, 0.9);
}

TEST(OrientationDecision, WeakOsdBackedByTheProjectionTestDecides) {
  const OrientationDecision decision = decide_orientation({{180, 0.5}, TurnOpinion{180, 4.0}});
  EXPECT_TRUE(decision.decided);
  EXPECT_EQ(decision.turn, 180);
  EXPECT_EQ(decision.rule, OrientationRule::kAgreement);
}

TEST(OrientationDecision, AWeakTurnThatOnlyOneOpinionHoldsMustBeRead) {
  // The projection test calls a receipt sideways; OSD weakly keeps it: read both ways.
  const OrientationDecision decision = decide_orientation({{90, 0.2}, TurnOpinion{0, 3.0}});
  EXPECT_FALSE(decision.decided);
  EXPECT_EQ(decision.candidates, (std::vector<int>{0, 180, 90, 270}));
}

TEST(OrientationDecision, AgreementOnATurnNeedsMoreThanNoise) {
  EXPECT_FALSE(decide_orientation({{180, 0.5}, TurnOpinion{180, 0.5}}).decided);
  EXPECT_FALSE(decide_orientation({{90, 0.05}, TurnOpinion{90, 5.0}}).decided);
  EXPECT_FALSE(decide_orientation({{0, 0.5}, std::nullopt}).decided);
}

TEST(OrientationDecision, AClearlyLegibleCandidateWins) {
  const OrientationDecision undecided = decide_orientation({{90, 0.2}, TurnOpinion{0, 3.0}});
  const OrientationDecision decision = decide_by_reading(undecided, {2, 0, 25, 1});
  EXPECT_EQ(decision.turn, 90);
  EXPECT_EQ(decision.rule, OrientationRule::kReading);
  EXPECT_GE(decision.confidence, 0.9);
}

TEST(OrientationDecision, WithoutAClearWinnerThePageIsKeptAsFound) {
  const OrientationDecision undecided = decide_orientation({{90, 0.2}, TurnOpinion{180, 3.0}});
  for (const std::vector<int>& legible : {std::vector<int>{8, 1, 12, 0}, std::vector<int>{0, 3, 4, 1}, std::vector<int>{}}) {
    const OrientationDecision decision = decide_by_reading(undecided, legible);
    EXPECT_TRUE(decision.decided);
    EXPECT_EQ(decision.turn, 0);
    EXPECT_EQ(decision.rule, OrientationRule::kKeptAsFound);
    EXPECT_LT(decision.confidence, 0.9);
  }
}

TEST(OrientationDecision, ASettlingReadingNeedsNoOtherCandidate) {
  const OrientationDecision undecided = decide_orientation({{90, 0.2}, TurnOpinion{0, 3.0}});
  EXPECT_TRUE(reading_settles(40));
  EXPECT_FALSE(reading_settles(11));
  const OrientationDecision settled = decide_by_reading(undecided, {1, 40});
  EXPECT_EQ(settled.turn, 180);
  EXPECT_EQ(settled.rule, OrientationRule::kReading);
  // Not all read and the last one does not settle it: kept as found.
  EXPECT_EQ(decide_by_reading(undecided, {1, 12}).rule, OrientationRule::kKeptAsFound);
}

TEST(OrientationDecision, RulesHaveTheirJsonNames) {
  EXPECT_EQ(name_of(OrientationRule::kOsd), "osd");
  EXPECT_EQ(name_of(OrientationRule::kAgreement), "osd-and-projection");
  EXPECT_EQ(name_of(OrientationRule::kReading), "reading");
  EXPECT_EQ(name_of(OrientationRule::kKeptAsFound), "kept-as-found");
  EXPECT_EQ(name_of(OrientationRule::kBlank), "blank");
}

}  // namespace
}  // namespace agreement_ocr
