#!/usr/bin/env python3
"""Key -> updated screen latency of the real whrcf app in a pseudo-terminal: the benchmark of record.

For each interaction the app is in the right state, the key is written to the pty, and the time
until the last byte of the redraw arrives is taken (the output is then quiet for QUIET seconds,
which is not counted). Every interaction is also measured on a tiny programme (one session) in the
same run: that is the floor of the terminal, the pty and the app's own frame, and the table shows
each median with the floor subtracted ("app time"). "first" is the first time in the session (a
screen that computes something once shows it there).

Usage: scripts/key_latency.py [--runs N] [--size COLSxROWS] BINARY [ARGS...]
       e.g. scripts/key_latency.py target/release/whrcf --programme /tmp/synth-100k.toml
"""
import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import tempfile
import termios
import time

QUIET = 0.15
TINY = """id = "tiny"
title = "Tiny"
timezone = "UTC"
first_day = "2030-01-01"
last_day = "2030-01-02"
[[sessions]]
id = "a"
title = "Alpha"
date = "2030-01-01"
start = "10:00"
end = "11:00"
room = "Hall"
"""

# (name, keys that set the state up, the measured key, keys that undo it afterwards)
INTERACTIONS = [
    ("search letter", "/", "a", "\x1b"),
    ("search 2nd letter", "/a", "e", "\x1b"),
    ("filter toggle", "f", " ", " \x1b"),
    ("day change", "", "]", "["),
    ("open grid", "", "t", "\x1b"),
    ("open clash panel", "", "c", "\x1b"),
    ("open people index", "", "p", "\x1b"),
]


class App:
    def __init__(self, argv, cols, rows):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["TERM"] = "xterm-256color"
            os.execv(argv[0], argv)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.settle(timeout=60)

    def settle(self, timeout=10.0):
        """Read until the output has been quiet for QUIET seconds; the time of the last byte."""
        start = time.perf_counter()
        last = None
        while time.perf_counter() - start < timeout:
            r, _, _ = select.select([self.fd], [], [], QUIET)
            if self.fd not in r:
                if last is not None:
                    return last
                continue
            try:
                if not os.read(self.fd, 1 << 20):
                    return last
            except OSError:
                return last
            last = time.perf_counter()
        return last

    def keys(self, keys):
        for k in keys:
            os.write(self.fd, k.encode())
            self.settle()

    def measure(self, key):
        os.write(self.fd, key.encode())
        sent = time.perf_counter()
        last = self.settle()
        return None if last is None else (last - sent) * 1000

    def close(self):
        os.write(self.fd, b"q")
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def run(argv, runs, cols, rows):
    app = App(argv, cols, rows)
    results = {}
    for name, setup, key, undo in INTERACTIONS:
        times = []
        for _ in range(runs):
            app.keys(setup)
            t = app.measure(key)
            if t is not None:
                times.append(t)
            app.keys(undo)
        results[name] = times
    app.close()
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--size", default="120x40")
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cols, rows = (int(x) for x in a.size.split("x"))
    binary, args = a.argv[0], a.argv[1:]
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
        f.write(TINY)
    floor = run([binary, "--programme", f.name], a.runs, cols, rows)
    measured = run([binary] + args, a.runs, cols, rows)
    os.unlink(f.name)
    print(f"| interaction ({' '.join(args)}, {cols}x{rows}) | first | median | min–max | floor (tiny) | app time (median) |")
    print("|---|---|---|---|---|---|")
    for name, *_ in INTERACTIONS:
        m, fl = measured[name], floor[name]
        if not m or not fl:
            print(f"| {name} | no redraw seen | | | | |")
            continue
        med, fmed = statistics.median(m), statistics.median(fl)
        print(f"| {name} | {m[0]:.1f} ms | {med:.1f} ms | {min(m):.1f}–{max(m):.1f} | {fmed:.1f} ms | {max(med - fmed, 0):.1f} ms |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
