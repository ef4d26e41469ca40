#!/usr/bin/python3
"""The measurements and the report of scripts/bench (run it through that script, which
installs ocrmypdf when missing and owns the temporary directory).

Every measurement runs alone, one after the other, on the same documents and pages:

  1. export      the raw pages for plain tesseract: PDF pages by `pdftoppm -r 300 -gray` (PGM),
                 TIFF frames split with PIL (PNG), PNG and JPEG as they are; timed, reported apart
  2. warm-up     tesseract, agreement-ocr and ocrmypdf once each on the smallest document, untimed
  3. tesseract   `tesseract PAGE - -l deu`, one process per page, one after the other
  4. ours        `agreement-ocr extract ALL --out DIR --force --jobs J` for J = 1..nproc
  5. ocrmypdf    `ocrmypdf --deskew --rotate-pages -l deu --sidecar F.txt IN OUT.pdf -j J`, one
                 document after the other, J = 1 (not with --quick) and J = nproc
  6. memory      peak RSS (`/usr/bin/time -v`) of agreement-ocr on each document alone, with
                 --jobs nproc and --jobs 1; on 10 and 50 documents with --jobs nproc and on 50
                 with --jobs 1 (real copies of the samples; not with --quick)

PDF pages go to tesseract as PGM with `--dpi 300`, not as PNG: the same pixels and the same
text out, but tesseract spent about 0.45 s more per page decoding pdftoppm's PNG of a noisy
scan (2.0 s instead of 1.55 s), which would have flattered agreement-ocr in the ratio.

tesseract and ocrmypdf run with OMP_THREAD_LIMIT=1, Tesseract's fastest setting on these
machines; agreement-ocr runs without it, as a user would run it (it turns Tesseract's OpenMP
threads off itself, in every worker thread). Before
each timed measurement the script waits (up to 2 minutes, --wait) for other processes to leave the
machine, and it reports the cores they used during each measurement anyway ("elsewhere"):
wall time is what the targets use, and a busy machine stretches it.

Exit status: 0 when everything ran (targets met or not), 1 when something could not run.
"""
import argparse
import glob
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time

from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCAN_PATTERNS = ("*.pdf", "*.tiff", "*.tif", "*.png", "*.jpg", "*.jpeg")
MEMORY_DOCUMENTS = 50
ENV = dict(os.environ, OMP_THREAD_LIMIT="1")
OUR_ENV = {name: value for name, value in os.environ.items() if name != "OMP_THREAD_LIMIT"}


class CouldNotRun(Exception):
    """A measurement that could not be made at all (not a missed target)."""


def log(text=""):
    print(text, flush=True)


def last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else "(no message)"


# --- timing -------------------------------------------------------------------------------------

def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def own_cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def machine_busy():
    """CPU seconds the whole machine has spent busy (user, nice, system, irq, softirq), all cores."""
    with open("/proc/stat") as f:
        ticks = [int(x) for x in f.readline().split()[1:]]
    return (ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6]) / os.sysconf("SC_CLK_TCK")


def wait_for_quiet(patience, limit=0.25):
    """Waits (up to `patience` s) until other processes use less than `limit` cores."""
    if patience <= 0:
        return
    deadline = time.monotonic() + patience
    while True:
        before = machine_busy()
        time.sleep(2)
        elsewhere = (machine_busy() - before) / 2
        if elsewhere < limit:
            return
        if time.monotonic() > deadline:
            log(f"   (other processes still use {elsewhere:.2f} cores after {patience} s; measuring anyway)")
            return


class Measured:
    """Sums over runs: wall time, CPU time of our process trees, CPU time other processes took meanwhile."""

    def __init__(self):
        self.wall = self.cpu = self.other_cpu = 0.0

    def add(self, other):
        self.wall, self.cpu, self.other_cpu = self.wall + other.wall, self.cpu + other.cpu, self.other_cpu + other.other_cpu

    def elsewhere(self):
        """Cores used by other processes on average while this was measured."""
        return self.other_cpu / self.wall if self.wall else 0.0


def timed(command, env=ENV):
    """Runs command; returns its result and a Measured of this one run."""
    busy, mine, cpu, start = machine_busy(), own_cpu(), children_cpu(), time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    measured = Measured()
    measured.wall = time.perf_counter() - start
    measured.cpu = children_cpu() - cpu
    measured.other_cpu = max(0.0, machine_busy() - busy - measured.cpu - (own_cpu() - mine))
    return result, measured


