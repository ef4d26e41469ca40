// Messages on stderr: one line each, whatever the file names and library messages hold.
#pragma once

#include <cstdio>
#include <string>

#include "core/status.h"

namespace agreement_ocr {

// `text` as one line: trailing white space (OpenCV ends its messages with a newline) cut,
// control characters and bytes that are no UTF-8 escaped (core/utf8.h printable).
std::string one_line(const std::string& text);

// Prints "agreement-ocr: error: <subject>: <message>" as one line and returns the exit code
// for the status.
int report_error(FILE* diagnostics, const std::string& subject, const Status& status);

}  // namespace agreement_ocr
