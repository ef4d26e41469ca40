#include "cli/progress_line.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

TEST(DescribeProgress, EstimatesTheRestFromFinishedDocuments) {
  BatchProgress progress;
  progress.documents_total = 10;
  progress.documents_done = 2;
  progress.documents_processed = 2;
  progress.pages_done = 10;  // 8 in the two finished documents, 2 of the third
  progress.pages_done_in_finished = 8;
  progress.elapsed_seconds = 20.0;
  // 4 pages a document; 8 documents not done: 32 pages less the 2 done = 30 pages at 0.5/s.
  EXPECT_EQ(describe_progress(progress), "2/10 documents, 10 pages, 0.50 pages/s, about 1 min left");
}

TEST(DescribeProgress, NoEstimateBeforeTheFirstDocument) {
  BatchProgress progress;
  progress.documents_total = 3;
  progress.pages_done = 1;
  progress.elapsed_seconds = 2.0;
  EXPECT_EQ(describe_progress(progress), "0/3 documents, 1 pages, 0.50 pages/s");
}

}  // namespace
}  // namespace agreement_ocr
