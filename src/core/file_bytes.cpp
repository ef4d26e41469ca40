// Reading a whole input file into memory, with a size limit.
#include "core/file_bytes.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace agreement_ocr {

Result<Bytes> read_file_bytes(const std::string& path, std::size_t max_bytes) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) return Status::BadInput("no such file");
  if (std::filesystem::is_directory(status)) return Status::BadInput("is a directory, not a file");
  const auto size = std::filesystem::file_size(path, error);
  if (error) return Status::BadInput("cannot read file size: " + error.message());
  if (size > max_bytes) {
    return Status::BadInput("file is " + std::to_string(size) + " bytes, over the limit of " +
                            std::to_string(max_bytes));
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return Status::BadInput(std::string("cannot open: ") + std::strerror(errno));
  Bytes bytes(size);
  if (size > 0 && !stream.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size))) {
    return Status::BadInput("read failed");
  }
  return bytes;
}

}  // namespace agreement_ocr
