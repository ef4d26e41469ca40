// Boxes are mapped to the input page with the same function the JSON uses, so the picture
// and the report always agree. OpenCV's fonts are ASCII: labels spell umlauts out.
#include "validate/overlay.h"

#include <filesystem>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "output/atomic_file.h"
#include "output/json_output.h"

namespace agreement_ocr {
namespace {

std::string ascii(const std::string& text) {
  static const std::pair<const char*, const char*> kSpelled[] = {
      {"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "Ae"}, {"Ö", "Oe"}, {"Ü", "Ue"}, {"ß", "ss"}, {"§", "S"}, {"–", "-"}, {"€", "EUR"}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool spelled = false;
    for (const auto& [from, to] : kSpelled) {
      const std::size_t n = std::char_traits<char>::length(from);
      if (text.compare(i, n, from) == 0) {
        out += to;
        i += n;
        spelled = true;
        break;
      }
    }
    if (spelled) continue;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    out += c < 0x80 ? static_cast<char>(c) : '?';
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return out.size() > 70 ? out.substr(0, 67) + "..." : out;
}

struct Mark {
  int page;
  std::optional<cv::Rect> box;
  std::string label;
  cv::Scalar colour;
};

// `stacked`: how many labels this box already has; each further one goes below the last.
void draw(cv::Mat& image, const cv::Rect& box, const std::string& label, const cv::Scalar& colour, int stacked) {
  const int thickness = std::max(2, image.cols / 600);
  cv::rectangle(image, box, colour, thickness);
  const double scale = image.cols / 1800.0;
  int baseline = 0;
  const cv::Size size = cv::getTextSize(label, cv::FONT_HERSHEY_SIMPLEX, scale, thickness, &baseline);
  const cv::Point origin(box.x, std::max(size.height + 4, box.y - 6) + stacked * (size.height + baseline + 8));
  cv::rectangle(image, cv::Rect(origin.x, origin.y - size.height - 4, size.width + 6, size.height + baseline + 6),
                cv::Scalar(255, 255, 255), cv::FILLED);
  cv::putText(image, label, origin + cv::Point(3, 0), cv::FONT_HERSHEY_SIMPLEX, scale, colour, thickness);
}

}  // namespace

Status write_overlays(const DocumentResult& scan, const ValidationReport& report, const std::string& dir,
                      const LoadLimits& limits) {
  const cv::Scalar green(40, 150, 40), red(30, 30, 220), blue(200, 90, 20), orange(0, 140, 255);
  std::vector<Mark> marks;
  if (scan.fields) {
    const Fields& f = *scan.fields;
    if (f.document.title) marks.push_back({f.document.evidence.page, f.document.evidence.box, "title: " + *f.document.title, blue});
    for (const Party& p : f.parties) marks.push_back({p.evidence.page, p.evidence.box, "party: " + p.name, blue});
    for (const ReceivedStamp& s : f.received_stamps)
      marks.push_back({s.evidence.page, s.evidence.box, "stamp: " + s.date.value_or("date unreadable"), blue});
    for (const Amount& a : f.amounts) marks.push_back({a.evidence.page, a.evidence.box, "amount: " + a.evidence.text, blue});
    for (const Project& p : f.projects)
      marks.push_back({p.evidence.page, p.evidence.box, "project " + std::to_string(p.number) + ": " + p.category, blue});
    for (const Signatory& s : f.signatories)
      marks.push_back({s.evidence.page, s.evidence.box, "signatory: " + s.name.value_or("?") + ", " + s.date.value_or("no date"), blue});
  }
  for (const CheckResult& check : report.checks) {
    if (check.page <= 0) continue;
    const CheckStatus status = status_of(check);
    const std::string verdict = status == CheckStatus::kPassed ? "OK " : status == CheckStatus::kFailed ? "FAILED " : "CHECK BY EYE ";
    marks.push_back({check.page, check.box, verdict + check.check + ": " + (check.passed ? check.subject : check.found),
                     status == CheckStatus::kPassed ? green : status == CheckStatus::kFailed ? red : orange});
  }

  auto input = open_input(scan.path, limits);
  if (!input.ok()) return input.status();
  if (!input->scan) return Status::Usage("--overlay needs a scan; a text input has no pages to draw on");
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return Status::Output("cannot create " + dir + ": " + error.message());
  const std::string stem = std::filesystem::path(scan.path).stem().string();
  for (const PageResult& page : scan.pages) {
    auto image = input->scan->load_page(page.number - 1);
    if (!image.ok()) return image.status();
    cv::Mat canvas;
    if (image->pixels.channels() == 1) cv::cvtColor(image->pixels, canvas, cv::COLOR_GRAY2BGR);
    else canvas = image->pixels.clone();
    std::map<std::pair<int, int>, int> labels_at;  // box corner (40-pixel cells) -> labels drawn there
    for (const Mark& mark : marks) {
      if (mark.page != page.number) continue;
      const auto box = box_on_input_page(scan, mark.page, mark.box);
      if (box.is_null()) continue;
      const cv::Rect rect(box[0].get<int>(), box[1].get<int>(), box[2].get<int>(), box[3].get<int>());
      draw(canvas, rect, ascii(mark.label), mark.colour, labels_at[{rect.x / 40, rect.y / 40}]++);
    }
    std::vector<unsigned char> png;
    if (!cv::imencode(".png", canvas, png)) return Status::Internal("cannot encode the overlay of page " + std::to_string(page.number));
    const std::string path = (std::filesystem::path(dir) / (stem + "-page-" + std::to_string(page.number) + ".png")).string();
    if (Status s = write_file_atomically(path, std::string(png.begin(), png.end())); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace agreement_ocr
