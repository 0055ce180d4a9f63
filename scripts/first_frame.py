#!/usr/bin/env python3
"""Time from start to the first complete frame of the whrcf app, through a real pseudo-terminal,
and the app's peak memory (maximum resident set size).

A frame is complete when the footer (the last thing drawn, bottom row) has arrived. Prints the
median, min and max over N runs. Usage: scripts/first_frame.py [N] [BINARY] [ARGS...]
"""
import os
import pty
import select
import statistics
import struct
import sys
import fcntl
import termios
import time


def one_run(argv, marker=b"quit"):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = None
    while time.perf_counter() - start < 5:
        r, _, _ = select.select([fd], [], [], 0.5)
        if fd in r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen += chunk
            if marker in seen:
                elapsed = time.perf_counter() - start
                break
    os.write(fd, b"q")
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    one_run.max_rss_kb = max(getattr(one_run, "max_rss_kb", 0), usage.ru_maxrss)
    return elapsed


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    argv = sys.argv[2:] or ["target/release/whrcf", "--now=2021-10-07T14:00:00+09:00"]
    times = [t for t in (one_run(argv) for _ in range(n)) if t is not None]
    ms = [t * 1000 for t in times]
    print(f"first complete frame: median {statistics.median(ms):.1f} ms, min {min(ms):.1f}, max {max(ms):.1f} ({len(ms)} runs); peak memory {one_run.max_rss_kb / 1024:.1f} MB")


if __name__ == "__main__":
    main()