# --- 1. pages -----------------------------------------------------------------------------------

def image_dpi(path):
    with Image.open(path) as image:
        dpi = image.info.get("dpi")
    return round(dpi[0]) if dpi and 50 <= dpi[0] <= 1200 else 300


def export_pages(document, folder):
    """The document's raw pages for tesseract as (image file, extra tesseract arguments), and the
    seconds the export took."""
    os.makedirs(folder)
    start = time.perf_counter()
    extension = os.path.splitext(document)[1].lower()
    if extension == ".pdf":
        subprocess.run(["pdftoppm", "-r", "300", "-gray", document, os.path.join(folder, "p")], check=True)
        pages = [(page, ["--dpi", "300"]) for page in sorted(glob.glob(os.path.join(folder, "p*.pgm")))]
    elif extension in (".tif", ".tiff"):
        pages = []
        with Image.open(document) as image:
            for index in range(getattr(image, "n_frames", 1)):
                image.seek(index)
                page = os.path.join(folder, f"p{index + 1:03d}.png")
                image.save(page, dpi=image.info.get("dpi", (300, 300)))
                pages.append((page, []))
    else:
        return [(document, [])], 0.0
    return pages, time.perf_counter() - start


def upright_pages(document, exported, folder):
    """The exported pages turned upright with the angles in the document's truth file
    (<stem>.truth.json beside it), as grey PGMs read with the page's dpi (PGM like the PDF
    pages: PNG decoding would slow tesseract down): plain tesseract on them does
    the recognition work agreement-ocr does, where on a skewed or turned raw page it gives up
    early. None when the document has no truth file."""
    truth_path = os.path.splitext(document)[0] + ".truth.json"
    if not os.path.exists(truth_path):
        return None
    with open(truth_path, encoding="utf-8") as f:
        truth_pages = json.load(f)["pages"]
    if len(truth_pages) != len(exported):
        return None
    os.makedirs(folder)
    result = []
    for (page, extra), page_truth in zip(exported, truth_pages):
        path = os.path.join(folder, f"upright-{page_truth['number']:03d}.pgm")
        with Image.open(page) as image:
            dpi = round((image.info.get("dpi") or (300, 300))[0])
            if extra[:1] == ["--dpi"]:
                dpi = int(extra[1])
            angle = -(page_truth["rotation"] + page_truth["skew_degrees"])  # PIL turns counter-clockwise
            image.convert("L").rotate(angle, resample=Image.BILINEAR, expand=True, fillcolor=255).save(path)
        result.append((path, ["--dpi", str(dpi)]))
    return result


def run_tesseract(page, extra):
    result, measured = timed(["tesseract", page, "-", "-l", "deu", *extra])
    if result.returncode != 0:
        raise CouldNotRun(f"tesseract {page} exited {result.returncode}: {last_line(result.stderr)}")
    return measured


def run_tesseract_on(documents, pages, wait):
    """Plain tesseract on every page of every document, one after the other, once the machine
    is quiet: one Measured for all."""
    wait_for_quiet(wait)
    measured = Measured()
    for document in documents:
        for page, extra in pages[document]:
            measured.add(run_tesseract(page, extra))
    return measured


# --- agreement-ocr ------------------------------------------------------------------------------

def run_ours(binary, inputs, jobs, out, workdir, documents=None):
    """One batch run under /usr/bin/time -v: a Measured with .pages and .peak_mib. Every document
    (len(inputs) unless given) must come back "ok": a skipped or failed one did no work."""
    time_file = os.path.join(workdir, "time-v.txt")
    result, measured = timed(["/usr/bin/time", "-v", "-o", time_file, binary, "extract", *inputs,
                              "--out", out, "--jobs", str(jobs), "--force", "-q"], OUR_ENV)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    failed = [line for line in lines if line.get("status") != "ok"]
    if result.returncode != 0 or failed or len(lines) != (documents or len(inputs)):
        reasons = "; ".join(f"{line['path']}: {line.get('error')}" for line in failed) or last_line(result.stderr)
        raise CouldNotRun(f"agreement-ocr --jobs {jobs} exited {result.returncode}: {reasons}")
    measured.pages = sum(line.get("pages") or 0 for line in lines)
    measured.peak_mib = float("nan")
    with open(time_file) as f:
        for line in f:
            if "Maximum resident set size" in line:
                measured.peak_mib = int(line.rsplit(":", 1)[1]) / 1024
    return measured


