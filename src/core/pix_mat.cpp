// Conversions between Leptonica's Pix and OpenCV's Mat.
#include "core/pix_mat.h"

#include <cstdint>

namespace agreement_ocr {

cv::Mat mat_from_pix(Pix* source) {
  PixPtr no_colormap(pixRemoveColormap(source, REMOVE_CMAP_BASED_ON_SRC));
  Pix* pix = no_colormap ? no_colormap.get() : source;
  PixPtr flattened;
  if (pixGetDepth(pix) == 32 && pixGetSpp(pix) == 4) {
    flattened.reset(pixAlphaBlendUniform(pix, 0xffffff00));
    if (flattened) pix = flattened.get();
  }
  const int width = pixGetWidth(pix);
  const int height = pixGetHeight(pix);
  if (pixGetDepth(pix) == 32) {
    cv::Mat bgr(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
      const l_uint32* line = pixGetData(pix) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(pix);
      auto* out = bgr.ptr<std::uint8_t>(y);
      for (int x = 0; x < width; ++x) {
        const l_uint32 word = line[x];
        out[3 * x + 0] = static_cast<std::uint8_t>((word >> L_BLUE_SHIFT) & 0xff);
        out[3 * x + 1] = static_cast<std::uint8_t>((word >> L_GREEN_SHIFT) & 0xff);
        out[3 * x + 2] = static_cast<std::uint8_t>((word >> L_RED_SHIFT) & 0xff);
      }
    }
    return bgr;
  }
  PixPtr grey_pix(pixGetDepth(pix) == 8 ? pixClone(pix) : pixConvertTo8(pix, 0));
  if (!grey_pix) return {};
  cv::Mat grey(height, width, CV_8UC1);
  for (int y = 0; y < height; ++y) {
    const l_uint32* line = pixGetData(grey_pix.get()) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(grey_pix.get());
    auto* out = grey.ptr<std::uint8_t>(y);
    for (int x = 0; x < width; ++x) out[x] = static_cast<std::uint8_t>(GET_DATA_BYTE(line, x));
  }
  return grey;
}

PixPtr pix_from_grey(const cv::Mat& grey) {
  CV_Assert(grey.type() == CV_8UC1);
  PixPtr pix(pixCreate(grey.cols, grey.rows, 8));
  if (!pix) return pix;
  for (int y = 0; y < grey.rows; ++y) {
    l_uint32* line = pixGetData(pix.get()) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(pix.get());
    const auto* in = grey.ptr<std::uint8_t>(y);
    for (int x = 0; x < grey.cols; ++x) SET_DATA_BYTE(line, x, in[x]);
  }
  return pix;
}

}  // namespace agreement_ocr
