#!/usr/bin/env python3
"""Time a command: run it N times, report the best and median wall time and the peak memory.

    bench/timeit.py [-n 3] [--expect-exit 0] [--json] -- COMMAND [ARGS...]

Prints "best_s median_s max_rss_mb" (or a JSON object with --json). The peak memory is the
largest maximum resident set size of the runs (resource.getrusage(RUSAGE_CHILDREN)), so run one
command per invocation of this script. Exits 1 when a run ends with another exit status than
--expect-exit (default 0), printing the command's stderr.
"""
import argparse
import json
import resource
import statistics
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=3, help="number of runs (default 3)")
    parser.add_argument("--expect-exit", type=int, default=0, help="expected exit status (default 0)")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [ARGS...]")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command or args.runs < 1:
        parser.error("give a command after --, and at least one run")
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if done.returncode != args.expect_exit:
            sys.stderr.write(f"timeit: {' '.join(command)} exited with {done.returncode}, "
                             f"expected {args.expect_exit}\n{done.stderr.decode(errors='replace')[:2000]}")
            return 1
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0  # KiB on Linux
    best, median = min(times), statistics.median(times)
    if args.json:
        print(json.dumps({"best_s": best, "median_s": median, "max_rss_mb": rss_mb, "runs": args.runs}))
    else:
        print(f"{best:.4f} {median:.4f} {rss_mb:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