# --- ocrmypdf -----------------------------------------------------------------------------------

def run_ocrmypdf(document, jobs, folder):
    """One document with `-j jobs`: its Measured and None, or None and the error it failed with."""
    os.makedirs(folder, exist_ok=True)
    name = os.path.basename(document)
    command = ["ocrmypdf", "--deskew", "--rotate-pages", "-l", "deu",
               "--sidecar", os.path.join(folder, name + ".txt"), "-j", str(jobs)]
    if not document.lower().endswith(".pdf"):
        command += ["--image-dpi", str(image_dpi(document))]
    result, measured = timed([*command, document, os.path.join(folder, name + ".pdf")])
    if result.returncode != 0:
        return None, f"exit {result.returncode}: {last_line(result.stderr)}"
    return measured, None


# --- report -------------------------------------------------------------------------------------

class Table:
    def __init__(self):
        self.rows, self.disturbed = [], False

    def add(self, name, value, target="-", met=None, measured=()):
        """`measured`: the Measured runs the figure comes from, for the "elsewhere" column."""
        result = "" if met is None else "PASS" if met else "MISS"
        elsewhere = " / ".join(f"{m.elsewhere():.2f}" for m in measured)
        self.disturbed |= any(m.elsewhere() >= 0.25 for m in measured)
        self.rows.append((name, value, target, result, elsewhere))

    def print(self):
        header = ("figure", "value", "target", "result", "elsewhere")
        widths = [max(len(row[i]) for row in [header, *self.rows]) for i in range(5)]
        for row in [header, None, *self.rows]:
            if row is None:
                log("-" * (sum(widths) + 8))
            else:
                log("  ".join(f"{cell:{width}}" for cell, width in zip(row, widths)).rstrip())
        log("(elsewhere: cores used on average by other processes during the measurement(s); 0 = undisturbed)")
        if self.disturbed:
            log("WARNING: other processes used 0.25 cores or more during some measurements: their times and"
                " ratios are not reliable; run again on a quiet machine")


def file_sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def per_page(seconds, pages):
    return f"{seconds / pages:.2f} s/page"


