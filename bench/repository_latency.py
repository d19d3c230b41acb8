"""Round trip of one edit and notification delay on a repository map, and 8 writers' throughput.

usage: repository_latency.py CLI URL SIZE_LABEL [--edits N] [--writers W]

One `sightline-cli edit --script -` process gets one edit line at a time and answers "ok REV"
when the edit is committed: round trip = line written -> answer read. A `repo watch` process
prints "REV USER" when the notification arrives: delay = answer read -> watch line read.
Then W processes apply N edits each at once (throughput, and all present at the end).
Rows for bench/run.sh on stdout (work, size, time, memory, budget).
"""
import argparse
import json
import statistics
import subprocess
import sys
import threading
import time

p = argparse.ArgumentParser()
p.add_argument("cli")
p.add_argument("url")
p.add_argument("size")
p.add_argument("--edits", type=int, default=200)
p.add_argument("--writers", type=int, default=8)
a = p.parse_args()


def measure_of(url):
    out = subprocess.run([a.cli, "xmr", url, "--format", "json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["measures"][0]["id"]


measure = measure_of(a.url)
heard = {}
watch = subprocess.Popen([a.cli, "repo", "watch", a.url, "--count", str(a.edits), "--timeout", "600"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
watch.stderr.readline()  # "watching MAP": listening from here on


def listen():
    for line in watch.stdout:
        heard[int(line.split()[0])] = time.monotonic()


listener = threading.Thread(target=listen)
listener.start()
edit = subprocess.Popen([a.cli, "edit", a.url, "--script", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        text=True, bufsize=1)
trips, acked = [], {}
for i in range(a.edits):
    line = json.dumps({"op": "add-value", "measure": measure, "date": f"{2100 + i // 12}-{i % 12 + 1:02d}-01",
                       "value": i})
    t0 = time.monotonic()
    edit.stdin.write(line + "\n")
    edit.stdin.flush()
    answer = edit.stdout.readline().split()
    t1 = time.monotonic()
    if answer[0] != "ok":
        sys.exit(f"edit refused: {answer}")
    trips.append((t1 - t0) * 1000)
    acked[int(answer[1])] = t1
edit.stdin.close()
edit.wait()
listener.join()
watch.wait()
delays = [(heard[r] - t) * 1000 for r, t in acked.items() if r in heard]


def p95(xs):
    return sorted(xs)[max(0, int(round(0.95 * len(xs))) - 1)]


rt = p95(trips)
print(f"edit round trip (p50 {statistics.median(trips):.1f} ms)\t{a.size}\tp95 {rt:.1f} ms\t-\t"
      f"p95 <= 20 ms: {'ok' if rt <= 20 else 'OVER'}")
if delays:
    d = p95(delays)
    print(f"commit -> listener hears it (p50 {statistics.median(delays):.1f} ms)\t{a.size}\tp95 {d:.1f} ms\t-\t"
          f"p95 <= 500 ms: {'ok' if d <= 500 else 'OVER'} ({len(delays)}/{a.edits} heard)")

if a.writers:
    n = 50
    procs, scripts = [], []
    t0 = time.monotonic()
    for w in range(a.writers):
        lines = "".join(json.dumps({"op": "set", "entity": "node", "id": measure, "field": "description",
                                    "value": f"writer {w} edit {i}"}) + "\n" for i in range(n))
        pr = subprocess.Popen([a.cli, "edit", a.url, "--script", "-"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
        procs.append((pr, lines))
    outs = [pr.communicate(lines)[0] for pr, lines in procs]
    elapsed = time.monotonic() - t0
    ok = sum(o.count("ok ") for o in outs)
    print(f"{a.writers} writers x {n} edits at once\t{a.size}\t{elapsed * 1000:.0f} ms ({ok / elapsed:.0f} edits/s)\t-\t"
          f"all {a.writers * n} applied: {'ok' if ok == a.writers * n else 'LOST'}")
