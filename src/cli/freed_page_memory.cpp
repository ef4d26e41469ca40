// Through jemalloc's mallctl interface: the oversize arena is found by a probe allocation,
// told never to give back by time, and purged by us when what it keeps passes the cap.
#include "cli/freed_page_memory.h"

#include <sys/types.h>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#ifdef AGREEMENT_OCR_WITH_JEMALLOC
#include <jemalloc/jemalloc.h>
#endif

namespace agreement_ocr {

#ifdef AGREEMENT_OCR_WITH_JEMALLOC

namespace {

std::string arena_setting(unsigned arena, const char* name) {
  return "arena." + std::to_string(arena) + "." + name;
}

template <typename T>
bool read_setting(const std::string& name, T& value) {
  std::size_t size = sizeof value;
  return mallctl(name.c_str(), &value, &size, nullptr, 0) == 0 && size == sizeof value;
}

std::optional<std::size_t> dirty_bytes(unsigned arena) {
  std::uint64_t epoch = 1;  // statistics are read as of the last epoch: start a new one
  std::size_t epoch_size = sizeof epoch;
  if (mallctl("epoch", &epoch, &epoch_size, &epoch, epoch_size) != 0) return std::nullopt;
  std::size_t pages = 0;
  std::size_t page_size = 0;
  if (!read_setting("stats.arenas." + std::to_string(arena) + ".pdirty", pages)) return std::nullopt;
  if (!read_setting("arenas.page", page_size)) return std::nullopt;
  return pages * page_size;
}

}  // namespace

FreedPageMemory FreedPageMemory::keep(std::size_t cap_bytes) {
  FreedPageMemory memory;
  std::size_t threshold = 0;
  if (!read_setting("opt.oversize_threshold", threshold) || threshold == 0) return memory;
  // The oversize arena is made on its first request; one just over the threshold makes it
  // and says which it is.
  void* probe = std::malloc(threshold + 4096);
  if (!probe) return memory;
  unsigned index = 0;
  std::size_t index_size = sizeof index;
  const int looked_up = mallctl("arenas.lookup", &index, &index_size, &probe, sizeof probe);
  std::free(probe);
  // Without statistics the cap could not be kept: then jemalloc's own way stays.
  if (looked_up != 0 || !dirty_bytes(index)) return memory;
  // -1: never given back by time. Any decay time above 0 still gave back every buffer as
  // it was freed (jemalloc 5.3, measured with its statistics), so the cap is ours.
  ssize_t never = -1;
  if (mallctl(arena_setting(index, "dirty_decay_ms").c_str(), nullptr, nullptr, &never, sizeof never) != 0) return memory;
  memory.active_ = true;
  memory.arena_ = index;
  memory.cap_bytes_ = cap_bytes;
  return memory;
}

std::size_t FreedPageMemory::kept_bytes() const { return active() ? dirty_bytes(arena_).value_or(0) : 0; }

void FreedPageMemory::trim() const {
  if (!active()) return;
  const std::optional<std::size_t> kept = dirty_bytes(arena_);
  if (!kept || *kept > cap_bytes_) mallctl(arena_setting(arena_, "purge").c_str(), nullptr, nullptr, nullptr, 0);
}

#else

FreedPageMemory FreedPageMemory::keep(std::size_t) { return {}; }
std::size_t FreedPageMemory::kept_bytes() const { return 0; }
void FreedPageMemory::trim() const {}

#endif

}  // namespace agreement_ocr
