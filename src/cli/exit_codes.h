// The exit codes of the agreement-ocr command, documented in the README. Scripts rely
// on them: never renumber.
#pragma once

#include "core/status.h"

namespace agreement_ocr {

enum ExitCode : int {
  kExitOk = 0,
  kExitInvalid = 1,          // validate: the document is not valid (a check failed)
  kExitBadInput = 2,         // unreadable, corrupt, unsupported, encrypted or too large input
  kExitUsage = 3,            // bad command-line arguments
  kExitMissingResource = 4,  // an OCR model or other installed resource is missing
  kExitOutput = 5,           // the output could not be written
  kExitCheckByEye = 6,       // validate: no check failed, but some could not be read
  kExitInternal = 70,        // a bug: please report it
};

inline int exit_code_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return kExitOk;
    case ErrorCode::kBadInput: return kExitBadInput;
    case ErrorCode::kUsage: return kExitUsage;
    case ErrorCode::kMissingResource: return kExitMissingResource;
    case ErrorCode::kOutput: return kExitOutput;
    case ErrorCode::kInternal: break;
  }
  return kExitInternal;
}

}  // namespace agreement_ocr
