#!/usr/bin/env python3
"""A programme followed on the web, measured as the user feels it, in a pseudo-terminal.

1. First frame: the app opened on a programme's offline copy (`--programme URL`, the copy kept
   by a first fetch) against the same file opened from disk (`--programme FILE`), runs
   interleaved in the same session.
2. Key latency while a refresh runs: the day-change key pressed after `r`'s frame, while the worker
   fetches and reads the newer version (the server sends different bytes each time, so every
   refresh reads and indexes the whole programme), against the same key with no refresh running.
   A key's time is from writing it to the end of the burst of output it causes (no byte for
   5 ms): the frame the refresh swaps in later is not counted.

Usage: scripts/live_latency.py [--runs N] BINARY SCHEDULE_FILE
       e.g. scripts/live_latency.py target/release/whrcf /tmp/fixtures/fosdem-2020.xml
"""
import argparse
import http.server
import os
import select
import statistics
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from first_frame import one_run  # noqa: E402
from key_latency import App  # noqa: E402

GAP = 0.005
COPY_FOOTER = b"read it all"


def serve(body):
    """Serve `body` at /schedule.xml, a little different each time (a counter in a comment)."""
    count = [0]

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            count[0] += 1
            data = body + f"\n<!-- {count[0]} -->\n".encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, count


def burst(app, key):
    """Write `key`; the time until its burst of output ends (no byte for GAP seconds), in ms."""
    os.write(app.fd, key.encode())
    sent = time.perf_counter()
    last = None
    while time.perf_counter() - sent < 5:
        r, _, _ = select.select([app.fd], [], [], GAP if last else 5)
        if app.fd not in r:
            break
        os.read(app.fd, 1 << 20)
        last = time.perf_counter()
    return None if last is None else (last - sent) * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("binary")
    ap.add_argument("schedule")
    a = ap.parse_args()
    with open(a.schedule, "rb") as f:
        body = f.read()
    server, count = serve(body)
    url = f"http://127.0.0.1:{server.server_address[1]}/schedule.xml"
    home = tempfile.mkdtemp()
    for var in ("WHRCF_DATA_DIR", "WHRCF_CONFIG_DIR"):
        os.environ[var] = home
    os.environ["WHRCF_CACHE_DIR"] = ""
    local = os.path.join(home, "schedule.xml")
    with open(local, "wb") as f:
        f.write(body + b"\n<!-- 1 -->\n")
    # The footer is drawn last: key hints ("q quit") for the file, the notice naming the offline
    # copy for the copy (cut, "… read it all").
    one_run([a.binary, "--programme", url], COPY_FOOTER)  # the first fetch keeps the copy
    copy, disk = [], []
    for _ in range(a.runs):
        copy.append(one_run([a.binary, "--programme", url], COPY_FOOTER) * 1000)
        disk.append(one_run([a.binary, "--programme", local]) * 1000)
    print(f"first frame, offline copy: median {statistics.median(copy):.1f} ms (min {min(copy):.1f}, max {max(copy):.1f})")
    print(f"first frame, same file:    median {statistics.median(disk):.1f} ms (min {min(disk):.1f}, max {max(disk):.1f})")

    app = App([a.binary, "--programme", url], 120, 40)
    idle, busy = [], []
    asked = count[0]
    swapped_after = 0
    for _ in range(a.runs):
        idle.append(burst(app, "]"))
        app.keys("[")
        burst(app, "r")  # its frame: "refreshing…" in the header
        busy.append(burst(app, "]"))
        # The refresh's own frame comes after the key's: the key did not wait for it.
        if app.settle(timeout=3) is not None:
            swapped_after += 1
        app.keys("[")
    refreshes = count[0] - asked
    app.close()
    idle = [t for t in idle if t is not None]
    busy = [t for t in busy if t is not None]
    print(f"day change, no refresh:     median {statistics.median(idle):.1f} ms (min {min(idle):.1f}, max {max(idle):.1f})")
    print(f"day change, refresh running: median {statistics.median(busy):.1f} ms (min {min(busy):.1f}, max {max(busy):.1f}); {refreshes} refreshes fetched, {swapped_after} swapped in after the key's frame")
    server.shutdown()


if __name__ == "__main__":
    main()
