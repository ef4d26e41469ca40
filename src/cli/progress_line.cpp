#include "cli/progress_line.h"

#include <cmath>

namespace agreement_ocr {
namespace {

std::string duration_text(double seconds) {
  const long total = std::lround(seconds);
  if (total < 60) return std::to_string(total) + " s";
  if (total < 3600) return std::to_string(total / 60) + " min";
  return std::to_string(total / 3600) + " h " + std::to_string(total % 3600 / 60) + " min";
}

}  // namespace

std::string describe_progress(const BatchProgress& progress) {
  char rate_text[32] = "";
  const double rate = progress.elapsed_seconds > 0 ? progress.pages_done / progress.elapsed_seconds : 0.0;
  std::snprintf(rate_text, sizeof rate_text, "%.2f", rate);
  std::string text = std::to_string(progress.documents_done) + "/" + std::to_string(progress.documents_total) +
                     " documents, " + std::to_string(progress.pages_done) + " pages, " + rate_text + " pages/s";
  // Pages still to do: those of opened documents, and for the unopened ones as many as the
  // finished documents had on average.
  const int unopened_guess = progress.documents_total - progress.documents_done;
  if (rate > 0 && progress.documents_processed > 0) {
    const double pages_per_document = static_cast<double>(progress.pages_done_in_finished) / progress.documents_processed;
    const double in_flight_done = progress.pages_done - progress.pages_done_in_finished;
    const double left = std::max(0.0, unopened_guess * pages_per_document - in_flight_done);
    text += ", about " + duration_text(left / rate) + " left";
  }
  return text;
}

void ProgressLine::update(const BatchProgress& progress) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  const bool finished = progress.documents_done == progress.documents_total;
  if (!finished && shown_ && now - last_draw_ < std::chrono::milliseconds(500)) return;
  last_draw_ = now;
  std::fprintf(stream_, "\r\033[K%s", describe_progress(progress).c_str());
  std::fflush(stream_);
  shown_ = true;
}

void ProgressLine::clear() {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  if (!shown_) return;
  std::fputs("\r\033[K", stream_);
  shown_ = false;
}

}  // namespace agreement_ocr
