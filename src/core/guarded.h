// Work in a worker thread whose exceptions become its failure: a library throwing there would
// otherwise end the process (std::terminate), and with it every other document in work.
#pragma once

#include <exception>
#include <new>
#include <string>

#include "core/status.h"

namespace agreement_ocr {

// Runs `work` (returning a Status or a Result); std::bad_alloc becomes kBadInput with
// `out_of_memory` as its message, any other exception kInternal.
template <typename Work>
auto guarded(Work work, const std::string& out_of_memory = "out of memory") -> decltype(work()) {
  try {
    return work();
  } catch (const std::bad_alloc&) {
    return Status::BadInput(out_of_memory);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("unexpected failure: ") + e.what());
  }
}

}  // namespace agreement_ocr
