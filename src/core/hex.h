// Bytes as lowercase hexadecimal, two digits per byte.
#pragma once

#include <cstddef>
#include <string>

namespace agreement_ocr {

std::string hex_of(const unsigned char* data, std::size_t size);
inline std::string hex_of(const std::string& bytes) {
  return hex_of(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

}  // namespace agreement_ocr
