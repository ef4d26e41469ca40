#include "batch/shard.h"

#include <charconv>
#include <system_error>
#include <cstdint>

namespace agreement_ocr {

Result<Shard> parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  Shard shard;
  const char* end = text.data() + text.size();
  // Whole numbers that fit: from_chars reports one out of range with ec, not with ptr.
  const auto whole = [](const char* from, const char* to, int& value) {
    const auto [ptr, error] = std::from_chars(from, to, value);
    return ptr == to && error == std::errc();
  };
  const bool parsed = slash != std::string::npos && slash > 0 && slash + 1 < text.size() &&
                      whole(text.data(), text.data() + slash, shard.index) && whole(text.data() + slash + 1, end, shard.count);
  if (!parsed || shard.count < 1 || shard.index < 0 || shard.index >= shard.count) {
    return Status::Usage("--shard must be K/N with 0 <= K < N, e.g. 0/4; got '" + text + "'");
  }
  return shard;
}

bool in_shard(const std::string& relative, const Shard& shard) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const unsigned char c : relative) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash % static_cast<std::uint64_t>(shard.count) == static_cast<std::uint64_t>(shard.index);
}

}  // namespace agreement_ocr
