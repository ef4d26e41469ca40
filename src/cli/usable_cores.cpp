#include "cli/usable_cores.h"

#include <sched.h>

#include <algorithm>
#include <thread>

namespace agreement_ocr {

int usable_cores() {
  cpu_set_t cpus;
  if (::sched_getaffinity(0, sizeof cpus, &cpus) == 0 && CPU_COUNT(&cpus) > 0) return CPU_COUNT(&cpus);
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace agreement_ocr
