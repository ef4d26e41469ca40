// The clock as text: a UTC timestamp for records, today's local date for "not later than".
#pragma once

#include <chrono>
#include <string>

namespace agreement_ocr {

std::string utc_timestamp();  // "2026-12-07T19:36:00Z"
std::string utc_timestamp(std::chrono::system_clock::time_point when);
std::string local_date();     // "2026-12-07", in the machine's time zone

}  // namespace agreement_ocr
