// The verdicts of validate on small field sets: a check whose evidence cannot be read is
// "unreadable" (check by eye), never a pass and never a failure.
#include "validate/checks.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

Signatory signatory(const std::string& name, std::optional<bool> signature) {
  Signatory s;
  s.name = name;
  s.place = "Wiesbaden";
  s.date = "2025-08-06";
  s.date_written = true;
  s.signature_present = signature;
  return s;
}

ValidationReport judged(const Fields& fields, const Reference& reference) {
  DocumentResult scan;
  scan.fields = fields;
  return validate_document(scan, reference, Rules{}, {});
}

Reference expecting(const std::vector<std::string>& names) {
  Reference reference;
  reference.signatories.emplace();
  for (const std::string& name : names) reference.signatories->push_back({name, std::nullopt, std::nullopt, std::nullopt});
  return reference;
}

TEST(ValidateChecks, SignedCopyIsValid) {
  Fields fields;
  fields.signatories = {signatory("Heike Hofmann", true)};
  const auto report = judged(fields, expecting({"Heike Hofmann"}));
  EXPECT_EQ(report.verdict, Verdict::kValid);
}

TEST(ValidateChecks, MissingSignatureFails) {
  Fields fields;
  fields.signatories = {signatory("Heike Hofmann", false)};
  const auto report = judged(fields, expecting({"Heike Hofmann"}));
  EXPECT_EQ(report.verdict, Verdict::kInvalid);
  EXPECT_EQ(status_of(report.checks.front()), CheckStatus::kFailed);
}

TEST(ValidateChecks, UndecidedSignatureIsCheckByEye) {
  Fields fields;
  fields.signatories = {signatory("Heike Hofmann", std::nullopt)};
  const auto report = judged(fields, expecting({"Heike Hofmann"}));
  EXPECT_EQ(report.verdict, Verdict::kUnreadable);
  EXPECT_STREQ(status_name(status_of(report.checks.front())), "unreadable");
}

TEST(ValidateChecks, BlockWithAnUnmatchedNameIsCheckByEyeNotMissing) {
  Fields fields;
  fields.signatories = {signatory("Heike Hofmann", true), signatory("Pxtr1c Bchr", true)};
  const auto report = judged(fields, expecting({"Heike Hofmann", "Dr. Patricia Becher"}));
  EXPECT_EQ(report.verdict, Verdict::kUnreadable);
  bool seen = false;
  for (const CheckResult& check : report.checks) {
    if (check.subject != "Dr. Patricia Becher") continue;
    seen = true;
    EXPECT_EQ(status_of(check), CheckStatus::kUnreadable);
    EXPECT_NE(check.found.find("Pxtr1c Bchr"), std::string::npos);
  }
  EXPECT_TRUE(seen);
}

TEST(ValidateChecks, NoBlockAtAllIsStillAFailure) {
  Fields fields;
  fields.signatories = {signatory("Heike Hofmann", true)};
  const auto report = judged(fields, expecting({"Heike Hofmann", "Dr. Patricia Becher"}));
  EXPECT_EQ(report.verdict, Verdict::kInvalid);
}

TEST(ValidateChecks, StampWithoutReadableDateIsCheckByEyeAndAFailureOutweighsIt) {
  Fields fields;
  fields.signatories = {signatory("Heike Hofmann", true)};
  fields.received_stamps.push_back({});
  Reference reference = expecting({"Heike Hofmann"});
  reference.require_received_stamp = true;
  EXPECT_EQ(judged(fields, reference).verdict, Verdict::kUnreadable);
  fields.signatories.front().signature_present = false;
  EXPECT_EQ(judged(fields, reference).verdict, Verdict::kInvalid);
  fields.received_stamps.clear();
  fields.signatories.front().signature_present = true;
  EXPECT_EQ(judged(fields, reference).verdict, Verdict::kInvalid);  // no stamp at all
}

}  // namespace
}  // namespace agreement_ocr
