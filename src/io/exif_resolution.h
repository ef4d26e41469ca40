// The resolution a JPEG states only in its EXIF block (cameras and many scanner apps write
// XResolution there and leave the JFIF density at 1:1), read with libexif.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace agreement_ocr {

// Dots per inch from EXIF IFD0's XResolution and ResolutionUnit (inch or centimetre);
// nullopt when the data has no EXIF block or no usable resolution.
std::optional<double> exif_dpi(const std::uint8_t* data, std::size_t size);

}  // namespace agreement_ocr
