// The cores this process may run on (its CPU affinity: Slurm, taskset and cgroups restrict
// it), not the machine's: the default number of workers for extract and serve.
#pragma once

namespace agreement_ocr {

int usable_cores();

}  // namespace agreement_ocr