def describe(measured, pages):
    return (f"{measured.wall:.2f} s wall, {measured.cpu:.2f} s CPU, {per_page(measured.wall, pages)}, "
            f"{pages / measured.wall:.2f} pages/s (other processes: {measured.elsewhere():.2f} cores)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workdir", required=True, help="an empty scratch directory (scripts/bench makes one)")
    parser.add_argument("--samples", default=os.path.join(ROOT, "samples"))
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "agreement-ocr"))
    parser.add_argument("--quick", action="store_true", help="skip the 10- and 50-document memory runs and ocrmypdf -j 1")
    parser.add_argument("--no-ocrmypdf", action="store_true", help="skip ocrmypdf")
    parser.add_argument("--wait", type=float, default=120, metavar="SECONDS",
                        help="longest wait for other processes to leave the machine before a measurement (0: none)")
    args = parser.parse_args()

    documents = sorted({os.path.abspath(path) for pattern in SCAN_PATTERNS
                        for path in glob.glob(os.path.join(args.samples, pattern))})
    if not documents:
        raise CouldNotRun(f"no scans ({' '.join(SCAN_PATTERNS)}) in {args.samples}")
    if not os.access(args.binary, os.X_OK):
        raise CouldNotRun(f"{args.binary} is not built (cmake --build build)")
    cores = int(subprocess.run(["nproc"], capture_output=True, text=True, check=True).stdout)
    binary_sha256 = file_sha256(args.binary)  # a rebuild during the run would mix two programs' figures
    work = args.workdir
    could_not_run = []

    with open("/proc/cpuinfo") as f:
        cpu_model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    log(f"== scripts/bench, {time.strftime('%Y-%m-%d %H:%M')} ==")
    log(f"machine: {cores} cores ({cpu_model}), load average {load} at start")
    log(f"agreement-ocr: {args.binary} "
        f"({subprocess.run([args.binary, '--version'], capture_output=True, text=True).stdout.strip()}, "
        f"sha256 {binary_sha256[:12]}, built {time.strftime('%Y-%m-%d %H:%M', time.localtime(os.path.getmtime(args.binary)))})")
    log(f"tesseract: {subprocess.run(['tesseract', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}"
        f", model deu (Debian, fast); tesseract and ocrmypdf with OMP_THREAD_LIMIT=1, agreement-ocr without")

    # 1. Pages.
    pages, export_seconds = {}, 0.0
    for index, document in enumerate(documents):
        pages[document], seconds = export_pages(document, os.path.join(work, "pages", str(index)))
        export_seconds += seconds
    total_pages = sum(len(p) for p in pages.values())
    log(f"documents: {len(documents)}, pages: {total_pages} "
        f"({', '.join(f'{os.path.basename(d)} {len(p)}' for d, p in pages.items())})")
    log(f"page export for tesseract: {export_seconds:.2f} s, {per_page(export_seconds, total_pages)} (not in its time)")

    # 2. Warm-up (untimed): model, libraries and binaries into memory.
    smallest = min(documents, key=lambda d: (len(pages[d]), os.path.getsize(d)))
    run_tesseract(*pages[smallest][0])
    run_ours(args.binary, [smallest], 1, os.path.join(work, "out-warmup"), work)

    # 3. Plain tesseract, one page after the other.
    log("\n-- plain tesseract, one process per page")
    tesseract = run_tesseract_on(documents, pages, args.wait)
    log(f"   {describe(tesseract, total_pages)}")
    upright = {document: upright_pages(document, pages[document], os.path.join(work, "upright", str(index)))
               for index, document in enumerate(documents)}
    tesseract_upright = None
    if all(upright.values()):
        log("-- plain tesseract on the same pages turned upright (truth angles): the same recognition work")
        tesseract_upright = run_tesseract_on(documents, upright, args.wait)
        log(f"   {describe(tesseract_upright, total_pages)}")
    else:
        log("-- (no truth files beside the scans: plain tesseract on upright pages not run)")

    # 4. agreement-ocr, --jobs 1..nproc, all documents in one batch.
    log("\n-- agreement-ocr, all documents in one batch")
    ours = {}
    for jobs in range(1, cores + 1):
        wait_for_quiet(args.wait)
        ours[jobs] = run_ours(args.binary, documents, jobs, os.path.join(work, f"out-jobs{jobs}"), work)
        if ours[jobs].pages != total_pages:
            raise CouldNotRun(f"agreement-ocr read {ours[jobs].pages} pages, the export gave {total_pages}")
        log(f"   --jobs {jobs}: {describe(ours[jobs], total_pages)}, peak {ours[jobs].peak_mib:.0f} MiB")

    # 5. ocrmypdf, one document after the other; compared with agreement-ocr on the pages it managed.
    ocrmypdf = {}  # jobs -> (Measured of ocrmypdf, Measured of agreement-ocr on the same pages, pages, documents)
    ocrmypdf_jobs = [] if args.no_ocrmypdf else [cores] if args.quick else sorted({1, cores})
    if ocrmypdf_jobs and shutil.which("ocrmypdf") is None:
        could_not_run.append("ocrmypdf (not installed)")
        ocrmypdf_jobs = []
    if ocrmypdf_jobs:
        version = subprocess.run(["ocrmypdf", "--version"], capture_output=True, text=True).stdout.strip()
        log(f"\n-- ocrmypdf {version}, one document after the other")
        run_ocrmypdf(smallest, cores, os.path.join(work, "ocrmypdf-warmup"))
    for jobs in ocrmypdf_jobs:
        wait_for_quiet(args.wait)
        measured, done = Measured(), []
        for document in documents:
            run, error = run_ocrmypdf(document, jobs, os.path.join(work, f"ocrmypdf-j{jobs}"))
            if error:
                log(f"   -j {jobs}: FAILED on {os.path.basename(document)}: {error}")
            else:
                measured.add(run)
                done.append(document)
        if not done:
            could_not_run.append(f"ocrmypdf -j {jobs} (failed on every document)")
            continue
        done_pages = sum(len(pages[d]) for d in done)
        same = ours[jobs]
        if len(done) < len(documents):
            wait_for_quiet(args.wait)
            same = run_ours(args.binary, done, jobs, os.path.join(work, f"out-subset-jobs{jobs}"), work)
        ocrmypdf[jobs] = (measured, same, done_pages, len(done))
        log(f"   -j {jobs}: {describe(measured, done_pages)}; {len(done)}/{len(documents)} documents, {done_pages} pages")
        if same is not ours[jobs]:
            log(f"   agreement-ocr --jobs {jobs} on those documents: {describe(same, done_pages)}")

    # 6. Peak memory: each document alone, then 10 and 50 documents (real copies of the samples,
    # so the page mix is the same), with --jobs nproc; each alone and 50 with --jobs 1.
    alone, batches = {}, {}  # jobs -> {document: Measured}; (jobs, documents) -> Measured
    copies = os.path.join(work, "copies")
    for number in range(0 if args.quick else MEMORY_DOCUMENTS):
        document = documents[number % len(documents)]
        folder = os.path.join(copies, f"{number:02d}")
        os.makedirs(folder)
        # Real copies: inputs are deduplicated by canonical path, so links would count once.
        shutil.copyfile(document, os.path.join(folder, os.path.basename(document)))
    copy_folders = sorted(glob.glob(os.path.join(copies, "*")))  # none with --quick
    for jobs in sorted({cores, 1}, reverse=True):
        log(f"\n-- peak memory of agreement-ocr --jobs {jobs}")
        alone[jobs] = {}
        for index, document in enumerate(documents):
            alone[jobs][document] = run_ours(args.binary, [document], jobs,
                                             os.path.join(work, f"out-alone-{jobs}-{index}"), work)
            log(f"   {os.path.basename(document)} alone: {alone[jobs][document].peak_mib:.0f} MiB")
        counts = [] if args.quick else [10, MEMORY_DOCUMENTS] if jobs == cores else [MEMORY_DOCUMENTS]
        for count in counts:
            wait_for_quiet(args.wait)
            batches[jobs, count] = run_ours(args.binary, copy_folders[:count], jobs,
                                            os.path.join(work, f"out-copies-{jobs}-{count}"), work, count)
            log(f"   {count} documents: {batches[jobs, count].peak_mib:.0f} MiB; "
                f"{describe(batches[jobs, count], batches[jobs, count].pages)}")
    many = batches.get((cores, MEMORY_DOCUMENTS))

    # The table.
    table = Table()
    table.add("plain tesseract, raw pages (export not included)", per_page(tesseract.wall, total_pages), measured=[tesseract])
    table.add("page export for tesseract (pdftoppm, TIFF split)", per_page(export_seconds, total_pages))
    if tesseract_upright:
        table.add("plain tesseract, the same pages upright", per_page(tesseract_upright.wall, total_pages),
                  measured=[tesseract_upright])
    for jobs in range(1, cores + 1):
        table.add(f"agreement-ocr --jobs {jobs}",
                  f"{per_page(ours[jobs].wall, total_pages)}, {total_pages / ours[jobs].wall:.2f} pages/s",
                  measured=[ours[jobs]])
    for jobs, (measured, _, done_pages, done) in sorted(ocrmypdf.items()):
        table.add(f"ocrmypdf -j {jobs} ({done}/{len(documents)} documents, {done_pages} pages)",
                  per_page(measured.wall, done_pages), measured=[measured])

    ratio = ours[1].wall / tesseract.wall
    table.add("agreement-ocr --jobs 1 / plain tesseract", f"{ratio:.2f}x (CPU time {ours[1].cpu / tesseract.cpu:.2f}x)",
              "<= 1.05", ratio <= 1.05, [ours[1], tesseract])
    if tesseract_upright:
        ratio = ours[1].wall / tesseract_upright.wall
        table.add("agreement-ocr --jobs 1 / plain tesseract on upright pages",
                  f"{ratio:.2f}x (CPU time {ours[1].cpu / tesseract_upright.cpu:.2f}x)", "(the overhead)", None,
                  [ours[1], tesseract_upright])
    speedup, wanted = ours[1].wall / ours[cores].wall, 0.9 * cores
    if many and cores > 1:
        # On a handful of pages the last ones leave cores idle; an archive batch has no such
        # tail. Both runs on the same 50 documents (copies of the samples).
        table.add(f"speedup --jobs {cores} / --jobs 1, {total_pages} pages (ends with idle cores)", f"{speedup:.2f}x",
                  measured=[ours[cores], ours[1]])
        single = batches[1, MEMORY_DOCUMENTS]
        big = (many.pages / many.wall) / (single.pages / single.wall)
        table.add(f"speedup --jobs {cores} / --jobs 1, pages/s on {MEMORY_DOCUMENTS} documents", f"{big:.2f}x",
                  f">= {wanted:.1f}", big >= wanted, [many, single])
    elif cores > 1:
        table.add(f"speedup --jobs {cores} / --jobs 1", f"{speedup:.2f}x", f">= {wanted:.1f}", speedup >= wanted,
                  [ours[cores], ours[1]])
    else:
        table.add("speedup", "one core: nothing to compare")
    for jobs in ([] if args.no_ocrmypdf else sorted({1, cores})):
        name = f"ocrmypdf -j {jobs} / agreement-ocr --jobs {jobs}"
        if jobs in ocrmypdf:
            measured, same, _, _ = ocrmypdf[jobs]
            ratio = measured.wall / same.wall
            table.add(name, f"{ratio:.2f}x", ">= 3", ratio >= 3, [measured, same])
        else:
            table.add(name, "not run (--quick)" if args.quick and jobs == 1 else "could not run", ">= 3")

    # Flat in the number of documents: 50 documents take no more memory than the heaviest one
    # alone, with every worker and with one, and (every worker) no more than 10: with glibc's
    # malloc the peak crept up over the first twenty documents or so (heap fragmentation).
    for jobs in sorted(alone, reverse=True):
        heaviest = max(documents, key=lambda d: alone[jobs][d].peak_mib)
        one = alone[jobs][heaviest]
        table.add(f"peak RSS --jobs {jobs}, 1 document ({os.path.basename(heaviest)}, the heaviest alone)",
                  f"{one.peak_mib:.0f} MiB")
        for count in (10, MEMORY_DOCUMENTS):
            if (jobs, count) in batches:
                batch = batches[jobs, count]
                table.add(f"peak RSS --jobs {jobs}, {count} documents ({batch.pages} pages)",
                          f"{batch.peak_mib:.0f} MiB, {batch.pages / batch.wall:.2f} pages/s", measured=[batch])
        name = f"peak RSS --jobs {jobs}, {MEMORY_DOCUMENTS} documents / 1 document"
        if (jobs, MEMORY_DOCUMENTS) in batches:
            ratio = batches[jobs, MEMORY_DOCUMENTS].peak_mib / one.peak_mib
            table.add(name, f"{ratio:.2f}x", "<= 1.2 (flat)", ratio <= 1.2)
        else:
            table.add(name, "not run (--quick)", "<= 1.2 (flat)")
        # Creep once every worker is busy: a document alone may keep only one worker busy,
        # and freed page buffers kept for reuse fill up over the first pages. glibc's malloc
        # crept 1.15x from 10 to 50 documents (306 to 351 MiB).
        name = f"peak RSS --jobs {jobs}, {MEMORY_DOCUMENTS} documents / 10 documents"
        if (jobs, 10) in batches and (jobs, MEMORY_DOCUMENTS) in batches:
            ratio = batches[jobs, MEMORY_DOCUMENTS].peak_mib / batches[jobs, 10].peak_mib
            table.add(name, f"{ratio:.2f}x", "<= 1.1 (no creep)", ratio <= 1.1)
        elif jobs == cores:
            table.add(name, "not run (--quick)", "<= 1.1 (no creep)")

    log(f"\n== results: {len(documents)} documents, {total_pages} pages, {cores} cores ==")
    table.print()
    if file_sha256(args.binary) != binary_sha256:
        log(f"WARNING: {args.binary} was rebuilt during the run: the figures mix two builds; run again")
    for what in could_not_run:
        log(f"could not run: {what}")
    return 1 if could_not_run else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except CouldNotRun as error:
        print(f"bench: could not run: {error}", file=sys.stderr)
        sys.exit(1)
