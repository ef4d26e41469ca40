// SHA-256 of a byte buffer, as lowercase hex, through OpenSSL.
#pragma once

#include <string>

#include "core/file_bytes.h"

namespace agreement_ocr {

std::string sha256_hex(const Bytes& bytes);

}  // namespace agreement_ocr
