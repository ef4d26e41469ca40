// Tesseract's OpenMP threads stay off in every thread that recognises, without
// OMP_THREAD_LIMIT: the setting is per thread, and worker threads start with the defaults.
#include "ocr/ocr_engine.h"

#include <gtest/gtest.h>
#include <omp.h>

#include <opencv2/imgproc.hpp>
#include <thread>

namespace agreement_ocr {
namespace {

TEST(OcrEngine, AWorkerThreadRecognisesWithOneOpenMpThread) {
  auto model = locate_model("fast");
  ASSERT_TRUE(model.ok()) << model.status().message();
  auto engine = OcrEngine::create(*model);
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  cv::Mat page(400, 1200, CV_8UC1, cv::Scalar(255));
  cv::putText(page, "Zielvereinbarung 2025", cv::Point(40, 200), cv::FONT_HERSHEY_SIMPLEX, 2.0, cv::Scalar(0), 4);

  int threads_before = 0, threads_after = 0, levels_after = -1;
  std::string text;
  std::thread worker([&] {
    threads_before = omp_get_max_threads();
    auto read = (*engine)->recognize(page, 300);
    if (read.ok()) text = read->text;
    threads_after = omp_get_max_threads();
    levels_after = omp_get_max_active_levels();
  });
  worker.join();
  EXPECT_NE(text.find("2025"), std::string::npos) << text;
  if (std::getenv("OMP_THREAD_LIMIT") == nullptr && std::getenv("OMP_NUM_THREADS") == nullptr && omp_get_num_procs() > 1) {
    EXPECT_GT(threads_before, 1) << "a new thread starts with OpenMP's defaults";
  }
  EXPECT_EQ(threads_after, 1);
  EXPECT_EQ(levels_after, 0);
}

}  // namespace
}  // namespace agreement_ocr
