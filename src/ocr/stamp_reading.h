// Reading received stamps on their own. A stamp is a framed, slightly rotated block that
// page OCR garbles (its frame and tilt break line finding), so framed stamp-sized
// rectangles are found on the upright page, straightened and OCR'd one by one.
#pragma once

#include <opencv2/core.hpp>
#include <vector>

#include "ocr/ocr_engine.h"

namespace agreement_ocr {

// Rectangular frames of stamp size (3-12 cm by 1.2-7 cm, tilted up to 15°), largest first,
// at most `max_frames`.
std::vector<cv::RotatedRect> find_stamp_frames(const cv::Mat& upright_grey, double dpi, std::size_t max_frames = 3);

// What was read inside one frame; each line's box (and each word's) is the frame's
// bounding box on the page.
struct StampReading {
  cv::RotatedRect frame;
  std::vector<OcrLine> lines;
};

std::vector<StampReading> read_stamp_frames(OcrEngine& engine, const cv::Mat& upright_grey, double dpi,
                                            const std::vector<cv::RotatedRect>& frames);

// Puts the lines read inside stamp frames into the page in place of the words page OCR
// found inside the (tilted) frame, where page OCR had the first of them. Runs on Tesseract's
// lines, before they are read column by column (which the stamp lines then take no part
// in); leaves the page text to be rebuilt.
void replace_stamp_areas(OcrPage& page, const std::vector<StampReading>& stamps);

// Lines page OCR ran through a stamp frame (a file reference beside a received stamp, read as
// one line with the stamp's words) come out of replace_stamp_areas with what was left of
// them, often a misread fragment ("ea" for "Az.: III 2 – 53d 04 01"). Where the words left
// are unsure, their side of the line is read again on its own with `engine`, and the
// reading replaces them when it is surer.
void reread_lines_beside_stamps(OcrEngine& engine, const cv::Mat& upright_grey, double dpi,
                                const std::vector<StampReading>& stamps, OcrPage& page);

}  // namespace agreement_ocr
