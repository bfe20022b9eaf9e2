"""The cost of typing a long answer: 20,000 characters typed (not a bracketed paste) into a
text area of a real kyiln process in a pseudo-terminal.

Run with `scripts/bench --only long-answer` (TESTING.md, "Benchmarks"). It makes a store with
one new letter, opens it on the Reflections step, types the first 100 characters one key at a
time (per-key CPU at 100), floods the next 19,800 in 200-byte writes (each as soon as the pty takes it) as a fast typist or an
unbracketed paste over SSH would, then types the last 100 one key at a time (per-key CPU at
20,000). CPU is the process's own (`/proc/<pid>/task/*/schedstat`).
"""

import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile

from ptyapp import PtyApp, now

TOTAL = 20_000
PROBE = 100
SENTENCE = ("We will open the spring showcase to families and partners, and every grade will present one "
            "project with a student-led defense, so the network can see how mastery is shown in practice. ")


def answer_text():
    """20,000 characters of sentences, a new paragraph (Enter) about every 1,500 characters."""
    out, length = [], 0
    while length < TOTAL:
        paragraph = (SENTENCE * 8)[:1500 - 1]
        out.append(paragraph + "\r")
        length += len(paragraph) + 1
    return "".join(out)[:TOTAL - 1] + "."


def median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else None


def pump(app, data, chunk=200):
    """Writes `data` 200 bytes at a time as fast as kyiln reads it, reading its output meanwhile
    (a blocking write could wait on kyiln while kyiln waits for its output to be read)."""
    flags = fcntl.fcntl(app.fd, fcntl.F_GETFL)
    fcntl.fcntl(app.fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)
    output, sent = [], 0
    try:
        while sent < len(data):
            readable, writable, _ = select.select([app.fd], [app.fd], [], 5.0)
            if readable:
                try:
                    output.append(os.read(app.fd, 65536))
                except BlockingIOError:
                    pass
            if writable:
                try:
                    sent += os.write(app.fd, data[sent:sent + chunk])
                except BlockingIOError:
                    pass
    finally:
        fcntl.fcntl(app.fd, fcntl.F_SETFL, flags)
    received = b"".join(output)
    app.total_bytes += len(received)
    app.stream.feed(received)


def run(kyiln, keys, log, out_dir, commit):
    folder = tempfile.mkdtemp(prefix="kyiln-long-")
    try:
        store = os.path.join(folder, "store")
        home = os.path.join(folder, "home")
        os.makedirs(home)
        subprocess.run([kyiln, "--store", store, "new", "--district", "Bench County", "--year", "2024-2025"],
                       check=True, capture_output=True)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TERM": "xterm-256color",
               "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "KYILN_STORE": store, "XDG_DATA_HOME": home}
        app = PtyApp([kyiln, "--store", store], env, 80, 24)
        if app.wait_for(lambda s: "Bench County" in "\n".join(s.display), timeout=20) is None:
            raise RuntimeError("kyiln did not show the letter:\n" + app.text())
        app.settle(0.15)
        app.send(keys["enter"], quiet=0.15)
        for _ in range(3):
            app.send(keys["pgdn"], quiet=0.1)
        if "New line" not in app.lines()[-1]:
            raise RuntimeError("PgDn x3 did not reach a text area on Reflections:\n" + app.text())
        text = answer_text()
        started_cpu, started = app.cpu_ns(), now()
        first = [app.key(ch, 0.02)[2] for ch in text[:PROBE]]
        flood = text[PROBE:TOTAL - PROBE].encode()
        flood_cpu = app.cpu_ns()
        pump(app, flood)
        # kyiln draws nothing while keys wait (ncurses and kyiln both hold frames back), so
        # silence does not mean done: wait until its CPU time stops moving.
        while True:
            used = app.cpu_ns()
            app.settle(0.3)
            if app.cpu_ns() - used < 1_000_000:
                break
        flood_cpu = app.cpu_ns() - flood_cpu
        last = [app.key(ch, 0.02)[2] for ch in text[TOTAL - PROBE:]]
        total_cpu = app.cpu_ns() - started_cpu
        elapsed = now() - started
        screen = app.lines()
        app.finish(b"\x11d", timeout=5.0)  # Ctrl-Q, then Discard
        at_100, at_20k = median(first) / 1000, median(last) / 1000
        result = {
            "commit": commit, "characters": TOTAL, "cpu_total_ms": total_cpu / 1e6, "flood_cpu_ms": flood_cpu / 1e6,
            "key_cpu_us_at_100": at_100, "key_cpu_us_at_20000": at_20k, "ratio": at_20k / at_100 if at_100 else None,
            "wall_s": elapsed, "screen_after_typing": screen,
            "goal": {"cpu_total_ms_under": 1000, "ratio_within": 2.0},
        }
        result["goal_met"] = result["cpu_total_ms"] < 1000 and (result["ratio"] or 99) <= 2.0
        log(f"long answer ({commit}): {TOTAL:,} characters typed, CPU {result['cpu_total_ms']:.0f} ms in total "
            f"(flood of {len(flood):,}: {result['flood_cpu_ms']:.0f} ms); per-key CPU median {at_100:.0f} µs at 100, "
            f"{at_20k:.0f} µs at 20,000 ({result['ratio']:.2f}x); {elapsed:.1f} s; goal "
            f"{'met' if result['goal_met'] else 'missed'} (under 1 s, within 2x)")
        if not any("practice" in line or "." in line for line in screen[3:-1]):
            log("long answer: the typed text is not on the screen:\n" + "\n".join(screen))
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, "long-answer.json"), "w") as f:
            json.dump(result, f, indent=1, ensure_ascii=False)
            f.write("\n")
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)
