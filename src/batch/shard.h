// Splitting one archive over N machines with no coordinator: each input belongs to exactly
// one shard, chosen by a hash of its path below the input root.
#pragma once

#include <string>

#include "core/status.h"

namespace agreement_ocr {

struct Shard {
  int index = 0;  // 0 .. count-1 (Kubernetes' JOB_COMPLETION_INDEX, a Slurm array starting at 0)
  int count = 1;
};

// "K/N" with 0 <= K < N. Fails with kUsage otherwise.
Result<Shard> parse_shard(const std::string& text);

// FNV-1a (64 bit) of `relative`: the same on every machine and compiler, unlike std::hash.
bool in_shard(const std::string& relative, const Shard& shard);

}  // namespace agreement_ocr
