// SHA-256 of a byte buffer, as lowercase hex, through OpenSSL.
#pragma once

#include <string>

#include "core/file_bytes.h"
#include "core/status.h"

namespace agreement_ocr {

std::string sha256_hex(const Bytes& bytes);

// SHA-256 of a file, read in pieces (a file of any size takes 1 MiB); fails with kBadInput
// when it cannot be read.
Result<std::string> sha256_of_file(const std::string& path);

}  // namespace agreement_ocr
