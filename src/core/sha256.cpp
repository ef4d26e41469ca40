// SHA-256 of a byte buffer, as lowercase hex, through OpenSSL's EVP interface.
#include "core/sha256.h"

#include <openssl/evp.h>

#include <array>

#include "core/hex.h"

namespace agreement_ocr {

std::string sha256_hex(const Bytes& bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr);
  return hex_of(digest.data(), length);
}

}  // namespace agreement_ocr
