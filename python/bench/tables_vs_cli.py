"""`xunshi.tables(DIR)` against the CLI's `xunshi parse DIR --format csv --out OUT` on the
same folder, runs interleaved (issue 13: tables() within 1.3x of the CLI). Not a test.

    cargo build --release --features cli && pip install ./python
    python python/bench/tables_vs_cli.py --make /tmp/xbench/in   # 20 copies of each input
    python python/bench/tables_vs_cli.py target/release/xunshi /tmp/xbench/in 15 --one

`--make DIR` fills DIR with 20 copies of tests/fixtures/*.txt, examples/data/sample.txt
and ../shared/corpus/lucheng-2025.txt, each copy with different trailing whitespace (so
no two share a report_id); the folder stays outside the repository. `--one` also times
one thread each (CLI `-j 1`, `tables(threads=1)`). CPU times (user + system, all threads)
are printed too: they depend much less on the machine's load than wall times."""

import glob
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def make(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    srcs = sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "*.txt")))
    srcs += [os.path.join(ROOT, "examples", "data", "sample.txt"), os.path.join(ROOT, "..", "shared", "corpus", "lucheng-2025.txt")]
    for s in srcs:
        with open(s, "rb") as fh:
            data = fh.read()
        base = os.path.splitext(os.path.basename(s))[0]
        for k in range(20):
            with open(os.path.join(folder, f"{base}-{k:02d}.txt"), "wb") as fh:
                fh.write(data + b"\n" * (k % 5) + b" " * (k // 5))
    print(f"{len(srcs) * 20} files in {folder}")


def main() -> None:
    if sys.argv[1] == "--make":
        return make(sys.argv[2])
    import xunshi
    import xunshi._xunshi as native

    cli, folder, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    out = os.path.join(folder + "-out")
    paths = xunshi.files(folder)
    xunshi.tables(folder, progress=False)  # warm-up: imports pandas and pyarrow, page cache

    def cpu(who: int) -> float:
        r = resource.getrusage(who)
        return r.ru_utime + r.ru_stime

    cpu_c, cpu_p = [], []

    def csv(*extra: str) -> float:
        shutil.rmtree(out, ignore_errors=True)
        u = cpu(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([cli, "parse", folder, "--format", "csv", "--out", out, *extra], check=True, stderr=subprocess.DEVNULL)
        t = time.perf_counter() - t
        if not extra:
            cpu_c.append(cpu(resource.RUSAGE_CHILDREN) - u)
        return t

    def timed(f, *a, **k) -> float:
        u = cpu(resource.RUSAGE_SELF)
        t = time.perf_counter()
        f(*a, **k)
        t = time.perf_counter() - t
        if f is xunshi.tables and not k.get("threads"):
            cpu_p.append(cpu(resource.RUSAGE_SELF) - u)
        return t

    c, p, nat, c1, p1, loads = [], [], [], [], [], []
    for _ in range(n):
        loads.append(os.getloadavg()[0])
        c.append(csv())
        p.append(timed(xunshi.tables, folder, progress=False))
        nat.append(timed(native.tables, paths, None, None))
        if "--one" in sys.argv:
            c1.append(csv("-j", "1"))
            p1.append(timed(xunshi.tables, folder, threads=1, progress=False))
    m = statistics.median
    print(f"{len(paths)} files, {n} rounds, load average {min(loads):.2f}-{max(loads):.2f} (median {m(loads):.2f})")
    print(f"CLI csv:       median {m(c):.3f} s (min {min(c):.3f})")
    print(f"tables():      median {m(p):.3f} s (min {min(p):.3f})")
    print(f"  native call: median {m(nat):.3f} s (parse, rows, Arrow batches)")
    print(f"ratio of medians {m(p) / m(c):.2f}x, median of paired ratios {m([b / a for a, b in zip(c, p)]):.2f}x")
    print(f"CPU time (user+sys, all threads): CLI median {m(cpu_c):.3f} s, tables() median {m(cpu_p):.3f} s, {m(cpu_p) / m(cpu_c):.2f}x")
    if c1:
        print(f"one thread: CLI -j 1 median {m(c1):.3f} s, tables(threads=1) median {m(p1):.3f} s, {m(p1) / m(c1):.2f}x")


if __name__ == "__main__":
    main()
