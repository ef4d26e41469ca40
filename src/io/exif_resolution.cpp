// libexif finds the APP1 segment in a whole JPEG buffer itself.
#include "io/exif_resolution.h"

#include <libexif/exif-data.h>

#include <memory>

namespace agreement_ocr {
namespace {

constexpr double kCentimetresPerInch = 2.54;
// EXIF ResolutionUnit values.
constexpr ExifShort kUnitInch = 2;
constexpr ExifShort kUnitCentimetre = 3;

struct ExifDataFree {
  void operator()(ExifData* data) const { exif_data_unref(data); }
};

}  // namespace

std::optional<double> exif_dpi(const std::uint8_t* data, std::size_t size) {
  std::unique_ptr<ExifData, ExifDataFree> exif(exif_data_new());
  if (!exif) return std::nullopt;
  exif_data_unset_option(exif.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
  exif_data_load_data(exif.get(), data, static_cast<unsigned int>(size));
  ExifEntry* resolution = exif_content_get_entry(exif->ifd[EXIF_IFD_0], EXIF_TAG_X_RESOLUTION);
  if (!resolution || resolution->format != EXIF_FORMAT_RATIONAL || resolution->components < 1 || !resolution->data) {
    return std::nullopt;
  }
  const ExifByteOrder order = exif_data_get_byte_order(exif.get());
  const ExifRational value = exif_get_rational(resolution->data, order);
  if (value.denominator == 0) return std::nullopt;
  double dpi = static_cast<double>(value.numerator) / value.denominator;
  ExifShort unit = kUnitInch;  // the specification's default
  if (ExifEntry* unit_entry = exif_content_get_entry(exif->ifd[EXIF_IFD_0], EXIF_TAG_RESOLUTION_UNIT);
      unit_entry && unit_entry->format == EXIF_FORMAT_SHORT && unit_entry->data) {
    unit = exif_get_short(unit_entry->data, order);
  }
  if (unit == kUnitCentimetre) dpi *= kCentimetresPerInch;
  else if (unit != kUnitInch) return std::nullopt;
  return dpi;
}

}  // namespace agreement_ocr
